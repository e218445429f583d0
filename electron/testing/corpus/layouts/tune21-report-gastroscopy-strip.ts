import { makeDoc, type Doc } from '../case';
import { clock, formatDate } from '../dates';
import type { DiseaseKey, Dx } from '../diseases';
import { handwritten, logo } from '../marks';
import type { Rng } from '../rng';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { listed, type Mark } from './kit';
import { suited, wrap } from './tune6-kit';
import { thumbnail } from './tune7-kit';
import { countyWords } from './tune10-kit';
import { GENERAL21, local21 } from './tune21-kit';

const KEYS: readonly DiseaseKey[] = ['MALIGNANT_TUMOR_OUTPATIENT', 'MALIGNANT_TUMOR_OUTPATIENT', 'POST_ARTERIAL_STENT_ANTICOAGULATION',
  'CORONARY_HEART_DISEASE', 'DIABETES', 'DIABETES', 'URAEMIA_DIALYSIS', 'CEREBROVASCULAR_DISEASE', 'HYPERTENSION'];
const UPPER = ['胃癌术后', '胃窦腺癌术后化疗', '食管鳞状细胞癌', '贲门癌术后'];
const SITES = ['食管', '贲门', '胃底', '胃体', '胃角', '胃窦', '幽门', '十二指肠球部'];

type Scope = { readonly seen: string; readonly verdict: readonly string[]; readonly biopsy: string };

/** What the endoscopist sees and concludes (never the patient's catalogue diagnoses): gastritis, erosions, an ulcer, a remnant. */
function scope(doc: Doc, rng: Rng): Scope {
  const tumour = doc.dx.western.find((d) => d.key === 'MALIGNANT_TUMOR_OUTPATIENT')?.text ?? '';
  const operated = /术后/u.test(tumour);
  const erosion = rng.chance(0.6);
  const reflux = rng.chance(0.35);
  const ulcer = !operated && rng.chance(0.3);
  const seen = `食管：${reflux ? '下段见2条纵行黏膜破损，长径<5mm，未融合。' : '黏膜光滑，血管纹理清晰，齿状线距门齿约40cm。'}`
    + `${operated ? '胃：呈胃大部切除术后改变，吻合口通畅，黏膜轻度充血水肿，未见新生物；' : '贲门：开闭可。胃底：黏液湖清。胃体：黏膜光滑，皱襞规则。'}`
    + `胃角：形态正常。胃窦：${erosion ? '黏膜红白相间，以红为主，散在点片状糜烂。' : '黏膜红白相间，以白为主，可见血管透见。'}`
    + `${ulcer ? '十二指肠球部：前壁见一约0.6cm×0.5cm溃疡，覆白苔，周边黏膜充血。' : '十二指肠球部及降部：未见异常。'}`;
  const verdict = [operated ? '残胃炎（吻合口未见复发）' : erosion ? '慢性非萎缩性胃炎伴糜烂' : '慢性萎缩性胃炎（C-1）',
    ...(reflux ? ['反流性食管炎（LA-A级）'] : []), ...(ulcer ? ['十二指肠球部溃疡（A1期）'] : [])];
  return { seen, verdict, biopsy: operated ? '吻合口2块' : `胃窦${rng.int(1, 2)}块` };
}

/** The symptom the request names first (待查): printed, never counted. */
const symptom = (rng: Rng): Dx => ({ text: rng.pick(['上腹痛待查', '黑便待查', '腹胀待查', '纳差待查', '反酸烧心']), key: null });

/**
 * 电子胃镜检查报告单 of a Jiangsu, Henan or Hubei county hospital's (or a Shanghai district hospital's) 消化内镜中心: logo and
 * name, ruled header rows (姓名 and 身份证号 — truth —, 检查号, 临床诊断 with a 待查 symptom first — not counted — and the catalogue
 * diseases — counted), 检查日期 with the scope model, a strip of six stills across the page each captioned with its site, then
 * 镜下所见 site by site in one paragraph, 内镜诊断 numbered in bold (the endoscopist's findings, not the patient's diagnoses),
 * 活检 / 病理号 / 快速尿素酶试验, 建议, and the 检查医生's hand beside the 报告时间 (truth, the morning of the examination).
 */
