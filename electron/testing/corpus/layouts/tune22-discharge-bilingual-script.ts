import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, pastHistory, type Mark } from './kit';
import { suited, wrap } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { BILINGUAL22, local22, nation22, scriptLine, scriptOf } from './tune22-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE',
  'URAEMIA_DIALYSIS', 'POST_ARTERIAL_STENT_ANTICOAGULATION'];

/**
 * 出院记录 of a Xinjiang (喀什, 和田, 阿克苏), Qinghai Tibetan-prefecture or 甘孜 / 阿坝 county hospital: the hospital's name and the
 * title each under a line of Uyghur or Tibetan script (strokes, not text), a serif header of label:value pairs in three columns
 * (姓名 and 身份证号 truth; 民族 and a 联系人 who is not the patient), the stay as two dates 入院日期 / 出院日期 (truth) beside 住院
 * 天数; sections whose Chinese heading has the script beneath it: 入院情况 (past history, not counted), 入院诊断 (not counted),
 * 诊治经过 with a re-check day inside the stay, 出院诊断 numbered (counted), 出院医嘱 with a 复诊 day (not truth); a hand-signed
 * 医师签名, the record's date (the discharge day) and, now and then, the 医务科 seal.
 */
export const tune22DischargeBilingualScript: Layout = {
  id: 'tune22-discharge-bilingual-script',
  kind: 'discharge',
  split: 'tune',
  style: 'Xinjiang / Qinghai / Ganzi–Aba county hospital 出院记录 with a line of Uyghur or Tibetan script over the name, title and '
    + 'every heading; three-column serif header, stay as 入院日期 / 出院日期, numbered 出院诊断, serif 11–12 pt',
  exercises: ['Uyghur / Tibetan script lines drawn beside the Chinese (not text)', 'Uyghur and Tibetan names',
    '入院日期 and 出院日期 in the header (truth)', '民族 and 联系人 in the header (decoy name)', '入院诊断 (not counted)',
    'a re-check day inside the stay', '复诊 date in 出院医嘱 (not truth)', 'record date, hand signature, 医务科 seal'],
  doc: (rng) => local22(countyWords(suited(makeDoc(rng, { kind: 'discharge', keys: KEYS, hospitals: BILINGUAL22 })), rng,
    { outside: 0.3, near: 0.15 }), rng),
  draw(s, doc, rng) {
    s.ink = '#141414';
    const x0 = 130;
    const right = s.width - x0;
    const w = right - x0;
    const pt = rng.pick([11, 11.5, 12]);
    const f: Style = st('serif', pt);
    const b: Style = st('serifBold', pt);
    const lh = px(pt) * 1.75;
    const p = doc.patient;
    const script = scriptOf(doc.hospital);
    const sh = px(pt) * 0.9;
    const ds: DateStyle = rng.pick(['cn', 'iso', 'cnShort']);

    const nameW = s.measure(doc.hospital.name, st('serifBold', 18, { spacing: 3 }));
    scriptLine(s, s.width / 2 - nameW / 2, 120, nameW, 30, script, '#222', rng);
    s.put(s.width / 2, 190, doc.hospital.name, st('serifBold', 18, { align: 'center', spacing: 3 }));
    scriptLine(s, s.width / 2 - 150, 240, 300, 26, script, '#222', rng);
    s.put(s.width / 2, 300, '出 院 记 录', st('serifBold', 20, { align: 'center', spacing: 8 }));
    s.line(x0, 330, right, 330, 2.5);

    const contact = rng.pick(['联系人', '陪护人']);
    const kinName = p.sex === '男' ? rng.pick(['阿依努尔', '卓玛', '李秀英', '马桂兰']) : rng.pick(['艾力', '扎西', '王建军', '马福林']);
    const cells: [string, string][] = [
      ['姓名：', p.name], ['性别：', p.sex], ['年龄：', `${p.age}岁`],
      ['民族：', nation22(doc, rng)], ['科室：', doc.department], ['住院号：', doc.recordNo],
      ['身份证号：', p.idNumber], ['', ''], [`${contact}：`, kinName],
      ['入院日期：', formatDate(doc.dates.admission, ds)], ['出院日期：', formatDate(doc.dates.discharge, ds)], ['住院天数：', `${doc.stayDays}天`],
    ];
    const cols = [x0, x0 + w * 0.36, x0 + w * 0.68];
    let y = 330 + lh * 1.1;
    cells.forEach(([l, v], i) => {
      if (l !== '') s.pair(cols[i % 3] ?? x0, y + Math.floor(i / 3) * lh, l, v, b, f);
    });
    y += 4.35 * lh;
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    s.line(x0, y - lh * 0.85, right, y - lh * 0.85, 1.2);

    const head = (t: string): void => {
      s.put(x0, y, t, b);
      scriptLine(s, x0 + s.measure(t, b) + 24, y, Math.min(260, w * 0.25), sh, script, '#333', rng);
      y += lh;
    };
    const body = (t: string, keep: readonly string[] = []): void => {
      wrap(s, t, w - 60, f, { keep }).forEach((line) => {
        s.put(x0 + 60, y, line, f);
        y += lh;
      });
      y += lh * 0.2;
    };
    head('入院情况');
    body(`患者因“${doc.complaint}”入院。既往${pastHistory(doc, rng)}。查体：神志清，双肺呼吸音粗，心律齐，双下肢无水肿。`);
    const mk: Mark = rng.pick(['1.', '1、', '(1)'] as const);
    head('入院诊断');
    body(listed(doc.dx.admission, mk).join('  '), doc.dx.admission.map((d) => d.text));
    const moved = addDays(doc.dates.admission, rng.int(1, Math.max(1, doc.stayDays - 2)));
    head('诊治经过');
    body(`入院后完善相关检查，${formatDate(moved, 'cnShort')}复查血常规、肾功能未见明显异常，予${doc.course}等治疗，症状缓解，病情平稳。`,
      [formatDate(moved, 'cnShort')]);
    head('出院诊断');
    listed(doc.dx.western, mk).forEach((t) => {
      s.put(x0 + 60, y, t, f);
      y += lh;
    });
    s.diagnoses(doc.dx.western);
    y += lh * 0.2;
    head('出院医嘱');
    const back = addDays(doc.dates.discharge, rng.pick([7, 14, 30]));
    body(`1.低盐低脂饮食，规律服药：${doc.medicines.slice(0, 2).join('，')}。2.于${formatDate(back, 'cnShort')}来院复诊，不适随诊。`,
      [formatDate(back, 'cnShort')]);

    y += lh * 0.6;
    s.put(right - 560, y, '医师签名：', b);
    handwritten(s, right - 560 + s.measure('医师签名：', b) + 10, y, doc.doctors.attending, pt + 3, rng);
    y += lh * 1.2;
    s.put(right, y, formatDate(doc.dates.discharge, 'cn'), { ...f, align: 'right' });
    if (rng.chance(0.6)) seal(s, right - 180, y - lh * 0.9, 105, doc.hospital.name, '医务科', rng);
  },
};
