import { makeDoc } from '../case';
import { addDays, parts } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, signature } from '../marks';
import type { Rng } from '../rng';
import type { Sheet, Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed } from './kit';
import { mobile } from './tune5-kit';
import { blanks, handLines, ymdBlanks, type Blank } from './tune4-kit';
import { ruling, suited } from './tune6-kit';
import { countyWords, followUp } from './tune10-kit';
import { townWard } from './tune12-kit';
import { formInk, GENERAL21, handBoxes, inked, local21, place21, TOWN21, villageOf } from './tune21-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE'];
/** The province-wide booklet's title (the booklet a 卫生院 sells over the counter), by the hospital's province. */
const BOOKLET: Record<string, string> = { 上海: '上海市医疗机构门诊病历', 江苏: '江苏省医疗机构门诊病历', 河南: '河南省医疗机构门（急）诊病历',
  湖北: '湖北省医疗机构门诊病历' };

/** A rectangular 门诊 stamp in blue ink (the hospital's name and the clinic): read as text, a little pale and off level. */
function clinicStamp(s: Sheet, x: number, y: number, lines: readonly string[], rng: Rng): void {
  const color = `rgba(${rng.int(30, 60)}, ${rng.int(60, 90)}, ${rng.int(160, 200)}, 0.85)`;
  const style: Style = st('sansBold', 11, { color });
  const w = Math.max(...lines.map((t) => s.measure(t, style))) + 48;
  s.rect(x, y, w, lines.length * 48 + 30, 4, color);
  lines.forEach((t, i) => s.put(x + w / 2, y + 58 + i * 48, t, { ...style, align: 'center' }));
}

/**
 * A page of the 门诊病历 booklet a Jiangsu, Henan or Hubei 卫生院 or county hospital (or a Shanghai 社区卫生服务中心) sells at the
 * window: the hospital's own booklet (its name pre-printed) or the province's (then a blue 门诊 stamp names the hospital), the
 * personal blanks on top filled in by hand — 姓名 (truth), the 身份证号 one character to a printed box (truth), 住址, 电话, 药物过敏史
 * and the 建册日期 (the booklet's first day, years before — not truth) — then 就诊日期 ＿年＿月＿日 (truth) and 科别 as blanks, and
 * the doctor's note in ballpoint on the ruled lines: 主诉, 现病史 with a reading from an earlier day (not truth), 既往史 with a
 * relative's disease, 查体, 诊断 numbered (counted), 处理 and a signature.
 */
