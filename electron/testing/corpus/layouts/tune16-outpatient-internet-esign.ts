import { makeDoc } from '../case';
import { addDays, clock, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { qrCode, signature } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed } from './kit';
import { later, maskedMobile, rxItem } from './tune5-kit';
import { para, settled, suited } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { GENERAL16, local16, provinceShort } from './tune16-kit';

/** Where a county patient was first seen in the provincial capital. */
const PROVINCIAL: Record<string, string> = { 湖南: '湖南省人民医院', 湖北: '华中科技大学同济医学院附属协和医院',
  江西: '南昌大学第一附属医院', 安徽: '安徽医科大学第一附属医院' };

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE',
  'POST_ARTERIAL_STENT_ANTICOAGULATION', 'SEVERE_MENTAL_DISORDER', 'TRANSPLANT_ANTI_REJECTION'];

/**
 * 复诊病历 of the 互联网医院 of a Hunan, Hubei, Jiangxi or Anhui county hospital, printed by the patient from the app: a title
 * line with the 互联网医院 name, a QR code top right with 扫码验真, the patient block as two columns of small grey labels over
 * values (患者姓名 — truth —, 证件号码 — truth —,
 * masked 联系电话), 复诊日期 / 接诊时间 (truth) beside the
 * 首诊日期 and 首诊医院 of the offline visit (not truth), the 线上诊断 numbered (truth), an e-prescription table, and at the bottom
 * an e-signature block: the doctor's signature image, 签名时间 (the visit day), the CA certificate number and its validity.
 */
