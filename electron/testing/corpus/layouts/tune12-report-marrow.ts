import type { Doc } from '../case';
import { makeDoc } from '../case';
import { formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { CITY, CITY_MORE } from '../hospitals';
import { handwritten } from '../marks';
import type { Rng } from '../rng';
import type { Cell } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { para, suited } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { COUNTY12, marrowField } from './tune12-kit';

const KEYS: readonly DiseaseKey[] = ['LEUKEMIA', 'LEUKEMIA', 'LEUKEMIA', 'MALIGNANT_TUMOR_OUTPATIENT'];
const HOSPITALS = [...CITY, ...CITY_MORE].filter((x) => /^聊城市(人民|第二|第三|东昌府)/u.test(x.name));
const MAIN = COUNTY12.filter((x) => /^(临清市|高唐县|莘县|阳谷县|冠县)人民医院$/u.test(x.name));
/** Cells counted on the smear: name, normal marrow share (%), reference range, counted on the blood film too. */
const CELLS: readonly (readonly [string, number, string, boolean])[] = [['原始粒细胞', 0.9, '0-1.8', true], ['早幼粒细胞', 1.6, '0.4-3.9', false],
  ['中幼粒细胞', 7.4, '2.2-12.2', false], ['晚幼粒细胞', 8.6, '3.5-13.2', false], ['杆状核粒细胞', 23, '16.4-32.1', true],
  ['分叶核粒细胞', 12, '4.2-21.2', true], ['嗜酸性粒细胞', 2.5, '0.5-5.0', true], ['嗜碱性粒细胞', 0.2, '0-0.4', false],
  ['原始红细胞', 0.6, '0-1.9', false], ['早幼红细胞', 1.3, '0.2-2.6', false], ['中幼红细胞', 7.9, '2.6-10.7', false],
  ['晚幼红细胞', 10.5, '5.2-17.5', false], ['原始淋巴细胞', 0.1, '0-0.4', true], ['成熟淋巴细胞', 19.6, '10.7-43.1', true],
  ['单核细胞', 2.1, '0-6.2', true], ['浆细胞', 0.7, '0-2.1', false]];

type Kind = 'AML' | 'ALL' | 'CML' | 'CLL' | 'MM' | 'NHL';
const kindOf = (t: string): Kind => (/骨髓瘤/u.test(t) ? 'MM' : /淋巴瘤/u.test(t) ? 'NHL' : /慢性淋巴/u.test(t) ? 'CLL'
  : /慢性/u.test(t) ? 'CML' : /淋巴/u.test(t) ? 'ALL' : 'AML');
/** The cell that dominates the marrow, and by how much. */
const LEAD: Record<Kind, readonly [number, number, number]> = { AML: [0, 32, 82], ALL: [12, 40, 88], CML: [3, 22, 30], CLL: [13, 52, 80],
  MM: [15, 16, 48], NHL: [13, 28, 45] };
const SAY: Record<Kind, string> = { AML: '原始粒细胞明显增多，胞体大小不一，核染色质细致，可见Auer小体', ALL: '原始及幼稚淋巴细胞明显增多，胞浆量少，核仁1-2个',
  CML: '粒系极度增生，以中、晚幼粒细胞为主，嗜酸、嗜碱性粒细胞易见', CLL: '成熟淋巴细胞明显增多，可见涂抹细胞',
  MM: '浆细胞比例增高，可见双核及多核浆细胞', NHL: '淋巴细胞比例增高，可见少量异常淋巴细胞，胞核扭曲' };
const ENDS: Record<Kind, string> = { AML: '符合急性髓系白血病骨髓象，请结合免疫分型及融合基因检查', ALL: '符合急性淋巴细胞白血病骨髓象，请结合免疫分型',
  CML: '符合慢性髓系白血病（慢性期）骨髓象，请结合BCR-ABL1检查', CLL: '符合慢性淋巴细胞白血病骨髓象',
  MM: '符合多发性骨髓瘤骨髓象，请结合免疫固定电泳', NHL: '淋巴瘤骨髓浸润不除外，请结合骨髓活检及流式检查' };

/** The marrow of a blood cancer (a lymphoma or a myeloma when the generator drew a tumour), seen by the 血液科. */
function haem(doc: Doc, rng: Rng): Doc {
  const western = doc.dx.western.filter((d) => d.key || /感染|贫血|低蛋白/u.test(d.text))
    .map((d) => (d.key === 'MALIGNANT_TUMOR_OUTPATIENT' ? { ...d, text: rng.pick(['多发性骨髓瘤', '多发性骨髓瘤（IgG型）', '弥漫大B细胞淋巴瘤']) } : d));
  return { ...doc, department: '血液科', dx: { ...doc.dx, western } };
}

/**
 * 骨髓细胞形态学检查报告单 of a Liaocheng city or county hospital's 骨髓室: a bordered header (身份证号 — truth —, 取材日期 not
 * truth, 临床诊断 counted), the differential count in two side-by-side tables (血片 % | 髓片 % | 参考范围), three stained fields
 * under the microscope, 骨髓象 / 血象 / 细胞化学染色 prose, the 诊断意见 (the same disease, or 完全缓解 on a follow-up), and
 * the 报告日期 (truth) beside the examining and checking doctors' hands.
 */
export const tune12ReportMarrow: Layout = {
  id: 'tune12-report-marrow',
  kind: 'report',
  split: 'tune',
  style: 'Liaocheng city / county 骨髓室 骨髓细胞形态学检查报告单: bordered header, twin differential-count tables, three stained '
    + 'micrograph circles, 【骨髓象】【血象】【细胞化学染色】 prose, 诊断意见, sans or serif 10–11 pt',
  exercises: ['骨髓号 and 住院号 (numbers, not dates); 取材日期 (not truth), 报告日期 beside the signatures (truth)',
    '临床诊断 in the header (counted); 诊断意见 naming the same disease or 完全缓解 on a follow-up (the clinical diagnosis still counts)',
    'a 16-row differential count split into two tables with percentages that are not dates', '检验医师 and 审核医师 handwritten'],
  doc: (rng) => haem(countyWords(suited(makeDoc(rng, { kind: 'report', keys: KEYS, compoundSurnames: 0.08,
    hospitals: [...HOSPITALS, ...HOSPITALS, ...MAIN] })), rng, { outside: 0, near: 0 }), rng),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 110;
    const w = s.width - 2 * x0;
    const serif = rng.chance(0.4);
    const pt = rng.pick([10, 10.5, 11]);
    const f = st(serif ? 'serif' : 'sans', pt);
    const b = st(serif ? 'serifBold' : 'sansMedium', pt);
    const lh = px(pt) * 1.65;
    const p = doc.patient;
    const main = doc.dx.western.find((d) => d.key)?.text ?? '';
    const kind = kindOf(main);
    const remission = (kind === 'AML' || kind === 'ALL') && rng.chance(0.35);

    s.put(s.width / 2, 130, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 18, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 200, '骨髓细胞形态学检查报告单', st(serif ? 'serifBold' : 'sansBold', 15, { align: 'center', spacing: 2 }));
    s.put(x0 + w, 255, `骨髓号：GS${doc.dates.sample.slice(2, 4)}-${rng.int(100, 1999)}`, { ...f, align: 'right' });
    const ds: DateStyle = rng.pick(['iso', 'cn', 'dotPad'] as const);
    const L = (text: string, cw: number): Cell => ({ text, w: cw, label: true });
    const V = (text: string, cw: number): Cell => ({ text, w: cw });
    const rowH = px(pt) * 2.1;
    let y = s.grid(x0, 285, rowH, [
      [L('姓名', 130), V(p.name, 220), L('性别', 110), V(p.sex, 100), L('年龄', 110), V(`${p.age}岁`, 130), L('科别', 110), V(doc.department, 524)],
      [L('住院号', 130), V(doc.recordNo, 340), L('床号', 110), V(doc.bed, 130), L('身份证号', 160), V(p.idNumber, 564)],
      [L('取材部位', 130), V(rng.pick(['髂后上棘', '髂前上棘']), 340), L('取材日期', 240), V(formatDate(doc.dates.sample, ds), 724)],
      [L('临床诊断', 130), V(doc.dx.western.map((d) => d.text).join('；'), 1304)],
    ], f, { shade: '#eeeeee', label: b, border: 1.3 }) + lh;
    s.diagnoses(doc.dx.western);
    s.note({ name: p.name, idNumber: p.idNumber, reportDate: doc.dates.report });

    // The differential count: one cell lineage dominates unless the leukaemia is in remission.
    const [lead, lo, hi] = LEAD[kind];
    const top = remission ? rng.range(1, 4) : rng.range(lo, hi);
    const rest = CELLS.reduce((n, c, i) => n + (i === lead ? 0 : c[1]), 0);
    const marrow = CELLS.map((c, i) => (i === lead ? top : (c[1] * (100 - top)) / rest * rng.range(0.8, 1.2)));
    const film = CELLS.map((c, i) => (!c[3] ? 0 : i !== lead ? c[1] * rng.range(0.6, 1.6)
      : remission || kind === 'MM' ? 0 : top * rng.range(0.3, 0.8)));
    const sum = film.reduce((a, c) => a + c, 0);
    const blood = film.map((v) => (v === 0 ? '' : ((v * 100) / sum).toFixed(1)));
    const cols = [250, 130, 130, 167];
    const tw = cols.reduce((a, c) => a + c, 0);
    const half = (from: number, x: number): number => s.grid(x, y, px(pt) * 1.75, [
      ['细胞名称', '血片%', '髓片%', '参考范围'].map((t, i) => L(t, cols[i] ?? 0)),
      ...CELLS.slice(from, from + 8).map((c, k) => [V(c[0], cols[0] ?? 0),
        ...[blood[from + k] ?? '', (marrow[from + k] ?? 0).toFixed(1), c[2]]
        .map((t, i) => ({ text: t, w: cols[i + 1] ?? 0, align: 'center' as const }))]),
    ], f, { shade: '#f3f3f3', label: b, border: 1 });
    half(0, x0);
    y = half(8, x0 + w - tw) + lh * 1.1;
    const gran = marrow.slice(0, 8).reduce((a, c) => a + c, 0);
    const ery = marrow.slice(8, 12).reduce((a, c) => a + c, 0);
    s.put(x0, y, `粒系：红系 = ${(gran / ery).toFixed(2)} : 1\u3000\u3000共计数有核细胞200个`, f);
    y += lh * 0.8;
    [0, 1, 2].forEach((i) => marrowField(s, x0 + w * (0.2 + i * 0.3), y + 125, 110, !remission && kind !== 'CLL', rng));
    y += 250 + lh * 0.6;
    [0, 1, 2].forEach((i) => s.put(x0 + w * (0.2 + i * 0.3), y, `图${i + 1}  ${i === 2 ? '血片' : '骨髓片'}（×1000）`, { ...f, align: 'center' }));
    y += lh * 1.3;

    const run = (head: string, text: string): void => {
      s.put(x0, y, head, b);
      y = para(s, x0, y + lh, w, text, f, lh, { indent: px(pt) * 2 }) + lh * 0.2;
    };
    const grade = remission ? '增生活跃' : rng.pick(['增生明显活跃', '增生极度活跃']);
    run('【骨髓象】', `取材、涂片、染色良好。骨髓${grade}，${remission ? '各系比例及形态大致正常，原始细胞占' + top.toFixed(1) + '%' : SAY[kind]}。`
      + `红系增生${remission ? '尚可' : '受抑'}，成熟红细胞大小不等。全片见巨核细胞${rng.int(remission ? 20 : 2, remission ? 60 : 12)}个，`
      + `血小板${remission ? '易见' : '少见'}。`);
    run('【血象】', `白细胞${remission ? '数正常' : '数增高'}，分类${remission ? '未见原始细胞' : '可见原始及幼稚细胞'}，成熟红细胞形态大致正常。`);
    run('【细胞化学染色】', `${remission ? 'POX染色：原始细胞少见，阳性细胞未见增多'
      : kind === 'AML' ? `POX染色：阳性率${rng.int(40, 92)}%；NSE：部分阳性，可被NaF抑制`
        : kind === 'CML' ? `NAP：阳性率${rng.int(2, 12)}%，积分${rng.int(5, 20)}分（明显减低）`
          : `POX染色：阴性；PAS：${rng.pick(['粗颗粒状阳性', '弱阳性'])}`}。`);
    const end = remission ? `骨髓象达完全缓解（CR），请结合MRD检测` : ENDS[kind];
    run('【诊断意见】', `${end}。`);

    y += lh * 0.8;
    const date = formatDate(doc.dates.report, rng.pick(['iso', 'cn', 'cnShort'] as const));
    const lw = s.put(x0, y, '检验医师：', f);
    handwritten(s, x0 + lw + 8, y, doc.doctors.resident, pt * 1.25, rng);
    const cw = s.put(x0 + w * 0.36, y, '审核医师：', f);
    handwritten(s, x0 + w * 0.36 + cw + 8, y, doc.doctors.checker, pt * 1.25, rng);
    s.put(x0 + w, y, `报告日期：${date}`, { ...f, align: 'right' });
  },
};
