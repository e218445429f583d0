import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { CITY_MORE, COUNTY, COUNTY_MORE, PROVINCES } from '../hospitals';
import { handwritten } from '../marks';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { forPatient, listed, pastHistory, printedOn, type Mark } from './kit';
import { drug, FAR_PROVINCES, localTo } from './tune3-kit';
import { agreeing, examOf, para, suited } from './tune6-kit';
import { inline } from './tune8-kit';

/**
 * 出院小结 on the national template (入院诊断 / 出院诊断 / 入院时主要症状及体征 / 住院期间主要检查结果 / 诊疗经过 / 出院时情况 /
 * 出院医嘱 / 出院带药), as a county HIS prints it: the patient on one line (患者姓名 … 身份证 …), the stay as three rows of
 * their own (入院日期：2025.3.4 / 出院日期：2025.3.15 / 住院天数：11天) with 入院科室 / 出院科室 / 主治医师 beside them,
 * dense small type.
 */
export const tune8DischargeSummaryRows: Layout = {
  id: 'tune8-discharge-summary-rows',
  kind: 'discharge',
  split: 'tune',
  style: 'County / city / other-province hospital 出院小结 on the national template: '
    + 'one-line patient header, the stay on rows of its own, run-in section labels, dense sans 9–10 pt',
  exercises: ['患者姓名：张三  性别：男  年龄：67岁  身份证：371502… all on one line (身份证 / 身份证号 / 证件号码 labels)',
    '入院日期：2025.3.4 / 出院日期：2025.3.15 / 住院天数：11天 on three rows (also 2025.03.04, 2025-03-04)',
    '入院科室 / 出院科室 / 主治医师 on the same rows as the dates (a doctor\'s name beside the stay)',
    '入院诊断 inline with a suspected disease (not counted) above 出院诊断 one a line, 1. / 1) / （1） (counted)',
    '入院时主要症状及体征 with past illness, denials and family history (not counted)',
    '住院期间主要检查结果 dated during the stay (not the stay)', '出院医嘱 with a 复诊 date after the discharge, 出院带药 lines with doses',
    '住院医师 handwritten, 科主任 printed', '一式两份 note, 打印时间 (later) and 第1页 共1页'],
  doc: (rng) => suited(localTo(forPatient(makeDoc(rng, { kind: 'discharge',
    hospitals: [...COUNTY, ...COUNTY_MORE.filter((h) => !h.name.includes('妇幼')), ...CITY_MORE.filter((h) => !h.name.includes('脑科')),
      ...PROVINCES, ...FAR_PROVINCES], compoundSurnames: 0.12, yearEnd: 0.1 }), rng, COUNTY), rng)),
  draw(s, doc, rng) {
    s.ink = '#141414';
    const x0 = 105;
    const right = s.width - x0;
    const w = right - x0;
    const face = rng.pick(['sans', 'sans', 'sansLight'] as const);
    const pt = rng.pick([9, 9.5, 10]);
    const f = st(face, pt);
    const b = st('sansMedium', pt);
    const lh = px(pt) * 1.75;

    s.put(s.width / 2, 130, doc.hospital.name, st('sansBold', 16, { align: 'center', spacing: 2 }));
    s.put(s.width / 2, 205, '出 院 小 结', st('sansBold', 15, { align: 'center', spacing: 6 }));
    s.line(x0, 236, right, 236, 2.2);
    s.line(x0, 243, right, 243, 0.8);

    const [sex, age] = sexAge(doc);
    const gap = px(pt) * 2.2;
    let y = 300;
    inline(s, x0, y, [['患者姓名：', doc.patient.name], ['性别：', sex], ['年龄：', age],
      [rng.pick(['身份证：', '身份证号：', '证件号码：']), doc.patient.idNumber]], b, f, gap);
    y += lh;
    const ward = `${rng.pick(['一', '二', '三', '五'])}病区`;
    inline(s, x0, y, [['科别：', doc.department], ['病区：', ward], ['床号：', `${doc.bed}床`], ['住院号：', doc.recordNo],
      ['医保类型：', rng.pick(['城乡居民医保', '城镇职工医保', '新农合', '自费'])]], b, f, gap);
    s.line(x0, y + lh * 0.45, right, y + lh * 0.45, 1);
    y += lh * 1.4;

    // The stay: a row each, with the wards and the attending beside them.
    const ds: DateStyle = rng.pick(['dot', 'dot', 'dotPad', 'iso'] as const);
    const col2 = x0 + w * 0.42;
    s.pair(x0, y, '入院日期：', formatDate(doc.dates.admission, ds), b, f);
    s.pair(col2, y, '入院科室：', doc.department, b, f);
    y += lh;
    s.pair(x0, y, '出院日期：', formatDate(doc.dates.discharge, ds), b, f);
    s.pair(col2, y, '出院科室：', doc.department, b, f);
    y += lh;
    s.pair(x0, y, rng.pick(['住院天数：', '实际住院天数：']), `${doc.stayDays}天`, b, f);
    s.pair(col2, y, '主治医师：', doc.doctors.attending, b, f);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    s.line(x0, y + lh * 0.45, right, y + lh * 0.45, 1);
    y += lh * 1.4;

    const section = (head: string, text: string, keep: readonly string[] = []): void => {
      const hw = s.put(x0, y, head, b);
      y = para(s, x0, y, w, text, f, lh, { keep, indent: hw }) + lh * 0.3;
    };
    const how: Mark = rng.pick(['1.', '1)', '（1）'] as const);
    const adm = listed(doc.dx.admission, how);
    section('入院诊断：', adm.join('  '), adm);
    const fin = listed(doc.dx.western, how);
    const dw = s.put(x0, y, '出院诊断：', b);
    fin.forEach((t, i) => s.put(x0 + dw, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += fin.length * lh + lh * 0.3;

    section('入院时主要症状及体征：', `患者因“${doc.complaint}”入院。既往史：${pastHistory(doc, rng)}。家族史：${doc.history.family}。`
      + `查体：T ${rng.int(362, 378) / 10}℃，P ${rng.int(62, 98)}次/分，R ${rng.int(16, 22)}次/分，BP ${rng.int(118, 178)}/${rng.int(68, 104)}mmHg，`
      + '神志清，精神可，双肺呼吸音清，心律齐，腹软，双下肢无水肿。');
    const d1 = formatDate(addDays(doc.dates.admission, 1), ds);
    const examDay = formatDate(doc.dates.surgery, ds);
    const lab = doc.labs[0];
    const rows = (lab?.rows ?? []).slice(0, 4).map((r) => `${r.abbr} ${r.value}${r.unit}${r.flag}`).join('，');
    const seen = agreeing(doc) && doc.imaging ? `${doc.imaging.exam}示：${doc.imaging.impression}` : `${examOf(doc)}，结果见报告单`;
    section('住院期间主要检查结果：', `${d1} ${lab?.title ?? '血常规'}：${rows}。${examDay} ${seen}。`, [d1, examDay]);
    section('诊疗经过：', `入院后完善相关检查，予${doc.course}等治疗，${examDay}行${examOf(doc)}，过程顺利，患者症状较前明显好转。`, [examDay]);
    section('出院时情况：', '患者一般情况可，无明显不适，生命体征平稳，饮食睡眠可，二便正常，准予出院。');
    const back = formatDate(addDays(doc.dates.discharge, rng.pick([7, 14, 30])), ds);
    section('出院医嘱：', `1.低盐低脂饮食，适当活动，避免劳累；2.遵医嘱按时服药，监测血压、血糖；3.请于${back}至${doc.department}门诊复诊，不适随诊。`, [back]);
    s.put(x0, y, '出院带药：', b);
    const hw = s.measure('出院带药：', b);
    doc.medicines.slice(0, 3).forEach((m, i) => {
      const { name, use } = drug(m);
      s.put(x0 + hw, y + i * lh, `${i + 1}.${name}  ${use}  ×${rng.int(1, 4)}盒`, f);
    });
    y += Math.min(3, doc.medicines.length) * lh + lh * 0.8;

    const sw = s.put(x0 + w * 0.45, y, '住院医师：', b);
    handwritten(s, x0 + w * 0.45 + sw + 8, y, doc.doctors.resident, pt * 1.35, rng);
    s.pair(x0 + w * 0.75, y, '科主任：', doc.doctors.director, b, f);

    const small = st(face, 8.5, { color: '#333' });
    s.put(x0, 2160, '注：本出院小结一式两份，一份交患者，一份归入病历。请妥善保管，复诊时携带。', small);
    s.line(x0, 2185, right, 2185, 1);
    s.put(x0, 2222, `打印时间：${formatDate(printedOn(doc), rng.pick(['isoTime', 'isoSec'] as const), doc.times.print)}`, small);
    s.put(right, 2222, '第1页 共1页', { ...small, align: 'right' });
  },
};
