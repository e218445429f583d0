import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, pastHistory, type Mark } from './kit';
import { para, suited } from './tune6-kit';
import { countyWords, kin } from './tune10-kit';
import { local11, PLACES11, people11, relative11 } from './blind11-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'MALIGNANT_TUMOR_OUTPATIENT', 'SEVERE_MENTAL_DISORDER', 'LEUKEMIA'];

const OUTCOME = ['好转', '好转', '治愈', '未愈', '稳定'];

/**
 * 出院记录 of a county or prefecture hospital in Yunnan, Guizhou, Hainan, Jiangxi, Hubei, Xinjiang, Qinghai, Guangxi …:
 * hospital name over a heavy and a thin rule, the patient on underlined label fields (姓名 … 民族, 身份证号 full — truth,
 * 联系人 a relative's name — decoy), 入院时间 / 出院时间 with hours on one line (truth), sections under 【】 headings, the
 * 出院诊断 as a list with a dotted leader to each diagnosis's 转归 (counted; 入院诊断 inline is not), 手术 and 复诊 days
 * (decoys), signatures with the 记录时间.
 */
export const blind11Discharge1: Layout = {
  id: 'blind11-discharge-1',
  kind: 'discharge',
  split: 'blind',
  style: 'South-west / far-west / island county hospital 出院记录: double rule, underlined label fields, 【】 sections, '
    + '转归 column with dotted leaders, serif or light sans 10.5–12 pt',
  exercises: ['underlined fields with 民族 and 联系人 (relative, not the patient)', '身份证号 with local address code (truth)',
    '入院时间 / 出院时间 with hours on one line (truth)', '入院诊断 inline (not counted)', '出院诊断 with 转归 leaders (counted)',
    '手术日期 / 复诊日期 / 记录时间 (decoys)'],
  doc: (rng) => countyWords(suited(local11(makeDoc(rng, { kind: 'discharge', keys: KEYS, hospitals: PLACES11, compoundSurnames: 0.05,
    yearEnd: 0.08 }), rng)), rng, { outside: 0.3, near: 0.2 }),
  draw(s, doc, rng) {
    const x0 = rng.int(120, 150);
    const x1 = s.width - x0;
    const w = x1 - x0;
    const serif = rng.chance(0.6);
    const pt = rng.pick([10.5, 11, 11.5, 12]);
    const f = st(serif ? 'serif' : 'sansLight', pt);
    const b = st(serif ? 'serifBold' : 'sansMedium', pt);
    const lh = px(pt) * 1.62;
    const p = doc.patient;

    s.put(s.width / 2, 150, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', rng.pick([19, 21]), { align: 'center', spacing: 3 }));
    s.line(x0, 182, x1, 182, 4);
    s.line(x0, 191, x1, 191, 1.2);
    s.put(s.width / 2, 260, '出 院 记 录', st(serif ? 'serifBold' : 'sansBold', 17, { align: 'center', spacing: 8 }));
    s.put(x1, 260, `住院号：${doc.recordNo}`, { ...f, align: 'right' });

    const field = (x: number, y: number, label: string, value: string, span: number): void => {
      const lw = s.put(x, y, label, b, false);
      s.line(x + lw + 2, y + 9, x + span - 24, y + 9, 1.1, '#444');
      const vw = s.put(x + lw + 14, y - 1, value, f, false);
      s.record(x, y, label + value, Math.max(x + span - 24, x + lw + 14 + vw));
    };
    const q = w / 4;
    let y = 340;
    field(x0, y, '姓名', p.name, q);
    field(x0 + q, y, '性别', p.sex, q);
    field(x0 + 2 * q, y, '年龄', `${p.age}岁`, q);
    field(x0 + 3 * q, y, '民族', people11(doc, rng), q);
    y += lh * 1.35;
    field(x0, y, '科室', doc.department, q);
    field(x0 + q, y, '床号', `${doc.bed}床`, q);
    field(x0 + 2 * q, y, '身份证号', p.idNumber, 2 * q);
    y += lh * 1.35;
    const rel = relative11(doc, rng);
    field(x0, y, '联系人', `${rel.name}（${rel.relation}）`, 2 * q);
    field(x0 + 2 * q, y, '联系电话', rel.phone, 2 * q);
    y += lh * 1.35;
    const ds: DateStyle = rng.pick(['cnHour', 'cnTime', 'isoTime', 'slashTime'] as const);
    field(x0, y, '入院时间', formatDate(doc.dates.admission, ds, doc.times.admission), 1.6 * q);
    field(x0 + 1.6 * q, y, '出院时间', formatDate(doc.dates.discharge, ds, doc.times.discharge), 1.6 * q);
    field(x0 + 3.2 * q, y, '住院', `${doc.stayDays}天`, 0.8 * q);
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    y += lh * 1.6;

    const head = (t: string): void => {
      s.put(x0, y, `【${t}】`, b);
      y += lh;
    };
    const text = (t: string, keep: readonly string[] = []): void => {
      y = para(s, x0, y, w, t, f, lh, { indent: px(pt) * 2, keep }) + lh * 0.25;
    };
    const cn = (iso: string): string => formatDate(iso, 'cnShort');
    const how: Mark = rng.pick(['1.', '1、', '（1）', '①'] as const);
    head('入院情况');
    text(`因“${doc.complaint}”入院。既往史：${pastHistory(doc, rng)}。家族史：${kin(rng)}。查体：神志清楚，`
      + `血压${rng.int(118, 186)}/${rng.int(70, 108)}mmHg，心肺听诊未见明显异常。`);
    s.put(x0, y, `【入院诊断】${listed(doc.dx.admission, how).join('  ')}`, f);
    y += lh * 1.25;
    head('诊疗经过');
    const op = doc.procedure !== '胃镜检查';
    const lab = doc.labs[0]?.rows[0];
    text(`入院后完善相关检查，${lab ? `${lab.name}${lab.value}${lab.unit}` : '血常规大致正常'}。`
      + `${op ? `于${cn(doc.dates.surgery)}在局麻下行${doc.procedure}，过程顺利。` : ''}予${doc.course}等对症支持治疗，病情好转。`,
    [cn(doc.dates.surgery)]);
    head('出院诊断');
    s.diagnoses(doc.dx.western);
    const items = listed(doc.dx.western, how);
    const right = x1 - px(pt) * 3;
    for (const item of items) {
      const iw = s.put(x0 + px(pt) * 2, y, item, f);
      s.g.fillStyle = '#555';
      for (let dx = x0 + px(pt) * 2 + iw + 16; dx < right - 20; dx += 14) s.g.fillRect(dx, y - 4, 3, 3);
      s.put(x1, y, rng.pick(OUTCOME), { ...f, align: 'right' });
      y += lh;
    }
    y += lh * 0.25;
    head('出院情况');
    text(rng.pick(['患者神志清，精神可，饮食睡眠好，二便正常，生命体征平稳。', '症状明显缓解，查体无新发阳性体征，准予出院。']));
    head('出院医嘱');
    const follow = addDays(doc.dates.discharge, rng.pick([7, 14, 28, 30]));
    text(`1.继续服用${doc.medicines.slice(0, 2).join('、')}；2.清淡饮食，适当活动，监测血压血糖；3.请于${cn(follow)}到门诊复查，不适随诊。`,
      [cn(follow)]);

    y += lh * rng.range(1.4, 2.6);
    const sig = (x: number, label: string, name: string): void => {
      const lw = s.put(x, y, label, f);
      handwritten(s, x + lw + 16, y, name, pt * 1.3, rng);
    };
    sig(x0, '住院医师：', doc.doctors.resident);
    sig(x0 + w * 0.36, '主治医师：', doc.doctors.attending);
    const rec = formatDate(addDays(doc.dates.discharge, rng.chance(0.7) ? 0 : 1), rng.pick(['iso', 'cnShort'] as const));
    s.put(x1, y, `记录时间：${rec}`, { ...f, align: 'right' });
    s.put(s.width / 2, 2230, '第1页 / 共1页', st(f.face, 9, { align: 'center', color: '#555' }));
  },
};
