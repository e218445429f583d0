import { makeDoc } from '../case';
import { addDays, formatDate, parts } from '../dates';
import type { DiseaseKey } from '../diseases';
import { DotMatrix } from '../dotmatrix';
import { signature } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { st } from './common';
import { maskedMobile, rxItem } from './tune5-kit';
import { settled, suited } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { townWard } from './tune12-kit';
import { county18, local18, TOWN18 } from './tune18-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE'];

/** Printed lines 1/6 inch apart; the form's rows are two lines apart. */
const LINE = 200 / 6;
/** Width of a printed column (half a CJK character), px. */
const COL = 17;
const TOP = 380;
const rowY = (r: number): number => TOP + r * LINE;

/**
 * 处方笺 of a township 卫生院 (or a 社区卫生服务中心) in Hebei, Shandong, Tianjin or Beijing's outer districts: a 16开 form pre-printed
 * in green, blue or red (title, 普通 box, labels on underlines, a large Rp, the pharmacists' row and the rules), its values typed by
 * the centre's dot-matrix printer a few pixels off the lines — 费别, 门诊号, 科别, 姓名 (truth), 身份证号 (truth), 住址, 临床诊断
 * (counted, wrapping to a second line), 开具日期 as digits in the 年 / 月 / 日 blanks (truth) — then the drugs two lines each with
 * their packs and prices, a 长期处方 line with the supply's last day and the last dispensing (not truth), the total and the names.
 */
