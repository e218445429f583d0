import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { ALL_KEYS, KEYS, type Dx } from '../diseases';
import { CITY_MORE, COUNTY_MORE, PROVINCES, PROVINCES_TCM, TCM } from '../hospitals';
import { handwritten, logo, nameStamp, seal } from '../marks';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { fillIn, forPatient, icdOf, listed, printedOn, type Mark } from './kit';
import { addressed, doubtful, homeAddress, localPatient, needs, prose, stackedRow } from './tune2-kit';

/**
 * 疾病诊断证明书 of a county / city hospital in another province: labels with underlines filled in by
 * the printer, a stay as 住院日期：…至…, 入院诊断 (not final) over 出院诊断 with ICD codes.
 */
export const tune2CertFillinStay: Layout = {
  id: 'tune2-cert-fillin-stay',
  kind: 'certificate',
  split: 'tune',
  style: 'County / city hospital of another province, 疾病诊断证明书 with underlined fill-in fields, serif 13.5–15 pt',
  exercises: ['病人姓名 / 患者姓名 / 姓　　名 on an underline', '身份证号码 / 公民身份号码 / 证件号码', '住院日期：2025年3月4日 至 2025年3月15日（共11天） on most pages',
    '入院诊断 inline with a suspected disease (not final) above 出院诊断', 'ICD-10 codes in a column after the final diagnoses',
    'an uncertain 待查 / ？ item among the final diagnoses (not counted)', '科室主任 printed name as a distractor',
    'physician name handwritten in ballpoint', '开具日期 二〇二五年三月四日 / 二○二五年… / 2025年3月4日 under the seal', '打印时间 footer (a later date)',
    "patients of Hebei / Henan / Sichuan / Guangdong … counties (their own ID address codes)", "children's diseases, diseases outside the catalogue"],
  doc: (rng) => localPatient(forPatient(makeDoc(rng, { kind: 'certificate', hospitals: [...PROVINCES, ...PROVINCES, ...COUNTY_MORE, ...CITY_MORE],
    keys: ALL_KEYS, aliases: true, outside: 0.25, yearEnd: 0.15 }), rng, PROVINCES), rng),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 150;
    const w = s.width - 2 * x0;
    const pt = rng.pick([13.5, 14, 15]);
    const lab = st('serif', pt);
    const val = st(rng.pick(['sans', 'serif', 'serifMedium'] as const), pt);
    const stay = rng.chance(0.7);
    s.put(s.width / 2, 150, doc.hospital.name, st('serifBold', 21, { align: 'center', spacing: 6 }));
    if (doc.hospital.en) s.put(s.width / 2, 200, doc.hospital.en, st('serif', 9, { align: 'center', spacing: 2 }));
    s.put(s.width / 2, 300, rng.pick(['疾病诊断证明书', '诊 断 证 明 书', '医疗诊断证明书']), st('serifBold', 23, { align: 'center', spacing: 10 }));
    s.put(s.width - x0, 385, `编号：${doc.dates.issue.slice(0, 4)}${String(rng.int(1, 99999)).padStart(5, '0')}`, st('serif', 10.5, { align: 'right' }));
    s.line(x0, 410, s.width - x0, 410, 2.5);
    s.line(x0, 418, s.width - x0, 418, 1);

    const [sex, age] = sexAge(doc);
    const gap = 86;
    let y = 500;
    const nameLabel = rng.pick(['病人姓名：', '患者姓名：', '姓\u3000\u3000名：']);
    let r = fillIn(s, x0, y, nameLabel, doc.patient.name, 300, lab, val);
    r = fillIn(s, r + 40, y, '性别：', sex, 110, lab, val);
    fillIn(s, r + 40, y, '年龄：', age, 140, lab, val);
    y += gap;
    const idLabel = rng.pick(['身份证号码：', '公民身份号码：', '证件号码：']);
    fillIn(s, x0, y, idLabel, doc.patient.idNumber, 780, lab, val);
    y += gap;
    const addrLabel = rng.pick(['住\u3000\u3000址：', '家庭住址：']);
    fillIn(s, x0, y, addrLabel, homeAddress(doc, rng), w - s.measure(addrLabel, lab), lab, val);
    y += gap;
    r = fillIn(s, x0, y, '科\u3000\u3000别：', doc.department, 300, lab, val);
    fillIn(s, r + 40, y, stay ? '住院号：' : '门诊号：', doc.recordNo, 330, lab, val);
    y += gap;
    const ds: DateStyle = rng.pick(['cnShort', 'cn', 'iso'] as const);
    if (stay) {
      fillIn(s, x0, y, '住院日期：', `${formatDate(doc.dates.admission, ds)} 至 ${formatDate(doc.dates.discharge, ds)}（共${doc.stayDays}天）`,
        w - s.measure('住院日期：', lab) - 40, lab, val);
      y += gap;
    }
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.issue,
      ...(stay ? { admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge } : {}) });

    const lh = px(pt) * 1.7;
    y += 50;
    if (stay) y = prose(s, x0, y, w, `入院诊断：${listed(doc.dx.admission, '1.').join('  ')}`, lab, lh) + 10;
    const dxLabel = stay ? '出院诊断：' : rng.pick(['诊断意见：', '临床诊断：', '诊\u3000\u3000断：']);
    const how: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    const items: Dx[] = [...doc.dx.western, ...(rng.chance(0.3) ? [doubtful(rng, doc)] : [])];
    const lw = s.put(x0, y, dxLabel, lab);
    const codeX = x0 + 960;
    const codeSt = st('serif', Math.min(pt, 12));
    listed(items, how).forEach((t, i) => {
      const d = items[i] as Dx;
      const tw = s.put(x0 + lw, y, t, val);
      const code = icdOf(d, i);
      const cx = Math.max(codeX, x0 + lw + tw + 40);
      // Uncertain items carry no code.
      if (doc.dx.western.includes(d) && cx + s.measure(code, codeSt) < s.width - x0) s.put(cx, y, code, codeSt);
      y += lh;
    });
    s.diagnoses(doc.dx.western);
    y += 10;
    y = prose(s, x0, y, w, `${rng.pick(['处理意见：', '建\u3000\u3000议：', '医\u3000\u3000嘱：'])}${needs(doc)}，`
      + `${rng.pick(['建议休息两周', '定期门诊复查', '注意休息，避免劳累', '不适随诊'])}。`, lab, lh) + 10;
    s.put(x0 + px(pt) * 2, y, '特此证明。', lab);

    const sy = Math.max(y + lh * 1.6, 1800);
    s.pair(x0, sy, '科室主任：', doc.doctors.director, lab, val);
    const sw = s.put(x0 + 700, sy, '医师签名：', lab);
    handwritten(s, x0 + 700 + sw + 16, sy, doc.doctors.attending, pt * 1.25, rng);
    s.put(x0 + 760, sy + lh * 1.3, doc.hospital.name, lab);
    const issue = formatDate(doc.dates.issue, rng.pick(['cnNumeral', 'cnNumeralO', 'cnShort', 'cnNumeral'] as const));
    const dw = s.pair(x0 + 760, sy + lh * 2.5, '开具日期：', issue, lab, val);
    seal(s, x0 + 760 + dw * 0.62 + rng.range(-50, 50), sy + lh * 2 + rng.range(-30, 30), rng.range(148, 168), doc.hospital.name,
      rng.pick(['诊断证明专用章', '医务科专用章']), rng);
    s.line(x0, 2150, s.width - x0, 2150, 1);
    s.put(x0, 2200, '注：本证明书涂改无效，须加盖医院诊断证明专用章。', st('serif', 9.5, { color: '#333' }));
    s.put(s.width - x0, 2200, `打印时间：${formatDate(printedOn(doc), 'isoTime', doc.times.print)}`, st('serif', 9.5, { align: 'right', color: '#333' }));
  },
};

