import type { Doc } from '../case';
import { makeDoc } from '../case';
import { formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { CITY, COUNTY, COUNTY_MORE, MCH, PROVINCES } from '../hospitals';
import { barcode, seal } from '../marks';
import type { Rng } from '../rng';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { forPatient } from './kit';
import { FAR_PROVINCES, localTo } from './tune3-kit';
import { suited, wrap } from './tune6-kit';

/** Whose kidneys and sugar a county lab measures. */
const KEYS: readonly DiseaseKey[] = ['DIABETES', 'DIABETES', 'DIABETES', 'URAEMIA_DIALYSIS', 'URAEMIA_DIALYSIS', 'HYPERTENSION',
  'HYPERTENSION', 'CORONARY_HEART_DISEASE', 'TRANSPLANT_ANTI_REJECTION'];

type Test = { name: string; abbr: string; unit: string; lo: number; hi: number; digits: number; method: string };
const T = (name: string, abbr: string, unit: string, lo: number, hi: number, digits: number, method: string): Test =>
  ({ name, abbr, unit, lo, hi, digits, method });
const TESTS = {
  GLU: T('葡萄糖', 'GLU', 'mmol/L', 3.9, 6.1, 2, '己糖激酶法'), HBA1C: T('糖化血红蛋白', 'HbA1c', '%', 4.0, 6.0, 1, '高效液相色谱法'),
  UREA: T('尿素', 'UREA', 'mmol/L', 2.86, 8.2, 2, '脲酶-GLDH法'), CREA: T('肌酐', 'CREA', 'μmol/L', 44, 133, 0, '肌氨酸氧化酶法'),
  UA: T('尿酸', 'UA', 'μmol/L', 149, 416, 0, '尿酸酶法'), CYSC: T('胱抑素C', 'CysC', 'mg/L', 0.51, 1.09, 2, '胶乳增强免疫比浊法'),
  EGFR: T('估算肾小球滤过率', 'eGFR', 'mL/min/1.73m²', 90, 200, 1, '计算值'), K: T('钾', 'K', 'mmol/L', 3.5, 5.3, 2, '离子选择电极法'),
  NA: T('钠', 'Na', 'mmol/L', 137, 147, 1, '离子选择电极法'), CL: T('氯', 'Cl', 'mmol/L', 99, 110, 1, '离子选择电极法'),
  CO2: T('二氧化碳结合力', 'CO2-CP', 'mmol/L', 22, 29, 1, '酶法'), CA: T('钙', 'Ca', 'mmol/L', 2.11, 2.52, 2, '偶氮胂Ⅲ法'),
  P: T('无机磷', 'P', 'mmol/L', 0.85, 1.51, 2, '磷钼酸法'),
} as const;
type Id = keyof typeof TESTS;
type Row = { test: Test; value: string; flag: '' | '↑' | '↓' };

/** A dialysis patient's numbers, far above the range. */
const FAILING: Partial<Record<Id, readonly [number, number]>> = { UREA: [15, 32], CREA: [420, 1050], CYSC: [3.2, 6.5], P: [1.6, 2.6] };

/** A value in range, or above / below it. */
function measured(rng: Rng, test: Test, lean: 'high' | 'low' | '' = ''): Row {
  const span = test.hi - test.lo;
  const v = lean === 'high' ? test.hi + span * rng.range(0.1, test.hi < 10 ? 1.2 : 0.7)
    : lean === 'low' ? test.lo * rng.range(0.05, 0.8) : test.lo + span * rng.range(0.1, 0.9);
  const value = v.toFixed(test.digits);
  return { test, value, flag: Number(value) > test.hi ? '↑' : Number(value) < test.lo ? '↓' : '' };
}

/** The panel the ward asked for, with the patient's disease in its numbers. */
function panel(doc: Doc, rng: Rng): { title: string; rows: Row[] } {
  const keys = doc.dx.keys;
  const renal = keys.includes('URAEMIA_DIALYSIS');
  const diabetic = keys.includes('DIABETES');
  const ids: Id[] = renal ? ['UREA', 'CREA', 'UA', 'CYSC', 'EGFR', 'K', 'NA', 'CL', 'CO2', 'CA', 'P']
    : diabetic ? ['GLU', 'HBA1C', 'UREA', 'CREA', 'UA', 'CYSC', 'EGFR'] : ['GLU', 'UREA', 'CREA', 'UA', 'CYSC', 'EGFR', 'K', 'NA', 'CL'];
  const high = new Set<Id>(diabetic ? ['GLU', 'HBA1C'] : []);
  if (!renal && rng.chance(0.4)) high.add('UA');
  if (renal && rng.chance(0.5)) high.add('K');
  const rows = ids.map((id) => {
    const test = TESTS[id];
    if (id === 'EGFR') {
      const v = renal ? rng.range(4, 14) : doc.patient.age >= 65 ? rng.range(56, 96) : rng.range(78, 118);
      return { test, value: v.toFixed(1), flag: v < 90 ? '↓' as const : '' as const };
    }
    const failing = renal ? FAILING[id] : undefined;
    if (failing) return { test, value: rng.range(failing[0], failing[1]).toFixed(test.digits), flag: '↑' as const };
    return measured(rng, test, high.has(id) ? 'high' : renal && id === 'CA' && rng.chance(0.5) ? 'low' : '');
  });
  const title = renal ? '肾功能+电解质' : diabetic ? '肾功能+葡萄糖+糖化血红蛋白' : '肾功能+葡萄糖+电解质';
  return { title, rows };
}

/**
 * 生化检验报告单 from a county LIS: a two-column patient header in a frame (姓名 / 性别 / 年龄 / 身份证号 / 标本 at the left,
 * 病历号 / 科室 / 床号 / 送检医生 / 采样时间 / 接收时间 at the right), 临床诊断 across under it, an eight-column table with
 * 检测方法, then 检验时间 and 报告时间 (truth) with 检验者 / 审核者 under the table — four times of the same morning or days.
 */
export const tune8ReportLabBiochem: Layout = {
  id: 'tune8-report-lab-biochem',
  kind: 'report',
  split: 'tune',
  style: 'County / city / 妇幼 / other-province LIS 生化检验报告单 (肾功能 / 葡萄糖 / 糖化血红蛋白 / 电解质): '
    + 'framed two-column header, eight-column ruled table with 检测方法, four times, sans 9.5–10 pt',
  exercises: ['a framed two-column patient header: 姓　　名 / 性　　别 / 年　　龄 / 身份证号 / 标本类型 / 标 本 号 | 病 历 号 / 科　　室 / 床　　号 / 送检医生 / 采样时间 / 接收时间',
    '采样时间 and 接收时间 in the header, 检验时间 and 报告时间 under the table (truth = 报告时间; 检验 the same day, 报告 sometimes days later)',
    'times as 2025-03-04 09:12 / 2025-03-04 09:12:35 / 2025/03/04 09:12 / 2025年03月04日 09:12', '临床诊断 across the frame (counted)',
    'eight columns: 序号 / 项目名称(缩写) / 结果 / 提示 / 单位 / 参考区间 / 检测方法, abnormal results in bold with ↑ ↓',
    'units mL/min/1.73m², μmol/L, eGFR as 计算值', '检验者 / 审核者 names, 检验专用章 over 报告时间 on some pages', '标本条码 barcode'],
  doc: (rng) => suited(localTo(forPatient(makeDoc(rng, { kind: 'report', keys: KEYS,
    hospitals: [...CITY, ...COUNTY, ...MCH, ...COUNTY_MORE, ...PROVINCES, ...FAR_PROVINCES], compoundSurnames: 0.12 }), rng, COUNTY), rng)),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 100;
    const right = s.width - x0;
    const w = right - x0;
    const face = rng.pick(['sans', 'sansLight'] as const);
    const pt = rng.pick([9.5, 10]);
    const f = st(face, pt);
    const b = st('sansMedium', pt);
    const strong = st('sansBold', pt);
    const lh = px(pt) * 1.75;
    const { title, rows } = panel(doc, rng);

    const code = `${doc.recordNo.slice(2)}${rng.int(10, 99)}`;
    const bw = barcode(s, x0, 70, code, 56, 2.4);
    s.put(x0 + bw / 2, 160, code, st('sans', 8.5, { align: 'center' }));
    s.put(s.width / 2, 120, doc.hospital.name, st('sansBold', 17, { align: 'center', spacing: 2 }));
    s.put(s.width / 2, 185, rng.pick(['生化检验报告单', '检验报告单（生化）']), st('sansMedium', 14, { align: 'center', spacing: 3 }));

    const [sex, age] = sexAge(doc);
    const ts: DateStyle = rng.pick(['isoTime', 'isoSec', 'slashTime', 'cnTime'] as const);
    const at = (iso: string, m: number): string => formatDate(iso, ts, m);
    const inpatient = rng.chance(0.6);
    const left: [string, string][] = [['姓　　名：', doc.patient.name], ['性　　别：', sex], ['年　　龄：', age],
      ['身份证号：', doc.patient.idNumber], ['标本类型：', rng.pick(['血清', '静脉血（血清）'])], ['标 本 号：', String(rng.int(1, 480))]];
    const rightCol: [string, string][] = [['病 历 号：', doc.recordNo], ['科　　室：', doc.department], ['床　　号：', inpatient ? doc.bed : '—'],
      ['送检医生：', doc.doctors.attending], ['采样时间：', at(doc.dates.sample, doc.times.sample)],
      ['接收时间：', at(doc.dates.sample, doc.times.received)]];
    const top = 225;
    const mid = x0 + w / 2;
    const dxText = doc.dx.western.map((d) => d.text).join('；');
    const dxLines = wrap(s, dxText, w - 40 - s.measure('临床诊断：', b), f, { keep: doc.dx.western.map((d) => d.text) });
    const frameH = (left.length + dxLines.length) * lh + 40;
    s.rect(x0, top, w, frameH, 1.4);
    s.line(mid, top, mid, top + left.length * lh + 14, 1);
    s.line(x0, top + left.length * lh + 14, right, top + left.length * lh + 14, 1);
    left.forEach(([l, v], i) => s.pair(x0 + 20, top + lh * (i + 0.8), l, v, b, f));
    rightCol.forEach(([l, v], i) => s.pair(mid + 20, top + lh * (i + 0.8), l, v, b, f));
    const dl = s.put(x0 + 20, top + lh * (left.length + 0.95), '临床诊断：', b);
    dxLines.forEach((t, i) => s.put(x0 + 20 + dl, top + lh * (left.length + 0.95 + i), t, f));
    s.diagnoses(doc.dx.western);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, reportDate: doc.dates.report });

    let y = top + frameH + lh * 1.2;
    s.pair(x0, y, '检验项目：', title, b, f);
    y += lh * 0.7;
    const cols = [0, 70, 470, 620, 700, 930, 1140];
    s.g.fillStyle = '#eeeeee';
    s.g.fillRect(x0, y, w, lh * 1.1);
    s.line(x0, y, right, y, 1.6);
    const hy = y + lh * 0.78;
    ['序号', '项目名称', '结果', '提示', '单位', '参考区间', '检测方法'].forEach((t, i) => s.put(x0 + 10 + (cols[i] ?? 0), hy, t, b));
    y += lh * 1.1;
    s.line(x0, y, right, y, 1);
    rows.forEach((r, i) => {
      const ry = y + lh * (i + 0.85);
      const cells = [String(i + 1), `${r.test.name}(${r.test.abbr})`, r.value, r.flag, r.test.unit,
        r.test.abbr === 'eGFR' ? '≥90' : `${r.test.lo.toFixed(r.test.digits)}-${r.test.hi.toFixed(r.test.digits)}`, r.test.method];
      cells.forEach((t, j) => s.put(x0 + 10 + (cols[j] ?? 0), ry, t, r.flag && (j === 2 || j === 3) ? strong : f));
    });
    y += lh * (rows.length + 0.4);
    s.line(x0, y, right, y, 1.6);
    y += lh * 0.6;
    const note = rows.some((r) => r.test.abbr === 'HbA1c') ? '糖化血红蛋白反映近2～3个月平均血糖水平；' : '结果仅供临床参考；';
    s.put(x0, y, `备注：${note}eGFR按CKD-EPI公式计算。`, st(face, 8.5, { color: '#444' }));

    // 检验 between receipt and report (the same day); 报告 the truth.
    const same = doc.dates.report === doc.dates.sample;
    const tested = doc.times.received + (same ? rng.int(10, Math.max(11, doc.times.report - doc.times.received - 10)) : rng.int(20, 90));
    y += lh * 1.6;
    s.pair(x0, y, '检验时间：', `${at(doc.dates.sample, Math.min(tested, 23 * 60 + 50))}`, b, f);
    const rx = mid + 20;
    const rw = s.pair(rx, y, '报告时间：', at(doc.dates.report, doc.times.report), b, f);
    y += lh * 1.2;
    s.pair(x0, y, '检验者：', doc.doctors.resident, b, f);
    s.pair(rx, y, '审核者：', doc.doctors.checker, b, f);
    if (rng.chance(0.6)) seal(s, rx + rw * 0.6 + rng.range(-30, 30), y - lh + rng.range(-15, 15), 100, doc.hospital.name, '检验专用章', rng);
    const small = st(face, 8.5, { color: '#444' });
    s.line(x0, 2185, right, 2185, 1);
    s.put(x0, 2222, '*本报告仅对所检标本负责，如有疑问请于3日内与检验科联系。', small);
    s.put(right, 2222, '第1页/共1页', { ...small, align: 'right' });
  },
};
