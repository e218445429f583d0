import type { Doc } from '../case';
import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { Dx } from '../diseases';
import { CITY, CITY_MORE, SPECIALTY } from '../hospitals';
import { handwritten, logo } from '../marks';
import type { Rng } from '../rng';
import type { Cell } from '../sheet';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { forPatient, icdOf, printedOn } from './kit';
import { localTo } from './tune3-kit';
import { para, yearMonth } from './tune6-kit';

/** A tumour as an oncology ward writes it: name, stage, ICD-10, ICD-O-3 morphology, pathology, regimen and complaint. */
type Tumour = { name: string; stage: string; icd: string; morph: string; path: string; regimen: string; site: string };
const T = (name: string, stage: string, icd: string, morph: string, path: string, regimen: string, site: string): Tumour =>
  ({ name, stage, icd, morph, path, regimen, site });
const TUMOURS: readonly Tumour[] = [
  T('右肺腺癌', 'cT2aN2M0 ⅢA期', 'C34.100', 'M8140/3', '（右肺上叶穿刺）浸润性腺癌，腺泡为主型；EGFR 19外显子缺失突变', '培美曲塞+卡铂', '右肺'),
  T('胃癌术后', 'pT3N1M0 ⅡB期', 'C16.200', 'M8140/3', '（远端胃）中-低分化腺癌，Lauren分型：混合型，侵及浆膜下层', 'SOX（奥沙利铂+替吉奥）', '胃'),
  T('乙状结肠癌术后', 'pT4aN1bM0 ⅢB期', 'C18.700', 'M8140/3', '（乙状结肠）中分化腺癌，肠周淋巴结3/14枚见癌转移', 'XELOX（奥沙利铂+卡培他滨）', '结肠'),
  T('左乳腺癌术后', 'pT2N1M0 ⅡB期', 'C50.400', 'M8500/3', '（左乳）浸润性导管癌Ⅱ级，ER（+，80%），PR（+，30%），HER-2（1+）', 'AC-T（表柔比星+环磷酰胺序贯多西他赛）', '乳腺'),
  T('食管鳞状细胞癌', 'cT3N1M0 Ⅲ期', 'C15.400', 'M8070/3', '（食管中段）中分化鳞状细胞癌', '紫杉醇+顺铂', '食管'),
  T('弥漫大B细胞淋巴瘤', 'Ⅲ期A组 IPI 2分', 'C83.300', 'M9680/3', '（左颈部淋巴结）弥漫大B细胞淋巴瘤，非生发中心型，Ki-67约70%', 'R-CHOP', '淋巴结'),
];
const LEUKAEMIA: Record<string, readonly [string, string, string]> = {
  急性髓系白血病: ['C92.000', 'M9861/3', 'IA（去甲氧柔红霉素+阿糖胞苷）'], 慢性粒细胞白血病: ['C92.100', 'M9875/3', '伊马替尼靶向'],
  急性淋巴细胞白血病: ['C91.000', 'M9835/3', 'VDLP'],
};

/** One line of the final diagnoses with its codes; `morph` empty for a disease that is not a tumour. */
type Line = { dx: Dx; icd: string; morph: string };

/** The stay's diagnoses: (often) the chemotherapy course first (no catalogue key), the staged tumour, marrow suppression, a comorbidity. */
function lines(doc: Doc, rng: Rng): { items: Line[]; tumour: Tumour } {
  const leuk = doc.dx.western.find((d) => d.key === 'LEUKEMIA');
  const base = rng.pick(TUMOURS.filter((x) => doc.patient.sex === '女' || x.site !== '乳腺'));
  const code = leuk ? Object.entries(LEUKAEMIA).find(([k]) => leuk.text.startsWith(k))?.[1] ?? ['C92.000', 'M9861/3', 'IA'] : null;
  const tumour: Tumour = leuk && code
    ? { name: leuk.text, stage: '', icd: code[0], morph: code[1], path: `骨髓细胞学：原始细胞占${rng.int(32, 78)}%，符合${leuk.text.replace(/（.*）/u, '')}骨髓象`, regimen: code[2], site: '骨髓' }
    : base;
  const key = leuk ? 'LEUKEMIA' : 'MALIGNANT_TUMOR_OUTPATIENT';
  const items: Line[] = [];
  // Coders put the chemotherapy course (Z51.1) first for a solid tumour; a leukaemia's page names the leukaemia alone.
  if (!leuk && rng.chance(0.6)) items.push({ dx: { text: '恶性肿瘤维持性化学治疗', key: null }, icd: 'Z51.102', morph: '' });
  items.push({ dx: { text: tumour.stage ? `${tumour.name}（${tumour.stage}）` : tumour.name, key }, icd: tumour.icd, morph: tumour.morph });
  items.push({ dx: { text: `化疗后骨髓抑制（${rng.pick(['Ⅰ', 'Ⅱ', 'Ⅲ'])}度）`, key: null }, icd: 'D61.101', morph: '' });
  if (doc.patient.age >= 50 && rng.chance(0.4)) items.push({ dx: { text: rng.pick(['高血压病2级 高危', '原发性高血压']), key: 'HYPERTENSION' }, icd: 'I10.x00', morph: '' });
  else if (rng.chance(0.5)) {
    const dx = { text: rng.pick(['低蛋白血症', '贫血（轻度）', '脂肪肝']), key: null };
    items.push({ dx, icd: icdOf(dx, 0), morph: '' });
  }
  return { items, tumour };
}

