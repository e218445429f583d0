import { makeDoc, type Doc } from '../case';
import { addDays, clock, formatDate } from '../dates';
import type { Rng } from '../rng';
import { barcode, nameStamp, signature } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { para } from './tune6-kit';
import { GENERAL16, local16, micrograph, SPECIMENS, type Specimen } from './tune16-kit';

/** The document about one of the resected tumours: its clinical diagnosis is the tumour the request names. */
function resected(doc: Doc, rng: Rng): Doc & { specimen: Specimen } {
  const pool = SPECIMENS.filter((x) => doc.patient.sex === '女' || !/乳|宫颈/u.test(x.dx));
  const specimen = rng.pick(pool);
  const rest = doc.dx.western.filter((d) => d.key !== 'MALIGNANT_TUMOR_OUTPATIENT').slice(0, 1);
  return { ...doc, specimen, dx: { ...doc.dx, western: [{ text: specimen.dx, key: 'MALIGNANT_TUMOR_OUTPATIENT' }, ...rest] } };
}

/**
 * 病理诊断报告书 of a Hunan, Hubei, Jiangxi or Anhui county hospital's 病理科: a serif page with a barcode and 病理号, the
 * request's block in a bordered grid (姓名 — truth —, 身份证号 — truth —, 送检科室, 送检医生, 临床诊断 — truth: the tumour the
 * clinic sent it as, with one other disease —, 送检日期 and 接收日期 — not truth), then 大体所见, 镜下所见 beside an
 * H&E micrograph, 免疫组化, 病理诊断 in bold (the pathologist's words, not the page's diagnoses) and 报告日期 (truth) by the
 * signatures of the 初诊 and 复核 pathologists.
 */
export const tune16ReportPathologyRequest: Layout = {
  id: 'tune16-report-pathology-request',
  kind: 'report',
  split: 'tune',
  style: 'Hunan / Hubei / Jiangxi / Anhui county hospital 病理科 病理诊断报告书: barcode and 病理号, request grid with 临床诊断, '
    + '大体所见 / 镜下所见 with a micrograph / 免疫组化 / bold 病理诊断, two pathologists, serif 10.5–11.5 pt',
  exercises: ['临床诊断 of the request in the grid (truth) vs the 病理诊断 in bold (not the truth list)',
    '送检日期 and 接收日期 days before the 报告日期 (truth)', '身份证号 in the request grid (truth)',
    'measurements 4.0cm×3.5cm×1.2cm, lymph-node counts 2/14 and IHC percentages (not dates)'],
  doc: (rng) => {
    const doc = local16(makeDoc(rng, { kind: 'report', keys: ['MALIGNANT_TUMOR_OUTPATIENT'], hospitals: GENERAL16 }), rng);
    const r = resected(doc, rng);
    return { ...r, dates: { ...r.dates, report: addDays(r.dates.sample, rng.int(3, 7)) } };
  },
  draw(s, doc, rng) {
    const x0 = 130;
    const right = s.width - 130;
    const w = right - x0;
    const pt = rng.pick([10.5, 11, 11.5]);
    const f: Style = st('serif', pt);
    const b: Style = st('serifBold', pt);
    const lh = px(pt) * 1.75;
    const p = doc.patient;
    const sp = (doc as Doc & { specimen?: Specimen }).specimen ?? SPECIMENS[0]!;
    const no = `${rng.pick(['B', 'P'])}${doc.dates.sample.slice(2, 4)}-${String(rng.int(100, 9999)).padStart(5, '0')}`;

    s.put(s.width / 2, 150, doc.hospital.name, st('serifBold', 20, { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 230, '病 理 诊 断 报 告 书', st('serifBold', 16, { align: 'center', spacing: 4 }));
    barcode(s, x0, 95, no.replace(/\D/g, ''), 55, 2.5);
    s.put(right, 290, `病理号：${no}`, st('serifBold', 12, { align: 'right' }));

    const cw = w / 4;
    const cell = (t: string, label = false, span = 1) => ({ text: t, w: cw * span, label, align: 'left' as const });
    const grid = [
      [cell('姓名', true), cell(p.name), cell('性别 / 年龄', true), cell(`${p.sex} / ${p.age}岁`)],
      [cell('身份证号', true), cell(p.idNumber), cell('住院号', true), cell(doc.recordNo)],
      [cell('送检科室', true), cell(rng.pick(['普外科', '胸外科', '妇科', '肿瘤外科'])), cell('送检医生', true), cell(doc.doctors.attending)],
      [cell('送检日期', true), cell(formatDate(doc.dates.sample, 'iso')), cell('接收日期', true),
        cell(formatDate(addDays(doc.dates.sample, rng.int(0, 1)), 'isoTime', doc.times.received))],
      [cell('送检标本', true), cell(sp.specimen, false, 3)],
      [cell('临床诊断', true), cell(doc.dx.western.map((d) => d.text).join('；'), false, 3)],
    ];
    let y = s.grid(x0, 320, lh * 1.3, grid, f, { label: st('serifSemi', pt), border: 1.5 });
    s.diagnoses(doc.dx.western);
    s.note({ name: p.name, idNumber: p.idNumber, reportDate: doc.dates.report });

    y += lh * 1.3;
    s.put(x0, y, '大体所见：', b);
    y = para(s, x0, y + lh, w, sp.gross, f, lh, { indent: px(pt) * 2 }) + lh * 0.4;
    s.put(x0, y, '镜下所见：', b);
    const img = 330;
    micrograph(s, right - img, y - px(pt), img, rng);
    const textEnd = para(s, x0, y + lh, w - img - 40, sp.micro, f, lh, { indent: px(pt) * 2 });
    y = Math.max(textEnd, y + img) + lh * 0.4;
    s.put(x0, y, '免疫组化：', b);
    y = para(s, x0, y + lh, w, sp.ihc, f, lh, { indent: px(pt) * 2 }) + lh * 0.6;
    s.put(x0, y, '病理诊断：', st('serifBold', pt + 1.5));
    y = para(s, x0, y + lh * 1.2, w, sp.path, st('serifBold', pt + 1.5), lh * 1.15, { indent: px(pt) * 2 }) + lh;

    s.line(x0, y, right, y, 1.5);
    y += lh * 1.3;
    s.put(x0, y, '初诊医师：', f);
    signature(s, x0 + s.measure('初诊医师：', f) + 10, y, 140, rng);
    s.put(x0 + w * 0.35, y, '复核医师：', f);
    nameStamp(s, x0 + w * 0.35 + s.measure('复核医师：', f) + 90, y - 12, doc.doctors.checker, rng);
    s.put(right, y, `报告日期：${formatDate(doc.dates.report, rng.pick(['cn', 'iso'] as const))} ${clock(doc.times.report)}`,
      { ...f, align: 'right' });
    s.put(x0, 2230, '注：本报告仅对送检标本负责；如有疑问请于7日内与病理科联系。切片可借阅会诊。', st('serif', 9, { color: '#555' }));
  },
};
