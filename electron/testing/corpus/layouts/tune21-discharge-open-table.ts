import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, seal } from '../marks';
import type { Sheet, Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, pastHistory, type Mark } from './kit';
import { maskedMobile } from './tune5-kit';
import { suited, wrap } from './tune6-kit';
import { countyWords, kin } from './tune10-kit';
import { mdCn } from './tune11-kit';
import { townWard } from './tune12-kit';
import { local21, relative21, TOWN21, villageOf } from './tune21-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE', 'POST_ARTERIAL_STENT_ANTICOAGULATION'];

/** A cell of the typed table: `span` columns wide; a label is centred; `lines` are typed one under another (each may wrap). */
type Cell = { readonly text?: string; readonly lines?: readonly string[]; readonly span?: number; readonly label?: boolean };
type Open = 'left' | 'right' | 'bottom';

/**
 * The table as a word processor prints it: cells top-aligned, each row as tall as its longest cell, every rule drawn but the
 * outer one on the `open` side (the border the typist lost when pasting). Returns the bottom edge.
 */
function typedTable(s: Sheet, x: number, y: number, cols: readonly number[], rows: readonly (readonly Cell[])[], f: Style, lab: Style,
  lh: number, open: Open, keep: readonly string[]): number {
  const stops = cols.reduce<number[]>((a, w) => [...a, (a[a.length - 1] ?? 0) + w], [0]);
  const right = x + (stops[stops.length - 1] ?? 0);
  const pad = lh * 0.3;
  let top = y;
  rows.forEach((row, r) => {
    let c = 0;
    const cells = row.map((cell) => {
      const [l, rr] = [x + (stops[c] ?? 0), x + (stops[c + (cell.span ?? 1)] ?? 0)];
      c += cell.span ?? 1;
      const style = cell.label ? lab : f;
      const lines = (cell.lines ?? [cell.text ?? '']).flatMap((t) => wrap(s, t, rr - l - 24, style, { keep }));
      return { l, rr, style, lines, label: cell.label ?? false };
    });
    const h = Math.max(...cells.map((k) => k.lines.length)) * lh + pad * 2;
    for (const k of cells) {
      k.lines.forEach((t, i) => {
        const base = top + pad + lh * (i + 0.68);
        if (k.label) s.put((k.l + k.rr) / 2, base, t, { ...k.style, align: 'center' });
        else s.put(k.l + 12, base, t, k.style);
      });
      if (k.l > x) s.line(k.l, top, k.l, top + h, 1.3);
    }
    s.line(x, top, right, top, r === 0 ? 1.8 : 1.3);
    top += h;
  });
  if (open !== 'bottom') s.line(x, top, right, top, 1.8);
  if (open !== 'left') s.line(x, y, x, top, 1.8);
  if (open !== 'right') s.line(right, y, right, top, 1.8);
  return top;
}

/**
 * 出院记录 of a Jiangsu, Henan or Hubei township 卫生院 or a Shanghai 镇 社区卫生服务中心's ward, typed in a word processor from the
 * centre's template: the whole record is one table — 姓名 (truth), 身份证号 (truth), 住址 with the village and its 组, 入院日期 and
 * 出院日期 in cells of their own (truth) beside 住院天数, a 联系人 row naming a child or the spouse (another person), then one row
 * per section, the label cell at the left: 入院情况 with the history (a past illness and denials, a relative's disease — not
 * counted), 入院诊断 (not counted), 诊疗经过 with a recheck day inside the stay, 出院诊断 one per line (counted), 出院医嘱 with a
 * 复诊 day (not truth). The table's outer border is missing on one side. Under it the ward doctor signs by hand beside the date.
 */
