import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, idBoxes } from '../marks';
import type { Cell } from '../sheet';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { icdOf, listed, pastHistory, type Mark } from './kit';
import { villageOf } from './tune3-kit';
import { maskedMobile } from './tune5-kit';
import { para, settled, suited } from './tune6-kit';
import { ticks } from './tune7-kit';
import { COMMUNITY } from './tune8-kit';

/** Who a community centre's general practice sees and follows: chronic diseases, stents, severe mental illness under management. */
const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'DIABETES',
  'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'SEVERE_MENTAL_DISORDER'];

/**
 * 门诊病历 of a 社区卫生服务中心: a bordered header table with the ID printed one digit per box, 健康档案编号 and the
 * family doctor (a second name) in the header, 就诊日期 in its cell (truth), the note under run-in labels, 初步诊断 with
 * the ICD-10 code after each diagnosis, and 下次复诊 weeks on in the advice.
 */
export const tune8OutpatientCommunityBoxes: Layout = {
  id: 'tune8-outpatient-community-boxes',
  kind: 'outpatient',
  split: 'tune',
  style: '社区卫生服务中心 门诊病历: '
    + 'bordered header table with the ID in 18 boxes, run-in section labels, ICD codes after the diagnoses, sans or serif 11–12 pt',
  exercises: ['姓名 / 性别 / 年龄 / 就诊日期 in one bordered row (2025年03月04日 / 2025年3月4日 / 2025-03-04, truth)',
    '身份证号 one digit per box in its own row', '健康档案编号 (17 digits starting with the address code) above the table',
    '家庭医生 (a doctor\'s name) and 就诊类型 ☑复诊 □初诊 in the header table, 联系电话 masked',
    '初步诊断 / 诊断 numbered, the ICD-10 code after each: 高血压病2级 高危  I10.x00 / 2型糖尿病（E11.900） / … ICD-10：E11.900 (counted)',
    '既往史 with a past illness and denials, 家族史 (not counted)', '医嘱 with 下次复诊：2025年3月18日 (not the visit)', '医师签名 handwritten'],
  doc: (rng) => settled(suited(makeDoc(rng, { kind: 'outpatient', keys: KEYS, hospitals: COMMUNITY, compoundSurnames: 0.1 }))),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 110;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.4);
    const face = serif ? 'serif' : 'sans';
    const semi = serif ? 'serifSemi' : 'sansMedium';
    const pt = rng.pick([11, 11.5, 12]);
    const f = st(face, pt);
    const b = st(semi, pt);
    const lh = px(pt) * 1.8;

    s.put(s.width / 2, 140, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 16, { align: 'center', spacing: 1 }));
    s.put(s.width / 2, 220, '门 诊 病 历', st(serif ? 'serifBold' : 'sansBold', 17, { align: 'center', spacing: 8 }));
    const small = st(face, 9.5);
    s.put(x0, 285, `门诊号：${doc.recordNo}`, small);
    s.put(right, 285, `健康档案编号：${doc.patient.idNumber.slice(0, 6)}${doc.recordNo.slice(0, 4)}${String(rng.int(0, 9999999)).padStart(7, '0')}`,
      { ...small, align: 'right' });

    const [sex, age] = sexAge(doc);
    const L = (text: string, cw: number): Cell => ({ text, w: cw, label: true });
    const V = (text: string, cw: number): Cell => ({ text, w: cw });
    const opt = { label: b, shade: '#f1f1f1', border: 1.5 };
    const rh = px(pt) * 2.3;
    const ds: DateStyle = rng.pick(['cn', 'cnShort', 'iso'] as const);
    const [a, c] = [170, 150];
    const vName = 250;
    const vSex = 110;
    const vAge = 140;
    const vDate = w - a - vName - 3 * c - vSex - vAge;
    let y = s.grid(x0, 310, rh, [[L('姓名', a), V(doc.patient.name, vName), L('性别', c), V(sex, vSex), L('年龄', c), V(age, vAge),
      L('就诊日期', c), V(formatDate(doc.dates.visit, ds), vDate)]], f, opt);
    // The ID row: a label cell, then eighteen boxes inside the value cell.
    const idH = Math.max(rh, 84);
    s.g.fillStyle = '#f1f1f1';
    s.g.fillRect(x0, y, a, idH);
    s.rect(x0, y, a, idH, 1.5);
    s.rect(x0 + a, y, w - a, idH, 1.5);
    s.put(x0 + a / 2, y + idH / 2 + px(pt) * 0.36, '身份证号', { ...b, align: 'center' });
    const box = 54;
    idBoxes(s, x0 + a + 24, y + (idH - box) / 2 + box * 0.78, doc.patient.idNumber, box, st('sansMedium', 12.5));
    y += idH;
    const half = (w - 2 * a) / 2;
    const first = rng.chance(0.2);
    y = s.grid(x0, y, rh, [
      [L('联系电话', a), V(maskedMobile(rng), half), L('家庭医生', a), V(doc.doctors.checker, half)],
      [L('就诊类型', a), V(ticks(['初诊', '复诊'], first ? '初诊' : '复诊'), half), L('药物过敏史', a),
        V(rng.pick(['无', '否认', '青霉素过敏']), half)],
      [L('现住址', a), V(villageOf(doc, rng), w - a)],
    ], f, opt);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.visit });
    y += lh * 1.3;

    const section = (head: string, text: string, keep: readonly string[] = []): void => {
      const hw = s.put(x0, y, head, b);
      y = para(s, x0, y, w, text, f, lh, { keep, indent: hw }) + lh * 0.2;
    };
    section('主诉：', doc.complaint);
    section('现病史：', `患者${doc.complaint.split('，')[0] ?? ''}，${first ? '未规律诊治' : `在我中心${rng.pick(['规律随访', '定期取药', '签约管理'])}`}，`
      + `近期${doc.complaint.split('，').pop() ?? ''}，无胸痛、无恶心呕吐，饮食睡眠可，二便正常。`);
    section('既往史：', `${pastHistory(doc, rng)}。`);
    section('家族史：', `${doc.history.family}。`);
    section('体格检查：', `T ${rng.int(362, 372) / 10}℃，P ${rng.int(64, 96)}次/分，BP ${rng.int(122, 176)}/${rng.int(70, 102)}mmHg，`
      + '神志清，双肺呼吸音清，未闻及干湿啰音，心律齐，双下肢无水肿。');
    section('辅助检查：', `随机指尖血糖 ${(doc.dx.keys.includes('DIABETES') ? rng.range(7.8, 13.5) : rng.range(5.1, 7.4)).toFixed(1)}mmol/L。`
      + `心电图：${rng.pick(['窦性心律，大致正常心电图', '窦性心律，ST-T改变', '窦性心律'])}。`);

    const how: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    const code = rng.pick(['column', 'paren', 'label'] as const);
    const head = rng.pick(['初步诊断：', '诊断：']);
    const hw = s.put(x0, y, head, b);
    listed(doc.dx.western, how).forEach((t, i) => {
      const cy = y + i * lh;
      const icd = icdOf(doc.dx.western[i] ?? { text: '', key: null }, i);
      if (code === 'column') {
        s.put(x0 + hw, cy, t, f);
        s.put(x0 + w * 0.62, cy, icd, f);
      } else s.put(x0 + hw, cy, code === 'paren' ? `${t}（${icd}）` : `${t}\u3000ICD-10：${icd}`, f);
    });
    s.diagnoses(doc.dx.western);
    y += doc.dx.western.length * lh + lh * 0.2;

    s.put(x0, y, '处理：', b);
    const pw = s.measure('处理：', b);
    const meds = doc.medicines.slice(0, 3);
    meds.forEach((m, i) => s.put(x0 + pw, y + i * lh, `${i + 1}.${m}`, f));
    y += meds.length * lh + lh * 0.2;
    const next = formatDate(addDays(doc.dates.visit, rng.pick([14, 14, 28, 30])), rng.pick(['cnShort', 'cn'] as const));
    const care = doc.primary === 'SEVERE_MENTAL_DISORDER' ? '按时服药，家属看护，注意睡眠及情绪变化'
      : '低盐低脂饮食，适量运动，规律服药，家庭自测血压、血糖并记录';
    section('医嘱：', `${care}。下次复诊：${next}，请携带本病历及医保卡。`, [next]);

    y = Math.max(y + lh * 1.5, 1950);
    const sw = s.put(x0 + w * 0.55, y, '医师签名：', b);
    handwritten(s, x0 + w * 0.55 + sw + 10, y, doc.doctors.attending, pt * 1.3, rng);
    s.line(x0, 2170, right, 2170, 1);
    s.put(x0, 2210, `${doc.hospital.address}\u3000咨询电话：${doc.hospital.phone}`, st(face, 9, { color: '#444' }));
  },
};
