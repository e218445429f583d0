import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { barcode, handwritten, logo, nameStamp } from '../marks';
import type { Cell, Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, pastHistory, printedOn, type Mark } from './kit';
import { rxItem } from './tune5-kit';
import { lungTumour, suited, wrap } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { mdCn } from './tune11-kit';
import { stayRange, type RangeHow } from './tune17-kit';
import { GENERAL21, local21 } from './tune21-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'MALIGNANT_TUMOR_OUTPATIENT'];
const CONSULTED: Partial<Record<DiseaseKey, string>> = { DIABETES: '眼科', HYPERTENSION: '肾内科', CEREBROVASCULAR_DISEASE: '康复医学科',
  CORONARY_HEART_DISEASE: '内分泌科', URAEMIA_DIALYSIS: '血管外科', MALIGNANT_TUMOR_OUTPATIENT: '营养科' };

/**
 * 出院小结 of a Jiangsu, Henan or Hubei county hospital's (or a Shanghai suburban district hospital's) HIS: logo and name top left,
 * the title and a 住院号 barcode top right, a shaded three-row grid whose one cell holds the whole stay (入出院日期 / 住院日期 /
 * 住院起止日期: 2025-01-03 至 2025-01-15 — truth) beside 住院天数, with 姓名 and 身份证号 (truth); then sections with hanging
 * headings: 入院情况 (a past illness, not counted), 入院诊断 run on (not counted), 诊疗经过 with a 会诊 day inside the stay,
 * 出院诊断 as 主要诊断 / 其他诊断 (all counted), a bordered 出院带药 table, 出院医嘱 with a 复诊 day (not truth); the physician's
 * red name stamp or hand, the date of the record, and a later 打印时间 (not truth).
 */