/**
 * Tumour hospital / city oncology ward 出院记录: header grid with the stay as label-above-value columns (入院日期 | 出院日期 |
 * 住院天数 | 化疗周期), a 病理诊断 block dated months before the stay, the final diagnoses as a table with ICD-10 and ICD-O-3
 * morphology codes and a TNM stage inside the name, the chemotherapy given on day 1 of the stay and the next cycle's date.
 */
export const tune7DischargeOncology: Layout = {
  id: 'tune7-discharge-oncology',
  kind: 'discharge',
  split: 'tune',
  style: 'Tumour hospital / city oncology or haematology ward 出院记录 for a chemotherapy cycle: logo, bordered header grid, 病理诊断 block, coded diagnosis table, sans or serif 10–11 pt',
  exercises: ['header grid: 姓名 / 性别 / 年龄 / 病区 / 床号 / 住院号 / 身份证号, then 入院日期 | 出院日期 | 住院天数 | 本次化疗 labels over their values',
    'a staged tumour: 右肺腺癌（cT2aN2M0 ⅢA期） / 弥漫大B细胞淋巴瘤（Ⅲ期A组 IPI 2分）, leukaemia with its M code',
    '出院诊断 table: 序号 / 诊断名称 / ICD-10 / ICD-O-3 (M8140/3 morphology codes: digits and a slash that are not dates)',
    '恶性肿瘤维持性化学治疗 (Z51.102, solid tumours) and 化疗后骨髓抑制 among the final diagnoses (no catalogue key)',
    '病理诊断 with 病理号 and a date months before the stay (not the stay)', '入院诊断 the tumour alone (not counted)',
    'chemotherapy dated the day after admission (d1), 第N周期, next cycle date 21 days on', '主治医师 handwritten, 科主任 printed, 打印时间 (later)'],
  doc: (rng) => localTo(forPatient(makeDoc(rng, { kind: 'discharge', keys: ['MALIGNANT_TUMOR_OUTPATIENT', 'MALIGNANT_TUMOR_OUTPATIENT', 'LEUKEMIA'],
    hospitals: [SPECIALTY[0] ?? CITY[0]!, SPECIALTY[0] ?? CITY[0]!, ...CITY, ...CITY_MORE.filter((h) => !h.name.includes('脑科'))] }), rng, CITY), rng),
  draw(s, doc, rng) {
    s.ink = '#141414';
    const x0 = 110;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.4);
    const face = serif ? 'serif' : rng.pick(['sans', 'sansLight'] as const);
    const semi = serif ? 'serifSemi' : 'sansMedium';
    const pt = rng.pick([10, 10.5, 11]);
    const f = st(face, pt);
    const b = st(semi, pt);
    const lh = px(pt) * 1.75;
    const tone = rng.pick(['#1b4f8a', '#0f5e4e', '#6b1f4a']);
    const { items, tumour } = lines(doc, rng);
    const leuk = items.some((l) => l.dx.key === 'LEUKEMIA');
    const ward = leuk ? '血液科' : rng.pick(['肿瘤内科', '肿瘤二病区', '化疗科', '放疗科']);

    logo(s, x0 + 48, 128, 44, tone, 'ring');
    s.put(x0 + 115, 128, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 18, { color: tone, spacing: 2 }));
    s.put(x0 + 115, 170, doc.hospital.address, st(face, 9, { color: '#444' }));
    s.put(right, 150, '出院记录', st(serif ? 'serifBold' : 'sansBold', 17, { align: 'right', spacing: 4 }));
    s.line(x0, 200, right, 200, 3, tone);

    const [sex, age] = sexAge(doc);
    const L = (text: string, cw: number): Cell => ({ text, w: cw, label: true });
    const V = (text: string, cw: number): Cell => ({ text, w: cw });
    const q = w / 4;
    const rh = px(pt) * 2.1;
    let y = s.grid(x0, 230, rh, [
      [L('姓名', 150), V(doc.patient.name, q - 150), L('性别', 150), V(sex, q - 150), L('年龄', 150), V(age, q - 150), L('病区', 150), V(ward, q - 150)],
      [L('住院号', 150), V(doc.recordNo, q - 150), L('床号', 150), V(doc.bed, q - 150), L('身份证号', 150), V(doc.patient.idNumber, 2 * q - 150)],
    ], f, { label: b, shade: '#eef2f6', border: 1.4 });
    const cycle = rng.int(2, 6);
    const ds: DateStyle = rng.pick(['iso', 'cn', 'slash'] as const);
    y = s.grid(x0, y, rh, [[L('入院日期', q), L('出院日期', q), L('住院天数', q), L('本次化疗', q)],
      [{ text: formatDate(doc.dates.admission, ds), w: q, align: 'center' }, { text: formatDate(doc.dates.discharge, ds), w: q, align: 'center' },
        { text: `${doc.stayDays}天`, w: q, align: 'center' }, { text: `第${cycle}周期`, w: q, align: 'center' }]], f, { label: b, shade: '#eef2f6', border: 1.4 });
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    y += lh * 1.2;

    const section = (head: string, text: string, keep: readonly string[] = []): void => {
      const hw = s.put(x0, y, head, b);
      y = para(s, x0 + hw, y, w - hw, text, f, lh, { keep }) + lh * 0.35;
    };
    const found = addDays(doc.dates.admission, -rng.int(90, 300));
    const pathNo = `${leuk ? 'M' : 'B'}${found.slice(0, 4)}-${String(rng.int(100, 9999)).padStart(5, '0')}`;
    section('入院情况：', `患者${yearMonth(found)}确诊“${tumour.name}”，已完成${cycle - 1}周期${tumour.regimen}方案化疗，末次化疗后无明显不适，`
      + `此次为行第${cycle}周期化疗入院。${doc.history.negated}。家族史：${doc.history.family}。`, [tumour.name, tumour.regimen]);
    section('入院诊断：', tumour.name, [tumour.name]);
    section('病理诊断：', `${formatDate(found, 'iso')}（病理号${pathNo}）${tumour.path}。`, [pathNo]);

    s.put(x0, y, '出院诊断：', b);
    const cw = [90, w - 90 - 230 - 230, 230, 230];
    const rows: Cell[][] = [[L('序号', cw[0]!), L('诊断名称', cw[1]!), L('ICD-10', cw[2]!), L('ICD-O-3', cw[3]!)],
      ...items.map((l, i) => [{ text: String(i + 1), w: cw[0]!, align: 'center' as const }, V(l.dx.text, cw[1]!),
        { text: l.icd, w: cw[2]!, align: 'center' as const }, { text: l.morph, w: cw[3]!, align: 'center' as const }])];
    y = s.grid(x0, y + lh * 0.45, rh * 0.95, rows, f, { label: b, shade: '#eef2f6', border: 1.2 }) + lh * 1.1;
    s.diagnoses(items.map((l) => l.dx));

    const d1 = addDays(doc.dates.admission, 1);
    const d1t = formatDate(d1, 'cnShort');
    const blood = (doc.labs[1]?.rows ?? doc.labs[0]?.rows ?? []).slice(0, 3).map((r) => `${r.abbr} ${r.value}${r.unit}${r.flag}`).join('，');
    section('诊疗经过：', `入院后完善血常规、肝肾功能、心电图等检查，无化疗禁忌，于${d1t}（d1）行第${cycle}周期${tumour.regimen}方案化疗，`
      + `辅以止吐、护胃、水化等对症治疗，过程顺利。化疗后复查血常规：${blood}，予升白治疗后好转。`, [d1t, tumour.regimen]);
    section('出院情况：', '一般情况可，无发热，无恶心呕吐，饮食睡眠可，准予出院。');
    const next = formatDate(addDays(d1, 21), 'cnShort');
    section('出院医嘱：', `1.每周复查血常规、肝肾功能2次，白细胞低于3.0×10^9/L及时就诊；2.预约${next}返院行第${cycle + 1}周期化疗；3.不适随诊。`, [next]);

    y += lh * 0.5;
    const lw = s.put(x0 + w * 0.4, y, '主治医师：', b);
    handwritten(s, x0 + w * 0.4 + lw + 8, y, doc.doctors.attending, pt * 1.3, rng);
    s.pair(x0 + w * 0.72, y, '科主任：', doc.doctors.director, b, f);
    const small = st(face, 8.5, { color: '#444' });
    s.put(x0, 2230, `打印时间：${formatDate(printedOn(doc), 'isoSec', doc.times.print)}`, small);
    s.put(right, 2230, '第1页 / 共1页', { ...small, align: 'right' });
  },
};
