import { makeDoc, type Doc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, seal } from '../marks';
import { personName } from '../people';
import type { Rng } from '../rng';
import type { Cell, Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { para } from './tune6-kit';
import { aBoy, ampCurves, helix, LAB10, local10, neighbours, sangerTrace, surnameOf } from './blind10-kit';

const KEYS: readonly DiseaseKey[] = ['LEUKEMIA', 'LEUKEMIA', 'LEUKEMIA', 'HEMOPHILIA', 'HEMOPHILIA', 'PHENYLKETONURIA'];

type Test = { title: string; method: string; dx: string; head: string[]; rows: string[][]; conclusion: string; advice: string;
  trace?: { ref: string; alt: string; het: boolean; name: string } };
type Variant = readonly [c: string, p: string, ref: string, alt: string];
const PAH: readonly Variant[] = [['c.728G>A', 'p.Arg243Gln', 'G', 'A'], ['c.331C>T', 'p.Arg111*', 'C', 'T'],
  ['c.721C>T', 'p.Arg241Cys', 'C', 'T'], ['c.611A>G', 'p.Tyr204Cys', 'A', 'G'], ['c.1068C>A', 'p.Tyr356*', 'C', 'A'],
  ['c.158G>A', 'p.Arg53His', 'G', 'A']];
const NEG = '阴性';

/** The test ordered for the patient's disease, its result table and the conclusion that settles the diagnosis. */
function testFor(doc: Doc, rng: Rng, parents: readonly string[]): Test {
  if (doc.primary === 'PHENYLKETONURIA') {
    const [a, b] = rng.sample(PAH, 2) as [Variant, Variant];
    return { title: 'PAH基因变异检测（家系验证）', method: 'Sanger测序（PAH基因13个外显子及侧翼序列）', dx: rng.pick(['苯丙酮尿症', '苯丙酮尿症（经典型）']),
      head: ['基因', '核苷酸变化', '氨基酸变化', '合子状态', '来源', '变异分类'],
      rows: [['PAH', a[0], a[1], '杂合', '父源', '致病'], ['PAH', b[0], b[1], '杂合', '母源', '致病']],
      conclusion: `检出PAH基因复合杂合致病变异（${a[0]} / ${b[0]}），分别来源于父亲${parents[0]}和母亲${parents[1]}，符合苯丙酮尿症的遗传学诊断。`,
      advice: '建议继续低苯丙氨酸饮食治疗，定期监测血苯丙氨酸浓度；母亲再次生育时可行产前诊断。', trace: { ref: a[2], alt: a[3], het: true, name: a[0] } };
  }
  if (doc.primary === 'HEMOPHILIA') {
    const a = rng.chance(0.7);
    const v: Variant = a ? rng.pick([['c.6046C>T', 'p.Arg2016Trp', 'C', 'T'], ['c.1834C>T', 'p.Arg612Cys', 'C', 'T']] as const)
      : rng.pick([['c.1025C>T', 'p.Thr342Met', 'C', 'T'], ['c.838C>T', 'p.Arg280*', 'C', 'T']] as const);
    const gene = a ? 'F8' : 'F9';
    return { title: a ? 'F8基因变异检测（内含子22/1倒位 + 外显子测序）' : 'F9基因全外显子测序', method: '长距离PCR + Sanger测序',
      dx: a ? rng.pick(['血友病A（中型）', '血友病A']) : rng.pick(['血友病B（中型）', '血友病B']),
      head: ['基因', '核苷酸变化', '氨基酸变化', '合子状态', '变异分类', ''],
      rows: [...(a ? [['F8', '内含子22倒位', '--', '未检出', '--', '']] : []), [gene, v[0], v[1], '半合子', '致病（P）', '']],
      conclusion: `检出${gene}基因${v[0]}（${v[1]}）半合子致病变异，符合血友病${a ? 'A' : 'B'}的分子诊断。`,
      advice: '建议其母亲及女性亲属行携带者检测，并进行遗传咨询。', trace: { ref: v[2], alt: v[3], het: false, name: v[0] } };
  }
  const kind = rng.pick(['CML', 'AML', 'ALL'] as const);
  if (kind === 'CML') {
    const is = rng.pick([rng.range(0.005, 0.1), rng.range(0.1, 2.5)]);
    return { title: 'BCR-ABL1（P210）融合基因定量检测', method: '实时荧光定量PCR法（RQ-PCR），国际标准化（IS）转换系数0.86',
      dx: rng.pick(['慢性髓系白血病（慢性期）', '慢性髓系白血病']), head: ['检测项目', '检测结果', '参考值', '', '', ''],
      rows: [['BCR-ABL1（P210）拷贝数', String(rng.int(8, 900)), '--'], ['ABL1拷贝数', String(rng.int(32000, 180000)), '≥10000'],
        ['BCR-ABL1/ABL1（IS）', `${is.toFixed(3)}%`, '--']],
      conclusion: `检出BCR-ABL1（P210）融合基因，BCR-ABL1/ABL1（IS）为${is.toFixed(3)}%，${is <= 0.1 ? '已达' : '未达'}主要分子学反应（MMR）。`,
      advice: '建议继续酪氨酸激酶抑制剂治疗，每3个月复查BCR-ABL1定量。' };
  }
  const genes = kind === 'AML' ? ['FLT3-ITD', 'NPM1（A型）', 'CEBPA（双等位）', 'c-KIT（D816V）', 'DNMT3A（R882）']
    : ['ETV6-RUNX1', 'BCR-ABL1（P190）', 'TCF3-PBX1', 'KMT2A-AFF1', '其余39种融合基因'];
  const hit = rng.sample(genes.slice(0, 4), kind === 'AML' ? 2 : 1);
  return { title: kind === 'AML' ? '急性髓系白血病相关基因突变检测' : '白血病融合基因筛查（43种）',
    method: kind === 'AML' ? 'PCR + 毛细管电泳 / 一代测序' : '多重巢式RT-PCR',
    dx: kind === 'AML' ? rng.pick(['急性髓系白血病（M5）', '急性髓系白血病（M2）']) : rng.pick(['急性淋巴细胞白血病（B细胞型）', '急性淋巴细胞白血病']),
    head: ['检测项目', '检测结果', '参考值', '', '', ''], rows: genes.map((g) => [g, hit.includes(g) ? '阳性' : NEG, NEG]),
    conclusion: `检出${hit.join('、')}${kind === 'AML' ? '突变' : '融合基因'}阳性，其余检测项目均为阴性。`,
    advice: '结果请结合骨髓形态学、免疫分型及染色体核型综合分析，治疗后建议定期监测微小残留病。' };
}

/**
 * 基因检测报告 of an independent medical laboratory (第三方医学检验所) in Hunan, Jiangxi, Yunnan, Hubei or Guizhou for a
 * county or city hospital: helix mark and licence line, the patient in a shaded grid (证件号码 — truth — 送检单位, another
 * hospital, 送检医生, 采样日期 and 收样日期 — not truth — 临床诊断 — counted), the result table (BCR-ABL1 quantification, AML
 * mutations, ALL fusion genes, F8 / F9 or PAH variants with the parents' names), a qPCR or Sanger figure, 检测结论 settling the
 * disease, 检测者 / 审核者 / 签发人 and 报告日期 (truth) days after the sample, the lab's seal.
 */
export const blind10Report2: Layout = {
  id: 'blind10-report-2',
  kind: 'report',
  split: 'blind',
  style: 'Independent medical laboratory 基因检测报告 for a county / city hospital: helix mark, licence line, shaded patient grid '
    + 'with 送检单位, bordered variant or gene table, qPCR curves or Sanger trace, boxed 检测结论, three signatures, sans 10–10.5 pt',
  exercises: ['送检单位 names another hospital than the lab', '采样日期 and 收样日期 days before 报告日期 (truth = 报告日期)',
    '证件号码 (truth); the parents named in the PAH family check', '临床诊断 (counted) settled by the test',
    'result tables: copies and IS ratio, 阳性 / 阴性, c.728G>A p.Arg243Gln 杂合 / 半合子', 'qPCR amplification curves or a Sanger trace'],
  doc: (rng) => aBoy(local10(makeDoc(rng, { kind: 'report', keys: KEYS, hospitals: LAB10 }), rng), rng),
  draw(s, doc, rng) {
    s.ink = '#161616';
    const x0 = 110;
    const right = s.width - x0;
    const w = right - x0;
    const pt = rng.pick([10, 10.5]);
    const f: Style = st('sans', pt);
    const b: Style = st('sansMedium', pt);
    const lh = px(pt) * 1.6;
    const color = rng.pick(['#0b6e99', '#8e2a5d', '#2f7d32', '#3949ab']);
    const p = doc.patient;
    const parents = [`${surnameOf(p.name)}${[...personName(rng, '男', 0)].slice(1).join('')}`, personName(rng, '女', 0)];
    const test = testFor(doc, rng, parents);
    const sender = rng.pick(neighbours(doc.hospital));
    const received = addDays(doc.dates.sample, rng.int(0, 2));
    const reported = addDays(received, rng.int(3, 12));

    helix(s, x0 + 40, 130, 100, color);
    s.put(x0 + 100, 125, doc.hospital.name, st('sansBold', 18, { color, spacing: 2 }));
    s.put(x0 + 100, 172, `医疗机构执业许可证登记号：PDY${rng.int(10000000, 99999999)}43010${rng.int(11, 99)}D1${rng.int(100, 999)}`,
      st('sans', 8.5, { color: '#555' }));
    const number = `GR${formatDate(reported, 'iso').replace(/-/gu, '').slice(2)}${rng.int(1000, 9999)}`;
    s.put(right, 125, `报告编号：${number}`, st('sans', 9.5, { align: 'right' }));
    s.line(x0, 200, right, 200, 3, color);
    s.put(s.width / 2, 275, '基 因 检 测 报 告', st('sansBold', 17, { align: 'center', spacing: 6 }));
    s.put(s.width / 2, 330, test.title, st('sansMedium', 12, { align: 'center' }));

    const L = (text: string, cw: number): Cell => ({ text, w: cw, label: true });
    const V = (text: string, cw: number): Cell => ({ text, w: cw });
    const age = p.age < 1 ? '' : `${p.age}岁`;
    let y = s.grid(x0, 370, px(pt) * 2.05, [
      [L('姓名', 150), V(p.name, 260), L('性别', 130), V(p.sex, 150), L('年龄', 130), V(age, 150), L('样本编号', 150),
        V(`${rng.int(24, 25)}G${rng.int(10000, 99999)}`, 314)],
      [L('证件号码', 150), V(p.idNumber, 420), L('住院/门诊号', 180), V(doc.recordNo, 250), L('样本类型', 150), V(doc.primary === 'LEUKEMIA'
        ? rng.pick(['骨髓', '外周血']) : '外周血（EDTA抗凝）', 284)],
      [L('送检单位', 150), V(sender.name, 420), L('送检科室', 180), V(doc.department, 250), L('送检医生', 150), V(doc.doctors.attending, 284)],
      [L('采样日期', 150), V(formatDate(doc.dates.sample, 'iso'), 220), L('收样日期', 130), V(formatDate(received, 'iso'), 220),
        L('临床诊断', 150), V(test.dx, 564)],
    ], f, { shade: '#eef1f4', label: b, border: 1.2 }) + lh * 1.2;
    s.note({ name: p.name, idNumber: p.idNumber, reportDate: reported });
    s.diagnoses([{ text: test.dx, key: doc.primary }]);

    s.put(x0, y, '【检测结果】', st('sansBold', pt + 0.5, { color }));
    y += lh * 0.5;
    const widths = test.head[3] === '' ? [560, 434, 440] : [150, 250, 260, 230, 230, 314];
    const rows: Cell[][] = [test.head.slice(0, widths.length).map((t, i) => ({ text: t, w: widths[i] ?? 0, label: true })),
      ...test.rows.map((r) => r.slice(0, widths.length).map((t, i) => ({ text: t, w: widths[i] ?? 0, align: 'center' as const })))];
    y = s.grid(x0, y, px(pt) * 1.95, rows, f, { shade: '#f4f4f4', label: b, border: 1 }) + lh;
    if (doc.primary === 'PHENYLKETONURIA') {
      s.put(x0, y, `家系验证：父亲 ${parents[0]}：${test.rows[0]?.[1] ?? ''} 杂合；母亲 ${parents[1]}：${test.rows[1]?.[1] ?? ''} 杂合。`, f);
      y += lh;
    }
    if (test.trace) {
      const bases = Array.from({ length: 21 }, () => rng.pick(['A', 'C', 'G', 'T'])).join('');
      const seq = `${bases.slice(0, 10)}${test.trace.ref}${bases.slice(11)}`;
      y = sangerTrace(s, x0 + 40, y, w - 80, 230, seq, 10, test.trace.alt, test.trace.het, rng) + lh;
      s.put(x0 + w / 2, y - lh * 0.3, `图：${test.trace.name} 位点测序峰图（反向互补已校正）`, st('sans', 9, { align: 'center', color: '#444' }));
    } else {
      ampCurves(s, x0 + 40, y, w - 80, 260, [rng.range(18, 22), rng.range(24, 30), rng.range(30, 35)], rng);
      y += 260 + lh;
      s.put(x0 + w / 2, y - lh * 0.3, '图：扩增曲线（蓝：内参基因  绿 / 紫：目的基因）', st('sans', 9, { align: 'center', color: '#444' }));
    }
    y += lh * 0.9;
    s.put(x0, y, '【检测结论】', st('sansBold', pt + 0.5, { color }));
    y = para(s, x0 + 30, y + lh, w - 60, test.conclusion, st('sansBold', pt), lh);
    s.put(x0, y + lh * 0.3, '【结果解释与建议】', st('sansBold', pt + 0.5, { color }));
    y = para(s, x0 + 30, y + lh * 1.3, w - 60, test.advice, f, lh);
    y = para(s, x0, y + lh * 0.4, w, `检测方法：${test.method}。本检测仅对本次送检样本负责，结果须由临床医生结合临床资料综合判断。`,
      st('sans', 9, { color: '#444' }), px(9) * 1.6);

    const fy = Math.max(y + lh * 1.5, 2000);
    ['检测者：', '审核者：', '签发人：'].forEach((t, i) => {
      const lw = s.put(x0 + (i * w) / 4, fy, t, b);
      const who = [doc.doctors.resident, doc.doctors.checker, doc.doctors.director][i] ?? '';
      handwritten(s, x0 + (i * w) / 4 + lw + 6, fy, who, pt * 1.25, rng);
    });
    const day = formatDate(reported, rng.pick(['iso', 'cn'] as const));
    s.pair(right - s.measure('报告日期：', b) - s.measure(day, f), fy, '报告日期：', day, b, f);
    seal(s, right - 210 + rng.range(-30, 30), fy - 40 + rng.range(-20, 20), 100, doc.hospital.name, '检验专用章', rng);
    s.put(s.width / 2, 2210, `${doc.hospital.address}  客服电话：${doc.hospital.phone}  第1页 共1页`,
      st('sans', 8.5, { align: 'center', color: '#555' }));
  },
};
