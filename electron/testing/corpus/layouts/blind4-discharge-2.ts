import { makeDoc } from '../case';
import { formatDate, type DateStyle } from '../dates';
import type { Dx } from '../diseases';
import { CITY_MORE } from '../hospitals';
import { barcode, logo } from '../marks';
import type { Cell } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { CITY4, COUNTY4, fit, local, printDay, PRIVATE4, tumourAgrees, wrap } from './blind4-kit';

/** ICD-10 codes as a coder would put them beside the names this layout prints (first match). */
const CODES: readonly [RegExp, string][] = [
  [/肺占位/, 'R91.x00'], [/胸痛/, 'R07.400'], [/头晕/, 'R42.x00'], [/全血细胞减少/, 'D61.900'], [/肾功能不全/, 'N19.x00'],
  [/食管/, 'C15.900'], [/肺.*癌/, 'C34.900'], [/乳腺/, 'C50.900'], [/胃癌/, 'C16.900'], [/结肠/, 'C18.900'], [/直肠/, 'C20.x00'],
  [/肝细胞癌/, 'C22.000'], [/宫颈/, 'C53.900'], [/胰腺/, 'C25.900'], [/骨肉瘤/, 'C41.900'], [/骨髓瘤/, 'C90.000'], [/淋巴瘤/, 'C83.300'],
  [/高血压/, 'I10.x00'], [/1型糖尿病/, 'E10.900'], [/糖尿病|T2DM/, 'E11.900'], [/心肌梗死/, 'I25.200'], [/心绞痛/, 'I20.000'],
  [/冠/, 'I25.103'], [/缺血性心肌病/, 'I25.501'], [/脑出血/, 'I61.900'], [/蛛网膜/, 'I60.900'], [/脑|卒中/, 'I63.900'],
  [/肾|尿毒症/, 'N18.500'], [/血友病/, 'D66.x00'], [/白血病/, 'C95.900'], [/精神|双相|偏执|分裂/, 'F20.900'], [/移植/, 'Z94.000'],
  [/支架|PCI|瓣膜/, 'Z95.501'], [/癌|瘤/, 'C80.900'], [/高脂/, 'E78.500'], [/胃炎/, 'K29.500'], [/骨质疏松/, 'M81.900'],
  [/颈椎/, 'M47.802'], [/脂肪肝/, 'K76.000'], [/腰椎/, 'M51.202'], [/支气管炎/, 'J42.x00'], [/前列腺/, 'N40.x00'], [/甲状腺/, 'E04.101'],
  [/胆囊/, 'K80.200'], [/肺部感染/, 'J18.900'], [/低蛋白/, 'E77.801'], [/贫血/, 'D64.900'], [/尿酸/, 'E79.001'], [/白内障/, 'H26.900'],
  [/帕金森/, 'G20.x00'], [/狼疮/, 'M32.900'], [/乙型/, 'B18.100'], [/类风湿/, 'M06.900'], [/阻塞性肺/, 'J44.900'], [/肝硬化/, 'K74.600'],
  [/肺动脉/, 'I27.000'], [/强直/, 'M45.x00'], [/肌无力/, 'G70.000'],
];
const code = (d: Dx): string => (/[？?]|待查/u.test(d.text) ? '' : CODES.find(([re]) => re.test(d.text))?.[1] ?? 'R69.x00');
const outcomeOf = (d: Dx, pick: () => number): string => (/感染/u.test(d.text) ? '治愈' : ['好转', '好转', '好转', '未愈'][pick()] ?? '好转');

/**
 * City / private / county hospital 出院小结 from an EMR, all bordered: a patient grid with 证件号码 and either a 住院日期
 * range in one cell or 入院日期 / 出院日期 cells, then a 诊断信息 table listing 门(急)诊诊断, 入院诊断 and 主要诊断 / 其他诊断
 * with ICD codes, 入院病情 and 转归, then the narrative in label | text rows.
 */