export const tune21DischargeStaySpan: Layout = {
  id: 'tune21-discharge-stay-span',
  kind: 'discharge',
  split: 'tune',
  style: 'Jiangsu / Henan / Hubei county or Shanghai district hospital HIS 出院小结: logo letterhead, title and 住院号 barcode top right, '
    + 'shaded three-row grid with the whole stay in one cell, hanging section headings, 主要 / 其他诊断, 出院带药 table, sans 10.5–11 pt',
  exercises: ['the stay in one grid cell: 2025-01-03 至 2025-01-15 / 2025.01.03—2025.01.15 / 2025年1月3日至2025年1月15日 (truth)',
    'stay label 入出院日期 / 住院日期 / 入/出院日期 / 住院起止日期', '姓名 and 身份证号 in the shaded grid (truth)',
    'stays across the year end (some pages)', '入院诊断 run on one line with a suspicion (not counted)',
    '诊疗经过 with a 会诊 day inside the stay', '出院诊断 split into 主要诊断 and 其他诊断 (all counted)',
    '出院带药 table: 药品名称 | 规格 | 用法用量 | 数量', '复诊 date in 出院医嘱, 打印时间 later in the footer (not truth)',
    'red name stamp or handwritten 医师签名'],
  doc: (rng) => local21(lungTumour(countyWords(suited(makeDoc(rng, { kind: 'discharge', keys: KEYS, hospitals: GENERAL21, yearEnd: 0.12,
    compoundSurnames: 0.06 })), rng, { outside: 0.25, near: 0.15 }), rng), rng),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 120;
    const right = s.width - x0;
    const w = right - x0;
    const pt = rng.pick([10.5, 11]);
    const serif = rng.chance(0.3);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifBold' : 'sansMedium', pt);
    const lh = px(pt) * 1.7;
    const p = doc.patient;
    const tone = rng.pick(['#1d5fa8', '#137a6b', '#a3262a']);

    logo(s, x0 + 44, 128, 40, tone, rng.pick(['cross', 'ring', 'shield'] as const));
    s.put(x0 + 104, 142, doc.hospital.name, st('sansBold', 17, { color: tone }));
    s.put(x0 + 104, 190, `${doc.hospital.address}  ${doc.hospital.phone}`, st('sans', 8.5, { color: '#555' }));
    s.put(right, 130, '出院小结', st('sansBold', 20, { align: 'right', spacing: 4 }));
    const bw = barcode(s, right - 330, 152, doc.recordNo, 48, 2.2);
    s.put(right - 330 + bw / 2, 228, `住院号 ${doc.recordNo}`, st('sans', 8.5, { align: 'center' }));
    s.line(x0, 252, right, 252, 3, tone);

    const stayLabel = rng.pick(['入出院日期', '住院日期', '入/出院日期', '住院起止日期']);
    const range = stayRange(doc, rng.pick(['iso-zhi', 'dot-dash', 'cn-zhi', 'slash-tilde'] as const satisfies readonly RangeHow[]));
    const fit = (t: string, min: number): number => Math.max(min, s.measure(t, b) + 40);
    const L = (text: string, cw: number): Cell => ({ text, w: cw, label: true });
    const V = (text: string, cw: number): Cell => ({ text, w: cw });
    const row = (cells: readonly (readonly [string, string, number])[]): Cell[] => {
      const out = cells.flatMap(([l, v, vw]) => [L(l, fit(l, 130)), V(v, vw)]);
      const used = out.slice(0, -1).reduce((a, c) => a + c.w, 0);
      return [...out.slice(0, -1), V(out[out.length - 1]?.text ?? '', w - used)];
    };
    const insured = rng.pick(['城乡居民医保', '职工医保', '职工医保', '自费']);
    const rows = [
      row([['姓名', p.name, 210], ['性别', p.sex, 90], ['年龄', `${p.age}岁`, 120], ['科室', doc.department, 0]]),
      row([['身份证号', p.idNumber, 420], ['床号', `${doc.bed}床`, 120], ['医保类别', insured, 0]]),
      row([[stayLabel, range, Math.max(420, s.measure(range, f) + 40)], ['住院天数', `${doc.stayDays}天`, 110],
        ['主治医师', doc.doctors.attending, 0]]),
    ];
    let y = s.grid(x0, 280, px(pt) * 2.2, rows, f, { shade: '#eef1f5', label: b, border: 1.5 });
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    const headW = s.measure('出院带药：', b) + 14;
    y += lh * 1.3;
    const section = (head: string, text: string, keep: readonly string[] = []): void => {
      s.put(x0, y, `${head}：`, b);
      wrap(s, text, w - headW, f, { keep }).forEach((t, i) => s.put(x0 + headW, y + i * lh, t, f));
      y += wrap(s, text, w - headW, f, { keep }).length * lh + lh * 0.35;
    };
    const bp = `${rng.int(122, 176)}/${rng.int(68, 102)}mmHg`;
    section('入院情况', `因“${doc.complaint}”入院。既往${pastHistory(doc, rng)}。入院查体：BP ${bp}，神志清，精神可，双肺呼吸音清，`
      + '未闻及干湿性啰音，心率齐，双下肢无水肿。');
    const mk: Mark = rng.pick(['1.', '1、', '(1)'] as const);
    section('入院诊断', listed(doc.dx.admission, mk).join('  '), doc.dx.admission.map((d) => d.text));
    const seen = addDays(doc.dates.admission, rng.int(1, Math.max(1, doc.stayDays - 3)));
    const lab = doc.labs[0]?.rows.slice(0, 3).map((r) => `${r.name}${r.value}${r.unit}${r.flag}`).join('，') ?? '';
    section('诊疗经过', `入院后查${lab}。${mdCn(seen)}请${CONSULTED[doc.primary] ?? '心内科'}会诊，予${doc.course}等治疗，`
      + '患者症状好转。', [mdCn(seen)]);
    section('出院情况', rng.pick(['患者无明显不适，生命体征平稳，准予出院。', '病情稳定，饮食睡眠可，查体同前，予办理出院。']));

    const [main, ...rest] = doc.dx.western;
    s.put(x0, y, '出院诊断：', b);
    s.put(x0 + headW, y, `主要诊断：${main?.text ?? ''}`, f);
    y += lh;
    if (rest.length > 0) {
      const other = `其他诊断：${rest.map((d) => d.text).join('；')}`;
      wrap(s, other, w - headW, f, { keep: rest.map((d) => d.text) }).forEach((t) => {
        s.put(x0 + headW, y, t, f);
        y += lh;
      });
    }
    s.diagnoses(doc.dx.western);
    y += lh * 0.35;

    s.put(x0, y, '出院带药：', b);
    const cols = [w - headW - 780, 300, 300, 180];
    const rx = doc.medicines.slice(0, 3).map((m) => rxItem(m, rng));
    const cells = (t: readonly string[], label = false): Cell[] => t.map((text, i) => ({ text, w: cols[i] ?? 100, label }));
    y = s.grid(x0 + headW, y - lh * 0.72, px(pt) * 1.9, [cells(['药品名称', '规格', '用法用量', '数量'], true),
      ...rx.map((r) => cells([r.name, r.dose, `${r.route} ${r.often}`, r.pack.split('×').slice(-1)[0] ?? '1盒']))], f,
    { label: b, border: 1.2 }) + lh;

    const back = formatDate(addDays(doc.dates.discharge, rng.pick([7, 14, 28])), rng.pick(['cnShort', 'iso'] as const));
    section('出院医嘱', `1.按时服药，低盐低脂饮食，适当活动；2.定期监测血压、血糖；3.${back}${rng.pick(['门诊复查', '来院复诊'])}，`
      + '如有不适及时就诊。', [back]);

    y += lh * 1.8;
    s.pair(x0, y, '上级医师：', doc.doctors.director, b, f);
    const sign = s.put(x0 + w * 0.46, y, '医师签名：', b);
    if (rng.chance(0.5)) nameStamp(s, x0 + w * 0.46 + sign + 100, y - 14, doc.doctors.resident, rng);
    else handwritten(s, x0 + w * 0.46 + sign + 12, y, doc.doctors.resident, pt * 1.4, rng);
    s.pair(x0 + w * 0.75, y, '日期：', formatDate(doc.dates.discharge, 'iso'), b, f);
    const small = st('sans', 8.5, { color: '#555' });
    s.line(x0, 2190, right, 2190, 1);
    s.put(x0, 2226, `打印时间：${formatDate(printedOn(doc), 'isoSec', doc.times.print)}`, small);
    s.put(right, 2226, '第1页 共1页', { ...small, align: 'right' });
  },
};
