import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten } from '../marks';
import { personName } from '../people';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { footer, px, st } from './common';
import { listed, pastHistory, reprinted, type Mark } from './kit';
import { mobile } from './tune5-kit';
import { examOf, para, suited } from './tune6-kit';
import { codeOf, countyWords, kin } from './tune10-kit';
import { mdCn } from './tune11-kit';
import { GENERAL15, local15, nationOf } from './tune15-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'POST_ARTERIAL_STENT_ANTICOAGULATION',
  'MALIGNANT_TUMOR_OUTPATIENT'];

/**
 * 出院记录 of a Shanxi, Shaanxi, Gansu, Ningxia or Inner Mongolia county hospital whose header is a two-row ruled table open at
 * both sides (a heavy rule above and below, a hairline between the rows, thin verticals between the cells): 姓名 … 民族 … 职业
 * in the first row, 身份证号 alone in a wide cell of the second (truth) beside 联系人 (a relative's name and a phone number).
 * The stay on one line under the table (入院时间 / 出院时间, truth) with 住院天数; sections numbered 一、… 六、: 入院诊断 run on
 * (not counted), 诊疗经过 with the day of an examination, 出院诊断 one a line with the ICD code in a column at the right
 * (counted), 出院医嘱 with a 复诊 day; the 打印时间 of a reprint in the footer.
 */