export const blind4Discharge2: Layout = {
  id: 'blind4-discharge-2',
  kind: 'discharge',
  split: 'blind',
  style: 'City / private (民营) / county hospital EMR 出院小结 (Sichuan, Henan, Jiangxi, Hebei, '
    + 'Jiangsu, Hunan, Shandong): logo, barcode, bordered grids, sans 9–10.5 pt',
  exercises: ['姓名 in a shaded bordered grid; 证件号码 as 身份证 + number',
    '住院日期 as one range cell (2025-03-04 至 2025-03-15, 2025年03月04日—…, 2025.03.04～…) or two cells',
    'a 诊断信息 table: 诊断类别 | 诊断名称 | ICD-10 | 入院病情 | 转归, where 门(急)诊诊断 and 入院诊断 rows precede 主要诊断 / 其他诊断 (only these count)',
    'other names of the diseases (aliases) and chronic diseases outside the catalogue',
    'narrative as label | text rows with past history and denials',
    'an exam date during the stay', 'blank 患者签字 / 日期 line', '打印时间 (later) footer'],
  doc: (rng) => tumourAgrees(fit(local(makeDoc(rng, { kind: 'discharge', hospitals: [...CITY4, ...PRIVATE4, ...COUNTY4, ...CITY_MORE],
    aliases: true, outside: 0.2, yearEnd: 0.12, compoundSurnames: 0.12 }), rng)), rng),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 120;
    const right = s.width - x0;
    const w = right - x0;
    const tone = rng.pick(['#1b4f8f', '#0f6a5b', '#8a1c24', '#333333']);
    const p = doc.patient;

    logo(s, x0 + 44, 122, 42, tone, rng.pick(['cross', 'ring', 'shield'] as const));
    s.put(x0 + 106, 136, doc.hospital.name, st('sansBold', 18, { color: tone, spacing: 1 }));
    s.put(x0 + 106, 180, doc.hospital.address, st('sans', 8.5, { color: '#444' }));
    const bw = barcode(s, right - 290, 66, doc.recordNo, 58, 2.6);
    s.put(right - 290 + bw / 2, 156, doc.recordNo, st('sans', 8.5, { align: 'center' }));
    s.line(x0, 205, right, 205, 3, tone);
    const copy = rng.chance(0.5);
    s.put(s.width / 2, 275, '出院小结', st('sansBold', 19, { align: 'center', spacing: 6 }));
    if (copy) s.put(right, 275, rng.pick(['（患者联）', '（病历联）']), st('sans', 10, { align: 'right' }));

    // Everything random is drawn first; the size is chosen afterwards to fit.
    const twoCells = rng.chance(0.4);
    const rangeStyle = rng.int(0, 3);
    const ins = rng.pick(['城乡居民基本医疗保险', '职工基本医疗保险', '自费', '城乡居民基本医疗保险']);
    const withOutpatient = rng.chance(0.7);
    const states = doc.dx.western.map(() => rng.pick(['有', '有', '临床未确定', '情况不明']));
    const outcomes = doc.dx.western.map((d) => outcomeOf(d, () => rng.int(0, 3)));
    const exam = formatDate(doc.dates.surgery, rng.pick(['iso', 'cnShort'] as const));
    const bp = `${rng.int(118, 176)}/${rng.int(66, 100)}mmHg`;
    const labRow = doc.labs[0]?.rows[0];
    const ds: DateStyle = rng.pick(['iso', 'cn'] as const);
    const adm = doc.dates.admission;
    const dis = doc.dates.discharge;
    const range = [`${formatDate(adm, 'iso')} 至 ${formatDate(dis, 'iso')}`, `${formatDate(adm, 'cn')}—${formatDate(dis, 'cn')}`,
      `${formatDate(adm, 'dotPad')}～${formatDate(dis, 'dotPad')}`,
      `${formatDate(adm, 'isoTime', doc.times.admission)} 至 ${formatDate(dis, 'isoTime', doc.times.discharge)}`][rangeStyle] ?? '';
    const sections: [string, string][] = [
      ['入院情况', `患者因“${doc.complaint}”入院。既往史：${doc.history.past}；${doc.history.negated}。家族史：${doc.history.family}。`
        + `入院查体：BP ${bp}，神志清，心肺听诊未闻及明显异常，双下肢无水肿。`],
      ['诊疗经过', `入院后完善相关检查，${exam}行${doc.procedure}。予${doc.course}等治疗。`
        + `${labRow ? `复查${labRow.name}${labRow.value}${labRow.unit}。` : ''}患者病情好转，请示上级医师后准予出院。`],
      ['出院情况', '患者一般情况可，无明显不适，生命体征平稳，饮食睡眠可，二便正常。'],
      ['出院医嘱', `1.注意休息，低盐低脂饮食；2.出院带药：${doc.medicines.slice(0, 3).join('；')}；3.出院后2周门诊复诊，复查血常规、肝肾功能，不适随诊。`],
    ];

    const adRows = doc.dx.admission;
    const outRows = withOutpatient ? adRows.slice(0, Math.min(2, adRows.length)) : [];
    const fits = (pt: number, out: boolean): { pt: number; out: boolean; total: number } => {
      const f = st('sans', pt);
      const rowH = px(pt) * 2.1;
      const dxRows = 1 + (out ? outRows.length : 0) + adRows.length + doc.dx.western.length;
      const lh = px(pt) * 1.65;
      const secH = sections.reduce((n, [, t]) => n + wrap(s, t, w - 160 - 28, f, [exam]).length * lh + 26, 0);
      return { pt, out, total: 310 + rowH * 4 + 60 + dxRows * px(pt) * 1.95 + 40 + secH };
    };
    const trials = [fits(10.5, withOutpatient), fits(10, withOutpatient), fits(10.5, false), fits(10, false), fits(9.5, false), fits(9, false)];
    const choice = trials.find((t) => t.total <= 1990) ?? { pt: 9, out: false, total: 0 };
    const pt = choice.pt;
    const f = st('sans', pt);
    const b = st('sansMedium', pt);
    const rowH = px(pt) * 2.1;
    const opt = { label: b, shade: '#eef1f5', border: 1.3 };
    const L = (text: string, cw: number): Cell => ({ text, w: cw, label: true });
    const V = (text: string, cw: number): Cell => ({ text, w: cw });
    const [lw, v1, v2] = [160, 340, 270];
    const v3 = w - 3 * lw - v1 - v2;

    const stay: Cell[] = twoCells
      ? [L('入院日期', lw), V(formatDate(adm, ds), v1), L('出院日期', lw), V(formatDate(dis, ds), v2), L('住院天数', lw), V(`${doc.stayDays}天`, v3)]
      : [L('住院日期', lw), V(range, v1 + lw + v2), L('住院天数', lw), V(`${doc.stayDays}天`, v3)];
    let y = s.grid(x0, 310, rowH, [
      [L('姓名', lw), V(p.name, v1), L('性别', lw), V(p.sex, v2), L('年龄', lw), V(`${p.age}岁`, v3)],
      [L('科室', lw), V(doc.department, v1), L('床号', lw), V(`${doc.bed}床`, v2), L('住院号', lw), V(doc.recordNo, v3)],
      [L('证件号码', lw), V(`身份证 ${p.idNumber}`, v1 + lw + v2), L('医保类型', lw), V(ins, v3)],
      stay,
    ], f, opt);
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: adm, dischargeDate: dis });

    // The diagnosis table: only 主要诊断 / 其他诊断 are the discharge diagnoses.
    y += 60;
    s.put(x0, y - 16, '诊断信息', b);
    const [c0, c2, c3, c4] = [200, 170, 160, 120];
    const c1 = w - c0 - c2 - c3 - c4;
    const row = (cls: string, d: Dx, state: string, out: string): Cell[] => [
      { text: cls, w: c0, align: 'center' }, V(d.text, c1), { text: code(d), w: c2, align: 'center' },
      { text: state, w: c3, align: 'center' }, { text: out, w: c4, align: 'center' }];
    const rows: Cell[][] = [[L('诊断类别', c0), L('诊断名称', c1), L('ICD-10', c2), L('入院病情', c3), L('转归', c4)]];
    if (choice.out) outRows.forEach((d, i) => rows.push(row(i === 0 ? '门(急)诊诊断' : '', d, '', '')));
    adRows.forEach((d, i) => rows.push(row(i === 0 ? '入院诊断' : '', d, '', '')));
    doc.dx.western.forEach((d, i) => rows.push(row(i === 0 ? '主要诊断' : '其他诊断', d, states[i] ?? '有', outcomes[i] ?? '好转')));
    y = s.grid(x0, y, px(pt) * 1.95, rows, f, opt);
    s.diagnoses(doc.dx.western);

    // The narrative, label | text.
    y += 40;
    const lh = px(pt) * 1.65;
    for (const [label, text] of sections) {
      const lines = wrap(s, text, w - lw - 28, f, [exam]);
      const h = lines.length * lh + 26;
      s.g.fillStyle = '#eef1f5';
      s.g.fillRect(x0, y, lw, h);
      s.rect(x0, y, lw, h, 1.3);
      s.rect(x0 + lw, y, w - lw, h, 1.3);
      s.put(x0 + lw / 2, y + h / 2 + px(pt) * 0.36, label, { ...b, align: 'center' });
      lines.forEach((t, i) => s.put(x0 + lw + 14, y + 13 + lh * 0.72 + i * lh, t, f));
      y += h;
    }

    y += 100;
    const sig = [`住院医师：${doc.doctors.resident}`, `主治医师：${doc.doctors.attending}`, `科主任：${doc.doctors.director}`];
    sig.forEach((t, i) => s.put(x0 + i * (w / 3), y, t, f));
    const pw = s.put(x0, y + 60, '患者（家属）签字：', f);
    s.line(x0 + pw, y + 68, x0 + pw + 260, y + 68, 1.2);
    const dw = s.put(x0 + w / 2, y + 60, '日期：', f);
    s.line(x0 + w / 2 + dw, y + 68, x0 + w / 2 + dw + 260, y + 68, 1.2);
    const small = st('sans', 8.5, { color: '#444' });
    s.line(x0, 2205, right, 2205, 1);
    s.put(x0, 2240, `打印时间：${formatDate(printDay(doc, rng), 'isoSec', doc.times.print)}`, small);
    s.put(right, 2240, '第1页/共1页', { ...small, align: 'right' });
  },
};
