import type { Doc } from '../case';
import { makeDoc } from '../case';
import { addDays, clock, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { CITY, CITY_MORE, COUNTY, COUNTY_MORE, PROVINCES } from '../hospitals';
import { handwritten } from '../marks';
import type { Rng } from '../rng';
import type { Cell } from '../sheet';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { forPatient } from './kit';
import { FAR_PROVINCES, localTo } from './tune3-kit';
import { lungTumour, para, suited, wrap } from './tune6-kit';
import { keyImage, type Slice } from './tune8-kit';

/** One study as the radiologist reports it: modality, part, method, findings and impression lines. */
type Study = { modality: 'CT' | 'MR' | 'DR'; part: string; method: string; seen: string; verdict: readonly string[]; slice: Slice };
const S = (modality: Study['modality'], part: string, method: string, seen: string, verdict: readonly string[], slice: Slice): Study =>
  ({ modality, part, method, seen, verdict, slice });

const INFARCT: readonly Study[] = [
  S('CT', '头颅', '平扫', '左侧基底节区见斑片状低密度影，边界欠清，CT值约21HU；双侧侧脑室旁白质见多发斑点状低密度影。脑室系统未见扩大，脑沟脑裂未见增宽，'
    + '中线结构居中。颅骨骨质未见异常。', ['左侧基底节区脑梗死', '双侧侧脑室旁缺血性脑白质病变'], 'head'),
  S('MR', '头颅', '平扫+DWI', '右侧放射冠区见片状长T1长T2信号，FLAIR呈高信号，DWI呈明显高信号，ADC值减低；双侧额顶叶皮层下见多发点状长T2信号。'
    + '脑室系统未见扩张，中线结构居中。', ['右侧放射冠区急性脑梗死', '双侧额顶叶皮层下多发缺血灶'], 'head'),
];
const BLEED = S('CT', '头颅', '平扫', '右侧基底节区见团片状高密度影，大小约2.8cm×2.1cm，CT值约62HU，周围见环形低密度水肿带，右侧侧脑室受压变窄，'
  + '中线结构左移约0.3cm。', ['右侧基底节区脑出血', '脑水肿'], 'head');
const LUNG = S('CT', '胸部', '平扫+增强', '右肺上叶见不规则软组织密度肿块，大小约3.4cm×2.9cm，边缘见分叶及短毛刺，增强扫描呈不均匀强化；纵隔4R区见肿大淋巴结，'
  + '短径约1.3cm。双侧胸腔未见积液。', ['右肺上叶占位，考虑周围型肺癌', '纵隔淋巴结肿大，转移可能'], 'chest');
const HEART = S('DR', '胸部', '正位', '两肺纹理增多、增粗，未见明确实变影。心影增大，心胸比约0.58，主动脉结突出。两膈面光整，两侧肋膈角锐利。',
  ['两肺纹理增多', '心影增大，主动脉硬化'], 'dr');
const STENT = S('DR', '胸部', '正位', '两肺纹理稍增多，未见明确实变影。冠状动脉走行区见金属支架影。心影不大，主动脉结迂曲。两膈面光整，两侧肋膈角锐利。',
  ['冠状动脉支架术后改变', '主动脉迂曲'], 'dr');
const PLAIN = S('DR', '胸部', '正位', '两肺纹理清晰，未见明确实变影及占位。心影大小形态未见异常。两膈面光整，两侧肋膈角锐利。', ['心肺膈未见明显异常'], 'dr');
const DIALYSIS = S('CT', '胸部', '平扫', '双肺纹理增多，双下肺见少许条索影。心影增大，心包见少量液性密度影。双侧胸腔见少量弧形液性密度影。右颈内静脉见导管影。',
  ['双下肺少许慢性炎症', '心包少量积液', '双侧胸腔少量积液'], 'chest');

/** Whose films a county radiology department reports, and what it finds (agreeing with the clinical diagnosis). */
const KEYS: readonly DiseaseKey[] = ['CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE',
  'MALIGNANT_TUMOR_OUTPATIENT', 'MALIGNANT_TUMOR_OUTPATIENT', 'CORONARY_HEART_DISEASE', 'POST_ARTERIAL_STENT_ANTICOAGULATION',
  'HYPERTENSION', 'DIABETES', 'URAEMIA_DIALYSIS'];

function study(doc: Doc, rng: Rng): Study {
  const said = doc.dx.western.map((d) => d.text).join('');
  switch (doc.primary) {
    case 'CEREBROVASCULAR_DISEASE': return /出血/u.test(said) ? BLEED : rng.pick(INFARCT);
    case 'MALIGNANT_TUMOR_OUTPATIENT': return LUNG;
    case 'CORONARY_HEART_DISEASE': return HEART;
    case 'POST_ARTERIAL_STENT_ANTICOAGULATION': return /冠状动脉|PCI/u.test(said) ? STENT : HEART;
    case 'URAEMIA_DIALYSIS': return DIALYSIS;
    default: return rng.chance(0.5) ? PLAIN : HEART;
  }
}

/**
 * CT / MR / DR 检查报告单 of a county radiology department: a bordered header with 检查日期 and 临床诊断 (counted), a row of
 * grey key images, 影像表现 prose and 影像诊断 numbered (not counted), and 报告日期 with the hour one to three days after the
 * examination (truth) beside the handwritten 报告医师 and the printed 审核医师.
 */
export const tune8ReportCtKeyimages: Layout = {
  id: 'tune8-report-ct-keyimages',
  kind: 'report',
  split: 'tune',
  style: 'County / city / other-province 医学影像科 CT / MR / DR 检查报告单: '
    + 'bordered header grid, a row of grey key images, serif findings, sans 10.5–11.5 pt',
  exercises: ['检查日期 in the header and 报告日期 (with the hour) at the bottom one to three days later (truth = 报告日期)',
    '临床诊断 as the last row of the header grid, wrapped in its cell (counted)', '影像号 CT… / MR… / DR… and 门诊/住院号 digits',
    '检查部位 / 检查方法 (头颅 平扫+DWI, 胸部 平扫+增强, 胸部 正位)', 'three or four grey key images with arrows (not text)',
    '影像表现 prose with sizes 2.8cm×2.1cm, CT值 HU, 心胸比 0.58', '影像诊断 / 诊断意见 numbered (not counted)',
    '报告医师 handwritten, 审核医师 printed, 本报告仅供临床参考'],
  doc: (rng) => {
    const doc = suited(localTo(forPatient(lungTumour(makeDoc(rng, { kind: 'report', keys: KEYS,
      hospitals: [...CITY, ...CITY_MORE.filter((h) => !h.name.includes('脑科')), ...COUNTY, ...COUNTY_MORE.filter((h) => !h.name.includes('妇幼')),
        ...PROVINCES, ...FAR_PROVINCES], compoundSurnames: 0.12 }), rng), rng, COUNTY), rng));
    return { ...doc, dates: { ...doc.dates, report: addDays(doc.dates.sample, rng.pick([1, 1, 2, 3])) } };
  },
  draw(s, doc, rng) {
    s.ink = '#141414';
    const x0 = 110;
    const right = s.width - x0;
    const w = right - x0;
    const pt = rng.pick([10.5, 11, 11.5]);
    const f = st('sans', pt);
    const b = st('sansMedium', pt);
    const body = st(rng.pick(['serif', 'serifLight'] as const), pt + 0.5);
    const lh = px(pt) * 1.8;
    const sd = study(doc, rng);
    const title = sd.modality === 'MR' ? '磁共振（MR）检查报告单' : `${sd.modality}检查报告单`;

    s.put(s.width / 2, 130, doc.hospital.name, st('sansBold', 18, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 190, rng.pick(['医学影像科', '放射科', '影像中心']), st('sans', 11, { align: 'center', color: '#333' }));
    s.put(s.width / 2, 255, title, st('sansBold', 16, { align: 'center', spacing: 4 }));

    const [sex, age] = sexAge(doc);
    const inpatient = rng.chance(0.5);
    const ds: DateStyle = rng.pick(['iso', 'cn', 'slash'] as const);
    const L = (text: string, cw: number): Cell => ({ text, w: cw, label: true });
    const V = (text: string, cw: number): Cell => ({ text, w: cw });
    const [a, v1, c] = [170, 300, 170];
    const v2 = (w - 2 * a - v1 - c) / 2;
    const rh = px(pt) * 2.1;
    const no = `${sd.modality}${doc.recordNo.slice(2)}`;
    let y = s.grid(x0, 300, rh, [
      [L('姓名', a), V(doc.patient.name, v1), L('性别', c), V(sex, v2), L('年龄', a), V(age, v2)],
      [L('身份证号', a), V(doc.patient.idNumber, v1 + c + v2), L('影像号', a), V(no, v2)],
      [L('科室', a), V(doc.department, v1), L(inpatient ? '住院号' : '门诊号', c), V(doc.recordNo, v2), L('床号', a), V(inpatient ? doc.bed : '—', v2)],
      [L('检查部位', a), V(sd.part, v1), L('检查方法', c), V(sd.method, v2), L('检查日期', a), V(formatDate(doc.dates.sample, ds), v2)],
    ], f, { label: b, shade: '#f0f0f0', border: 1.3 });
    // 临床诊断: the last row, its value wrapped.
    const dxLines = wrap(s, doc.dx.western.map((d) => d.text).join('，'), w - a - 30, f, { keep: doc.dx.western.map((d) => d.text) });
    const dh = Math.max(rh, dxLines.length * lh + 20);
    s.g.fillStyle = '#f0f0f0';
    s.g.fillRect(x0, y, a, dh);
    s.rect(x0, y, a, dh, 1.3);
    s.rect(x0 + a, y, w - a, dh, 1.3);
    const first = dxLines.length > 1 ? y + 10 + lh * 0.72 : y + dh / 2 + px(pt) * 0.36;
    s.put(x0 + a / 2, first, '临床诊断', { ...b, align: 'center' });
    dxLines.forEach((t, i) => s.put(x0 + a + 14, first + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, reportDate: doc.dates.report });
    y += dh + 50;

    // Key images.
    const n = sd.modality === 'DR' ? rng.pick([1, 2]) : rng.pick([3, 4]);
    const size = sd.modality === 'DR' ? 330 : Math.min(300, (w - (n - 1) * 24) / n);
    const start = x0 + (w - (n * size + (n - 1) * 24)) / 2;
    for (let i = 0; i < n; i += 1) keyImage(s, start + i * (size + 24), y, size, sd.slice, rng);
    y += size + 80;

    const head = st('sansBold', pt + 1);
    s.put(x0, y, sd.modality === 'DR' ? '影像所见：' : '影像表现：', head);
    y = para(s, x0, y + lh * 1.1, w, sd.seen, body, lh * 1.05, { indent: px(pt + 0.5) * 2 }) + lh * 0.6;
    s.put(x0, y, rng.pick(['影像诊断：', '诊断意见：', '印象：']), head);
    sd.verdict.forEach((t, i) => s.put(x0 + px(pt) * 2, y + lh * 1.1 * (i + 1), `${i + 1}.${t}`, st(body.face, pt + 0.5)));
    y += lh * 1.1 * (sd.verdict.length + 1);

    y = Math.max(y + lh * 2, 1980);
    s.line(x0, y - lh * 1.1, right, y - lh * 1.1, 1.2);
    const sw = s.put(x0, y, '报告医师：', b);
    handwritten(s, x0 + sw + 8, y, doc.doctors.resident, pt * 1.3, rng);
    s.pair(x0 + w * 0.32, y, '审核医师：', doc.doctors.checker, b, f);
    const hour = clock(rng.int(8 * 60 + 10, 17 * 60 + 20));
    s.pair(x0 + w * 0.62, y, '报告日期：', `${formatDate(doc.dates.report, ds)} ${hour}`, b, f);
    s.put(x0, y + lh * 1.4, '注：本报告仅供临床参考，请结合临床；影像资料请妥善保管，复诊时携带。', st('sans', 9, { color: '#444' }));
  },
};
