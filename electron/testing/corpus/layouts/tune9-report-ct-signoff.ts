import type { Doc } from '../case';
import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { COUNTY, COUNTY_MORE } from '../hospitals';
import { handwritten } from '../marks';
import type { Rng } from '../rng';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { listed, type Mark } from './kit';
import { lungTumour, para, suited, wrap } from './tune6-kit';
import { PRIVATE, spaced, stamp, type Stamp } from './tune9-kit';

/** A study as the radiologist writes it: what was examined, what was seen, and the 影像诊断 lines. */
type Study = { part: string; method: string; seen: string; verdict: readonly string[]; head: boolean };
const S = (part: string, method: string, seen: string, verdict: readonly string[], head = false): Study =>
  ({ part, method, seen, verdict, head });

/** A head scan for dizziness or headache: lacunes the clinician did not diagnose, or nothing. */
const HEAD: readonly Study[] = [
  S('头颅', 'CT平扫', '双侧基底节区见多发斑点状低密度影，边界清楚，较大者直径约0.6cm，CT值约18HU；双侧侧脑室旁白质密度减低。'
    + '脑室系统未见扩大，脑沟脑裂稍增宽，中线结构居中。颅骨未见骨折征象。', ['双侧基底节区腔隙性脑梗死', '脑白质疏松', '轻度脑萎缩'], true),
  S('头颅', 'CT平扫', '左侧放射冠区见小斑点状低密度影，边界清，直径约0.5cm。脑室系统大小形态正常，脑沟脑裂未见增宽，中线结构居中。',
    ['左侧放射冠区腔隙性脑梗塞', '请结合临床'], true),
  S('头颅', 'CT平扫', '脑实质内未见异常密度影，灰白质分界清楚。脑室系统大小形态正常，脑沟脑裂未见增宽，中线结构居中。颅骨骨质完整。',
    ['颅脑CT平扫未见明显异常'], true),
  S('头颅', 'MRI平扫+DWI', '双侧额顶叶皮层下及侧脑室旁见多发点片状长T1长T2信号，FLAIR呈高信号，DWI未见弥散受限。脑室系统未见扩张，中线结构居中。',
    ['双侧额顶叶皮层下及侧脑室旁多发缺血灶', '脑白质变性（Fazekas 2级）'], true),
];
const CHEST_DIALYSIS = S('胸部', 'CT平扫', '双肺纹理增多，双下肺见少许条索影。心影增大，心包见少量液性密度影。双侧胸腔见少量弧形液性密度影。'
  + '右颈内静脉见导管影。', ['双下肺少许慢性炎症', '心包少量积液', '双侧胸腔少量积液']);
const CHEST_STENT = S('胸部', 'CT平扫', '两肺纹理清晰，未见明确实变影。冠状动脉走行区见金属支架影及多发钙化斑块。心影不大，主动脉壁见钙化。'
  + '纵隔内未见肿大淋巴结。', ['冠状动脉支架术后改变', '冠状动脉及主动脉硬化']);
const CHEST_TUMOUR: readonly Study[] = [
  S('胸部', 'CT平扫+增强', '右肺上叶见不规则软组织密度肿块，大小约3.1cm×2.6cm，边缘见分叶及短毛刺，增强扫描呈不均匀强化；纵隔4R区见肿大淋巴结。',
    ['右肺上叶占位，考虑周围型肺癌', '纵隔淋巴结肿大']),
  S('胸部', 'CT平扫', '右肺上叶术后改变，支气管残端未见明确软组织影。双肺散在少许微小结节，较大者直径约0.3cm。双侧胸腔未见积液。',
    ['右肺癌术后改变，未见明确复发征象', '双肺散在微小结节，建议随访']),
];

/** What the ward sent the patient for and what the film shows. */
function study(doc: Doc, rng: Rng): Study {
  switch (doc.primary) {
    case 'URAEMIA_DIALYSIS': return CHEST_DIALYSIS;
    case 'POST_ARTERIAL_STENT_ANTICOAGULATION': return rng.chance(0.6) ? CHEST_STENT : rng.pick(HEAD);
    case 'MALIGNANT_TUMOR_OUTPATIENT': return rng.pick(CHEST_TUMOUR);
    default: return rng.pick(HEAD);
  }
}

