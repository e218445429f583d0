import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { ALL_KEYS, type Dx } from '../diseases';
import { CITY_MORE, COUNTY, COUNTY_MORE, PROVINCES, TOWNSHIP } from '../hospitals';
import { handwritten, logo, nameStamp, seal } from '../marks';
import type { Sheet, Style } from '../sheet';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { addressLine, forPatient, icdOf, listed, printedOn, type Mark } from './kit';
import { checkBox, doubtful, needs, prose } from './tune2-kit';
import { dateIn, FAR_PROVINCES, labelRowTable, localTo, sickLeave, villageOf, type Tune3Date } from './tune3-kit';

/**
 * 诊断证明书 written as one letter: the patient is named only inside the sentence (兹证明患者张三，男，58岁，…),
 * sick leave with its own dates, a validity clause, 医师签名 and 科主任 names, the issue date under or over the seal.
 */
export const tune3CertSentenceLeave: Layout = {
  id: 'tune3-cert-sentence-leave',
  kind: 'certificate',
  split: 'tune',
  style: 'County hospital of a far province (Yunnan, Guizhou, Inner Mongolia, Zhejiang …) or Shandong / Hebei / Henan, 诊断证明书 all in prose, logo or centred letterhead, serif or sans 12.5–14 pt',
  exercises: ['patient name only inside the sentence (兹证明患者张三，… / 兹证明张三（男，58岁，…） / 我院门诊患者张三，…), no 姓名 label',
    'a stay in prose 于2025年1月3日至2025年1月12日在我院…住院治疗 or 入住…，…好转出院 (half the pages)', '末次就诊 / 来我院门诊就诊 date that is not the issue date',
    'sick leave 建议全休14天（2025年3月5日至2025年3月18日） with dates after the issue', '有效期至 a date three months on, or 30日内有效',
    '医师签名 handwritten or printed, 科主任 printed name (two doctor names near the bottom)', 'issue date right-aligned under the hospital name with the red seal over it: 二〇二五年三月四日, 二○…, 2025年3月4日, 2025-03-04',
    '打印日期 and 操作员 footer (a later date and a third person)', '？ / 待查 item among the diagnoses (not counted)', 'compound surnames, children (患儿)'],
  doc: (rng) => localTo(forPatient(makeDoc(rng, { kind: 'certificate', hospitals: [...FAR_PROVINCES, ...FAR_PROVINCES, ...COUNTY_MORE, ...PROVINCES],
    keys: ALL_KEYS, aliases: true, outside: 0.2, compoundSurnames: 0.25, yearEnd: 0.15 }), rng, FAR_PROVINCES), rng),
  draw(s, doc, rng) {
    s.ink = '#171717';
    const x0 = rng.int(140, 175);
    const w = s.width - 2 * x0;
    const serif = rng.chance(0.55);
    const face = serif ? rng.pick(['serif', 'serifLight', 'serifMedium'] as const) : rng.pick(['sans', 'sansLight'] as const);
    const bold = serif ? 'serifBold' : 'sansBold';
    const pt = rng.pick([12.5, 13, 14]);
    const body = st(face, pt);
    const tone = rng.pick(['#1a4d8c', '#8c1a1a', '#1f1f1f']);
    if (rng.chance(0.6)) {
      logo(s, x0 + 45, 145, 42, tone, rng.pick(['cross', 'ring', 'shield'] as const));
      s.put(x0 + 112, 160, doc.hospital.name, st(bold, 19, { color: tone, spacing: 3 }));
      s.put(x0 + 112, 208, addressLine(doc), st(face, 8.5, { color: '#444' }));
    } else {
      s.put(s.width / 2, 165, doc.hospital.name, st(bold, 20, { align: 'center', spacing: 6, color: tone }));
    }
    s.line(x0, 238, s.width - x0, 238, 2.2, tone);
    s.put(s.width / 2, 345, rng.pick(['诊断证明书', '疾病诊断证明书', '诊 断 证 明', '病情诊断证明书']), st(bold, 22, { align: 'center', spacing: 12 }));
    s.put(s.width - x0, 420, `${rng.pick(['No：', '编号：', '证明编号：'])}${doc.dates.issue.slice(0, 4)}${String(rng.int(1, 99999)).padStart(5, '0')}`,
      st(face, 10.5, { align: 'right' }));

    const [sex, age] = sexAge(doc);
    const name = doc.patient.name;
    const id = doc.patient.idNumber;
    const ds: DateStyle = rng.pick(['cnShort', 'cnShort', 'cn'] as const);
    const d = (iso: string): string => formatDate(iso, ds);
    const child = doc.patient.age < 14;
    const who = child ? '患儿' : rng.pick(['患者', '', '患者']);
    const idLabel = rng.pick(['身份证号码', '身份证号', '公民身份号码']);
    const stay = rng.chance(0.5);
    const intro = rng.pick([
      `兹证明${who}${name}，${sex}，${age}，${idLabel}：${id}，`,
      `兹证明${who}${name}（${sex}，${age}，${idLabel}${id}），`,
      `我院${doc.department}${stay ? '住院' : '门诊'}${child ? '患儿' : '患者'}${name}，${sex}，${age}，${idLabel}：${id}，`,
    ]);
    const seen = addDays(doc.dates.issue, -rng.int(0, 4));
    const what = stay
      ? rng.pick([`因“${doc.complaint}”于${d(doc.dates.admission)}至${d(doc.dates.discharge)}在我院${doc.department}住院治疗，共${doc.stayDays}天。`,
        `于${d(doc.dates.admission)}入住我院${doc.department}（住院号：${doc.recordNo}），${d(doc.dates.discharge)}好转出院。`])
      : rng.pick([`于${d(seen)}来我院${doc.department}门诊就诊。`, `长期在我院${doc.department}门诊随诊，末次就诊日期${d(seen)}。`]);
    const items: Dx[] = [...doc.dx.western, ...(rng.chance(0.25) ? [doubtful(rng, doc)] : [])];
    const how: Mark = rng.pick(['1.', '①', '（1）', '1、'] as const);
    const lh = px(pt) * 2;
    const indent = px(pt) * 2;
    const marked = listed(items, how);
    const stop = /？$/u.test(marked[marked.length - 1] ?? '') ? '' : '。';
    let y = prose(s, x0, 520, w, `${intro}${what}经检查诊断为：${marked.join('；')}${stop}`, body, lh, { indent, keep: [name, ...marked] });
    s.note({ name, idNumber: id, visitDate: doc.dates.issue, ...(stay ? { admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge } : {}) });
    s.diagnoses(doc.dx.western);
    const leave = child ? '建议居家康复，定期复诊' : sickLeave(rng, doc.dates.issue, ds).text;
    y = prose(s, x0, y + 12, w, `${rng.pick(['建议：', '医嘱：', '处理意见：'])}${needs(doc)}；${leave}。`, body, lh, { indent });
    const valid = rng.pick([`本证明有效期至${d(addDays(doc.dates.issue, 90))}。`, '本证明自开具之日起30日内有效。', '']);
    y = prose(s, x0, y + 12, w, `${valid}特此证明。`, body, lh, { indent });

    const sy = Math.max(y + lh * 1.4, 1560);
    const mw = s.put(x0 + 20, sy, rng.pick(['医师签名：', '经治医师：', '医师：']), body);
    if (rng.chance(0.7)) handwritten(s, x0 + 20 + mw + 14, sy, doc.doctors.attending, pt * 1.25, rng);
    else s.put(x0 + 20 + mw, sy, doc.doctors.attending, body);
    s.pair(x0 + 560, sy, rng.pick(['科主任：', '科室负责人：']), doc.doctors.director, body);
    const rx = s.width - x0 - 30;
    s.put(rx, sy + lh * 1.6, doc.hospital.name, { ...body, align: 'right' });
    const label = rng.pick(['', '', '出具日期：']);
    const issue = `${label}${formatDate(doc.dates.issue, rng.pick(['cnNumeral', 'cnNumeralO', 'cnShort', 'cn', 'iso'] as const))}`;
    const dw = s.put(rx, sy + lh * 2.7, issue, { ...body, align: 'right' });
    const over = rng.chance(0.5);
    seal(s, rx - dw * 0.45 + rng.range(-40, 40), sy + lh * (over ? 2.4 : 1.9) + rng.range(-25, 25), rng.range(145, 165), doc.hospital.name,
      rng.pick(['诊断证明专用章', '医务科专用章']), rng);
    const small = st(face, 9, { color: '#333' });
    s.line(x0, 2170, s.width - x0, 2170, 1);
    s.put(x0, 2215, `打印日期：${formatDate(printedOn(doc), rng.pick(['iso', 'slash', 'cnShort'] as const))}`, small);
    s.put(s.width - x0, 2215, `操作员：${doc.doctors.checker}`, { ...small, align: 'right' });
  },
};