export const tune18OutpatientTownshipRx: Layout = {
  id: 'tune18-outpatient-township-rx',
  kind: 'outpatient',
  split: 'tune',
  style: 'Hebei / Shandong / Tianjin / outer-Beijing township 卫生院 处方笺: 16开 form pre-printed in green, blue or red serif (labels on '
    + 'underlines, 普通 box, Rp), values and drugs typed by a dot-matrix printer off register, ~11 pt pins',
  exercises: ['pre-printed labels in coloured serif, dot-matrix values beside them a few px off the lines',
    '开具日期：2025 年 03 月 04 日 with the digits printed into the blanks (truth)', '身份证号 typed by the printer (truth)',
    '临床诊断 joined with ， and wrapped onto a second line (counted)', 'Rp drugs with 规格 × packs, 用法 on the next line and 金额',
    '长期处方 line: 用药天数28天 (2025.03.04—2025.03.31) and 上次取药 a month before (not truth)', 'other names: 审核 / 调配 / 发药 pharmacists'],
  doc: (rng) => local18(townWard(settled(suited(countyWords(makeDoc(rng, { kind: 'outpatient', keys: KEYS, hospitals: TOWN18,
    compoundSurnames: 0.05 }), rng, { outside: 0.15, near: 0.15, avoid: /急性|不稳定/u }))), rng), rng),
  draw(s, doc, rng) {
    const ink = rng.pick(['#2d6a3e', '#23508f', '#a8322f']);
    const F = { x: 112, y: 96, w: 1430, h: 2070 };
    s.rect(F.x, F.y, F.w, F.h, 2.6, ink);
    s.rect(F.x + 8, F.y + 8, F.w - 16, F.h - 16, 0.9, ink);
    const lab: Style = st(rng.pick(['serif', 'serifMedium'] as const), 11, { color: ink });
    const head = (face: 'serifBold' | 'serifSemi', pt: number, extra = {}): Style => st(face, pt, { color: ink, ...extra });
    s.put(s.width / 2, 200, doc.hospital.name, head('serifBold', 18, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 285, '处 方 笺', head('serifBold', 20, { align: 'center', spacing: 14 }));
    s.rect(F.x + F.w - 210, 150, 150, 72, 2, ink);
    s.put(F.x + F.w - 135, 200, '普 通', head('serifBold', 14, { align: 'center' }));
    s.put(150, 285, 'No.', head('serifSemi', 12));

    // The printer's grid sits a little off the form's.
    const dm = new DotMatrix(s, F.x + rng.range(-12, 12), TOP + rng.range(-9, 4), COL, LINE, rng.pick(['sans', 'sansMedium'] as const));
    const colAt = (x: number): number => Math.ceil((x + 12 - dm.x(0)) / COL);
    const field = (x: number, r: number, label: string, value: string, line: number): void => {
      const lw = s.put(x, rowY(r), label, lab);
      s.line(x + lw + 4, rowY(r) + 9, x + lw + line, rowY(r) + 9, 1.2, ink);
      if (value) dm.text(colAt(x + lw), r, value);
    };
    dm.text(colAt(215), -3, `${doc.dates.visit.replace(/-/g, '')}${String(rng.int(1, 999)).padStart(4, '0')}`);
    const p = doc.patient;
    field(150, 0, '费别：', rng.pick(['城乡居民医保', '城乡居民医保', '职工医保', '自费']), 300);
    field(620, 0, '门诊号：', doc.recordNo, 300);
    field(1110, 0, '科别：', doc.department, 280);
    field(150, 2, '姓名：', p.name, 300);
    field(620, 2, '性别：', p.sex, 140);
    field(880, 2, '年龄：', `${p.age}岁`, 140);
    field(1110, 2, '电话：', maskedMobile(rng), 280);
    field(150, 4, '身份证号：', p.idNumber, 560);
    const town = /([^市县区]{2,4}(?:镇|乡))/u.exec(doc.hospital.address)?.[1] ?? '城关镇';
    field(880, 4, '住址：', `${county18(doc.hospital)}${town}${rng.pick(['东街', '王庄', '后屯', '李家'])}村${rng.int(1, 99)}号`, 510);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });

    // 临床诊断 over two ruled lines.
    const lw = s.put(150, rowY(6), '临床诊断：', lab);
    s.line(150 + lw + 4, rowY(6) + 9, F.x + F.w - 40, rowY(6) + 9, 1.2, ink);
    s.line(150 + lw + 4, rowY(8) + 9, F.x + F.w - 40, rowY(8) + 9, 1.2, ink);
    const c0 = colAt(150 + lw);
    const room = Math.floor((F.x + F.w - 60 - dm.x(c0)) / COL);
    // What does not fit on the two lines is left off (the catalogue diseases come first).
    let named = [...doc.dx.western];
    while (named.length > 1 && DotMatrix.wrap(named.map((d) => d.text).join('，'), room).length > 2) named = named.slice(0, -1);
    DotMatrix.wrap(named.map((d) => d.text).join('，'), room).forEach((t, i) => dm.text(c0, 6 + i * 2, t));
    s.diagnoses(named);
    // 开具日期：2025 年 03 月 04 日, the digits typed into the blanks.
    const dl = s.put(150, rowY(10), '开具日期：', lab);
    const [yy, mm, dd] = parts(doc.dates.visit);
    const blanks: [string, number][] = [[String(yy), 100], [String(mm).padStart(2, '0'), 70], [String(dd).padStart(2, '0'), 70]];
    let bx = 150 + dl;
    blanks.forEach(([v, bw], i) => {
      s.line(bx + 4, rowY(10) + 9, bx + bw, rowY(10) + 9, 1.2, ink);
      dm.text(colAt(bx), 10, v);
      bx += bw + 14;
      bx += s.put(bx, rowY(10), '年月日'[i] ?? '', lab) + 10;
    });
    s.line(F.x + 8, rowY(11), F.x + F.w - 8, rowY(11), 2, ink);
    s.put(150, rowY(13) + 10, 'Rp', head('serifBold', 28));

    // The drugs: name and pack, then 用法; the amount at the right.
    let r = 14;
    let total = 0;
    const items = doc.medicines.slice(0, 4).map((m) => rxItem(m, rng));
    items.forEach((it, i) => {
      const packs = Number(/×(\d+)[盒支罐]$/u.exec(it.pack)?.[1] ?? '1');
      const cost = Math.round(rng.range(3.5, 36) * packs * 100) / 100;
      total += cost;
      dm.text(colAt(280), r, `${i + 1}.${it.name}`);
      dm.text(colAt(820), r, it.pack);
      dm.text(colAt(1300), r, `${cost.toFixed(2)}元`);
      dm.text(colAt(330), r + 1, `用法：${it.dose} ${it.route} ${it.often}`);
      r += 3;
    });
    const chronic = rng.chance(0.65);
    if (chronic) {
      const days = rng.pick([28, 30]);
      const last = formatDate(addDays(doc.dates.visit, days - 1), 'dotPad');
      dm.text(colAt(280), r, `长期处方 用药天数:${days}天（${formatDate(doc.dates.visit, 'dotPad')}—${last}）`);
      dm.text(colAt(280), r + 1, `上次取药日期:${formatDate(addDays(doc.dates.visit, -days - rng.int(0, 6)), 'iso')}`);
      r += 3;
    }
    dm.text(colAt(560), r, '（以下空白）');

    // The pharmacists' rows at the foot of the form.
    s.line(F.x + 8, rowY(45), F.x + F.w - 8, rowY(45), 2, ink);
    field(150, 47, '医师：', doc.doctors.attending, 380);
    signature(s, 420, rowY(47) - 4, 150, rng);
    field(880, 47, '药品金额：', `${total.toFixed(2)}元`, 300);
    field(150, 49, '审核药师：', doc.doctors.checker, 240);
    field(620, 49, '调配药师/士：', doc.doctors.resident, 220);
    field(1090, 49, '核对、发药：', rng.chance(0.5) ? doc.doctors.director : '', 220);
    s.put(150, rowY(51) + 4, '注：1.本处方当日有效；2.取药时请当面核对药品名称、规格、数量；3.延长处方有效期须经医师注明。', st('serif', 8.5, { color: ink }));
    dm.flush(rng);
  },
};
