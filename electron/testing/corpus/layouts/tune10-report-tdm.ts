import type { Doc } from '../case';
import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { CITY, CITY_MORE, COUNTY, SPECIALTY } from '../hospitals';
import { barcode, seal } from '../marks';
import type { Rng } from '../rng';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { forPatient } from './kit';
import { labelRowTable } from './tune3-kit';
import { suited, wrap } from './tune6-kit';
import { countyWords, groupedId } from './tune10-kit';

/** A drug whose blood level is measured: name, sample, the window, the unit, digits, the method, and the dose the ward writes. */
type Drug = { readonly name: string; readonly abbr: string; readonly sample: string; readonly lo: number; readonly hi: number;
  readonly unit: string; readonly digits: number; readonly method: string; readonly dose: string; readonly trough: boolean };
const drug = (name: string, abbr: string, sample: string, lo: number, hi: number, unit: string, digits: number, method: string,
  dose: string, trough = true): Drug => ({ name, abbr, sample, lo, hi, unit, digits, method, dose, trough });

const TACROLIMUS = drug('他克莫司', 'FK506', '全血（EDTA抗凝）', 5, 10, 'ng/mL', 1, '化学发光微粒子免疫分析法', '他克莫司胶囊 1.5mg q12h');
const CYCLOSPORIN = drug('环孢素A', 'CsA', '全血（EDTA抗凝）', 100, 200, 'ng/mL', 0, '化学发光微粒子免疫分析法', '环孢素软胶囊 75mg q12h');
const LITHIUM = drug('锂', 'Li', '血清', 0.6, 1.2, 'mmol/L', 2, '离子选择电极法', '碳酸锂缓释片 0.3g bid');
const VALPROATE = drug('丙戊酸', 'VPA', '血清', 50, 100, 'μg/mL', 1, '均相酶免疫分析法', '丙戊酸钠缓释片 0.5g bid');
const CLOZAPINE = drug('氯氮平', 'CLZ', '血清', 350, 600, 'ng/mL', 0, '高效液相色谱法（HPLC）', '氯氮平片 100mg bid');
const OLANZAPINE = drug('奥氮平', 'OLZ', '血清', 20, 80, 'ng/mL', 1, '液相色谱-串联质谱法', '奥氮平片 10mg qn');
const METHOTREXATE = drug('甲氨蝶呤', 'MTX', '血清', 0, 1, 'μmol/L', 2, '荧光偏振免疫分析法', '甲氨蝶呤 3g/m² 静滴24h', false);

/** The drug that goes with a diagnosis (lithium for the bipolar, clozapine for schizophrenia …). */
function drugFor(text: string, rng: Rng): Drug {
  if (/移植/u.test(text)) return rng.chance(0.75) ? TACROLIMUS : CYCLOSPORIN;
  if (/双相/u.test(text)) return rng.pick([LITHIUM, VALPROATE]);
  if (/癫痫/u.test(text)) return VALPROATE;
  if (/白血病/u.test(text)) return METHOTREXATE;
  return rng.pick([CLOZAPINE, OLANZAPINE]);
}

/** The analyser that runs the method. */
function instrument(method: string): string {
  if (method.includes('化学发光')) return '雅培 ARCHITECT i2000SR';
  if (method.includes('酶免疫')) return '西门子 Viva-E';
  if (method.includes('离子选择')) return '罗氏 cobas c501';
  if (method.includes('荧光偏振')) return '雅培 TDx FLx';
  return method.includes('质谱') ? 'AB SCIEX Triple Quad 4500MD' : '岛津 LC-20AT';
}

/** Hospitals that measure drug levels, the mental-health one among them. */
const HOSPITALS = [...CITY, ...CITY_MORE, ...COUNTY, ...SPECIALTY.filter((h) => h.only?.includes('SEVERE_MENTAL_DISORDER'))];