/**
 * 诊断证明书 as ruled tables with each label in a shaded cell above its value (姓名 over 张三), 住院时间 with 住院天数,
 * a 序号 / 诊断名称 / ICD-10 table, and 医师签字 … 日期：2025年3月4日 on one line.
 */
export const tune3CertColumnTable: Layout = {
  id: 'tune3-cert-column-table',
  kind: 'certificate',
  split: 'tune',
  style: 'City / county hospital (Shandong and far provinces) 诊断证明书 of ruled tables, labels in a shaded row above the values, sans or serif 11–12 pt',
  exercises: ['labels in their own shaded row, values in the row under them (姓名 / 性别 / 年龄 / 身份证号码 / 医保类型)', '□门诊 ☑住院 check boxes',
    '住院时间 2025年01月03日—2025年01月12日 beside 住院天数 (stay pages), or 就诊日期 that is not the issue date', '诊断 table: 序号 | 诊断名称 | ICD-10 (names without numbering)',
    '？ / 待查 row without a code (not counted)', '医师签字 (handwritten) and 日期：2025年3月4日 on the same line', '科主任签字 with a printed name and a red name stamp',
    'red seal over the date', 'sick leave dates in the advice box', '打印日期 footer', 'compound surnames (often)'],
  doc: (rng) => localTo(forPatient(makeDoc(rng, { kind: 'certificate', hospitals: [...CITY_MORE, ...COUNTY, ...FAR_PROVINCES, ...COUNTY_MORE],
    keys: ALL_KEYS, aliases: true, outside: 0.2, compoundSurnames: 0.35, yearEnd: 0.2 }), rng, COUNTY), rng),
  draw(s, doc, rng) {
    const x0 = 120;
    const w = s.width - 2 * x0;
    const serif = rng.chance(0.4);
    const face = serif ? 'serif' : 'sans';
    const strong = serif ? 'serifSemi' : 'sansMedium';
    const pt = rng.pick([11, 11.5, 12]);
    const f = st(face, pt);
    s.put(s.width / 2, 150, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 19, { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 235, rng.pick(['诊断证明书', '疾病诊断证明书']), st(serif ? 'serifBold' : 'sansBold', 21, { align: 'center', spacing: 14 }));
    const stay = rng.chance(0.6);
    const cb = st(face, 10.5);
    checkBox(s, checkBox(s, x0, 320, '门诊', !stay, cb) + 30, 320, '住院', stay, cb);
    s.put(s.width - x0, 320, `编号：${doc.recordNo.slice(2)}`, st(face, 10.5, { align: 'right' }));

    const [sex, age] = sexAge(doc);
    const lab = st(strong, pt - 0.5);
    const val = st(face, pt);
    const shade = rng.pick(['#e8e8e8', '#eef2f6', '#f1eee6']);
    let y = labelRowTable(s, x0, 350, [
      { label: '姓名', value: doc.patient.name, w: 250 }, { label: '性别', value: sex, w: 120 }, { label: '年龄', value: age, w: 140 },
      { label: '身份证号码', value: doc.patient.idNumber, w: 560 },
      { label: '医保类型', value: rng.pick(['职工医保', '居民医保', '新农合', '自费']), w: w - 1070 },
    ], lab, val, { shade });
    const ds: DateStyle = rng.pick(['cn', 'dotPad', 'iso', 'cnShort'] as const);
    const seen = addDays(doc.dates.issue, -rng.int(0, 6));
    const spanW = w - 250 - 280 - 180;
    let span = `${formatDate(doc.dates.admission, ds)}—${formatDate(doc.dates.discharge, ds)}`;
    if (s.measure(span, val) > spanW - 30) span = `${formatDate(doc.dates.admission, 'dotPad')}—${formatDate(doc.dates.discharge, 'dotPad')}`;
    y = labelRowTable(s, x0, y + 24, stay
      ? [{ label: '科室', value: doc.department, w: 250 }, { label: '住院号', value: doc.recordNo, w: 280 },
        { label: '住院时间', value: span, w: spanW }, { label: '住院天数', value: `${doc.stayDays}天`, w: 180 }]
      : [{ label: '科室', value: doc.department, w: 250 }, { label: '门诊号', value: doc.recordNo, w: 280 },
        { label: '就诊日期', value: formatDate(seen, ds), w: spanW }, { label: '就诊类型', value: rng.pick(['复诊', '慢病门诊', '专家门诊']), w: 180 }],
    lab, val, { shade });
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.issue,
      ...(stay ? { admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge } : {}) });

    y += 80;
    s.put(x0, y, stay ? rng.pick(['出院诊断：', '诊断：']) : rng.pick(['临床诊断：', '诊断：']), st(strong, pt));
    const items: Dx[] = [...doc.dx.western, ...(rng.chance(0.25) ? [doubtful(rng, doc)] : [])];
    const rowH = px(pt) * 2.1;
    const cell = (text: string, cw: number, label = false, align: 'left' | 'center' = 'center') => ({ text, w: cw, label, align });
    y = s.grid(x0, y + 24, rowH, [
      [cell('序号', 120, true), cell('诊断名称', w - 400, true), cell('ICD-10编码', 280, true)],
      ...items.map((d, i) => [cell(String(i + 1), 120), cell(d.text, w - 400, false, 'left'),
        cell(doc.dx.western.includes(d) ? icdOf(d, i) : '', 280)]),
    ], f, { label: lab, shade, border: 1.6 });
    s.diagnoses(doc.dx.western);

    const boxTop = y + 30;
    const lh = px(pt) * 1.8;
    const leave = doc.patient.age < 14 ? '建议居家康复训练，定期复诊' : sickLeave(rng, doc.dates.issue, rng.pick(['cnShort', 'iso'] as const)).text;
    let by = prose(s, x0 + 24, boxTop + 60, w - 48, `医嘱及建议：${needs(doc)}。${leave}。`, f, lh) + 10;
    by = Math.max(by, boxTop + 220);
    s.rect(x0, boxTop, w, by - boxTop, 1.6);

    const sy = Math.max(by + 150, 1640);
    const mw = s.put(x0 + 20, sy, rng.pick(['医师签字：', '医生签字：']), f);
    handwritten(s, x0 + 20 + mw + 14, sy, doc.doctors.attending, pt * 1.3, rng);
    const issue = formatDate(doc.dates.issue, rng.pick(['cnShort', 'cn', 'iso'] as const));
    const dx = x0 + 620;
    const dw = s.pair(dx, sy, '日期：', issue, f);
    const kw = s.put(x0 + 20, sy + lh * 1.8, '科主任签字：', f);
    const nw = s.put(x0 + 20 + kw, sy + lh * 1.8, doc.doctors.director, f);
    if (rng.chance(0.6)) nameStamp(s, x0 + 20 + kw + nw + 120, sy + lh * 1.8 - 16, doc.doctors.director, rng);
    s.put(s.width - x0 - 40, sy + lh * 1.8, '（医院盖章）', { ...f, align: 'right' });
    seal(s, dx + dw * 0.6 + rng.range(-50, 60), sy + lh * 0.9 + rng.range(-30, 30), rng.range(140, 160), doc.hospital.name, '诊断证明专用章', rng);
    const small = st(face, 9, { color: '#333' });
    s.put(x0, 2215, `打印日期：${formatDate(printedOn(doc), 'iso')}`, small);
    s.put(s.width - x0, 2215, '第1页/共1页', { ...small, align: 'right' });
  },
};

