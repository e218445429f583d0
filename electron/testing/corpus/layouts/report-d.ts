import { makeDoc, type Doc } from '../case';
import { addDays, formatDate } from '../dates';
import { CITY, CITY_MORE, SPECIALTY } from '../hospitals';
import { barcode, nameStamp, signature } from '../marks';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';

type Finding = { readonly specimen: string; readonly gross: string; readonly micro: string; readonly ihc: string; readonly dx: string };

const f = (specimen: string, gross: string, micro: string, ihc: string, dx: string): Finding => ({ specimen, gross, micro, ihc, dx });

const ADENO = '肿瘤细胞呈腺管状、筛状排列，细胞核大深染，可见核分裂象，浸润性生长，间质纤维组织增生伴炎细胞浸润。';
const SQUAMOUS = '肿瘤细胞呈巢团状排列，细胞异型明显，可见角化珠及细胞间桥，浸润性生长。';
const MARROW = f('（髂后上棘）骨髓活检组织', '灰红色条索状组织1条，长1.2cm，直径0.2cm，脱钙后全埋。',
  '骨髓增生极度活跃，脂肪组织明显减少，可见大量原始幼稚细胞弥漫增生，粒红系及巨核细胞明显减少。',
  'CD34(+)，MPO(+)，CD117(+)，CD3(-)，CD20(-)，Ki-67(约70%+)', '（骨髓）急性白血病骨髓象，请结合骨髓涂片及流式细胞学检查。');

/** What the pathologist saw, by the site the clinical diagnosis names. */
const BY_SITE: readonly [RegExp, Finding][] = [
  [/肺/, f('（右肺上叶）穿刺组织', '灰白条索状组织2条，长0.8～1.5cm，直径0.1cm，全埋。', ADENO,
    'TTF-1(+)，NapsinA(+)，CK7(+)，P40(-)，ALK(D5F3)(-)，Ki-67(约30%+)', '（右肺上叶穿刺）浸润性腺癌，腺泡为主型。')],
  [/乳/, f('（左乳）肿物', '灰白灰黄组织一块，大小2.5cm×2.0cm×1.5cm，切面灰白、质硬，与周围界限不清。', ADENO,
    'ER(约90%，强+)，PR(约60%，中+)，HER-2(1+)，Ki-67(约20%+)', '（左乳）浸润性导管癌，Ⅱ级。')],
  [/胃/, f('（胃窦）活检组织', '灰白碎组织4粒，直径0.1～0.3cm，全埋。', ADENO, 'CK(+)，CDX-2(+)，HER-2(0)，Ki-67(约60%+)', '（胃窦）中-低分化腺癌。')],
  [/结肠|直肠/, f('（直肠）活检组织', '灰白碎组织5粒，直径0.2～0.4cm，全埋。', ADENO, 'CK20(+)，CDX-2(+)，MLH1(+)，MSH2(+)，Ki-67(约70%+)',
    '（直肠）中分化腺癌。')],
  [/食管/, f('（食管中段）活检组织', '灰白碎组织3粒，直径0.2cm，全埋。', SQUAMOUS, 'P40(+)，CK5/6(+)，Ki-67(约50%+)', '（食管中段）鳞状细胞癌，中分化。')],
  [/宫颈/, f('（宫颈3、6、9点）活检组织', '灰白碎组织3粒，直径0.2～0.3cm，全埋。', SQUAMOUS, 'P16(+)，P40(+)，Ki-67(约60%+)', '（宫颈）浸润性鳞状细胞癌。')],
  [/肝/, f('（肝右叶）穿刺组织', '灰褐条索状组织1条，长1.0cm，直径0.1cm，全埋。', '肿瘤细胞呈粗梁状排列，胞浆丰富嗜酸，核异型明显，血窦丰富。',
    'Hepatocyte(+)，GPC-3(+)，Arginase-1(+)，CD34(血窦+)，Ki-67(约25%+)', '（肝右叶穿刺）肝细胞癌，中分化。')],
  [/胰/, f('（胰头）穿刺组织', '灰白条索状组织2条，长0.5～0.8cm，全埋。', ADENO, 'CK7(+)，CK19(+)，CA19-9(+)，Ki-67(约40%+)', '（胰头穿刺）导管腺癌。')],
  [/骨肉瘤/, f('（左股骨下段）肿物', '灰白灰红组织一堆，总体积4.0cm×3.0cm×1.5cm，质硬，部分呈骨样。', '肿瘤细胞异型明显，可见肿瘤性骨样基质形成，核分裂象易见。',
    'SATB2(+)，Ki-67(约40%+)', '（左股骨下段）骨肉瘤（普通型）。')],
  [/骨髓瘤/, f('（髂后上棘）骨髓活检组织', '灰红色条索状组织1条，长1.5cm，直径0.2cm，脱钙后全埋。', '骨髓增生活跃，可见大量浆细胞弥漫或片状分布。',
    'CD138(+)，CD38(+)，κ(-)，λ(+)，Ki-67(约15%+)', '（骨髓）浆细胞骨髓瘤。')],
  [/淋巴瘤/, f('（左颈部）淋巴结', '灰白结节一枚，大小2.2cm×1.8cm×1.2cm，切面灰白、鱼肉状。', '淋巴结结构破坏，大的异型淋巴样细胞弥漫分布，核分裂象易见。',
    'CD20(+)，CD79a(+)，Bcl-6(+)，MUM-1(+)，CD10(-)，Ki-67(约80%+)', '（左颈部淋巴结）弥漫大B细胞淋巴瘤，非生发中心型。')],
  [/白血病/, MARROW],
];