export const tune16OutpatientInternetEsign: Layout = {
  id: 'tune16-outpatient-internet-esign',
  kind: 'outpatient',
  split: 'tune',
  style: 'Hunan / Hubei / Jiangxi / Anhui county hospital 互联网医院 复诊病历 (patient print): QR top right, grey labels over values '
    + 'in two columns, e-prescription table, CA e-signature block with certificate validity, sans 10–11 pt',
  exercises: ['复诊日期 with the 接诊时间 (truth) beside 首诊日期 at an offline visit months before (not truth)',
    '证件号码 (truth) beside a masked 联系电话 186****0159', '线上诊断 ① numbered (truth)',
    'CA 证书有效期 2024-01-01至2027-01-01 and 处方有效期 3天 (not truth)', 'QR code and a signature image'],
  doc: (rng) => local16(settled(countyWords(suited(makeDoc(rng, { kind: 'outpatient', keys: KEYS, hospitals: GENERAL16 })), rng)), rng),
  draw(s, doc, rng) {
    const x0 = 130;
    const right = s.width - 130;
    const w = right - x0;
    const pt = rng.pick([10, 10.5, 11]);
    const f: Style = st('sans', pt);
    const grey: Style = st('sans', pt - 1.5, { color: '#777' });
    const b: Style = st('sansMedium', pt);
    const lh = px(pt) * 1.75;
    const p = doc.patient;
    const blue = rng.pick(['#1f6fd1', '#0f8a7e']);

    s.g.fillStyle = blue;
    s.g.fillRect(0, 0, s.width, 16);
    s.put(x0, 150, `${doc.hospital.name}互联网医院`, st('sansBold', 18, { color: blue }));
    s.put(x0, 225, '互联网诊疗复诊病历', st('sansMedium', 14));
    qrCode(s, right - 170, 80, 170, rng);
    s.put(right - 85, 285, '扫码验真', st('sans', 9, { align: 'center', color: '#555' }));
    const order = `HL${doc.dates.visit.replace(/-/g, '')}${doc.recordNo.slice(-6)}`;
    s.put(x0, 285, `问诊单号：${order}`, grey);
    s.line(x0, 315, right, 315, 1.5, blue);

    const first = addDays(doc.dates.visit, -rng.int(40, 300));
    const vm = doc.times.visit;
    const firstClinic = rng.pick([doc.hospital.name, PROVINCIAL[provinceShort(doc.hospital)] ?? doc.hospital.name]);
    const items: [string, string][] = [
      ['患者姓名', p.name], ['性别 / 年龄', `${p.sex} / ${p.age}岁`],
      ['证件号码', p.idNumber], ['联系电话', maskedMobile(rng)],
      ['复诊日期', formatDate(doc.dates.visit, rng.pick(['cn', 'iso'] as const))], ['接诊时间', `${clock(vm)}—${later(vm, rng.int(6, 18))}`],
      ['首诊日期', formatDate(first, 'iso')], ['首诊机构', `${firstClinic}（线下）`],
      ['问诊方式', rng.pick(['图文问诊', '视频问诊'])], ['接诊科室', doc.department],
    ];
    let y = 370;
    items.forEach(([l, v], i) => {
      const x = i % 2 === 0 ? x0 : x0 + w * 0.5;
      s.put(x, y, l, grey);
      s.put(x, y + lh * 0.95, v, f);
      if (i % 2 === 1) y += lh * 2.1;
    });
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });
    s.line(x0, y - lh * 0.5, right, y - lh * 0.5, 1, '#cccccc');

    y += lh * 0.3;
    const body: [string, string][] = [
      ['主诉：', `${doc.complaint}，线上复诊续方。`],
      ['现病史：', `患者于${formatDate(first, 'cnShort')}在${firstClinic}线下就诊确诊，规律用药，近期病情稳定，无新发不适，`
        + '本次上传近期检查结果申请复诊。'],
      ['既往史：', `${doc.history.negated}。`],
    ];
    for (const [l, t] of body) y = para(s, x0, y, w, l + t, f, lh) + lh * 0.2;
    const dl = s.put(x0, y, '线上诊断：', b);
    listed(doc.dx.western, '①').forEach((t, i) => s.put(x0 + dl, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += lh * (doc.dx.western.length + 0.6);

    s.put(x0, y, '电子处方（处方有效期3天，可到院自取或配送到家）', b);
    y += lh * 0.5;
    const cw = [w * 0.38, w * 0.16, w * 0.2, w * 0.26];
    const rows = doc.medicines.slice(0, 3).map((m) => rxItem(m, rng)).map((r) => [r.name, r.dose, r.often, r.pack]);
    y = s.grid(x0, y, lh * 1.2, [['药品名称', '单次剂量', '用法', '数量'], ...rows].map((r, j) => r.map((t, i) => ({ text: t,
      w: cw[i] ?? 0, label: j === 0 }))), st('sans', pt - 0.5), { shade: '#eef3fb', border: 1 });
    y += lh * 1.2;
    y = para(s, x0, y, w, '医嘱：遵医嘱规律服药，监测相关指标；如出现病情变化请及时到线下医院就诊。', f, lh);

    const by = Math.max(y + lh * 2, 1800);
    s.rect(x0, by - lh, w, lh * 4.4, 1, '#bbbbbb');
    s.put(x0 + 20, by, '医师电子签名：', f);
    signature(s, x0 + 20 + s.measure('医师电子签名：', f) + 10, by + 5, 170, rng);
    s.put(x0 + w * 0.55, by, `签名时间：${formatDate(doc.dates.visit, 'isoSec', Math.min(vm + 20, 23 * 60 + 58))}`, grey);
    const cert = `CA证书序列号：${String(doc.recordNo).split('').reverse().join('')}7F3A`;
    s.put(x0 + 20, by + lh * 1.3, cert, grey);
    const since = `${Number(doc.dates.visit.slice(0, 4)) - rng.int(0, 1)}-01-01`;
    s.put(x0 + w * 0.55, by + lh * 1.3, `证书有效期：${since}至${Number(since.slice(0, 4)) + 3}-01-01`, grey);
    s.put(x0 + 20, by + lh * 2.6, '本病历由医师使用数字证书签名，与手写签名具有同等法律效力。', grey);
    s.put(s.width / 2, 2230, `${doc.hospital.name}互联网医院  ${doc.hospital.phone}`, st('sans', 9, { align: 'center', color: '#666' }));
  },
};
