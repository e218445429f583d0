import { makeDoc } from '../case';
import { addDays } from '../dates';
import type { DiseaseKey } from '../diseases';
import { COUNTY_MORE, TOWNSHIP } from '../hospitals';
import { handwritten } from '../marks';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { listed } from './kit';
import { blanks, handLines } from './tune4-kit';
import { countyOf } from './tune5-kit';
import { ruling, suited } from './tune6-kit';
import { handDate, handDay, spaced, type Hand } from './tune9-kit';

/** What a township ward keeps: blood pressure, sugar, strokes and their sequelae, angina. */
const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CEREBROVASCULAR_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'CORONARY_HEART_DISEASE'];

/** A check during the stay and what it showed (written with its day, 1月2号复查血糖…). */
const RECHECK: Partial<Record<DiseaseKey, readonly string[]>> = {
  HYPERTENSION: ['复查血压145/88mmHg', '复查心电图大致正常'], DIABETES: ['复查空腹血糖7.8mmol/L', '复查空腹血糖8.2mmol/L'],
  CEREBROVASCULAR_DISEASE: ['复查血常规正常', '行头颅CT示未见出血'], CORONARY_HEART_DISEASE: ['复查心电图ST段较前好转', '复查心肌酶正常'],
};

/**
 * 出院记录 written by hand on a township health centre's ruled 住院病历 paper: only the paper is printed (the centre's name,
 * 住 院 病 历, the 姓名 / 科别 / 床号 / 住院号 blanks, the ruling and 第 页); the doctor writes the rest in ballpoint —
 * 入院日期：2024年12月28号, the stay across the year end on many pages, a check 1月2号 during the stay, the leaving
 * (好转出院 / 自动出院 / 转县医院), the diagnoses under 出院诊断： alone, one a row.
 */