export const tune21ReportGastroscopyStrip: Layout = {
  id: 'tune21-report-gastroscopy-strip',
  kind: 'report',
  split: 'tune',
  style: 'Jiangsu / Henan / Hubei county or Shanghai district hospital 消化内镜中心 电子胃镜检查报告单: logo letterhead, ruled header '
    + 'rows, a strip of six captioned stills across the page, site-by-site prose, bold 内镜诊断, serif or sans 10.5–11 pt',
  exercises: ['a strip of six endoscopy stills across the page with captions 1.食管 2.贲门 … (one text row)',
    '临床诊断: a 待查 symptom (not counted) before the chronic diseases (counted)', '姓名 and 身份证号 in ruled header rows (truth)',
    '内镜诊断 numbered in bold: 慢性非萎缩性胃炎伴糜烂 / 残胃炎 / 反流性食管炎 (not the patient\'s diagnoses)',
    '检查日期 and 报告时间 the same morning (truth = 报告时间)', '活检 部位, 病理号 B2025…, 快速尿素酶试验 (+/−)',
    'OLYMPUS / FUJIFILM scope model, 无痛 or 普通 胃镜'],
  doc: (rng) => {
    const doc = local21(countyWords(suited(makeDoc(rng, { kind: 'report', keys: KEYS, hospitals: GENERAL21, compoundSurnames: 0.05 })), rng,
      { outside: 0.1, near: 0.1 }), rng);
    const western = doc.dx.western.map((d) => (d.key === 'MALIGNANT_TUMOR_OUTPATIENT' ? { ...d, text: rng.pick(UPPER) } : d));
    return { ...doc, department: rng.pick(['消化内科', doc.department]), dx: { ...doc.dx, western },
      dates: { ...doc.dates, report: doc.dates.sample }, times: { ...doc.times, report: doc.times.sample + rng.int(15, 40) } };
  },
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 120;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.4);
    const pt = rng.pick([10.5, 11]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifBold' : 'sansMedium', pt);
    const lh = px(pt) * 1.8;
    const p = doc.patient;
    const [sex, age] = sexAge(doc);
    const tone = rng.pick(['#1a4f96', '#0f6f62', '#7a2a2a']);

    logo(s, x0 + 42, 120, 38, tone, rng.pick(['cross', 'ring'] as const));
    s.put(x0 + 100, 136, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 17, { color: tone }));
    s.put(x0 + 100, 182, rng.pick(['消化内镜中心', '内镜室', '消化内镜诊疗中心']), st(f.face, 10, { color: tone }));
    s.put(right, 150, rng.pick(['电子胃镜检查报告单', '胃镜检查报告']), st(serif ? 'serifBold' : 'sansBold', 16, { align: 'right', spacing: 2 }));
    s.line(x0, 212, right, 212, 2.4, tone);

    const stops = [0, 0.27, 0.53, 0.76].map((k) => x0 + k * w);
    let y = 212 + lh;
    const rule = (): void => {
      s.line(x0, y + lh * 0.32, right, y + lh * 0.32, 0.8, '#888');
      y += lh;
    };
    const row = (cells: readonly (readonly [string, string, number])[]): void => {
      cells.forEach(([l, v, at]) => s.pair(stops[at] ?? x0, y, l, v, b, f));
      rule();
    };
    const code = `GS${doc.recordNo.slice(2, 4)}${String(doc.times.sample * 7 % 10000).padStart(4, '0')}`;
    row([['姓名：', p.name, 0], ['性别：', sex, 1], ['年龄：', age, 2], ['检查号：', code, 3]]);
    row([['身份证号：', p.idNumber, 0], ['门诊号：', doc.recordNo, 2], ['申请科室：', doc.department, 3]]);
    const keyed = doc.dx.western.filter((d) => d.key !== null);
    const said = [symptom(rng), ...keyed].map((d) => d.text);
    const dl = s.put(x0, y, '临床诊断：', b);
    const lines = wrap(s, said.join('；'), w - dl, f, { keep: said });
    lines.forEach((t, i) => s.put(x0 + dl, y + i * lh, t, f));
    y += (lines.length - 1) * lh;
    rule();
    s.diagnoses(keyed);
    s.note({ name: p.name, idNumber: p.idNumber, reportDate: doc.dates.report });
    const sedated = rng.chance(0.5);
    row([['检查日期：', formatDate(doc.dates.sample, 'iso'), 0], ['内镜型号：', rng.pick(['OLYMPUS GIF-H290', 'OLYMPUS GIF-HQ290',
      'FUJIFILM EG-760R']), 1], ['麻醉方式：', sedated ? '无痛胃镜' : '普通胃镜', 3]]);

    // The strip of stills, each captioned with its site under it (the captions read as one row).
    const sites = rng.chance(0.5) ? SITES.filter((t) => t !== '幽门' && t !== '胃底') : SITES.filter((t) => t !== '贲门' && t !== '胃角');
    const gap = 14;
    const tw = (w - gap * 5) / 6;
    const th = tw * 0.82;
    y += lh * 0.2;
    sites.forEach((site, i) => {
      const tx = x0 + i * (tw + gap);
      thumbnail(s, tx, y, tw, th, rng);
      s.put(tx + tw / 2, y + th + px(9) * 1.5, `${i + 1}.${site}`, st(f.face, 9, { align: 'center' }));
    });
    y += th + px(9) * 1.5 + lh * 1.3;

    const sc = scope(doc, rng);
    s.put(x0, y, '镜下所见：', b);
    y += lh;
    y = wrap(s, sc.seen, w - px(pt) * 2, f, { keep: ['<5mm', '0.6cm×0.5cm'] }).reduce((cy, t, i) => {
      s.put(x0 + (i === 0 ? px(pt) * 2 : 0), cy, t, f);
      return cy + lh;
    }, y) + lh * 0.4;
    s.put(x0, y, '内镜诊断：', b);
    y += lh;
    const mk: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    listed(sc.verdict.map((t) => ({ text: t, key: null })), mk).forEach((t) => {
      s.put(x0 + px(pt) * 2, y, t, st(serif ? 'serifBold' : 'sansBold', pt + 0.5));
      y += lh;
    });
    y += lh * 0.3;
    const hp = rng.chance(0.4);
    s.put(x0, y, `活检部位：${sc.biopsy}    病理号：B${doc.dates.sample.slice(0, 4)}${String(rng.int(0, 9999)).padStart(4, '0')}`
      + `    快速尿素酶试验：${hp ? '阳性（+）' : '阴性（-）'}`, f);
    y += lh;
    s.put(x0, y, `建议：${hp ? '根除幽门螺杆菌治疗后复查；' : ''}${rng.pick(['待病理回报', '抑酸护胃治疗', '1年后复查胃镜'])}，门诊随诊。`, f);

    y = Math.max(y + lh * 2.2, 1980);
    const sw = s.put(x0, y, '检查医生：', b);
    handwritten(s, x0 + sw + 10, y, doc.doctors.attending, pt * 1.35, rng);
    s.pair(x0 + w * 0.32, y, '护士：', doc.doctors.resident, b, f);
    s.pair(x0 + w * 0.58, y, '报告时间：', `${formatDate(doc.dates.report, 'iso')} ${clock(doc.times.report)}`, b, f);
    s.line(x0, 2200, right, 2200, 1, '#888');
    s.put(x0, 2236, '本报告仅供临床参考，病理结果请于5个工作日后到内镜中心领取。', st(f.face, 8.5, { color: '#555' }));
  },
};
