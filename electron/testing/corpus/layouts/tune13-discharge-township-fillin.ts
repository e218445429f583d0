import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, seal, signature } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, type Mark } from './kit';
import { blanks, handLines, pastedSlip, ymdBlanks } from './tune4-kit';
import { suited } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { townWard } from './tune12-kit';
import { local13, TOWN13 } from './tune13-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE'];

/**
 * 出院小结 of a Hebei, Henan or Jiangsu township 卫生院: a pre-printed bordered form (black, blue or green ink) filled in by
 * the ward doctor in ballpoint — name, sex, age, the 身份证号 (truth) in its cell, the stay in two pre-printed 年 月 日 cells
 * with 共＿天 (truth), 入院诊断 (not counted) and 出院诊断 (counted) written on separate lines, the course in a few words.
 * On some pages the HIS prints a thermal 住院信息 sticker (name, 住院号, ID, 入院 date — the same facts) pasted at the top
 * right. Decoys: the doctor's signing date under the form (the day of discharge or the day after), the 医保 category.
 */
export const tune13DischargeTownshipFillin: Layout = {
  id: 'tune13-discharge-township-fillin',
  kind: 'discharge',
  split: 'tune',
  style: 'Hebei / Henan / Jiangsu township 卫生院 出院小结: pre-printed bordered form in black, blue or green serif 12 pt, every value '
    + 'handwritten in ballpoint 13–14.5 pt, sometimes a thermal HIS sticker at the top right',
  exercises: ['name, ID and the stay handwritten in bordered cells (truth)', '入院日期 / 出院日期 as ＿年＿月＿日 blanks with printed 年 月 日',
    '共＿天 beside them', '入院诊断 (not counted) and 出院诊断 (counted) handwritten one a line, numbered 1. / 1、 / ①',
    'a thermal 住院信息 sticker repeating name, ID and 入院 date in print', 'signature date under the form (not truth)'],
  doc: (rng) => townWard(local13(countyWords(suited(makeDoc(rng, { kind: 'discharge', keys: KEYS, hospitals: TOWN13,
    compoundSurnames: 0.08 })), rng, { outside: 0.3, near: 0.1, avoid: /心肌梗死|冠脉综合征|出血/u }), rng), rng),
  draw(s, doc, rng) {
    const ink = rng.pick(['#1a1a1a', '#1f3f8f', '#245a3a']);
    const lab: Style = st(rng.pick(['serif', 'serifMedium'] as const), 12, { color: ink });
    const hp = rng.pick([13, 13.5, 14]);
    const x0 = 130;
    const right = s.width - x0;
    const w = right - x0;
    const p = doc.patient;
    const sticker = rng.chance(0.45);

    const head = st('serifBold', 19, { color: ink, spacing: 3 });
    if (sticker) {
      s.put(x0, 150, doc.hospital.name, head);
      s.put(x0, 250, '出 院 小 结', st('serifBold', 20, { color: ink, spacing: 8 }));
      const [sx, sy] = [right - 500, 70];
      pastedSlip(s, sx, sy, 500, 230);
      const t = st('sans', 9.5);
      s.put(sx + 24, sy + 48, `${p.name}  ${p.sex}  ${p.age}岁  ${doc.department}`, t);
      s.put(sx + 24, sy + 98, `住院号：${doc.recordNo}`, t);
      s.put(sx + 24, sy + 148, `身份证：${p.idNumber}`, t);
      s.put(sx + 24, sy + 198, `入院：${formatDate(doc.dates.admission, 'isoTime', doc.times.admission)}`, t);
    } else {
      s.put(s.width / 2, 150, doc.hospital.name, { ...head, align: 'center' });
      s.put(s.width / 2, 250, '出 院 小 结', st('serifBold', 20, { color: ink, spacing: 8, align: 'center' }));
    }
    const fill = (x: number, y: number, items: Parameters<typeof blanks>[3]): number => blanks(s, x, y, items, lab, hp, rng, ink);
    fill(x0, 345, ['住院号：', { hand: doc.recordNo.slice(4), w: 220 }]);

    // The grid: fixed rows of label and hand cells.
    const top = 380;
    const rh = 96;
    const cell = (x: number, y: number, cw: number, h: number, label?: string): void => {
      s.rect(x, y, cw, h, 1.6, ink);
      if (label) s.put(x + cw / 2, y + h / 2 + px(12) * 0.36, label, { ...lab, align: 'center' });
    };
    const base = (y: number): number => y + rh / 2 + px(hp) * 0.3;
    const hand = (x: number, y: number, text: string): void => {
      handwritten(s, x + 22, base(y), text, hp, rng);
    };
    let y = top;
    const row1: readonly [string, string, number][] = [['姓名', p.name, 290], ['性别', p.sex, 120], ['年龄', `${p.age}岁`, 150],
      ['科别', doc.department, 0]];
    let cx = x0;
    row1.forEach(([l, v, vw], i) => {
      const width = i === row1.length - 1 ? right - cx - 140 : vw;
      cell(cx, y, 140, rh, l);
      cell(cx + 140, y, width, rh);
      hand(cx + 140, y, v);
      cx += 140 + width;
    });
    y += rh;
    cell(x0, y, 190, rh, '身份证号');
    cell(x0 + 190, y, 700, rh);
    hand(x0 + 190, y, p.idNumber);
    cell(x0 + 890, y, 170, rh, '医保类别');
    cell(x0 + 1060, y, w - 1060, rh);
    hand(x0 + 1060, y, rng.pick(['居民医保', '城乡居民', '职工医保']));
    y += rh;
    const dateCell = (x: number, label: string, iso: string): void => {
      cell(x, y, 160, rh, label);
      cell(x + 160, y, 440, rh);
      fill(x + 180, base(y), ymdBlanks(iso, 110, 60));
    };
    dateCell(x0, '入院日期', doc.dates.admission);
    dateCell(x0 + 600, '出院日期', doc.dates.discharge);
    cell(x0 + 1200, y, w - 1200, rh);
    fill(x0 + 1214, base(y), ['共', { hand: String(doc.stayDays), w: 70 }, '天']);
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    y += rh;

    // Tall cells: the label at the left, the hand on lines at the right.
    const lh = px(hp) * 1.95;
    const how: Mark = rng.pick(['1.', '1、', '①'] as const);
    const tall = (label: string, lines: readonly string[], min: number, wrap = false): void => {
      const inner = w - 190 - 44;
      const count = wrap ? Math.max(min, Math.ceil(lines.join('').length * px(hp) * 1.05 / inner)) : Math.max(min, lines.length);
      const h = count * lh + 40;
      cell(x0, y, 190, h, label);
      cell(x0 + 190, y, w - 190, h);
      if (wrap) handLines(s, x0 + 212, y + 20 + lh * 0.7, inner, lines.join(''), hp, rng, lh);
      else lines.forEach((t, i) => handwritten(s, x0 + 212, y + 20 + lh * (i + 0.7), t, hp, rng));
      y += h;
    };
    tall('入院情况', [`因“${doc.complaint}”入院，查体BP ${rng.int(130, 186)}/${rng.int(76, 108)}mmHg，神清。`], 2, true);
    tall('入院诊断', listed(doc.dx.admission, how), 2);
    tall('诊疗经过', [`入院后予${doc.course}等治疗，病情好转。`], 2, true);
    tall('出院诊断', listed(doc.dx.western, how), 3);
    s.diagnoses(doc.dx.western);
    tall('出院情况', ['神志清，精神可，饮食睡眠可，无明显不适。'], 1, true);
    tall('出院医嘱', [`按时服药（${doc.medicines.slice(0, 2).map((m) => m.split(' ')[0]).join('、')}），定期复查，不适随诊。`], 2, true);

    y += 110;
    const sw = s.put(x0 + w * 0.28, y, '经治医师：', lab);
    signature(s, x0 + w * 0.28 + sw + 10, y - 4, 180, rng);
    const signed = rng.chance(0.6) ? doc.dates.discharge : addDays(doc.dates.discharge, 1);
    fill(right - 420, y, ymdBlanks(signed, 110, 60));
    if (rng.chance(0.6)) seal(s, right - 230 + rng.range(-40, 40), y - 40, rng.range(115, 135), doc.hospital.name, '住院专用章', rng);
    if (y < 2120) s.put(x0, 2200, '注：本小结一式两份，一份交患者（家属），一份存病案。', st('serif', 9.5, { color: ink }));
  },
};
