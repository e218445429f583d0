import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { ALL_KEYS, KEYS } from '../diseases';
import { CITY_MORE, COUNTY, COUNTY_MORE, MCH, PROVINCES, TOWNSHIP } from '../hospitals';
import { handwritten, logo, qrCode, seal } from '../marks';
import type { Cell } from '../sheet';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { forPatient, icdOf, listed, mark, printedOn, type Mark } from './kit';
import { needs, prose } from './tune2-kit';
import { FAR_PROVINCES, localTo } from './tune3-kit';
import { blanks, handLines, issuedSoon, plausible, withDoubt, ymdBlanks } from './tune4-kit';

const CODE = [...'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'];

/**
 * 电子诊断证明书 printed from a hospital's EMR: a QR code to verify it, 就诊人 in a label|value grid beside
 * 证件类型 / 证件号码, a 就诊日期 (or 入出院日期) that is not the issue, ICD codes glued to the diagnoses, and
 * 开具时间 with seconds under an electronic seal.
 */
export const tune4CertEVerify: Layout = {
  id: 'tune4-cert-e-verify',
  kind: 'certificate',
  split: 'tune',
  style: 'City / county / 妇幼 hospital (Shandong and other provinces) 电子诊断证明书 from the EMR: logo letterhead, QR code, four-column bordered grid, sans or light sans 10.5–11.5 pt, electronic seal',
  exercises: ['就诊人 / 患者姓名 label in a label|value grid', '证件类型 居民身份证 beside 证件号码', '就诊卡号 (12 digits) or 住院号',
    '就诊日期 days before the issue, or 入出院日期 2025-01-03 至 2025-01-12 (stay pages)',
    '疾病诊断 / 诊断结论 with the ICD-10 code glued in half-width brackets: 2型糖尿病(E11.900)', '？ / 待查 item without a code (not counted)',
    '开具医生 printed beside an electronic signature box, 审核医生', '开具时间 2025-03-04 10:22:31 (the issue) under an electronic seal, left or right',
    '证明编号 holding the issue date digits, 验证码 letters and digits', '打印时间 footer with seconds (later)', "children's diseases, compound surnames"],
  doc: (rng) => issuedSoon(plausible(localTo(forPatient(makeDoc(rng, { kind: 'certificate', hospitals: [...CITY_MORE, ...PROVINCES, ...FAR_PROVINCES, ...MCH],
    keys: ALL_KEYS, aliases: true, outside: 0.2, compoundSurnames: 0.2, yearEnd: 0.1 }), rng, CITY_MORE), rng)), rng),
  draw(s, doc, rng) {
    const x0 = 120;
    const w = s.width - 2 * x0;
    const tone = rng.pick(['#0d5c8c', '#1b6e4a', '#7a1f2b']);
    const face = rng.pick(['sans', 'sansLight'] as const);
    const pt = rng.pick([10.5, 11, 11.5]);
    const f = st(face, pt);
    const b = st('sansMedium', pt);
    logo(s, x0 + 48, 140, 44, tone, rng.pick(['cross', 'ring', 'shield'] as const));
    s.put(x0 + 112, 152, doc.hospital.name, st('sansBold', 18, { color: tone }));
    s.put(x0 + 112, 200, doc.hospital.en ?? `电话：${doc.hospital.phone}`, st('sans', 8.5, { color: '#555' }));
    qrCode(s, s.width - x0 - 150, 80, 150, rng);
    s.put(s.width - x0 - 75, 265, '扫码验真', st(face, 8.5, { align: 'center', color: '#333' }));
    s.line(x0, 292, s.width - x0 - 190, 292, 2.5, tone);
    s.put(s.width / 2, 380, rng.pick(['诊断证明书', '疾病诊断证明书', '电子诊断证明书']), st('sansBold', 20, { align: 'center', spacing: 10 }));
    const serial = `${rng.pick(['ZM', 'ZD', 'JZ'])}${doc.dates.issue.replace(/-/g, '')}${String(rng.int(1, 9999)).padStart(4, '0')}`;
    const code = Array.from({ length: 8 }, () => rng.pick(CODE)).join('');
    s.put(x0, 455, `证明编号：${serial}`, f);
    s.put(s.width - x0, 455, `验证码：${code.slice(0, 4)}-${code.slice(4)}`, { ...f, align: 'right' });

    const [sex, age] = sexAge(doc);
    const stay = rng.chance(0.4);
    const seen = addDays(doc.dates.issue, -rng.int(0, 8));
    const vw = (w - 460) / 2;
    const L = (text: string): Cell => ({ text, w: 230, label: true });
    const V = (text: string): Cell => ({ text, w: vw });
    const ds: DateStyle = rng.pick(['iso', 'cn', 'slash'] as const);
    let range = `${formatDate(doc.dates.admission, ds)} 至 ${formatDate(doc.dates.discharge, ds)}`;
    if (s.measure(range, f) > vw - 30) range = `${formatDate(doc.dates.admission, 'dotPad')}-${formatDate(doc.dates.discharge, 'dotPad')}`;
    const card = `${rng.int(1000, 9999)}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
    const rows: Cell[][] = [
      [L(rng.pick(['就诊人', '就诊人', '患者姓名'])), V(doc.patient.name), L('性别'), V(sex)],
      [L('年龄'), V(age), L(stay ? '住院号' : '就诊卡号'), V(stay ? doc.recordNo : card)],
      [L('证件类型'), V('居民身份证'), L('证件号码'), V(doc.patient.idNumber)],
      stay ? [L('科室'), V(doc.department), L('入出院日期'), V(range)] : [L('就诊科室'), V(doc.department), L('就诊日期'), V(formatDate(seen, ds))],
    ];
    let y = s.grid(x0, 495, px(pt) * 2.3, rows, f, { label: b, shade: rng.pick(['#eef3f7', '#f0f0f0', '#eef5ef']), border: 1.4 });
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.issue,
      ...(stay ? { admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge } : {}) });

    const lh = px(pt) * 1.9;
    y += 90;
    s.put(x0, y, rng.pick(['疾病诊断：', '诊断结论：', '诊断：']), b);
    const items = withDoubt(rng, doc, 0.3);
    const how: Mark = rng.pick(['1.', '1、', '(1)'] as const);
    items.forEach((d, i) => {
      const code10 = doc.dx.western.includes(d) ? `(${icdOf(d, i)})` : '';
      s.put(x0 + 60, y + lh * (i + 1), `${mark(i, how)}${d.text}${code10}`, f);
    });
    s.diagnoses(doc.dx.western);
    y += lh * (items.length + 1) + 50;
    s.put(x0, y, rng.pick(['医学建议：', '处理意见：', '医嘱：']), b);
    y = prose(s, x0 + 60, y + lh, w - 60, `${needs(doc)}；${rng.pick(['建议休息7天', '注意休息，避免劳累', '定期门诊复查', '建议病休2周'])}。`, f, lh);
    y = prose(s, x0 + 60, y, w - 60, rng.pick(['本证明仅用于办理门诊慢特病待遇申请，复印无效。', '本证明仅证明开具时的病情，涂改无效。']), f, lh);

    const sy = Math.max(y + 110, 1660);
    const dw = s.pair(x0, sy, '开具医生：', doc.doctors.attending, f);
    const bx = x0 + dw + 40;
    s.rect(bx, sy - 72, 300, 104, 1.2, '#9a9a9a');
    handwritten(s, bx + 36, sy, doc.doctors.attending, pt * 1.3, rng);
    s.pair(x0 + 840, sy, rng.pick(['审核医生：', '科室审核：']), doc.doctors.director, f);
    const ix = rng.chance(0.5) ? x0 : x0 + 840;
    const iy = sy + lh * 2;
    const iw = s.put(ix, iy, `开具时间：${formatDate(doc.dates.issue, 'isoSec', doc.times.visit)}`, f);
    seal(s, ix + iw * 0.55 + rng.range(-40, 40), iy - 30 + rng.range(-20, 20), rng.range(130, 150), doc.hospital.name,
      rng.pick(['诊断证明专用章', '电子签章专用章']), rng);
    const small = st(face, 8.5, { color: '#444' });
    s.line(x0, 2150, s.width - x0, 2150, 1, '#999');
    s.put(x0, 2195, `本证明由${doc.hospital.name}电子病历系统生成，可扫描右上角二维码核验真伪。`, small);
    s.put(s.width - x0, 2240, `打印时间：${formatDate(printedOn(doc), 'isoSec', doc.times.print)}`, { ...small, align: 'right' });
  },
};

/**
 * A township / county 诊断证明书 pad: the sentence pre-printed with blanks (兹证明＿＿同志，…于＿年＿月＿日…),
 * every value written in by hand in ballpoint, the issue date into 年 月 日 blanks at the bottom under the seal.
 */
export const tune4CertHandFilled: Layout = {
  id: 'tune4-cert-hand-filled',
  kind: 'certificate',
  split: 'tune',
  style: 'Township / county / far-province 诊断证明书 pad: framed, pre-printed serif 13 pt in black, blue or green ink with blanks, every value handwritten in ballpoint (14–16 pt), red serial No.',
  exercises: ['the name written by hand into a blank inside the printed sentence: 兹证明＿＿同志 / 兹有病员＿＿ / 兹证明患者＿＿ / 兹有患儿＿＿',
    'sex and age handwritten into （性别＿，年龄＿岁）', 'ID number handwritten into a blank',
    'the stay written into 于＿年＿月＿日至＿年＿月＿日 blanks with 共＿天 (half the pages), or the visit 于＿年＿月＿日来我院＿门诊就诊 (not the issue)',
    'diagnoses handwritten on ruled lines, 1. / 1、 / (1), a ？ / 待查 item (not counted)', '处理意见 handwritten, 建议休息＿天',
    'the issue date handwritten into pre-printed 年 月 日 blanks at the bottom right, the seal over it', '医师签名 handwritten', 'red pre-printed No.'],
  doc: (rng) => issuedSoon(plausible(localTo(forPatient(makeDoc(rng, { kind: 'certificate', hospitals: [...TOWNSHIP, ...COUNTY, ...COUNTY_MORE, ...FAR_PROVINCES],
    keys: KEYS, outside: 0.15, compoundSurnames: 0.15, yearEnd: 0.1 }), rng, TOWNSHIP), rng)), rng),
  draw(s, doc, rng) {
    const ink = rng.pick(['#1a1a1a', '#1f3f8f', '#2a5a34']);
    const x0 = 170;
    const right = s.width - x0;
    s.rect(120, 110, s.width - 240, 2120, 3, ink);
    s.rect(132, 122, s.width - 264, 2096, 1, ink);
    const lab = st(rng.pick(['serif', 'serifMedium'] as const), 13, { color: ink });
    const hp = rng.pick([14, 15, 16]);
    s.put(s.width / 2, 235, doc.hospital.name, st('serifBold', 20, { align: 'center', spacing: 6, color: ink }));
    s.put(s.width / 2, 335, rng.pick(['诊 断 证 明 书', '疾 病 证 明 书', '诊 断 书']), st('serifBold', 22, { align: 'center', color: ink }));
    s.put(right, 415, `No.${String(rng.int(1, 99999)).padStart(7, '0')}`, st('serifBold', 13, { align: 'right', color: '#c0392b' }));

    const [sex] = sexAge(doc);
    const [intro, after] = doc.patient.age < 14 ? ['兹有患儿', ''] : rng.pick([['兹证明', '同志'], ['兹有病员', ''], ['兹证明患者', '']] as const);
    const gap = 105;
    let y = 510;
    const fill = (items: Parameters<typeof blanks>[3], x = x0): number => blanks(s, x, y, items, lab, hp, rng, ink);
    fill([intro, { hand: doc.patient.name, w: 280 }, `${after}（性别`, { hand: sex, w: 90 }, '，年龄', { hand: String(doc.patient.age), w: 100 }, '岁）']);
    y += gap;
    fill(['身份证号', { hand: doc.patient.idNumber, w: 720 }]);
    y += gap;
    const stay = rng.chance(0.5);
    if (stay) {
      fill(['于', ...ymdBlanks(doc.dates.admission), '至', ...ymdBlanks(doc.dates.discharge)]);
      y += gap;
      fill(['在我院', { hand: doc.department, w: 260 }, '住院治疗，共', { hand: String(doc.stayDays), w: 90 }, '天。']);
    } else {
      fill(['于', ...ymdBlanks(addDays(doc.dates.issue, -rng.int(0, 5))), '来我院', { hand: doc.department, w: 260 }, '门诊就诊。']);
    }
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.issue,
      ...(stay ? { admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge } : {}) });

    y += gap;
    s.put(x0, y, '经检查诊断为：', lab);
    const items = withDoubt(rng, doc, 0.25);
    const dy = 92;
    const lines = Math.max(3, items.length);
    for (let i = 1; i <= lines; i += 1) s.line(x0 + 60, y + i * dy + 10, right, y + i * dy + 10, 1.3, ink);
    listed(items, rng.pick(['1.', '1、', '(1)'] as const)).forEach((t, i) => handwritten(s, x0 + 90, y + (i + 1) * dy - 5, t, hp, rng));
    s.diagnoses(doc.dx.western);
    y += (lines + 1) * dy + 20;
    const aw = s.put(x0, y, '处理意见：', lab);
    s.line(x0 + aw, y + 10, right, y + 10, 1.3, ink);
    s.line(x0, y + dy + 10, right, y + dy + 10, 1.3, ink);
    handLines(s, x0 + aw + 20, y - 5, right - x0 - aw - 40, `${needs(doc)}，${rng.pick(['不适随诊', '门诊随诊', '注意休息，按时服药'])}`, hp, rng, dy);
    y += dy * 2 + 10;
    fill(['建议休息', { hand: String(rng.pick([3, 7, 14, 30])), w: 100 }, '天。']);

    y += 130;
    fill(['医师签名：', { hand: doc.doctors.attending, w: 260 }]);
    s.put(right, y, '（盖章）', { ...lab, align: 'right' });
    y += 125;
    const dx0 = right - 560;
    fill(ymdBlanks(doc.dates.issue), dx0);
    seal(s, dx0 + 230 + rng.range(-50, 50), y - 45 + rng.range(-25, 25), rng.range(140, 158), doc.hospital.name,
      rng.pick(['诊断证明专用章', '公章', '医务科专用章']), rng);
    s.put(s.width / 2, 2178, '注：本证明涂改无效，未加盖公章无效。', st('serif', 9.5, { align: 'center', color: ink }));
  },
};
