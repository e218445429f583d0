import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { barcode, handwritten } from '../marks';
import type { Cell } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, pastHistory, type Mark } from './kit';
import { suited } from './tune6-kit';
import { sectionTable } from './tune8-kit';
import { countyWords, kin } from './tune10-kit';
import { COUNTY12, villageIn } from './tune12-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'POST_ARTERIAL_STENT_ANTICOAGULATION',
  'MALIGNANT_TUMOR_OUTPATIENT'];

/** A vital-signs sentence on admission. */
const vitals = (hi: boolean, rng: { int: (a: number, b: number) => number }): string =>
  `T ${36 + rng.int(2, 8) / 10}℃，P ${rng.int(64, 96)}次/分，R ${rng.int(16, 21)}次/分，BP ${hi ? rng.int(150, 192) : rng.int(112, 138)}/`
  + `${hi ? rng.int(90, 112) : rng.int(68, 86)}mmHg`;

/**
 * 出院记录 of a Liaocheng county hospital drawn as one bordered grid from top to bottom: the patient in shaded label
 * cells (姓名 … 民族, then 身份证号 in a wide cell of its own — truth), 入院日期 | 出院日期 | 住院天数 in the third row
 * (truth), then every section a row of the same table with its label at the left: 入院情况 (history, denials, a relative),
 * 入院诊断 (superseded, not counted), 诊疗经过 with the operation's day, 出院诊断 (counted), 出院医嘱 with a 复查 day, and
 * a last row with the doctors' handwriting and 记录日期.
 */
