import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { barcode, handwritten } from '../marks';
import { personName } from '../people';
import type { Layout } from '../types';
import { footer, px, st } from './common';
import { icdOf, pastHistory, reprinted } from './kit';
import { wrap } from './tune6-kit';
import { kin } from './tune10-kit';
import { HOSP22, local22, insurance, later } from './blind22-kit';

/**
 * 出院记录 of a county / city hospital in Fujian, Zhejiang, Jiangxi, Yunnan, Shaanxi or Chongqing from a structured EMR:
 * barcode and 住院号 top right, a four-column ruled header with 入院时间 / 出院时间 (with hours; the stay is the truth) and the
 * full 身份证号 (truth), 入院情况 prose naming the admitting (vaguer) diagnoses and a 转科 date, a 诊断 table of 主要 / 其他
 * 诊断 with ICD code, 入院病情 and 出院情况 columns (the 出院诊断 rows are the truth), 出院医嘱 with a 复诊 date, a
 * relative's disease and a past illness (not counted), 记录时间 and 打印时间 (not truth).
 */
export const blind22Discharge1: Layout = {
  id: 'blind22-discharge-1',
  kind: 'discharge',
  split: 'blind',
  style: 'Southern / western county or city hospital structured-EMR 出院记录: ruled four-column header with timed stay, '
    + 'diagnosis table with 入院病情 / 出院情况 columns, sans 10–11 pt',
  exercises: ['入院时间 / 出院时间 with hours in a ruled header (truth)', '入院情况 naming the admitting diagnoses (not counted)',
    '转科 date inside the stay, 复诊 date after it (not truth)', '诊断 table with ICD, 入院病情, 出院情况 columns (出院诊断 truth)'],
  doc: (rng) => local22(makeDoc(rng, { kind: 'discharge', hospitals: HOSP22, yearEnd: 0.08, compoundSurnames: 0.08, outside: 0.2 }), rng),
  draw(s, doc, rng) {
    s.ink = '#1a1a1a';
    const x0 = rng.pick([110, 120, 130]);
    const x1 = s.width - x0;
    const w = x1 - x0;
    const fpt = rng.pick([10, 10.5, 11]);
    const f = st(rng.pick(['sans', 'sansLight'] as const), fpt);
    const b = st('sansBold', fpt);
    const lh = px(fpt) * 1.75;
    const p = doc.patient;
    const ds: DateStyle = rng.pick(['cnHour', 'isoTime', 'slashTime'] as const);

    s.put(x0, 150, doc.hospital.name, st('sansBold', rng.pick([17, 18, 19]), { spacing: 2 }));
    s.put(x0, 225, '出 院 记 录', st('sansBold', 16, { spacing: 6 }));
    barcode(s, x1 - 380, 105, doc.recordNo, 62, 3);
    s.put(x1, 205, `住院号：${doc.recordNo}`, st('sans', 10, { align: 'right' }));
    s.line(x0, 255, x1, 255, 3);

    const cw = [w * 0.13, w * 0.2, w * 0.13, w * 0.2, w * 0.13, w * 0.21].map(Math.round);
    const row = (cells: readonly [string, string][], y: number): void => {
      let cx = x0;
      cells.forEach(([label, value], i) => {
        s.put(cx + 6, y, label, b);
        s.put(cx + s.measure(label, b) + 14, y, value, f);
        cx += (cw[2 * i] ?? 0) + (cw[2 * i + 1] ?? 0);
      });
    };
    const wardTo = addDays(doc.dates.admission, rng.int(1, Math.max(1, doc.stayDays - 3)));
    const rows: [string, string][][] = [
      [['姓名：', p.name], ['性别：', p.sex], ['年龄：', `${p.age}岁`]],
      [['科室：', doc.department], ['床号：', `${doc.bed}床`], ['医保：', insurance(rng)]],
      [['身份证号：', p.idNumber], ['', ''], ['联系人：', `${personName(rng, rng.pick(['男', '女'] as const))}（${rng.pick(['子', '女', '配偶'])}）`]],
      [['入院时间：', formatDate(doc.dates.admission, ds, doc.times.admission)], ['', ''], ['住院天数：', `${doc.stayDays}天`]],
      [['出院时间：', formatDate(doc.dates.discharge, ds, doc.times.discharge)], ['', ''], ['', '']],
    ];
    let y = 305;
    for (const r of rows) {
      row(r, y);
      s.line(x0, y + 16, x1, y + 16, 1, '#888');
      y += lh * 1.05;
    }
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    const head = (t: string): void => {
      y += lh * 0.35;
      s.put(x0, y, t, st('sansBold', fpt + 0.5));
      y += lh;
    };
    const prose = (t: string): void => {
      wrap(s, t, w - 20, f, { indent: px(fpt) * 2 }).forEach((line, i) => {
        s.put(x0 + (i === 0 ? px(fpt) * 2 : 0), y, line, f);
        y += lh;
      });
    };
    const adm = doc.dx.admission.map((d) => d.text).join('、');
    head('一、入院情况');
    prose(`患者因“${doc.complaint}”由门诊拟“${adm}”收入院。既往史：${pastHistory(doc, rng)}。家族史：${kin(rng)}。`);
    head('二、诊疗经过');
    const moved = rng.chance(0.5) ? `${formatDate(wardTo, 'cnShort')}转入${doc.department}继续治疗。` : '';
    prose(`入院后完善相关检查，于${formatDate(doc.dates.surgery, 'cnShort')}行${doc.procedure}，${moved}`
      + `予${doc.course}等治疗，患者症状好转，病情稳定，经上级医师同意出院。`);
    head('三、诊断');

    const items = [...doc.dx.tcm, ...doc.dx.western];
    const outcome = (i: number): string => (i === 0 ? rng.pick(['好转', '好转', '未愈']) : rng.pick(['好转', '稳定', '未愈']));
    const tw = [w * 0.14, w * 0.4, w * 0.16, w * 0.15, w * 0.15].map(Math.round);
    const tableRows = [
      [{ text: '诊断类别', w: tw[0]!, label: true }, { text: '出院诊断', w: tw[1]!, label: true }, { text: '疾病编码', w: tw[2]!, label: true },
        { text: '入院病情', w: tw[3]!, label: true }, { text: '出院情况', w: tw[4]!, label: true }],
      ...items.map((d, i) => [{ text: i === 0 ? '主要诊断' : '其他诊断', w: tw[0]!, align: 'center' as const }, { text: d.text, w: tw[1]! },
        { text: icdOf(d, i), w: tw[2]!, align: 'center' as const }, { text: rng.pick(['有', '有', '临床未确定']), w: tw[3]!, align: 'center' as const },
        { text: outcome(i), w: tw[4]!, align: 'center' as const }]),
    ];
    s.diagnoses(items);
    y = s.grid(x0, y - lh * 0.6, Math.round(lh * 1.25), tableRows, f, { shade: '#ececec', label: b, border: 1.5 }) + lh * 0.9;

    head('四、出院情况');
    prose('患者一般情况可，生命体征平稳，无明显不适，饮食睡眠可，二便正常。');
    head('五、出院医嘱');
    const back = later(doc.dates.discharge, rng);
    [`1.继续口服：${doc.medicines.slice(0, 3).join('；')}。`, '2.低盐低脂饮食，监测血压、血糖，避免劳累。',
      `3.于${formatDate(back, 'cnShort')}来院复诊，如有不适随时就诊。`].forEach((t) => prose(t));

    y += lh * 0.8;
    const sx = x0 + w * 0.52;
    const lw = s.put(sx, y, '医师签名：', f);
    handwritten(s, sx + lw + 10, y, doc.doctors.resident, fpt * 1.3, rng);
    y += lh * 1.2;
    s.put(sx, y, `记录时间：${formatDate(doc.dates.discharge, 'isoTime', doc.times.discharge + 45)}`, f);
    footer(s, reprinted(doc), { y: 2235, style: st('sansLight', 8.5), page: '第1页 共1页', print: 'isoTime', x0, x1 });
  },
};