/**
 * Half-sheet (A5 landscape) certificate, scanned on A4 glass: prose 兹有王秀英女士…, a stay 于…入院，…出院
 * or a visit 于…来我院门诊就诊 (not the date of issue), the issue date 日期：2025年3月4日 under the seal.
 */
export const tune2CertA5Prose: Layout = {
  id: 'tune2-cert-a5-prose',
  kind: 'certificate',
  split: 'tune',
  style: 'County / city / TCM hospital 诊断证明 on an A5 half sheet (top half of the scan), prose, serif or sans 11–12 pt',
  exercises: ['A5 landscape sheet on A4 glass: the lower half is the scanner lid', 'tear-off perforation on the left',
    '兹有王秀英女士 / 张伟先生 / 李强同志 / 患儿… with sex, age and 证件号码 in prose', 'a stay 于2025年3月4日入院，2025年3月15日出院 in prose (half the pages)',
    'a visit 于…来我院门诊就诊 that is not the date of issue', 'diagnoses inline 1.…；2.… with a ？ / 待查 item (not counted)',
    'handwritten physician name', '日期：2025年3月4日 under the seal'],
  doc: (rng) => localPatient(forPatient(makeDoc(rng, { kind: 'certificate', hospitals: [...PROVINCES, ...PROVINCES_TCM, ...COUNTY_MORE, ...TCM],
    keys: ALL_KEYS, aliases: true, outside: 0.2, compoundSurnames: 0.2 }), rng, PROVINCES), rng),
  draw(s, doc, rng) {
    const H = 1165;
    s.g.fillStyle = '#f3f3f1';
    s.g.fillRect(0, H, s.width, s.height - H);
    for (let i = 0; i < 16; i += 1) s.line(0, H + i, s.width, H + i, 1, `rgba(90, 90, 90, ${(0.35 * (16 - i)) / 16})`);
    s.g.fillStyle = '#bbbbbb';
    for (let yy = 30; yy < H - 20; yy += 22) s.g.fillRect(64, yy, 5, 10);
    s.ink = '#1a1a1a';
    const x0 = 150;
    const w = s.width - 2 * x0;
    const face = rng.pick(['serif', 'sans'] as const);
    const pt = rng.pick([11, 11.5, 12]);
    const body = st(face, pt);
    s.put(s.width / 2, 125, doc.hospital.name, st(face === 'serif' ? 'serifBold' : 'sansBold', 17, { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 205, rng.pick(['诊断证明书', '疾病证明书', '门诊诊断证明']), st(face === 'serif' ? 'serifBold' : 'sansBold', 19,
      { align: 'center', spacing: 14 }));
    s.put(x0, 275, `科别：${doc.department}`, st(face, 10.5));
    s.put(s.width - x0, 275, `No.${String(rng.int(1, 999_999)).padStart(6, '0')}`, st('serifBold', 12, { align: 'right', color: '#c62828' }));
    s.line(x0, 300, s.width - x0, 300, 1.5);

    const [sex, age] = sexAge(doc);
    const lh = px(pt) * 1.95;
    const cn = (d: string): string => formatDate(d, 'cnShort');
    const stay = rng.chance(0.5);
    const who = addressed(doc, rng);
    const seen = addDays(doc.dates.issue, -rng.int(0, 5));
    const what = stay ? `于${cn(doc.dates.admission)}入院，${cn(doc.dates.discharge)}出院，共住院${doc.stayDays}天。`
      : `于${cn(seen)}来我院${doc.department}${rng.pick(['门诊', '专家门诊'])}就诊。`;
    let y = prose(s, x0, 380, w, `兹有${who.before}${doc.patient.name}${who.after}，${sex}，${age}，${rng.pick(['证件号码', '身份证号'])}：`
      + `${doc.patient.idNumber}，${what}经检查，诊断为：`, body, lh, { indent: px(pt) * 2, keep: [doc.patient.name + who.after] });
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.issue,
      ...(stay ? { admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge } : {}) });
    const items: Dx[] = [...doc.dx.western, ...(rng.chance(0.35) ? [doubtful(rng, doc)] : [])];
    const how: Mark = rng.pick(['1.', '1、', '①'] as const);
    y = prose(s, x0, y, w, `${listed(items, how).join('；')}。`, body, lh, { indent: px(pt) * 2, keep: items.map((d) => d.text) });
    s.diagnoses(doc.dx.western);
    y = prose(s, x0, y, w, `${rng.pick(['建议：', '处理意见：'])}${needs(doc)}，${rng.pick(['休息一周', '门诊随诊', '定期复查'])}。特此证明。`, body, lh,
      { indent: px(pt) * 2 });

    const sy = Math.max(y + 10, 900);
    const mw = s.put(x0 + 60, sy, '医师：', body);
    handwritten(s, x0 + 60 + mw + 12, sy, doc.doctors.attending, pt * 1.35, rng);
    s.put(x0 + 880, sy, doc.hospital.name, body);
    const dw = s.put(x0 + 900, sy + lh, `日期：${formatDate(doc.dates.issue, rng.pick(['cnShort', 'cnShort', 'cn'] as const))}`, body);
    seal(s, x0 + 900 + dw * 0.55 + rng.range(-50, 50), sy + lh * 0.55 + rng.range(-25, 25), rng.range(135, 150), doc.hospital.name,
      '诊断证明专用章', rng);
    s.put(s.width / 2, H - 40, '（本证明涂改无效，未盖章无效）', st(face, 9, { align: 'center', color: '#444' }));
  },
};