export const tune21OutpatientBookletBlanks: Layout = {
  id: 'tune21-outpatient-booklet-blanks',
  kind: 'outpatient',
  split: 'tune',
  style: 'Jiangsu / Henan / Hubei 卫生院 or county hospital, Shanghai 社区卫生服务中心 门诊病历 booklet page (cream paper, form printed in '
    + 'black, blue, green or brown serif 12 pt): personal blanks, the ID in 18 boxes, 就诊日期 blanks, the note handwritten 13–14 pt',
  exercises: ['every value handwritten into pre-printed blanks: 姓名 (truth), 性别, 年龄, 住址, 电话, 药物过敏史',
    '身份证号 handwritten one character per printed box (truth)', '就诊日期 as ＿年＿月＿日 blanks filled by hand (truth)',
    '建册日期 blanks years before (not truth)', 'the province\'s booklet with a blue rectangular 门诊 stamp naming the hospital',
    '现病史 with an earlier reading on a dated day (not truth)', '既往史 with a relative\'s disease (not counted)',
    '诊断 numbered by hand (counted)', '处理 lines, a signature (not text)'],
  doc: (rng) => local21(townWard(countyWords(suited(makeDoc(rng, { kind: 'outpatient', keys: KEYS,
    hospitals: [...TOWN21, ...TOWN21, ...GENERAL21], compoundSurnames: 0.05 })), rng, { outside: 0.2, near: 0.1 }), rng), rng),
  draw(s, doc, rng) {
    s.g.fillStyle = rng.pick(['#fbf8ee', '#f8f6ea', '#fcfaf2']);
    s.g.fillRect(90, 60, s.width - 150, s.height - 110);
    s.g.fillStyle = 'rgba(0, 0, 0, 0.12)';
    s.g.fillRect(s.width - 60, 70, 8, s.height - 110);
    for (const sy of [500, 1800]) s.rect(98, sy, 10, 70, 3, '#8d8d8d');
    const ink = formInk(rng);
    const lab: Style = inked(st('serif', 12), ink);
    const hp = rng.pick([13, 13.5, 14]);
    const fill = (x: number, y: number, items: readonly (string | Blank)[]): number => blanks(s, x, y, items, lab, hp, rng, ink);
    const x0 = 170;
    const right = s.width - 150;
    const p = doc.patient;

    const own = rng.chance(0.5);
    if (own) {
      s.put(s.width / 2, 170, doc.hospital.name, inked(st('serifBold', 18, { align: 'center', spacing: 3 }), ink));
      s.put(s.width / 2, 265, '门 诊 病 历', inked(st('serifBold', 22, { align: 'center', spacing: 10 }), ink));
    } else {
      s.put(s.width / 2, 215, BOOKLET[place21(doc.hospital)] ?? '门诊病历', inked(st('serifBold', 21, { align: 'center', spacing: 4 }), ink));
    }
    s.put(right, 330, `No.${String(rng.int(0, 9999999)).padStart(7, '0')}`, st('serif', 11, { align: 'right', color: '#c0282d' }));

    const job = p.age >= 60 ? rng.pick(['农民', '退休', '无']) : rng.pick(['农民', '务工', '个体', '职员']);
    let y = 410;
    const step = 100;
    fill(x0, y, ['姓名', { hand: p.name, w: 250 }, '性别', { hand: p.sex, w: 100 }, '年龄', { hand: `${p.age}岁`, w: 120 },
      '职业', { hand: job, w: 150 }]);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });
    y += step;
    const idw = s.put(x0, y, '身份证号', lab);
    handBoxes(s, x0 + idw + 20, y + 6, p.idNumber, 58, hp * 0.95, ink, rng);
    y += step;
    fill(x0, y, ['住址', { hand: villageOf(doc, rng).address, w: 700 }, '电话', { hand: mobile(rng), w: 300 }]);
    y += step;
    const allergy = rng.pick(['无', '无', '否认', '青霉素', '磺胺类']);
    fill(x0, y, ['药物过敏史', { hand: allergy, w: 200 }, '建册日期', ...ymdBlanks(doc.dates.firstVisit, 120, 70)]);
    y += 60;
    s.line(x0 - 30, y, right, y, 2.4, ink);
    s.line(x0 - 30, y + 7, right, y + 7, 1, ink);

    y += 200;
    if (!own) clinicStamp(s, right - 560 + rng.int(0, 60), y - 170, [doc.hospital.name, `${doc.department} 门诊`], rng);
    fill(x0, y, ['就诊日期', ...ymdBlanks(doc.dates.visit, 120, 70), '  科别', { hand: doc.department, w: 220 }]);

    const lh = px(hp) * 2.05;
    y += lh * 1.2;
    ruling(s, x0 - 30, right, y + 12, 2180, lh, `${ink}66`);
    const width = right - x0 - 30;
    const write = (text: string): void => {
      y = handLines(s, x0, y, width, text, hp, rng, lh);
    };
    const earlier = addDays(doc.dates.visit, -rng.int(20, 90));
    const [, em, ed] = parts(earlier);
    const sugar = doc.dx.keys.includes('DIABETES');
    write(`主诉：${followUp(doc)}`);
    write(`现病史：${em}月${ed}日在${rng.pick(['县医院', '本院', '村卫生室'])}测${sugar ? `空腹血糖${(rng.int(78, 132) / 10).toFixed(1)}mmol/L`
      : `血压${rng.int(148, 176)}/${rng.int(88, 102)}mmHg`}，${rng.pick(['间断服药', '未规律服药', '规律服药'])}，近日${rng.pick(['头晕', '乏力', '口干'])}。`);
    write(`既往史：${doc.history.negated}。${doc.history.family}。`);
    write(`查体：BP ${rng.int(132, 172)}/${rng.int(76, 100)}mmHg，心肺(-)，双下肢不肿。`);
    const dw = handwritten(s, x0, y, '诊断：', hp, rng);
    listed(doc.dx.western, rng.pick(['1.', '1、'] as const)).forEach((t, i) => handwritten(s, x0 + dw + 16, y + i * lh, t, hp, rng));
    s.diagnoses(doc.dx.western);
    y += doc.dx.western.length * lh;
    write(`处理：${[...new Set(doc.medicines)].slice(0, 2).join('；')}`);
    write(rng.pick(['2周后复诊', '1月后复诊，不适随诊', '定期监测血压血糖']));
    const sw = s.put(right - 420, y, '医师', lab);
    signature(s, right - 420 + sw + 20, y - 6, 200, rng);
  },
};