/** A label pre-printed in the form's ink, a long rule after it, the value typed onto the rule well to the right and off register. */
function gapField(s: Sheet, x: number, y: number, label: string, value: string, lineW: number, o: {
  gap: number; dx: number; dy: number; lab: Style; val: Style; ink: string;
}): number {
  const lw = s.put(x, y, label, o.lab, false);
  s.line(x + lw + 6, y + 10, x + lw + lineW, y + 10, 1.3, o.ink);
  const vw = s.put(x + lw + o.gap + o.dx, y + o.dy, value, o.val, false);
  s.record(x, y, label + value, Math.max(x + lw + lineW, x + lw + o.gap + o.dx + vw));
  return x + lw + lineW;
}

/**
 * A township / county 疾病证明单 pre-printed in blue, red or green ink, the values laser-printed onto it off register:
 * wide gaps after 姓名, 出生日期 as a date that is not the issue, the issue date typed into 年 月 日 gaps.
 */
export const tune3CertPreprintedGap: Layout = {
  id: 'tune3-cert-preprinted-gap',
  kind: 'certificate',
  split: 'tune',
  style: 'Township / county / far-province 疾病证明单 pre-printed in coloured ink (serif labels and rules), values laser-printed off register in black sans 12–12.5 pt',
  exercises: ['labels in blue / red / green ink, values in black shifted off the rules', '姓名 followed by a wide gap before the name',
    '出生日期 (a date that is neither the visit nor the issue)', '入院日期 / 出院日期 fill-ins (stay pages) or 就诊日期 that is not the issue date',
    'diagnoses typed on pre-printed lines (1)…', '建议休息\u300014\u3000天 and 有效期\u300030\u3000天 numbers typed into gaps',
    '医师签名 handwritten, 科负责人 printed, 患者（家属）签名 left blank', 'issue date typed into pre-printed 年\u3000月\u3000日 gaps (2025 年 3 月 4 日) under a seal',
    'printer imprint with a year and month (监制 … 年…月印)', 'compound surnames, children'],
  doc: (rng) => localTo(forPatient(makeDoc(rng, { kind: 'certificate', hospitals: [...TOWNSHIP, ...COUNTY_MORE, ...FAR_PROVINCES],
    keys: ALL_KEYS, aliases: true, outside: 0.2, compoundSurnames: 0.2, yearEnd: 0.1 }), rng, TOWNSHIP), rng),
  draw(s, doc, rng) {
    const ink = rng.pick(['#23479a', '#b3261e', '#2a6b3a']);
    const x0 = 150;
    const right = s.width - x0;
    const lab = st(rng.pick(['serif', 'serifMedium'] as const), 12.5, { color: ink });
    const val = st(rng.pick(['sans', 'sansMedium'] as const), rng.pick([12, 12.5]));
    const dx = rng.int(-14, 14);
    const dy = rng.int(-12, 6);
    const o = { dx, dy, lab, val, ink };
    s.put(s.width / 2, 160, doc.hospital.name, st('serifBold', 20, { align: 'center', color: ink, spacing: 6 }));
    s.put(s.width / 2, 255, rng.pick(['疾 病 证 明 单', '诊 断 证 明 单', '疾病诊断证明']), st('serifBold', 20, { align: 'center', color: ink }));
    s.line(x0, 290, right, 290, 3, ink);
    gapField(s, right - 360, 350, '第', `${String(rng.int(1, 9999)).padStart(4, '0')}`, 220, { ...o, gap: 50 });
    s.put(right - 30, 350, '号', lab);

    const [sex] = sexAge(doc);
    const gap = 95;
    let y = 450;
    let r = gapField(s, x0, y, '姓\u3000\u3000名', doc.patient.name, 430, { ...o, gap: rng.int(140, 260) });
    r = gapField(s, r + 30, y, '性别', sex, 130, { ...o, gap: 40 });
    gapField(s, r + 30, y, '出生日期', formatDate(doc.patient.birth, rng.pick(['cn', 'iso', 'dotPad'] as const)), right - r - 30 - s.measure('出生日期', lab), { ...o, gap: 40 });
    y += gap;
    gapField(s, x0, y, '身份证号', doc.patient.idNumber, 760, { ...o, gap: rng.int(40, 120) });
    y += gap;
    const stay = rng.chance(0.5);
    r = gapField(s, x0, y, '住\u3000\u3000址', villageOf(doc, rng), 800, { ...o, gap: 40 });
    gapField(s, r + 30, y, stay ? '住院号' : '门诊号', doc.recordNo, right - r - 30 - s.measure('住院号', lab), { ...o, gap: 24 });
    y += gap;
    const ds: Tune3Date = rng.pick(['cn', 'cnShort', 'spaced', 'iso'] as const);
    if (stay) {
      r = gapField(s, x0, y, '入院日期', dateIn(doc.dates.admission, ds), 440, { ...o, gap: 40 });
      gapField(s, r + 40, y, '出院日期', dateIn(doc.dates.discharge, ds), 440, { ...o, gap: 40 });
    } else {
      r = gapField(s, x0, y, '就诊日期', dateIn(addDays(doc.dates.issue, -rng.int(0, 5)), ds), 440, { ...o, gap: 40 });
      gapField(s, r + 40, y, '科\u3000\u3000别', doc.department, 440, { ...o, gap: 40 });
    }
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.issue,
      ...(stay ? { admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge } : {}) });

    y += gap + 10;
    s.put(x0, y, '诊断：', lab);
    const items: Dx[] = [...doc.dx.western, ...(rng.chance(0.2) ? [doubtful(rng, doc)] : [])];
    const lines = Math.max(4, items.length);
    const dxX = x0 + s.measure('诊断：', lab) + 10;
    listed(items, rng.pick(['（1）', '1.', '1、'] as const)).forEach((t, i) => s.put(dxX + 20 + dx, y + i * 80 + dy, t, val));
    for (let i = 0; i < lines; i += 1) s.line(dxX, y + i * 80 + 10, right, y + i * 80 + 10, 1.3, ink);
    s.diagnoses(doc.dx.western);
    y += lines * 80 + 20;
    s.put(x0, y, '处理意见：', lab);
    const pw = s.measure('处理意见：', lab);
    s.line(x0 + pw, y + 10, right, y + 10, 1.3, ink);
    s.line(x0, y + 90, right, y + 90, 1.3, ink);
    prose(s, x0 + pw + 20 + dx, y + dy, right - x0 - pw - 40, `${needs(doc)}，${rng.pick(['定期复查', '门诊随诊', '按时服药，避免劳累'])}。`, val, 80);
    y += 180;
    const days = doc.patient.age < 14 ? '/' : String(rng.pick([3, 7, 14, 30]));
    r = gapField(s, x0, y, '建议休息', days, 160, { ...o, gap: 60 });
    s.put(r + 10, y, '天', lab);
    r = gapField(s, r + 120, y, '本证明有效期', String(rng.pick([15, 30, 90])), 160, { ...o, gap: 60 });
    s.put(r + 10, y, '天', lab);

    const sy = y + 190;
    const mw = s.put(x0, sy, '医师签名：', lab);
    s.line(x0 + mw, sy + 10, x0 + mw + 300, sy + 10, 1.3, ink);
    handwritten(s, x0 + mw + 40 + dx, sy + dy, doc.doctors.attending, 15, rng);
    gapField(s, x0 + 560, sy, '科负责人：', doc.doctors.director, 300, { ...o, gap: 30 });
    const pw2 = s.put(x0, sy + 110, '患者（家属）签名：', lab);
    s.line(x0 + pw2, sy + 120, x0 + pw2 + 300, sy + 120, 1.3, ink);
    s.put(right, sy + 110, '（盖章）', { ...lab, align: 'right' });

    // 年 月 日 pre-printed with gaps; the printer types the digits into them.
    const dyy = sy + 230;
    const [yy, mm, dd] = doc.dates.issue.split('-').map(Number);
    const slots: [string, number][] = [[String(yy), 150], [String(mm), 90], [String(dd), 90]];
    let cx = right - 520;
    const start = cx;
    for (const [i, [digits, slot]] of slots.entries()) {
      s.put(cx + slot / 2 + dx, dyy + dy, digits, { ...val, align: 'center' }, false);
      cx += slot;
      cx += s.put(cx, dyy, '年月日'[i] ?? '', lab, false);
    }
    s.record(start, dyy, `${yy} 年 ${mm} 月 ${dd} 日`, cx);
    seal(s, start + 200 + rng.range(-50, 50), dyy - 50 + rng.range(-30, 30), rng.range(140, 160), doc.hospital.name,
      rng.pick(['诊断证明专用章', '公章']), rng);
    const made = addDays(doc.dates.issue, -rng.int(200, 900));
    s.put(s.width / 2, 2230, `${rng.pick(['卫生健康局监制', '医务科监制', '印务公司承印'])}\u3000${made.slice(0, 4)}年${Number(made.slice(5, 7))}月印\u3000（50份/本）`,
      st('serif', 9, { align: 'center', color: ink }));
  },
};
