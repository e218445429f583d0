import type { Doc } from '../case';
import { makeDoc } from '../case';
import { formatDate } from '../dates';
import type { DiseaseKey, Dx } from '../diseases';
import { handwritten, logo } from '../marks';
import type { Rng } from '../rng';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed } from './kit';
import { later } from './tune5-kit';
import { para, settled, suited } from './tune6-kit';
import { thumbnail } from './tune7-kit';
import { GENERAL17, local17 } from './tune17-kit';

const KEYS: readonly DiseaseKey[] = ['MALIGNANT_TUMOR_OUTPATIENT', 'MALIGNANT_TUMOR_OUTPATIENT', 'POST_ARTERIAL_STENT_ANTICOAGULATION',
  'CORONARY_HEART_DISEASE', 'DIABETES', 'URAEMIA_DIALYSIS', 'HYPERTENSION', 'CEREBROVASCULAR_DISEASE'];
const UPPER = ['胃癌术后', '食管鳞状细胞癌', '贲门癌术后'];
const LOWER = ['直肠癌术后', '结肠恶性肿瘤', '乙状结肠癌术后'];

type Scope = { readonly lower: boolean; readonly seen: readonly (readonly [string, string])[]; readonly verdict: readonly string[];
  readonly removed: boolean };

/** What the endoscopist records site by site, and the 内镜诊断 that follows from it (never the patient's catalogue diagnoses). */
function findings(doc: Doc, rng: Rng): Scope {
  const tumour = doc.dx.western.find((d) => d.key === 'MALIGNANT_TUMOR_OUTPATIENT')?.text ?? '';
  const operated = /术后/u.test(tumour);
  const lower = LOWER.includes(tumour) || (!UPPER.includes(tumour) && rng.chance(0.35));
  if (lower) {
    const polyp = rng.chance(0.6);
    const piles = rng.chance(0.5);
    return { lower, removed: polyp, seen: [['回肠末端', '黏膜光滑，绒毛清晰。'], ['回盲部', '回盲瓣呈唇形，阑尾开口清晰。'],
      ['升结肠', '黏膜光滑，血管纹理清晰。'],
      ['横结肠', polyp ? `见一大小约${rng.pick(['0.3', '0.4', '0.5'])}cm×0.4cm广基息肉，予圈套器切除。` : '黏膜光滑，未见异常。'],
      ['乙状结肠', operated ? '距肛缘约22cm见吻合口，吻合口通畅，黏膜光滑，未见新生物。' : '散在憩室开口，黏膜未见糜烂及新生物。'],
      ['直肠', piles ? '黏膜稍充血，齿状线上方见内痔。' : '黏膜光滑，血管纹理清晰。']],
    verdict: [operated ? '结直肠癌术后：吻合口未见复发' : '乙状结肠憩室', ...(polyp ? ['横结肠息肉（EMR术后）'] : []), ...(piles ? ['内痔'] : [])] };
  }
  const erosion = rng.chance(0.6);
  const reflux = rng.chance(0.4);
  const ulcer = rng.chance(0.3);
  return { lower, removed: false, seen: [['食管', reflux ? '下段见条状黏膜破损，长径<5mm。' : '黏膜光滑，血管纹理清晰，齿状线清晰。'],
    ['贲门', operated && /贲门/u.test(tumour) ? '呈术后改变，吻合口通畅，未见新生物。' : '开闭可，黏膜光滑。'],
    ['胃体', operated && /胃癌/u.test(tumour) ? '残胃黏膜充血水肿，吻合口光滑。' : '黏液湖清亮，黏膜光滑，皱襞规则。'],
    ['胃角', '形态正常，黏膜光滑。'], ['胃窦', erosion ? '黏膜红白相间，以红为主，散在点片状糜烂。' : '黏膜红白相间，以白为主，血管透见。'],
    ['十二指肠', ulcer ? '球部前壁见一0.6cm溃疡，覆白苔，周围充血。' : '球部及降部未见异常。']],
  verdict: [erosion ? '慢性非萎缩性胃炎伴糜烂' : '慢性萎缩性胃炎（C-1）', ...(operated ? ['胃癌术后（吻合口未见复发）'] : []),
    ...(reflux ? ['反流性食管炎（LA-A级）'] : []), ...(ulcer ? ['十二指肠球部溃疡（A1期）'] : [])] };
}