export const tune21DischargeOpenTable: Layout = {
  id: 'tune21-discharge-open-table',
  kind: 'discharge',
  split: 'tune',
  style: 'Jiangsu / Henan / Hubei township 卫生院 or Shanghai 社区卫生服务中心 出院记录 typed in a word processor: the whole record one '
    + 'table (宋体 or 黑体 11–12 pt, top-aligned cells, a row per section) whose outer left, right or bottom border is missing',
  exercises: ['a typed table with one outer border missing (left, right or bottom)', '姓名 and 身份证号 in cells (truth)',
    '入院日期 / 出院日期 in cells of their own, sometimes with the hour (truth), 住院天数 beside them',
    'IDs with Jiangsu / Henan / Hubei / Shanghai address codes', '住址 with 村 and 组, a 联系人 (子 / 女 / 配偶) with a masked phone',
    '入院情况 with a past illness, denials and a relative\'s disease (not counted)', '入院诊断 row (not counted)',
    '诊疗经过 with a recheck day 1月8日 inside the stay', '出院诊断 one per line in its cell (counted)', '复诊 date in 出院医嘱 (not truth)',
    'handwritten 经治医师 beside the typed date of the record'],
  doc: (rng) => local21(townWard(countyWords(suited(makeDoc(rng, { kind: 'discharge', keys: KEYS, hospitals: TOWN21, yearEnd: 0.1,
    compoundSurnames: 0.05 })), rng, { outside: 0.25, near: 0.15, avoid: /心功能Ⅲ级|急性冠脉/u }), rng), rng),
  draw(s, doc, rng) {
    s.ink = '#161616';
    const x0 = rng.int(120, 150);
    const right = s.width - rng.int(120, 150);
    const w = right - x0;
    const serif = rng.chance(0.7);
    const pt = rng.pick([11, 11.5, 12]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const lab: Style = rng.chance(0.5) ? f : st(serif ? 'serifBold' : 'sansMedium', pt);
    const lh = px(pt) * rng.pick([1.5, 1.6, 1.7]);
    const p = doc.patient;

    s.put(s.width / 2, 150, doc.hospital.name, st('serifBold', rng.pick([17, 18, 19]), { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 240, rng.pick(['出 院 记 录', '出院记录', '出 院 小 结']), st(serif ? 'serifBold' : 'sansBold', 18,
      { align: 'center', spacing: 6 }));

    const ds: DateStyle = rng.pick(['cn', 'cnShort', 'iso', 'dotPad'] as const);
    const hours = rng.chance(0.4);
    const adm = hours ? formatDate(doc.dates.admission, ds === 'iso' ? 'isoTime' : 'cnTime', doc.times.admission)
      : formatDate(doc.dates.admission, ds);
    const dis = hours ? formatDate(doc.dates.discharge, ds === 'iso' ? 'isoTime' : 'cnTime', doc.times.discharge)
      : formatDate(doc.dates.discharge, ds);
    const home = villageOf(doc, rng);
    const kinOf = relative21(doc, rng);
    const job = p.age >= 60 ? rng.pick(['农民', '退休', '无']) : rng.pick(['农民', '务工', '个体']);
    const L = (text: string, span = 1): Cell => ({ text, span, label: true });
    const V = (text: string, span = 1): Cell => ({ text, span });
    const mk: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    const recheck = addDays(doc.dates.admission, rng.int(2, Math.max(2, doc.stayDays - 2)));
    const back = addDays(doc.dates.discharge, rng.pick([7, 14, 30]));
    const backText = formatDate(back, rng.pick(['cnShort', 'iso'] as const));
    const bp = `${rng.int(128, 178)}/${rng.int(70, 104)}mmHg`;
    const rows: Cell[][] = [
      [L('姓名'), V(p.name), L('性别'), V(p.sex), L('年龄'), V(`${p.age}岁`), L('民族'), V('汉族')],
      [L(rng.pick(['身份证号', '身份证号码'])), V(p.idNumber, 3), L('职业'), V(job), L('婚姻'), V(p.age >= 25 ? '已婚' : '未婚')],
      [L('住址'), V(home.address, 7)],
      [L('入院日期'), V(adm, 3), L('出院日期'), V(dis, 3)],
      [L('住院天数'), V(`${doc.stayDays}天`), L('科室'), V(doc.department, 2), L('住院号'), V(doc.recordNo, 2)],
      [L('联系人'), V(kinOf.name), L('关系'), V(kinOf.relation), L('电话'), V(maskedMobile(rng), 3)],
      [L('入院情况'), V(`患者因“${doc.complaint}”入院。既往${pastHistory(doc, rng)}。家族史：${kin(rng)}。`
        + `查体：T ${(rng.int(362, 374) / 10).toFixed(1)}℃，P ${rng.int(64, 96)}次/分，BP ${bp}，神志清，双肺呼吸音清，心律齐。`, 7)],
      [L('入院诊断'), { lines: listed(doc.dx.admission, mk), span: 7 }],
      [L('诊疗经过'), V(`入院后完善血常规、肝肾功能、电解质、心电图等检查，予${doc.course}等治疗。${mdCn(recheck)}复查${rng.pick(
        ['血常规、电解质', '肝肾功能', '空腹血糖及餐后2小时血糖', '心电图'])}较前好转。`, 7)],
      [L('出院情况'), V(rng.pick(['患者一般情况可，无明显不适，生命体征平稳。', '症状较入院时明显好转，饮食睡眠可，准予出院。']), 7)],
      [L('出院诊断'), { lines: listed(doc.dx.western, mk), span: 7 }],
      [L('出院医嘱'), V(`1.低盐低脂饮食，注意休息；2.继续口服${doc.medicines.slice(0, 2).join('，')}；3.${backText}来院复诊，不适随诊。`, 7)],
    ];
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    s.diagnoses(doc.dx.western);

    const cols = [172, 215, 110, 150, 165, 150, 110];
    cols.push(w - cols.reduce((a, c) => a + c, 0));
    const open: Open = rng.pick(['left', 'right', 'right', 'bottom'] as const);
    const keep = [p.idNumber, adm, dis, backText, ...doc.medicines, ...doc.dx.western.map((d) => d.text)];
    let y = typedTable(s, x0, 290, cols, rows, f, lab, lh, open, keep);

    y += lh * 2;
    const sx = x0 + w * 0.5;
    const sw = s.put(sx, y, '经治医师：', f);
    handwritten(s, sx + sw + 10, y, doc.doctors.resident, pt * 1.35, rng);
    y += lh * 1.5;
    s.put(sx, y, `${rng.pick(['记录日期：', '日期：'])}${formatDate(doc.dates.discharge, ds)}`, f);
    if (rng.chance(0.4)) seal(s, sx + 230, y - 50, 96, doc.hospital.name, '病历复印专用章', rng);
    s.put(s.width / 2, 2230, '第 1 页', st(f.face, 9, { align: 'center', color: '#444' }));
  },
};
