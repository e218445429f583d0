import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { barcode, handwritten, logo, seal } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, pastHistory, spacedId, type Mark } from './kit';
import { para, suited } from './tune6-kit';
import { codeOf, countyWords, kin } from './tune10-kit';
import { FAR19, local19, mobile, threeLine } from './blind19-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'MALIGNANT_TUMOR_OUTPATIENT', 'DIABETES'];

/**
 * 出院小结 of a county or city hospital in Yunnan, Guizhou, Jiangxi, Shanxi, Inner Mongolia, Heilongjiang, Zhejiang, Fujian,
 * Chongqing or Shaanxi: the logo and the name set left over a double rule, the patient in unruled label:value columns
 * (姓名, 身份证号 with a mobile number beside it — truth; 入院时间 / 出院时间 with their clocks — truth), prose sections with
 * bold run-in labels (入院诊断 inline — decoy; history with a past illness and a relative — decoys; the day of the operation
 * and of the next visit — decoys), the 出院诊断 as a 三线表 with ICD codes and 转归 (counted), the doctor's hand and the
 * 病案 seal over a 记录日期.
 */
export const blind19Discharge1: Layout = {
  id: 'blind19-discharge-1',
  kind: 'discharge',
  split: 'blind',
  style: 'county/city hospital of a far province: 出院小结 with logo and double rule, unruled label columns, run-in prose, '
    + '出院诊断 as a 三线表 with ICD and 转归, serif or sans 10.5–12 pt',
  exercises: ['姓名 / 身份证号 (plain or spaced) beside a 联系电话 in unruled columns', '入院时间 / 出院时间 with clocks (truth)',
    '入院诊断 inline with a ？ (not counted)', '既往史 with a past illness, 家族史 of a relative (not counted)',
    '手术日期 and 复诊日期 in the prose (not truth)', '出院诊断 三线表 with ICD-10 and 转归 (counted)', '记录日期, handwriting, seal'],
  doc: (rng) => countyWords(local19(suited(makeDoc(rng, { kind: 'discharge', keys: KEYS, hospitals: FAR19, compoundSurnames: 0.08,
    yearEnd: 0.08 })), rng), rng, { outside: 0.3, near: 0.2 }),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 120;
    const w = s.width - 2 * x0;
    const serif = rng.chance(0.5);
    const pt = rng.pick([10.5, 11, 12]);
    const f = st(serif ? 'serif' : 'sans', pt);
    const b = st(serif ? 'serifBold' : 'sansBold', pt);
    const lh = px(pt) * 1.65;
    const p = doc.patient;

    logo(s, x0 + 55, 125, 50, rng.pick(['#1d4f91', '#0f7a55', '#a11d2a']), rng.pick(['cross', 'ring', 'shield'] as const));
    s.put(x0 + 130, 140, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', rng.pick([19, 21])));
    s.put(x0 + 130, 190, doc.hospital.address, st(f.face, 9, { color: '#444' }));
    const bw = barcode(s, x0 + w - 330, 82, doc.recordNo, 60, 2.4);
    s.put(x0 + w - 330 + bw / 2, 170, `住院号 ${doc.recordNo}`, st('sans', 9, { align: 'center' }));
    s.line(x0, 215, x0 + w, 215, 4);
    s.line(x0, 224, x0 + w, 224, 1.3);
    s.put(s.width / 2, 300, rng.pick(['出 院 小 结', '出院小结']), st(serif ? 'serifBold' : 'sansBold', rng.pick([16, 18]),
      { align: 'center', spacing: 8 }));

    const ds: DateStyle = rng.pick(['isoTime', 'cnTime', 'slashTime', 'isoSec'] as const);
    const id = rng.chance(0.35) ? spacedId(p.idNumber) : p.idNumber;
    const col = [x0, x0 + 545, x0 + 1090];
    const rows: (readonly [string, string][])[] = [
      [['姓　　名：', p.name], ['性　　别：', p.sex], ['年　　龄：', `${p.age}岁`]],
      [['科　　室：', doc.department], ['床　　号：', `${doc.bed}床`], ['医保类别：', rng.pick(['城乡居民', '城镇职工', '新农合'])]],
      [['入院时间：', formatDate(doc.dates.admission, ds, doc.times.admission)],
        ['出院时间：', formatDate(doc.dates.discharge, ds, doc.times.discharge)], ['住院天数：', `${doc.stayDays}天`]],
    ];
    let y = 380;
    for (const r of rows) {
      r.forEach(([l, v], i) => s.pair(col[i] ?? x0, y, l, v, b, f));
      y += lh;
    }
    s.pair(x0, y, '身份证号：', id, b, f);
    s.pair(col[2] ?? x0, y, '联系电话：', mobile(rng), b, f);
    y += lh * 0.6;
    s.line(x0, y, x0 + w, y, 1.2, '#777');
    y += lh * 1.1;
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    const how: Mark = rng.pick(['1.', '1、', '①'] as const);
    const cn = (iso: string): string => formatDate(iso, 'cnShort');
    const op = doc.procedure !== '胃镜检查';
    const follow = addDays(doc.dates.discharge, rng.pick([7, 14, 28]));
    const lab = doc.labs[0]?.rows.find((r) => r.flag !== '') ?? doc.labs[0]?.rows[0];
    const keep = [cn(doc.dates.surgery), cn(follow)];
    const run = (label: string, text: string): void => {
      const lw = s.put(x0, y, label, b);
      y = para(s, x0, y, w, text, f, lh, { indent: lw, keep }) + lh * 0.25;
    };
    run('入院诊断：', listed(doc.dx.admission, how).join('  '));
    run('入院情况：', `因“${doc.complaint}”入院。既往史：${pastHistory(doc, rng)}。家族史：${kin(rng)}。`);
    run('诊疗经过：', `入院后完善相关检查，${lab ? `${lab.name}${lab.value}${lab.unit}` : '血常规未见明显异常'}。`
      + `${op ? `于${cn(doc.dates.surgery)}在局麻下行${doc.procedure}，过程顺利。` : ''}给予${doc.course}等治疗，病情好转。`);
    const dx = doc.dx.western;
    s.diagnoses(dx);
    s.put(x0, y, '出院诊断：', b);
    y = threeLine(s, x0, y + lh * 0.45, [{ head: '序号', w: 110, center: true }, { head: '诊断名称', w: 760 },
      { head: 'ICD-10编码', w: 300, center: true }, { head: '转归', w: w - 1170, center: true }],
    dx.map((d, i) => [String(i + 1), d.text, codeOf(d, i), i === 0 ? rng.pick(['好转', '治愈']) : '好转']), b, f, lh);
    y += lh * 1.1;
    run('出院情况：', rng.pick(['神志清，精神可，症状明显缓解，生命体征平稳。', '一般情况可，饮食睡眠可，无明显不适，准予出院。']));
    run('出院医嘱：', `①继续口服${doc.medicines.slice(0, 2).join('、')}；②低盐低脂饮食，监测血压血糖；③于${cn(follow)}到门诊复查，不适随诊。`);

    y = Math.max(y + lh * 2, 1550);
    s.put(x0 + 600, y, '主治医师：', f);
    handwritten(s, x0 + 600 + s.measure('主治医师：', f) + 10, y, doc.doctors.attending, pt * 1.3, rng);
    s.put(x0 + 1060, y, '经治医师：', f);
    handwritten(s, x0 + 1060 + s.measure('经治医师：', f) + 10, y, doc.doctors.resident, pt * 1.3, rng);
    const rec = addDays(doc.dates.discharge, rng.chance(0.7) ? 0 : 1);
    s.put(x0 + w, y + lh * 1.4, formatDate(rec, rng.pick(['cnShort', 'cn'] as const)), { ...f, align: 'right' });
    seal(s, x0 + w - 170, y + 10, 120, doc.hospital.name, '病案管理专用章', rng);
    s.put(s.width / 2, 2230, rng.pick(['第1页/共1页', '- 1 -']), st(f.face, 9, { align: 'center', color: '#444' }));
  },
};