function finding(doc: Doc): Finding {
  const text = doc.dx.western.map((d) => d.text).join(' ');
  return BY_SITE.find(([re]) => re.test(text))?.[1] ?? MARROW;
}

/** 病理诊断报告书: bordered header with 送检/接收日期, 肉眼所见, 镜下所见, 免疫组化, 病理诊断, 报告日期 days later. */
export const reportPathology: Layout = {
  id: 'report-pathology',
  kind: 'report',
  split: 'tune',
  style: 'City / tumour hospital 病理诊断报告书, serif 11 pt, bordered header, large 病理号, red name stamp',
  exercises: ['病理号 B2025-03121 printed large', '送检日期 and 接收日期 2025.03.04 before 报告日期 days later (truth = 报告日期)',
    '临床诊断 (truth) vs 病理诊断 naming the tumour differently', '免疫组化 markers with percentages and (+)/(-)',
    'sizes 2.5cm×2.0cm×1.5cm', '初诊医师 / 复诊医师 with a red name stamp', 'barcode', 'no ID number'],
  doc: (rng) => makeDoc(rng, { kind: 'report', hospitals: [...CITY, ...CITY_MORE, ...SPECIALTY.slice(0, 1)],
    keys: ['MALIGNANT_TUMOR_OUTPATIENT', 'LEUKEMIA'], aliases: true }),
  draw(s, doc, rng) {
    s.ink = '#141414';
    const x0 = 130;
    const w = s.width - 2 * x0;
    const found = finding(doc);
    const no = `B${doc.dates.sample.slice(0, 4)}-${String(rng.int(1, 19999)).padStart(5, '0')}`;
    const bw = barcode(s, x0, 70, no.replace(/\D/g, ''), 52, 2.4);
    s.put(x0 + bw / 2, 150, no, st('sans', 8.5, { align: 'center' }));
    s.put(s.width / 2, 160, doc.hospital.name, st('serifBold', 19, { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 240, '病理诊断报告书', st('serifBold', 17, { align: 'center', spacing: 12 }));
    s.put(s.width - x0, 240, `病理号：${no}`, st('sansBold', 13, { align: 'right' }));
    const t = st('serif', 10.5);
    const lab = st('serifSemi', 10.5);
    const [sex, age] = sexAge(doc);
    const dot = (d: string): string => formatDate(d, 'dotPad');
    const L = (text: string, wd: number) => ({ text, w: wd, label: true });
    const V = (text: string, wd: number) => ({ text, w: wd });
    const report = addDays(doc.dates.sample, rng.int(3, 7));
    let y = s.grid(x0, 290, 56, [
      [L('姓名', 150), V(doc.patient.name, 230), L('性别', 130), V(sex, 120), L('年龄', 130), V(age, 150), L('住院号', 150), V(doc.recordNo, w - 1060)],
      [L('送检科室', 150), V(doc.department, 230), L('床号', 130), V(doc.bed, 120), L('送检医师', 130), V(doc.doctors.attending, 150),
        L('送检日期', 150), V(dot(doc.dates.sample), w - 1060)],
      [L('送检标本', 150), V(found.specimen, 760), L('接收日期', 150), V(dot(addDays(doc.dates.sample, rng.int(0, 1))), w - 1060)],
    ], t, { label: lab, border: 1.4 });
    s.note({ name: doc.patient.name, reportDate: report });
    const lh = px(11) * 1.85;
    y = s.para(x0, y + 60, w, `临床诊断：${doc.dx.western.map((d) => d.text).join('，')}`, st('serif', 11), lh) + 20;
    s.diagnoses(doc.dx.western);
    const body = st('serif', 11);
    const head = st('serifBold', 11.5);
    const section = (title: string, text: string, style = body): void => {
      s.put(x0, y, title, head);
      y = s.para(x0 + 40, y + lh, w - 40, text, style, lh, px(11) * 2) + 30;
    };
    s.line(x0, y - 40, s.width - x0, y - 40, 1);
    section('肉眼所见：', found.gross);
    section('镜下所见：', found.micro);
    section('免疫组化：', found.ihc);
    section('病理诊断：', found.dx, st('serifBold', 12.5));
    const by = Math.max(y + 160, 1900);
    s.line(x0, by - 70, s.width - x0, by - 70, 1);
    s.put(x0, by, `初诊医师：${doc.doctors.resident}`, body);
    const rw = s.put(x0 + 520, by, '复诊医师：', body);
    signature(s, x0 + 530 + rw, by - 8, 150, rng);
    nameStamp(s, x0 + 600 + rw + rng.range(-20, 30), by - 14, doc.doctors.checker, rng);
    s.put(x0 + 1000, by, `报告日期：${dot(report)}`, body);
    s.put(x0, by + 80, `注：本报告仅对送检标本负责。如有疑问，请于7日内与病理科联系（电话：${doc.hospital.phone}）。`, st('serif', 9));
    s.put(x0, by + 125, '切片及蜡块借阅请携带本人身份证及报告单原件。', st('serif', 9));
  },
};