/** Who has a drug level measured: transplant recipients, the severely mentally ill, children on high-dose methotrexate. */
const KEYS: readonly DiseaseKey[] = ['TRANSPLANT_ANTI_REJECTION', 'TRANSPLANT_ANTI_REJECTION', 'SEVERE_MENTAL_DISORDER',
  'SEVERE_MENTAL_DISORDER', 'SEVERE_MENTAL_DISORDER', 'LEUKEMIA'];

/** The patient's diagnosis for a drug level: a leukaemia on methotrexate is an acute lymphoblastic one; no look-alikes on a lab slip. */
function forLevel(doc: Doc, rng: Rng): Doc {
  const d = countyWords(doc, rng, { outside: 0.15, near: 0 });
  if (d.primary !== 'LEUKEMIA') return d;
  const all = '急性淋巴细胞白血病（B细胞型）';
  return { ...d, dx: { ...d.dx, western: d.dx.western.map((x) => (x.key === 'LEUKEMIA' ? { ...x, text: all } : x)) } };
}

/**
 * 血药浓度监测 / 治疗药物监测（TDM）报告单 of a city, county or specialty hospital's 临床药学室 or 检验科: a barcode, the patient in
 * a shaded label-over-value table, 临床诊断 (counted), the drug and how it is given, 末次给药时间 the evening before (not the
 * report), 采血类型 谷浓度, the level against its therapeutic window, an interpretation, and the times in one footer row —
 * 采样时间 / 接收时间 / 报告时间 (truth: the report, the same day or the next).
 */