/** The symptom the request names first (待查): printed, never counted. */
const symptom = (lower: boolean, rng: Rng): Dx => ({ text: rng.pick(lower ? ['便血待查', '大便习惯改变待查', '腹痛待查', '贫血待查']
  : ['上腹痛待查', '黑便待查', '腹胀待查', '消瘦待查']), key: null });

/**
 * 电子胃镜 / 电子结肠镜检查报告 of a Sichuan, Chongqing, Yunnan, Guizhou or Guangxi county hospital's 消化内镜室: logo and name left,
 * 检查号 right, a bordered grid (姓名 — truth —, 身份证号 — truth —, 临床诊断 with a 待查 symptom — not counted — and the chronic
 * diseases — counted), then 镜下所见 site by site down the left (食管：… 胃窦：…) with six stills in a 2×3 block down the right,
 * each numbered (the column read on its own), 内镜诊断 numbered (not the patient's diagnoses), 活检 / 病理 and 建议, and at the
 * foot 检查医师 handwritten with the 报告日期 and time (truth; the 检查日期 in the grid is the same morning).
 */
export const tune17ReportEndoscopySide: Layout = {
  id: 'tune17-report-endoscopy-side',
  kind: 'report',
  split: 'tune',
  style: 'Sichuan / Chongqing / Yunnan / Guizhou / Guangxi county 消化内镜室 电子胃镜 / 结肠镜检查报告: logo letterhead, bordered patient '
    + 'grid with 临床诊断, findings site by site at the left beside a 2×3 block of numbered stills, sans or serif 10–11 pt',
  exercises: ['镜下所见 as site lines (食管：… 胃窦：…) beside a column of six stills with numbers (read as a block)',
    '临床诊断 with 黑便待查 / 上腹痛待查 (not counted) before 冠心病, 2型糖尿病 … or 胃癌术后 / 直肠癌术后 (counted)',
    '内镜诊断 numbered (慢性非萎缩性胃炎伴糜烂, 横结肠息肉 — not counted)', '检查日期 in the grid, 报告日期 with time at the foot (truth)',
    '活检 块数 and 病理 to follow in 3–5 working days'],
  doc: (rng) => {
    const d = settled(suited(local17(makeDoc(rng, { kind: 'report', keys: KEYS, hospitals: GENERAL17 }), rng)));
    const western = d.dx.western.map((x) => (x.key === 'MALIGNANT_TUMOR_OUTPATIENT' && ![...UPPER, ...LOWER].includes(x.text)
      ? { ...x, text: rng.pick([...UPPER, ...LOWER]) } : x));
    return { ...d, dx: { ...d.dx, western } };
  },
  draw(s, doc, rng) {
    const x0 = 120;
    const right = s.width - 120;
    const w = right - x0;
    const serif = rng.chance(0.4);
    const pt = rng.pick([10, 10.5, 11]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifSemi' : 'sansMedium', pt);
    const bold = serif ? 'serifBold' : 'sansBold';
    const lh = px(pt) * 1.75;
    const p = doc.patient;
    const tone = rng.pick(['#0f5a78', '#245c2e', '#5a2a6e']);
    const sc = findings(doc, rng);

    logo(s, x0 + 44, 120, 40, tone, rng.pick(['cross', 'shield'] as const));
    s.put(x0 + 104, 118, doc.hospital.name, st(bold, 18, { color: tone, spacing: 2 }));
    s.put(x0 + 104, 162, '消化内镜室', st(f.face, 10.5, { color: tone, spacing: 4 }));
    s.put(right, 118, `检查号：${sc.lower ? 'CJ' : 'WJ'}${doc.recordNo.slice(2)}`, { ...f, align: 'right' });
    s.put(s.width / 2, 245, sc.lower ? '电子结肠镜检查报告' : '电子胃镜检查报告', st(bold, 16, { align: 'center', spacing: 4 }));

    const kept: Dx[] = doc.dx.western.filter((d) => d.key !== null).slice(0, 2);
    const shown = kept[0]?.key === 'MALIGNANT_TUMOR_OUTPATIENT' ? kept : [symptom(sc.lower, rng), ...kept];
    const c = (text: string, k: number, label = false) => ({ text, w: w * k, label });
    let y = s.grid(x0, 285, lh * 1.35, [
      [c('姓名', 0.1, true), c(p.name, 0.17), c('性别', 0.08, true), c(p.sex, 0.08), c('年龄', 0.08, true), c(`${p.age}岁`, 0.09),
        c('门诊号', 0.11, true), c(doc.recordNo, 0.29)],
      [c('身份证号', 0.1, true), c(p.idNumber, 0.5), c('检查日期', 0.11, true), c(formatDate(doc.dates.sample, 'iso'), 0.29)],
      [c('送检科室', 0.1, true), c(doc.department, 0.24), c('麻醉', 0.08, true),
        c(rng.pick(sc.lower ? ['静脉麻醉（无痛）', '无'] : ['静脉麻醉（无痛）', '咽部表面麻醉']), 0.18),
        c('内镜型号', 0.11, true), c(sc.lower ? 'FUJIFILM EC-760R' : 'OLYMPUS GIF-HQ290', 0.29)],
      [c('临床诊断', 0.1, true), c(shown.map((d) => d.text).join('；'), 0.9)],
    ], f, { label: b, shade: '#eef2f4', border: 1.4 });
    s.diagnoses(kept);
    s.note({ name: p.name, idNumber: p.idNumber, reportDate: doc.dates.sample });

    // Findings at the left, the stills at the right.
    y += lh * 1.3;
    const top = y;
    const tw = 250;
    const th = 205;
    const gx = right - 2 * tw - 24;
    const textW = gx - x0 - 50;
    s.put(x0, y, '镜下所见：', st(bold, pt + 0.5));
    y += lh * 1.1;
    for (const [site, text] of sc.seen) {
      const sw = s.put(x0, y, `${site}：`, b);
      y = para(s, x0 + sw, y, textW - sw, text, f, lh) + lh * 0.15;
    }
    const textEnd = y;
    s.block(() => {
      for (let i = 0; i < 6; i += 1) {
        const tx = gx + (i % 2) * (tw + 24);
        const ty = top - lh * 0.8 + Math.floor(i / 2) * (th + 58);
        thumbnail(s, tx, ty, tw, th, rng);
        s.put(tx + tw / 2, ty + th + 36, String(i + 1), st(f.face, 9, { align: 'center' }));
      }
    });
    y = Math.max(textEnd, top - lh * 0.8 + 3 * (th + 58)) + lh * 0.6;

    s.line(x0, y - lh * 0.5, right, y - lh * 0.5, 1.2, tone);
    y += lh * 0.4;
    s.put(x0, y, '内镜诊断：', st(bold, pt + 1));
    listed(sc.verdict.map((t) => ({ text: t, key: null })), '1.').forEach((t, i) => s.put(x0 + px(pt) * 2, y + (i + 1) * lh * 1.1, t,
      st(bold, pt + 0.5)));
    y += (sc.verdict.length + 1) * lh * 1.1 + lh * 0.4;
    const biopsy = sc.removed || rng.chance(0.6);
    const bw = s.put(x0, y, '活检：', b);
    const what = sc.removed ? '横结肠息肉切除标本1块' : `${sc.lower ? '乙状结肠' : '胃窦'}取活检${rng.int(1, 4)}块`;
    s.put(x0 + bw, y, biopsy ? `${what}，送病理检查；病理结果${rng.int(3, 5)}个工作日后至病理科领取。` : '未取活检。', f);
    y += lh * 1.2;
    const aw = s.put(x0, y, '建议：', b);
    para(s, x0 + aw, y, w - aw, sc.lower ? '低渣饮食3天，观察有无便血、腹痛；1年后复查肠镜。'
      : `${doc.dx.keys.includes('POST_ARTERIAL_STENT_ANTICOAGULATION') ? '抗血小板药物请心内科评估后调整；' : ''}抑酸护胃，忌辛辣，定期复查胃镜。`, f, lh);

    const fy = 2020;
    s.line(x0, fy - lh * 1.1, right, fy - lh * 1.1, 1);
    const ew = s.put(x0, fy, '检查医师：', b);
    handwritten(s, x0 + ew + 8, fy, doc.doctors.attending, pt * 1.3, rng);
    s.pair(x0 + w * 0.34, fy, '护士：', doc.doctors.checker, b, f);
    s.pair(right - 460, fy, '报告日期：', `${formatDate(doc.dates.sample, 'iso')} ${later(doc.times.sample, rng.int(25, 70))}`, b, f);
    s.put(x0, fy + lh * 1.6, '本报告仅供临床参考，图像资料保存于本院内镜工作站。', st(f.face, 9, { color: '#555' }));
  },
};