export const tune12DischargeBorderedGrid: Layout = {
  id: 'tune12-discharge-bordered-grid',
  kind: 'discharge',
  split: 'tune',
  style: 'Liaocheng county hospital 出院记录 as one bordered grid: shaded or plain label cells, 身份证号 in its own wide cell, '
    + 'the stay in the third row, sections as label-column rows, signature row, serif or sans 10.5–11.5 pt',
  exercises: ['姓名 / 性别 / 年龄 / 民族 row, 身份证号 wide cell with 职业 / 婚姻 or 医保类型 (truth)',
    '入院日期 | 出院日期 | 住院天数 in one grid row (iso, cn, isoTime, cnHour, dotPad)', '入院诊断 numbered in its own row with a ？ (not counted)',
    '既往史 with a past illness and denials, 家族史 of a relative (not counted)', '诊疗经过 with the day of the operation (not truth)',
    '出院诊断 numbered in its own row (counted)', '出院医嘱 with the day of the next visit (not truth)', '记录日期 and handwritten 医师签名'],
  doc: (rng) => countyWords(suited(makeDoc(rng, { kind: 'discharge', keys: KEYS, hospitals: COUNTY12, compoundSurnames: 0.1,
    yearEnd: 0.1 })), rng, { outside: 0.35, near: 0.2 }),
  draw(s, doc, rng) {
    s.ink = '#121212';
    const x0 = 110;
    const w = s.width - 2 * x0;
    const serif = rng.chance(0.55);
    const pt = rng.pick([10.5, 11, 11.5]);
    const f = st(serif ? 'serif' : 'sans', pt);
    const b = st(serif ? 'serifSemi' : 'sansMedium', pt);
    const lh = px(pt) * 1.6;
    const rowH = px(pt) * 2.1;
    const shade = rng.pick([undefined, '#ebebeb', '#e8eef5']);
    const p = doc.patient;

    s.put(s.width / 2, 140, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', rng.pick([18, 20]), { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 215, rng.pick(['出院记录', '出 院 记 录']), st(serif ? 'serifBold' : 'sansBold', 16, { align: 'center', spacing: 6 }));
    const no = rng.pick(['住院号：', '病案号：']) + doc.recordNo;
    if (rng.chance(0.4)) {
      const bw = barcode(s, x0 + w - 300, 90, doc.recordNo, 55, 2.2);
      s.put(x0 + w - 300 + bw / 2, 175, doc.recordNo, st('sans', 8.5, { align: 'center' }));
    }
    const small = st(f.face, pt - 0.5);
    s.put(x0, 285, `科别：${doc.department}\u3000病区：${rng.pick(['一', '二', '三'])}病区\u3000床号：${doc.bed}`, small);
    s.put(x0 + w, 285, no, { ...small, align: 'right' });

    const L = (text: string, cw: number): Cell => ({ text, w: cw, label: true });
    const V = (text: string, cw: number): Cell => ({ text, w: cw });
    const ds: DateStyle = rng.pick(['iso', 'cn', 'isoTime', 'cnHour', 'dotPad'] as const);
    const idRow = rng.chance(0.5)
      ? [L('身份证号', 150), V(p.idNumber, 560), L('职业', 130), V(p.age >= 60 ? '退休' : rng.pick(['农民', '个体', '工人']), 230),
        L('婚姻', 130), V('已婚', 234)]
      : [L('身份证号', 150), V(p.idNumber, 560), L('医保类型', 150), V(rng.pick(['城乡居民基本医疗保险', '职工基本医疗保险']), 574)];
    const rows: Cell[][] = [
      [L('姓名', 150), V(p.name, 230), L('性别', 130), V(p.sex, 120), L('年龄', 130), V(`${p.age}岁`, 150), L('民族', 130), V('汉族', 394)],
      idRow,
      [L('入院日期', 150), V(formatDate(doc.dates.admission, ds, doc.times.admission), 410),
        L('出院日期', 150), V(formatDate(doc.dates.discharge, ds, doc.times.discharge), 410), L('住院天数', 150), V(`${doc.stayDays}天`, 164)],
    ];
    if (rng.chance(0.4)) rows.push([L('现住址', 150), V(villageIn(doc, rng), 1284)]);
    let y = s.grid(x0, 320, rowH, rows, f, { shade, label: b, border: 1.5 });
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    const how: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    const adm = listed(doc.dx.admission, how);
    const dis = listed(doc.dx.western, how);
    s.diagnoses(doc.dx.western);
    const hi = doc.dx.keys.includes('HYPERTENSION');
    const op = doc.procedure !== '胃镜检查';
    const lab = doc.labs[0]?.rows.find((r) => r.flag !== '') ?? doc.labs[0]?.rows[0];
    const follow = addDays(doc.dates.discharge, rng.pick([7, 14, 30]));
    const cn = (iso: string): string => formatDate(iso, 'cnShort');
    const sections = [
      { label: '入院情况', text: `患者因“${doc.complaint}”入院。查体：${vitals(hi, rng)}，神志清，精神可。既往史：${pastHistory(doc, rng)}。`
        + `家族史：${kin(rng)}。` },
      { label: rng.pick(['入院诊断', '初步诊断']), lines: adm },
      { label: '诊疗经过', text: `入院后完善相关检查，${lab ? `${lab.name}${lab.value}${lab.unit}` : '血常规未见异常'}。`
        + `${op ? `于${cn(doc.dates.surgery)}行${doc.procedure}，术后恢复可。` : ''}予${doc.course}等治疗，病情好转。` },
      { label: '出院诊断', lines: dis },
      { label: '出院情况', text: rng.pick(['患者一般情况可，无明显不适，生命体征平稳，准予出院。', '症状缓解，饮食睡眠可，查体无新发阳性体征。']) },
      { label: '出院医嘱', text: `1.继续口服${doc.medicines.slice(0, 2).join('、')}；2.低盐低脂饮食，监测血压、血糖；`
        + `3.于${cn(follow)}来院复查，不适随诊。` },
    ];
    y = sectionTable(s, x0, y, w, 150, sections.map((x) => ({ ...x, keep: [cn(doc.dates.surgery), cn(follow)] })), f, b, lh,
      { shade, border: 1.5 });
    const record = formatDate(addDays(doc.dates.discharge, rng.chance(0.7) ? 0 : 1), rng.pick(['iso', 'cn'] as const));
    s.grid(x0, y, rowH * 1.2, [[L('医师签名', 150), V('', 330), L('上级医师', 150), V('', 330), L('记录日期', 150), V(record, 324)]], f,
      { shade, label: b, border: 1.5 });
    handwritten(s, x0 + 180, y + rowH * 0.8, doc.doctors.resident, pt * 1.25, rng);
    handwritten(s, x0 + 660, y + rowH * 0.8, doc.doctors.attending, pt * 1.25, rng);
    s.put(s.width / 2, 2225, '第 1 页 共 1 页', st(f.face, 9, { align: 'center', color: '#444' }));
  },
};