/**
 * Certificate form with the label above the value in every cell (姓 名 / 王秀英), 证件类型 and 证件号码,
 * 就诊日期 or 住院期间 in the header, 经查… then 中医诊断 / 西医诊断 with ICD codes, a seal over the name.
 */
export const tune2CertStackedGrid: Layout = {
  id: 'tune2-cert-stacked-grid',
  kind: 'certificate',
  split: 'tune',
  style: 'City / TCM hospital of another province, 诊断证明书 form with labels above values, logo letterhead, sans 11–11.5 pt',
  exercises: ['labels above values in bordered cells (姓　名 / 患者姓名 over the name)', '证件类型 居民身份证 beside 证件号码',
    '就诊日期 in the header that is not the date of issue, or 住院期间 2025.03.04—2025.03.15', 'red seal over the patient name on some pages',
    '经查，该患者… 目前诊断为：', '中医诊断 before 西医诊断 at TCM hospitals', 'ICD-10 codes after the diagnoses', '？ / 待查 item (not counted)',
    'handwritten physician name under a red name stamp', '科主任 printed name', 'date of issue alone or after 出具日期 / 落款日期, Chinese numerals or digits',
    '打印时间 footer'],
  doc: (rng) => {
    const tcm = rng.chance(0.5);
    return localPatient(makeDoc(rng, { kind: 'certificate', hospitals: tcm ? [...PROVINCES_TCM, ...TCM] : [...PROVINCES, ...CITY_MORE], tcm,
      keys: KEYS, outside: 0.2, yearEnd: 0.1 }), rng);
  },
  draw(s, doc, rng) {
    const x0 = 120;
    const w = s.width - 2 * x0;
    const tone = rng.pick(['#0b4f8a', '#8a1c1c', '#1b5e20']);
    logo(s, x0 + 52, 135, 48, tone, rng.pick(['cross', 'ring', 'shield'] as const));
    s.put(x0 + 125, 140, doc.hospital.name, st('sansBold', 19, { color: tone }));
    s.put(x0 + 125, 190, `地址：${doc.hospital.address}\u3000电话：${doc.hospital.phone}`, st('sans', 8.5, { color: '#555' }));
    s.line(x0, 222, s.width - x0, 222, 3, tone);
    s.put(s.width / 2, 305, '诊断证明书', st('sansBold', 22, { align: 'center', spacing: 16 }));
    s.put(s.width - x0, 360, `证明编号：${doc.recordNo.slice(2)}${rng.int(10, 99)}`, st('sans', 9.5, { align: 'right' }));

    const lab = st('sans', 9, { color: '#333' });
    const val = st('sansMedium', 12);
    const [sex, age] = sexAge(doc);
    const stay = rng.chance(0.45);
    const top = 390;
    const h = 112;
    let y = stackedRow(s, x0, top, h, [
      { label: rng.pick(['姓\u3000名', '患者姓名', '姓名']), value: doc.patient.name, w: 300 },
      { label: '性\u3000别', value: sex, w: 170 }, { label: '年\u3000龄', value: age, w: 170 },
      { label: '民\u3000族', value: rng.pick(['汉族', '汉族', '汉族', '回族', '壮族']), w: 170 },
      { label: '联系电话', value: `1${rng.pick(['39', '58', '87', '52', '35'])}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`, w: w - 810 },
    ], lab, val);
    y = stackedRow(s, x0, y, h, [
      { label: '证件类型', value: '居民身份证', w: 300 }, { label: '证件号码', value: doc.patient.idNumber, w: w - 300 },
    ], lab, val);
    const seen = addDays(doc.dates.issue, -rng.int(0, 6));
    y = stackedRow(s, x0, y, h, [
      { label: '科\u3000别', value: doc.department, w: 300 },
      { label: stay ? '住院号' : '门诊号', value: doc.recordNo, w: 340 },
      stay ? { label: '住院期间', value: `${formatDate(doc.dates.admission, 'dotPad')}—${formatDate(doc.dates.discharge, 'dotPad')}（${doc.stayDays}天）`, w: w - 640 }
        : { label: '就诊日期', value: formatDate(seen, 'iso'), w: w - 640 },
    ], lab, val);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.issue,
      ...(stay ? { admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge } : {}) });
    if (rng.chance(0.45)) seal(s, x0 + 180 + rng.range(-40, 40), top + 70 + rng.range(-20, 20), rng.range(120, 140), doc.hospital.name, '医务科', rng);

    const f = st('sans', rng.pick([11, 11.5]));
    const head = st('sansMedium', 11.5);
    const lh = px(f.pt) * 1.8;
    const boxTop = y;
    y += 62;
    s.put(x0 + 24, y, '诊断意见：', head);
    y += lh;
    y = prose(s, x0 + 24, y, w - 48, `经查，该患者${stay ? `住院期间经${doc.course}等治疗，病情好转出院，` : ''}目前诊断为：`, f, lh,
      { indent: px(f.pt) * 2 });
    const how: Mark = rng.pick(['1.', '（1）', '①'] as const);
    const codeX = x0 + 1000;
    const list = (title: string, items: readonly Dx[], codes: boolean): void => {
      if (items.length === 0) return;
      const tw = s.put(x0 + 60, y, title, f);
      listed(items, how).forEach((t, i) => {
        const d = items[i] as Dx;
        const iw = s.put(x0 + 60 + tw, y, t, f);
        const code = icdOf(d, i);
        const known = doc.dx.western.includes(d);
        const cx = Math.max(codeX, x0 + 60 + tw + iw + 40);
        if (codes && known && cx + s.measure(code, f) < s.width - x0 - 20) s.put(cx, y, code, f);
        y += lh;
      });
    };
    const western: Dx[] = [...doc.dx.western, ...(rng.chance(0.3) ? [doubtful(rng, doc)] : [])];
    if (doc.dx.tcm.length > 0) {
      list('中医诊断：', doc.dx.tcm, false);
      list('西医诊断：', western, true);
    } else list('', western, rng.chance(0.7));
    s.diagnoses([...doc.dx.tcm, ...doc.dx.western]);
    y += 30;
    s.rect(x0, boxTop, w, y - boxTop, 1.8);
    const adviceTop = y;
    y += 62;
    y = prose(s, x0 + 24, y, w - 48, `医嘱建议：${needs(doc)}。${rng.pick(['建议休息一周。', '门诊随访。', '避免重体力劳动。', ''])}`, f, lh) + 20;
    s.rect(x0, adviceTop, w, Math.max(y - adviceTop, 200), 1.8);
    y = Math.max(y, adviceTop + 200);

    const sy = Math.max(y + 110, 1560);
    const sw = s.put(x0 + 40, sy, rng.pick(['经治医师：', '医师（签章）：']), f);
    const hw = handwritten(s, x0 + 40 + sw + 14, sy, doc.doctors.attending, 14, rng);
    nameStamp(s, x0 + 40 + sw + 14 + hw + rng.range(70, 110), sy - 20, doc.doctors.attending, rng);
    s.pair(x0 + 680, sy, '科主任：', doc.doctors.director, f);
    s.put(x0 + 900, sy + lh * 1.6, doc.hospital.name, f);
    const label = rng.pick(['', '', '出具日期：', '落款日期：']);
    const issue = formatDate(doc.dates.issue, rng.pick(['cnNumeral', 'cnNumeralO', 'cn', 'cnShort'] as const));
    const dw = s.put(x0 + 900, sy + lh * 2.8, `${label}${issue}`, f);
    seal(s, x0 + 900 + dw * 0.55 + rng.range(-50, 50), sy + lh * 2.2 + rng.range(-30, 30), rng.range(145, 165), doc.hospital.name,
      '诊断证明专用章', rng);
    s.put(x0, 2190, '说明：1.本证明须加盖医院诊断证明专用章方有效；2.本证明仅证明开具时的病情。', st('sans', 9, { color: '#333' }));
    s.put(s.width - x0, 2240, `打印时间：${formatDate(printedOn(doc), 'slashTime', doc.times.print)}`, st('sans', 8.5, { align: 'right', color: '#333' }));
  },
};