export const tune10ReportTdm: Layout = {
  id: 'tune10-report-tdm',
  kind: 'report',
  split: 'tune',
  style: 'City / county / mental-health hospital 血药浓度监测 (TDM) 报告单: barcode top right, shaded label-over-value header tables, '
    + 'drug block, result table with the therapeutic window, footer row of three times, sans or light sans 10–11 pt',
  exercises: ['临床诊断 in a wide cell: 肾移植术后 / 同种异体肾移植术后 / 肝移植术后, 双相情感障碍（目前为轻躁狂发作）, 偏执型精神分裂症, '
    + '癫痫所致精神障碍, 急性淋巴细胞白血病（B细胞型） (counted)', 'drug and dose: 他克莫司胶囊 1.5mg q12h, 碳酸锂缓释片 0.3g bid, 氯氮平 …',
  '末次给药时间 the evening before the sample (not the report)', '采血类型 谷浓度 / 给药后24h, 样本类型 全血（EDTA抗凝） / 血清',
  'result with ↑ ↓ against the window 5.0–10.0 ng/mL, 0.60–1.20 mmol/L, with 检测方法', '结果解释 paragraph',
  'footer row 采样时间 / 接收时间 / 报告时间 (truth = 报告时间, sometimes the next day)', '检验者 / 审核者, 检验专用章 on some pages, ID in groups or whole'],
  doc: (rng) => forLevel(suited(forPatient(makeDoc(rng, { kind: 'report', keys: [rng.pick(KEYS)],
    hospitals: HOSPITALS, compoundSurnames: 0.1 }), rng, COUNTY)), rng),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 105;
    const right = s.width - x0;
    const w = right - x0;
    const face = rng.pick(['sans', 'sansLight'] as const);
    const pt = rng.pick([10, 10.5, 11]);
    const f: Style = st(face, pt);
    const b: Style = st('sansMedium', pt);
    const strong: Style = st('sansBold', pt);
    const lh = px(pt) * 1.8;
    const dx = doc.dx.western.find((d) => d.key === doc.primary) ?? doc.dx.western[0];
    const med = drugFor(dx?.text ?? '', rng);

    const code = `${doc.recordNo.slice(2)}${rng.int(10, 99)}`;
    const bw = barcode(s, right - 320, 70, code, 58, 2.3);
    s.put(right - 320 + bw / 2, 160, code, st('sans', 8.5, { align: 'center' }));
    s.put(x0, 118, doc.hospital.name, st('sansBold', 17, { spacing: 2 }));
    s.put(x0, 188, rng.pick(['血药浓度监测报告单', '治疗药物监测（TDM）报告单', '临床药学室 血药浓度检测报告']), st('sansMedium', 14, { spacing: 3 }));

    const [sex, age] = sexAge(doc);
    const shade = rng.pick(['#ececec', '#e8eef4']);
    const inpatient = rng.chance(0.6);
    const id = rng.chance(0.5) ? groupedId(doc.patient.idNumber, rng.pick(['fours', 'six-fours'] as const)) : doc.patient.idNumber;
    let y = labelRowTable(s, x0, 225, [
      { label: '姓名', value: doc.patient.name, w: 220 }, { label: '性别', value: sex, w: 120 }, { label: '年龄', value: age, w: 130 },
      { label: '科室', value: doc.department, w: 250 }, { label: '床号', value: inpatient ? doc.bed : '', w: 120 },
      { label: inpatient ? '住院号' : '门诊号', value: doc.recordNo, w: 250 }, { label: '送检医生', value: doc.doctors.attending, w: w - 1090 },
    ], b, f, { shade, border: 1.3 });
    y = labelRowTable(s, x0, y, [
      { label: '身份证号', value: id, w: 520 }, { label: '样本类型', value: med.sample, w: 320 },
      { label: '采血类型', value: med.trough ? '谷浓度（服药前）' : rng.pick(['给药后24h', '给药后48h']), w: 320 },
      { label: '标本号', value: String(rng.int(1, 300)), w: w - 1160 },
    ], b, f, { shade, border: 1.3 });
    const texts = doc.dx.western.map((d) => d.text);
    const lines = wrap(s, texts.join('；'), w - 200 - 30, f, { keep: texts });
    const ch = lines.length * lh + px(pt) * 0.9;
    s.g.fillStyle = shade;
    s.g.fillRect(x0, y, 200, ch);
    s.rect(x0, y, 200, ch, 1.3);
    s.rect(x0 + 200, y, w - 200, ch, 1.3);
    s.put(x0 + 100, y + ch / 2 + px(pt) * 0.36, '临床诊断', { ...b, align: 'center' });
    lines.forEach((t, i) => s.put(x0 + 215, y + px(pt) * 0.45 + lh * (i + 0.72), t, f));
    s.diagnoses(doc.dx.western);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, reportDate: doc.dates.report });
    y += ch + lh * 1.3;

    // The drug: how it is given and when it was last taken (the evening before the sample).
    const ds: DateStyle = rng.pick(['isoTime', 'slashTime', 'cnTime'] as const);
    const lastDose = med.trough ? addDays(doc.dates.sample, -1) : addDays(doc.dates.sample, -(rng.chance(0.5) ? 1 : 2));
    s.pair(x0, y, '监测药物：', `${med.name}（${med.abbr}）`, b, f);
    s.pair(x0 + w * 0.42, y, '给药方案：', med.dose, b, f);
    y += lh;
    s.pair(x0, y, '末次给药时间：', formatDate(lastDose, ds, rng.int(19 * 60, 21 * 60)), b, f);
    s.pair(x0 + w * 0.42, y, '合并用药：', rng.pick(['无', '吗替麦考酚酯', '泼尼松', '奥美拉唑', '地西泮']), b, f);
    y += lh * 1.5;

    // The result against its window.
    const span = med.hi - med.lo || 1;
    const level = (k: number): string => (med.lo + span * k).toFixed(med.digits);
    const v = med.lo + span * rng.range(-0.5, 1.4);
    const value = Math.max(0.02, med.trough ? v : rng.range(0.05, 1.8)).toFixed(med.digits);
    const flag = Number(value) > med.hi ? '↑' : Number(value) < med.lo ? '↓' : '';
    const cols = [0, 110, 560, 780, 900, 1120];
    s.line(x0, y, right, y, 1.8);
    ['序号', '检测项目', '结果', '提示', '单位', '参考范围（治疗窗）'].forEach((t, i) => s.put(x0 + 12 + (cols[i] ?? 0), y + lh * 0.8, t, b));
    y += lh * 1.15;
    s.line(x0, y, right, y, 1);
    const range = med.lo === 0 ? `<${med.hi.toFixed(med.digits)}` : `${med.lo.toFixed(med.digits)}-${med.hi.toFixed(med.digits)}`;
    const item = med.abbr === 'Li' ? '血清锂浓度' : `${med.name}${med.trough ? '血药谷浓度' : '血药浓度'}`;
    const row = ['1', item, value, flag, med.unit, range];
    row.forEach((t, i) => s.put(x0 + 12 + (cols[i] ?? 0), y + lh * 0.85, t, flag && (i === 2 || i === 3) ? strong : f));
    y += lh * 1.3;
    s.line(x0, y, right, y, 1.8);
    y += lh * 1.1;
    s.pair(x0, y, '检测方法：', med.method, b, f);
    s.pair(x0 + w * 0.5, y, '检测仪器：', instrument(med.method), b, f);
    y += lh * 1.5;

    const reading = flag === '↑' ? `高于治疗窗上限，注意${med.name === '锂' ? '锂中毒' : '药物不良反应'}，建议减量后复查`
      : flag === '↓' ? '低于治疗窗下限，请结合服药依从性及临床疗效调整剂量' : '在治疗窗范围内，建议维持原剂量，定期监测';
    const iw = s.put(x0, y, '结果解释：', b);
    const ex = wrap(s, `本次${item}${value}${med.unit}，${reading}。`, w - iw, f);
    ex.forEach((t, i) => s.put(x0 + iw, y + i * lh, t, f));
    y += ex.length * lh + lh;
    s.put(x0, y, '备注：谷浓度应在下次给药前30分钟内采血；结果仅对本次标本负责。', st(face, 9, { color: '#444' }));

    // Earlier levels of the same drug (dates weeks and months before; not the report).
    if (med.trough && rng.chance(0.7)) {
      y += lh * 1.8;
      s.put(x0, y, '历次监测结果', b);
      y += lh * 0.4;
      let back = doc.dates.sample;
      const earlier = Array.from({ length: rng.int(2, 4) }, () => (back = addDays(back, -rng.int(20, 90)))).reverse();
      y = labelRowTable(s, x0, y, [{ label: '采样日期', value: `结果（${med.unit}）`, w: 300 },
        ...earlier.map((d) => ({ label: formatDate(d, 'iso'), value: level(rng.range(-0.3, 1.2)), w: 240 }))],
      b, f, { shade, border: 1.1, valueH: px(pt) * 2 });
    }

    // The footer row: three times, the report last (truth).
    const fy = 2110;
    s.line(x0, fy - lh * 1.2, right, fy - lh * 1.2, 1.2);
    const times: readonly (readonly [string, string])[] = [['采样时间：', formatDate(doc.dates.sample, ds, doc.times.sample)],
      ['接收时间：', formatDate(doc.dates.sample, ds, doc.times.received)], ['报告时间：', formatDate(doc.dates.report, ds, doc.times.report)]];
    times.forEach(([l, t], i) => s.pair(x0 + i * (w / 3), fy, l, t, b, f));
    s.pair(x0, fy + lh * 1.2, '检验者：', doc.doctors.resident, b, f);
    s.pair(x0 + w / 3, fy + lh * 1.2, '审核者：', doc.doctors.checker, b, f);
    if (rng.chance(0.5)) seal(s, x0 + (2 * w) / 3 + 180 + rng.range(-30, 30), fy - 10, 92, doc.hospital.name, '检验专用章', rng);
  },
};
