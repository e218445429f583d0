import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { logo, qrCode } from '../marks';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { BIG, SD_CITY } from './blind-kit';
import { denying, maskedMobile, plausible, resident } from './blind2-kit';
import { maskedId, printedOn } from './kit';

/** Blind layouts (split 'blind'): see blind2-kit.ts. Not for reading while tuning the extractor. */

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE', 'POST_ARTERIAL_STENT_ANTICOAGULATION',
  'SEVERE_MENTAL_DISORDER', 'TRANSPLANT_ANTI_REJECTION', 'MALIGNANT_TUMOR_OUTPATIENT'];
const TITLES = ['主任医师', '副主任医师', '主治医师'];

export const blind2Outpatient2: Layout = {
  id: 'blind2-outpatient-2',
  kind: 'outpatient',
  split: 'blind',
  style: 'blind2 layout 4',
  exercises: ['blind'],
  doc: (rng) => plausible(resident(makeDoc(rng, { kind: 'outpatient', hospitals: [...BIG, ...SD_CITY], keys: KEYS, aliases: true, outside: 0.1,
    compoundSurnames: 0.2 }), rng)),
  draw(s, doc, rng) {
    const x0 = 110;
    const x1 = s.width - 110;
    const w = x1 - x0;
    const blue = rng.pick(['#1565c0', '#00897b', '#3949ab']);
    logo(s, x0 + 42, 126, 42, blue, rng.pick(['cross', 'ring'] as const));
    s.put(x0 + 104, 124, `${doc.hospital.name}互联网医院`, st('sansBold', 16, { color: blue }));
    s.put(x0 + 104, 174, '在线复诊病历', st('sans', 12, { color: '#333' }));
    qrCode(s, x1 - 120, 70, 120, rng);
    s.put(x1 - 60, 222, '扫码查看', st('sans', 7.5, { align: 'center', color: '#555' }));
    s.line(x0, 246, x1, 246, 2, blue);

    const p = doc.patient;
    const [sex, age] = sexAge(doc);
    const applied = doc.times.visit - rng.int(20, 600);
    const applyDay = applied < 7 * 60 ? addDays(doc.dates.visit, -1) : doc.dates.visit;
    const applyAt = applied < 7 * 60 ? rng.int(20 * 60, 23 * 60 + 50) : applied;
    const stamp = (d: string, m: number): string => formatDate(d, 'isoSec', m);
    const lab = st('sans', 10, { color: '#666' });
    const val = st('sans', 10.5);
    const info: [string, string][] = [
      ['患者姓名', p.name], ['性别/年龄', `${sex}/${age}`],
      ['证件号码', maskedId(p.idNumber)], ['手机号码', maskedMobile(rng)],
      ['问诊方式', rng.pick(['图文问诊', '视频问诊', '图文问诊'])], ['就诊科室', doc.department],
      ['申请时间', stamp(applyDay, applyAt)], ['就诊时间', stamp(doc.dates.visit, doc.times.visit)],
      ['接诊医生', `${doc.doctors.attending}（${rng.pick(TITLES)}）`], ['订单编号', `${doc.dates.visit.replace(/-/g, '')}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`],
    ];
    const top = 278;
    const rh = 52;
    s.g.fillStyle = '#f3f6fa';
    s.g.fillRect(x0, top, w, (info.length / 2) * rh + 24);
    info.forEach(([l, v], i) => {
      const x = x0 + 24 + (i % 2) * (w / 2);
      const y = top + 50 + Math.floor(i / 2) * rh;
      s.put(x, y, l, lab);
      s.put(x + 170, y, v, val);
    });
    s.note({ name: p.name, visitDate: doc.dates.visit });

    const head = st('sansBold', 11, { color: blue });
    const body = st('sans', 10.5);
    const lh = px(10.5) * 1.7;
    let y = top + (info.length / 2) * rh + 110;
    const heading = (title: string): void => {
      y += 24;
      s.put(x0, y, title, head);
      s.line(x0, y + 16, x1, y + 16, 1, '#c9d6e6');
      y += lh + 14;
    };
    const field = (label: string, text: string): void => {
      const lw = s.put(x0, y, label, st('sansMedium', 10.5));
      y = s.para(x0, y, w, text, body, lh, lw) + 6;
    };
    const vague = doc.dx.admission.find((d) => d.key === doc.primary && !/待查|？/.test(d.text));
    const first = vague ?? doc.dx.western.find((d) => d.key === doc.primary) ?? doc.dx.western[0];
    const firstDay = addDays(doc.dates.visit, -rng.int(90, 1500));
    const elsewhere = rng.pick([...BIG, ...SD_CITY].filter((h) => h.name !== doc.hospital.name));
    heading('线下首诊信息');
    field('首诊机构：', rng.chance(0.5) ? doc.hospital.name : elsewhere.name);
    field('首诊日期：', formatDate(firstDay, 'iso'));
    field('首诊诊断：', first?.text ?? '');
    heading('病历记录');
    field('主诉：', `${doc.complaint}，申请线上复诊续方。`);
    field('现病史：', `患者${formatDate(firstDay, 'cnShort')}于线下门诊确诊，规律服用${doc.medicines[0] ?? '药物'}等，近${rng.int(1, 3)}月`
      + `${rng.pick(['病情平稳', '偶有不适，自述症状可耐受', '自测指标基本达标'])}，上传近期检查资料（${formatDate(addDays(doc.dates.visit, -rng.int(5, 60)), 'iso')}）。`);
    field('既往史：', denying(doc, `${doc.history.past}；${doc.history.negated}。`));
    field('过敏史：', rng.pick(['无', '否认药物、食物过敏史', '青霉素过敏']));
    const dx = doc.dx.western;
    s.diagnoses(dx);
    field('复诊诊断：', dx.map((d, i) => `${i + 1}.${d.text}`).join('  '));
    field('处理意见：', '继续原方案治疗，线上续方；病情变化或出现不适请及时线下就诊。');

    heading('电子处方');
    const cols = [x0, x0 + 520, x0 + 940, x0 + 1230];
    const th = st('sansMedium', 10, { color: '#555' });
    ['药品名称', '用法用量', '规格', '数量'].forEach((t, i) => s.put(cols[i] ?? x0, y, t, th));
    y += lh;
    for (const m of doc.medicines.slice(0, 4)) {
      const [name = m, ...use] = m.split(' ');
      const spec = name.includes('注射') ? '3ml:300U×1支' : name.includes('胶囊') ? rng.pick(['0.5g×40粒', '1mg×50粒']) : rng.pick(['24片/盒', '7片×4板', '30片/瓶']);
      [name, use.join(' ') || '遵医嘱', spec, `${rng.int(1, 4)}${name.includes('注射') ? '支' : '盒'}`]
        .forEach((t, i) => s.put(cols[i] ?? x0, y, t, body));
      y += lh;
    }
    const rxAt = Math.min(doc.times.visit + rng.int(5, 30), 23 * 60 + 58);
    y += 10;
    s.put(x0, y, `处方编号：RX${doc.recordNo}\u3000开方时间：${stamp(doc.dates.visit, rxAt)}\u3000审方药师：${doc.doctors.checker}`, st('sans', 9.5));
    y += lh * 2;
    s.rect(x0, y - 40, w, 120, 1.4, blue);
    s.put(x0 + 24, y, `医生电子签名：${doc.doctors.attending}`, val);
    s.put(x0 + 24, y + 52, `签名时间：${stamp(doc.dates.visit, Math.min(rxAt + rng.int(1, 9), 23 * 60 + 59))}\u3000证书序列号：${rng.int(10_000_000, 99_999_999).toString(16).toUpperCase()}`,
      st('sans', 9, { color: '#444' }));
    s.put(x1 - 24, y, 'CA认证', st('sansBold', 10, { color: blue, align: 'right' }));
    const foot = st('sansLight', 8.5, { color: '#555' });
    s.put(x0, 2200, '本病历由互联网医院诊疗平台生成，仅限复诊患者使用；首诊或病情变化者请到线下就诊。', foot);
    s.put(x0, 2244, `打印时间：${formatDate(printedOn(doc), 'slashTime', doc.times.print)}`, foot);
    s.put(x1, 2244, `客服电话：${doc.hospital.phone}`, { ...foot, align: 'right' });
  },
};