export const tune15DischargeRuledHeader: Layout = {
  id: 'tune15-discharge-ruled-header',
  kind: 'discharge',
  split: 'tune',
  style: 'Shanxi / Shaanxi / Gansu / Ningxia / Inner Mongolia county hospital 出院记录: two-row ruled header table open at the sides with '
    + 'the ID alone in a wide cell, stay line under it, sections 一、… 六、, coded 出院诊断, serif or sans 10.5–11.5 pt',
  exercises: ['a two-row ruled header: 姓名 | 性别 | 年龄 | 民族 (回族 / 蒙古族) | 职业, then 身份证号 in a wide cell (truth)',
    '联系人 with a relative\'s name and a mobile number in the header (not the patient)',
    'the stay on a line of its own under the table: 入院时间 2025年03月04日 09:12 / 2025-03-04 09:12 / 2025年3月4日9时12分 (truth)',
    'Mongolian given names without a surname (巴特尔, 其其格) on some Inner Mongolia pages',
    '入院诊断 run on (not counted)', '出院诊断 one a line with ICD codes in a right column (counted)',
    'an examination day and a 复诊 day in prose, a reprint\'s 打印时间 (not truth)'],
  doc: (rng) => local15(countyWords(suited(makeDoc(rng, { kind: 'discharge', keys: KEYS, hospitals: GENERAL15, compoundSurnames: 0.05,
    yearEnd: 0.08 })), rng, { outside: 0.25, near: 0.15 }), rng),
  draw(s, doc, rng) {
    s.ink = '#141414';
    const x0 = 120;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.55);
    const pt = rng.pick([10.5, 11, 11.5]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifSemi' : 'sansMedium', pt);
    const v: Style = st(serif ? 'sans' : 'serif', pt);
    const lh = px(pt) * 1.75;
    const p = doc.patient;

    s.put(s.width / 2, 150, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 19, { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 225, '出 院 记 录', st(serif ? 'serifBold' : 'sansBold', 16, { align: 'center', spacing: 6 }));
    const small = st(f.face, pt - 1);
    s.put(x0, 300, `科室：${doc.department}\u3000病区：${rng.pick(['一', '二', '三'])}病区\u3000床号：${doc.bed}床`, small);
    s.put(right, 300, `${rng.pick(['住院号', '病案号'])}：${doc.recordNo}`, { ...small, align: 'right' });

    // The ruled table: two rows of label–value cells, heavy rules above and below, open at the sides.
    const top = 325;
    const rowH = px(pt) * 2.3;
    const kinName = personName(rng, rng.chance(0.5) ? '男' : '女', 0);
    const job = p.age >= 60 ? rng.pick(['农民', '退休', '无']) : rng.pick(['农民', '个体', '工人', '教师']);
    const rows: (readonly [string, string, number])[][] = [
      [['姓名', p.name, 0.24], ['性别', p.sex, 0.13], ['年龄', `${p.age}岁`, 0.15], ['民族', nationOf(doc, rng), 0.2], ['职业', job, 0.28]],
      [['身份证号', p.idNumber, 0.46], ['联系人', `${kinName}（${rng.pick(['之子', '之女', '配偶'])}）`, 0.27], ['电话', mobile(rng), 0.27]],
    ];
    rows.forEach((cells, r) => {
      const base = top + rowH * (r + 0.5) + px(pt) * 0.36;
      let cx = x0;
      cells.forEach(([label, value, share], i) => {
        const lw = s.put(cx + 10, base, `${label}：`, b, false);
        s.put(cx + 10 + lw, base, value, v, false);
        s.record(cx + 10, base, `${label}：${value}`, cx + 10 + lw + s.measure(value, v));
        if (i > 0) s.line(cx, top + rowH * r + 8, cx, top + rowH * (r + 1) - 8, 1);
        cx += share * w;
      });
    });
    s.line(x0, top, right, top, 3);
    s.line(x0, top + rowH, right, top + rowH, 1);
    s.line(x0, top + rowH * 2, right, top + rowH * 2, 3);

    const ds: DateStyle = rng.pick(['cnTime', 'isoTime', 'cnHour', 'cn'] as const);
    let y = top + rowH * 2 + lh * 1.3;
    s.pair(x0, y, '入院时间：', formatDate(doc.dates.admission, ds, doc.times.admission), b, f);
    s.pair(x0 + w * 0.4, y, '出院时间：', formatDate(doc.dates.discharge, ds, doc.times.discharge), b, f);
    s.pair(x0 + w * 0.8, y, '住院天数：', `${doc.stayDays}天`, b, f);
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    y += lh * 1.5;

    const how: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    const head = (t: string): void => {
      s.put(x0, y, t, b);
      y += lh;
    };
    const body = (t: string, keep: readonly string[] = [], gap = 0.35): void => {
      y = para(s, x0, y, w, t, f, lh, { indent: px(pt) * 2, keep }) + lh * gap;
    };
    const bp = `${rng.int(126, 186)}/${rng.int(70, 108)}mmHg`;
    head('一、入院情况');
    body(`患者因“${doc.complaint}”入院。既往史：${pastHistory(doc, rng)}。家族史：${kin(rng)}。查体：BP ${bp}，神志清，精神欠佳，`
      + '双肺呼吸音清，未闻及干湿性啰音，心律齐，双下肢无水肿。');
    head('二、入院诊断');
    body(listed(doc.dx.admission, how).join('  '), doc.dx.admission.map((d) => d.text));
    head('三、诊疗经过');
    const exam = addDays(doc.dates.admission, rng.int(1, Math.max(1, doc.stayDays - 2)));
    body(`入院后完善血常规、尿常规、肝肾功能、电解质、心电图等检查，${mdCn(exam)}行${examOf(doc)}。给予${doc.course}等治疗，`
      + '患者病情逐渐好转。', [mdCn(exam)]);
    head('四、出院情况');
    body(rng.pick(['患者一般情况可，无明显不适，生命体征平稳，请示上级医师后准予出院。', '症状明显缓解，饮食睡眠可，查体未见新发阳性体征。']));
    head('五、出院诊断');
    listed(doc.dx.western, how).forEach((t, i) => {
      s.put(x0 + px(pt) * 2, y, t, f);
      s.put(right, y, codeOf(doc.dx.western[i] ?? { text: t, key: null }, i), st('sans', pt - 1.5, { color: '#333', align: 'right' }));
      y += lh;
    });
    s.diagnoses(doc.dx.western);
    y += lh * 0.35;
    head('六、出院医嘱');
    const back = formatDate(addDays(doc.dates.discharge, rng.pick([7, 14, 30])), 'cnShort');
    [`1.继续口服：${doc.medicines.slice(0, 3).join('；')}。`, `2.${doc.dx.keys.includes('DIABETES') ? '糖尿病饮食' : '低盐低脂饮食'}，监测血压、血糖。`,
      `3.${back}来我院门诊复诊，不适随诊。`].forEach((t) => body(t, [back, ...doc.medicines], 0));

    y = Math.max(y + lh, 1980);
    const sx = x0 + w * 0.5;
    const sw = s.put(sx, y, '医师签名：', f);
    handwritten(s, sx + sw + 10, y, doc.doctors.resident, pt * 1.3, rng);
    s.pair(sx + w * 0.28, y, '上级医师：', doc.doctors.attending, f);
    footer(s, reprinted(doc), { y: 2235, style: st(f.face, 8.5), page: '第1页 共1页', print: 'isoTime', x0, x1: right });
  },
};