/** Whom a county radiology department scans (never a patient the clinician already calls a stroke: the film is the news). */
const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'SEVERE_MENTAL_DISORDER', 'URAEMIA_DIALYSIS', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'MALIGNANT_TUMOR_OUTPATIENT'];

/**
 * CT / MR 检查报告 of a county or private hospital's RIS, text only: spaced labels in a borderless header, 检查时间 with
 * seconds (the scan, not the report), 临床诊断 (counted) with a 头晕待查 beside it, 影像所见 and 影像诊断 naming what the film
 * shows — a lacunar infarct the clinician never diagnosed (not counted) — and the report's date only beside the names at the
 * bottom: 报告医师：张三  2025-03-05 10:21:33, 审核医师：李四  2025-03-05 11:02:10.
 */
export const tune9ReportCtSignoff: Layout = {
  id: 'tune9-report-ct-signoff',
  kind: 'report',
  split: 'tune',
  style: 'County / private hospital 放射科 CT / MR 检查报告 from the RIS, text only: borderless spaced-label header over a double rule, '
    + 'serif findings, sans 10.5–11.5 pt, the date only beside the signing doctors',
  exercises: ['labels spread over their boxes: 姓  名 / 性\u3000别 / 检 查 号 / 住 院 号, 身份证号 on its own line',
    '检查时间 2025-03-04 09:12:25 in the header (the scan: the day before the report on some pages, not the report)',
    '临床诊断: 头晕待查 / 头痛待查 (not counted) with the ward\'s diagnoses joined by ；(counted)',
    '影像诊断 numbered, naming what the film shows and the clinician did not diagnose: 双侧基底节区腔隙性脑梗死, 右肺上叶占位 (not counted)',
    'the report date only beside the names: 报告医师：张三  2025-03-05 10:21:33 / 报告医师/日期：张三 2025-03-05 / 诊断医师：张三（2025-03-05 10:21）, '
      + '审核医师 with the same day minutes later', '报告医师 handwritten on some pages', '本报告仅供临床参考 note, no 报告日期 label anywhere'],
  doc: (rng) => {
    const doc = suited(lungTumour(makeDoc(rng, { kind: 'report', keys: KEYS,
      hospitals: [...COUNTY, ...COUNTY_MORE.filter((h) => !h.name.includes('妇幼')), ...PRIVATE], compoundSurnames: 0.1 }), rng));
    // A scan is reported the same day or the next; the ward's diagnoses never name the stroke the film may show.
    const western = doc.dx.western.filter((d) => d.key !== 'CEREBROVASCULAR_DISEASE');
    const dx = { ...doc.dx, western, keys: doc.dx.keys.filter((k) => k !== 'CEREBROVASCULAR_DISEASE') };
    return { ...doc, dx, dates: { ...doc.dates, report: addDays(doc.dates.sample, rng.pick([0, 0, 0, 1])) } };
  },
  draw(s, doc, rng) {
    s.ink = '#141414';
    const x0 = 130;
    const right = s.width - x0;
    const w = right - x0;
    const pt = rng.pick([10.5, 11, 11.5]);
    const f = st('sans', pt);
    const b = st('sansMedium', pt);
    const body = st(rng.pick(['serif', 'serifLight'] as const), pt + 0.5);
    const lh = px(pt) * 1.8;
    const wide = rng.chance(0.3);
    const sp = (l: string): string => `${spaced(l, wide)}：`;
    const scan = study(doc, rng);
    const modality = /MRI/u.test(scan.method) ? 'MR' : 'CT';

    s.put(s.width / 2, 150, doc.hospital.name, st('sansBold', 18, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 228, `${modality === 'MR' ? '磁共振' : 'CT'}检查报告单`, st('sansBold', 16, { align: 'center', spacing: 6 }));

    const [sex, age] = sexAge(doc);
    const col = w / 4;
    const inpatient = rng.chance(0.6);
    let y = 315;
    const no = `${modality}${doc.dates.sample.replace(/-/g, '').slice(2)}${String(rng.int(1, 999)).padStart(4, '0')}`;
    [[sp('姓名'), doc.patient.name], [sp('性别'), sex], [sp('年龄'), age], [spaced('检查号', false) + '：', no]]
      .forEach(([l, v], i) => s.pair(x0 + i * col, y, l ?? '', v ?? '', b, f));
    y += lh;
    [[sp('科别'), doc.department], [sp('床号'), inpatient ? doc.bed : ''],
      [spaced(inpatient ? '住院号' : '门诊号', false) + '：', doc.recordNo]]
      .forEach(([l, v], i) => s.pair(x0 + i * col, y, l ?? '', v ?? '', b, f));
    y += lh;
    const how: Stamp = rng.pick(['iso', 'slash'] as const);
    s.pair(x0, y, '身份证号：', doc.patient.idNumber, b, f);
    s.pair(x0 + 2 * col, y, '检查时间：', stamp(doc.dates.sample, doc.times.sample, how), b, f);
    y += lh;
    s.pair(x0, y, '检查部位：', scan.part, b, f);
    s.pair(x0 + 2 * col, y, '检查方法：', scan.method, b, f);
    y += lh;
    const texts = doc.dx.western.map((d) => d.text);
    const doubt = scan.head && rng.chance(0.6) ? [rng.pick(['头晕待查', '头痛待查'])] : [];
    const hw = s.put(x0, y, '临床诊断：', b);
    const lines = wrap(s, [...doubt, ...texts].join('；'), w, f, { indent: hw, keep: texts });
    lines.forEach((t, i) => s.put(i === 0 ? x0 + hw : x0, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, reportDate: doc.dates.report });
    y += (lines.length - 1) * lh + lh * 0.5;
    s.line(x0, y, right, y, 2.4);
    s.line(x0, y + 6, right, y + 6, 0.8);
    y += lh * 1.5;

    s.put(x0, y, rng.pick(['影像所见：', '检查所见：', '影像表现：']), b);
    y = para(s, x0, y + lh * 1.1, w, scan.seen, body, lh * 1.05, { indent: px(pt) * 2 }) + lh * 0.8;
    s.put(x0, y, rng.pick(['影像诊断：', '诊断意见：', '印象：']), b);
    y += lh * 1.1;
    const mk: Mark = rng.pick(['1.', '1、'] as const);
    const verdict = scan.verdict.map((t) => ({ text: t, key: null }));
    (verdict.length > 1 ? listed(verdict, mk) : [scan.verdict[0] ?? ''])
      .forEach((t, i) => s.put(x0 + px(pt) * 2, y + i * lh * 1.05, t, body));
    y += verdict.length * lh * 1.05;

    // The date only beside the signing doctors.
    const reviewed = Math.min(doc.times.report + rng.int(8, 55), 23 * 60 + 50);
    const form = rng.pick(['pair', 'slash', 'paren'] as const);
    const when = (m: number, salt: number): string =>
      (form === 'slash' ? formatDate(doc.dates.report, 'iso') : stamp(doc.dates.report, m, how, salt));
    const by = Math.max(y + lh * 2.5, 1800);
    const hand = rng.chance(0.4);
    const label = form === 'slash' ? '报告医师/日期：' : form === 'paren' ? '诊断医师：' : '报告医师：';
    const lw = s.put(x0, by, label, b);
    const nw = hand ? handwritten(s, x0 + lw + 8, by, doc.doctors.attending, pt * 1.3, rng) + 16
      : s.put(x0 + lw, by, doc.doctors.attending, f) + 8;
    s.put(x0 + lw + nw + 12, by, form === 'paren' ? `（${when(doc.times.report, 0).slice(0, 16)}）` : when(doc.times.report, 0), f);
    const rx = x0 + w * 0.52;
    const rl = s.put(rx, by, form === 'slash' ? '审核医师/日期：' : '审核医师：', b);
    const rn = s.put(rx + rl, by, doc.doctors.checker, f);
    s.put(rx + rl + rn + 20, by, when(reviewed, 1), f);
    s.line(x0, by + lh * 0.9, right, by + lh * 0.9, 1);
    s.put(x0, by + lh * 1.8, '注：本报告仅供临床参考，不作为诊断证明。影像资料请妥善保管，复查时请携带。', st('sans', 9, { color: '#444' }));
    s.put(right, 2220, `${doc.hospital.address}\u3000${doc.hospital.phone}`, st('sans', 8.5, { align: 'right', color: '#555' }));
  },
};