export const tune9DischargeTownshipHand: Layout = {
  id: 'tune9-discharge-township-hand',
  kind: 'discharge',
  split: 'tune',
  style: 'Township health centre / rural county hospital 出院记录 handwritten in ballpoint 12.5–13.5 pt on ruled 住院病历 paper '
    + 'printed in blue, green or brown ink (header blanks, ruling, red margin)',
  exercises: ['printed 姓  名 / 科  别 / 床  号 / 住 院 号 blanks filled by hand over a printed rule, the rest of the page handwritten',
    'handwritten 性别：男  年龄：67岁  身份证号：… on one line',
    'dates written with 号: 入院日期：2024年12月28号 / 出院日期：2025年1月6号 (also 2025.1.6, 2025年1月6日), stays across the year end',
    'a check during the stay with the month and day only (12月30号复查空腹血糖…; not the stay)',
    'leaving as 好转出院 / 患者家属要求自动出院 / 转阳谷县人民医院进一步治疗，予办理出院 (the discharge all the same)',
    '入院诊断 run together with 、 (a suspected item; not counted)', '出院诊断： alone on its line, the items one a row, numbered or not (counted)',
    'past illness, denials and family history in 入院情况 (not counted)', '医师：name handwritten at the bottom right'],
  doc: (rng) => suited(makeDoc(rng, { kind: 'discharge', keys: KEYS,
    hospitals: [...TOWNSHIP.filter((h) => h.name.includes('卫生院')), ...COUNTY_MORE.filter((h) => h.name.includes('第二'))],
    compoundSurnames: 0.08, yearEnd: 0.4 })),
  draw(s, doc, rng) {
    const tone = rng.pick(['#1f4f9a', '#2c6b3f', '#7a4a22']);
    s.ink = tone;
    const x0 = 150;
    const right = s.width - x0;
    const w = right - x0;
    const lab = st('serif', 12.5, { color: tone });
    const township = /卫生院/u.test(doc.hospital.name);
    const points = rng.pick([12.5, 13, 13.5]);
    const lh = Math.round(px(points) * 1.9);

    s.put(s.width / 2, 150, doc.hospital.name, st('serifBold', 18, { align: 'center', spacing: 4, color: tone }));
    s.put(s.width / 2, 228, '住 院 病 历', st('serifBold', 15, { align: 'center', spacing: 10, color: tone }));
    const ward = township ? '内科' : doc.department;
    const wide = rng.chance(0.5);
    blanks(s, x0, 320, [`${spaced('姓名', wide)}`, { hand: doc.patient.name, w: 230 }, `${spaced('科别', wide)}`, { hand: ward, w: 200 },
      `${spaced('床号', wide)}`, { hand: doc.bed, w: 110 }, spaced('住院号', false), { hand: doc.recordNo, w: 250 }], lab, points, rng, tone);
    s.line(x0, 365, right, 365, 2.4, tone);
    s.line(x0, 372, right, 372, 0.8, tone);
    const top = 450;
    const rows = Math.floor((2130 - top) / lh);
    ruling(s, x0, right, top, top + rows * lh, lh, 'rgba(60, 110, 180, 0.45)');
    s.line(x0 - 25, 380, x0 - 25, top + rows * lh, 1, 'rgba(200, 40, 40, 0.5)');
    s.put(s.width / 2, 2200, '第\u3000\u3000页', st('serif', 10.5, { align: 'center', color: tone }));

    // Baselines sit just above the ruled lines.
    let y = top - 10;
    handwritten(s, s.width / 2 - px(points) * 2.6, y, '出院记录', points * 1.2, rng);
    y += lh;
    const [sex, age] = sexAge(doc);
    handwritten(s, x0, y, `性别：${sex}`, points, rng);
    handwritten(s, x0 + 230, y, `年龄：${age}`, points, rng);
    handwritten(s, x0 + 520, y, `身份证号：${doc.patient.idNumber}`, points, rng);
    y += lh;
    const how: Hand = rng.pick(['hao', 'hao', 'ri', 'dot'] as const);
    handwritten(s, x0, y, `入院日期：${handDate(doc.dates.admission, how)}`, points, rng);
    handwritten(s, x0 + w / 2, y, `出院日期：${handDate(doc.dates.discharge, how)}`, points, rng);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, admissionDate: doc.dates.admission,
      dischargeDate: doc.dates.discharge });
    y += lh;

    const write = (text: string, indent = 0): void => {
      y = handLines(s, x0 + indent, y, w - indent, text, points, rng, lh);
    };
    const bp = `${rng.int(130, 188)}/${rng.int(76, 110)}mmHg`;
    write(`入院情况：患者因“${doc.complaint}”入院。既往${doc.history.past}，${doc.history.negated}。${doc.history.family}。`
      + `查体：BP ${bp}，神志清，心肺未闻及明显异常。`);
    write(`入院诊断：${doc.dx.admission.map((d) => d.text).join('、')}`);
    const mid = addDays(doc.dates.admission, rng.int(2, Math.max(2, doc.stayDays - 2)));
    write(`诊疗经过：入院后完善血常规、心电图等检查，予${doc.course}等治疗，${handDay(mid)}${rng.pick(RECHECK[doc.primary] ?? ['复查血常规正常'])}。`);
    const leaving = rng.pick(['well', 'well', 'well', 'self', 'transfer'] as const);
    const county = countyOf(doc);
    const left = leaving === 'self' ? '患者家属要求自动出院，已告知相关风险。'
      : leaving === 'transfer' ? `患者家属要求转${county}人民医院进一步治疗，予办理出院。`
        : `一般情况可，${rng.pick(['症状好转', '血压控制平稳', '病情稳定'])}，准予出院。`;
    write(`出院情况：${left}共住院${doc.stayDays}天。`);

    handwritten(s, x0, y, '出院诊断：', points, rng);
    y += lh;
    const numbered = rng.chance(0.5);
    const items = numbered ? listed(doc.dx.western, rng.pick(['1.', '1、'] as const)) : doc.dx.western.map((d) => d.text);
    items.forEach((t) => {
      handwritten(s, x0 + 60, y, t, points, rng);
      y += lh;
    });
    s.diagnoses(doc.dx.western);
    write(`出院医嘱：按时用药（${doc.medicines.slice(0, 2).join('、')}），低盐低脂饮食，定期复查，不适随诊。`);
    y = Math.max(y, top - 10 + (rows - 1) * lh);
    handwritten(s, x0 + w * 0.62, y, `医师：${doc.doctors.resident}`, points, rng);
  },
};
