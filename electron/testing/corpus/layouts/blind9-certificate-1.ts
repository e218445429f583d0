import { makeDoc } from '../case';
import { formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, logo, seal } from '../marks';
import { physician } from '../people';
import type { Rng } from '../rng';
import type { Sheet } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { maskedMobile } from './tune5-kit';
import { issuedSoon } from './tune4-kit';
import { suited } from './tune6-kit';
import { handDate, type Hand } from './tune9-kit';
import { countyWords } from './tune10-kit';
import { CITIES9, INSURERS9, local9 } from './blind9-kit';

const KEYS: readonly DiseaseKey[] = ['MALIGNANT_TUMOR_OUTPATIENT', 'MALIGNANT_TUMOR_OUTPATIENT', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'LEUKEMIA', 'DIABETES', 'HYPERTENSION'];

/** A ballpoint tick over a printed box (not text). */
function tick(s: Sheet, x: number, y: number, rng: Rng): void {
  s.g.save();
  s.g.strokeStyle = '#1d2f80';
  s.g.lineWidth = 3.2;
  s.g.beginPath();
  s.g.moveTo(x - 4, y - 14);
  s.g.lineTo(x + 8, y + rng.range(-2, 3));
  s.g.lineTo(x + 34, y - 40 + rng.range(-6, 6));
  s.g.stroke();
  s.g.restore();
}

/**
 * 主治医师证明书 (理赔用) of a life insurer, filled in at a city hospital in Guangdong, Shaanxi, Anhui, Guangxi, Hainan or Henan:
 * the insurer's letterhead and claim numbers, 被保险人信息 pre-filled by the insurer's printer a little off its boxes (姓名,
 * 出生日期 — a date that is no truth —, 证件号码 — truth —, the 投保人 and his relation: another name), then 医疗情况 in the
 * treating doctor's ballpoint — the hospital, 首次就诊日期 and 确诊日期 (not truth), each diagnosis on its own line (counted),
 * 是否住院 ticked and on most pages the stay 自…至… (truth), history and treatment — the doctor's signature and the date he
 * signed (the date of issue, truth) under the hospital's seal. Form ink blue-grey, serif or sans 10.5–11 pt.
 */
export const blind9Certificate1: Layout = {
  id: 'blind9-certificate-1',
  kind: 'certificate',
  split: 'blind',
  style: 'Life-insurer 主治医师证明书 (理赔用) filled in at a city hospital: blue-grey pre-printed form, insured person pre-filled by a '
    + 'printer, medical part handwritten with ticks, doctor\'s dated signature under the hospital seal, serif or sans 10.5–11 pt',
  exercises: ['insurer letterhead, 报案号 / 保单号 digits, the 投保人 as a second name', '出生日期 (not truth) and 证件号码 (truth) typed',
    'handwritten hospital, diagnoses one a line (counted), 首次就诊 / 确诊 dates (not truth)',
    'handwritten 住院日期 自…至… (truth) after a ticked box', 'handwritten signing date (truth) under the seal'],
  doc: (rng) => local9(countyWords(issuedSoon(suited(makeDoc(rng, { kind: 'certificate', keys: KEYS, hospitals: CITIES9,
    compoundSurnames: 0.06 })), rng), rng, { outside: 0.15, near: 0.1 }), rng),
  draw(s, doc, rng) {
    s.ink = '#161616';
    const x0 = 120;
    const right = s.width - x0;
    const w = right - x0;
    const ink = rng.pick(['#23405f', '#2f4f3f', '#3a3a6a']);
    const serif = rng.chance(0.5);
    const pt = rng.pick([10.5, 11]);
    const form = st(serif ? 'serif' : 'sans', pt, { color: ink });
    const formB = st(serif ? 'serifBold' : 'sansBold', pt, { color: ink });
    const typed = st('sans', pt);
    const hp = rng.pick([12, 12.5, 13]);
    const lh = px(pt) * 1.8;
    const p = doc.patient;
    const insurer = rng.pick(INSURERS9);

    logo(s, x0 + 40, 130, 36, ink, 'shield');
    s.put(x0 + 95, 145, insurer, st('sansBold', 15, { color: ink }));
    s.put(right, 145, '理赔申请材料', st('sans', 10, { color: ink, align: 'right' }));
    s.put(s.width / 2, 245, rng.pick(['主治医师证明书', '医疗证明书（理赔专用）']), st(formB.face, 17, { color: ink, align: 'center', spacing: 4 }));
    const caseNo = `RC${doc.dates.issue.slice(0, 4)}${String(rng.int(0, 99999999)).padStart(8, '0')}`;
    s.put(x0, 310, `报案号：${caseNo}`, typed);
    const policy = `${rng.int(1, 9)}${String(rng.int(0, 999999999)).padStart(9, '0')}${rng.int(10, 99)}`;
    s.put(right, 310, `保单号：${policy}`, { ...typed, align: 'right' });

    // Part one, pre-filled by the insurer's printer: values a few pixels off their boxes.
    s.put(x0, 385, '一、被保险人信息（由保险公司填写）', formB);
    const [dx, dy] = [rng.range(-6, 10), rng.range(-4, 7)];
    const relation = rng.pick(['本人', '配偶', '配偶', '子女']);
    const holder = relation === '本人' ? p.name : physician(rng, [p.name]);
    const rowH = px(pt) * 2.3;
    const c = w / 6;
    const box = (row: number, col: number, span: number, label: string, value: string): void => {
      const [bx, by] = [x0 + col * c, 410 + row * rowH];
      s.rect(bx, by, c * 0.8, rowH, 1.3, ink);
      s.rect(bx + c * 0.8, by, c * span - c * 0.8, rowH, 1.3, ink);
      s.put(bx + c * 0.4, by + rowH * 0.62, label, { ...form, align: 'center' });
      s.put(bx + c * 0.8 + 14 + dx, by + rowH * 0.62 + dy, value, typed);
    };
    box(0, 0, 2, '姓名', p.name);
    box(0, 2, 2, '性别', p.sex);
    box(0, 4, 2, '出生日期', formatDate(p.birth, 'iso'));
    box(1, 0, 2, '证件类型', '居民身份证');
    box(1, 2, 4, '证件号码', p.idNumber);
    box(2, 0, 2, '投保人', holder);
    box(2, 2, 2, '关系', relation);
    box(2, 4, 2, '联系电话', maskedMobile(rng));
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue });

    // Part two, in the treating doctor's hand.
    let y = 410 + 3 * rowH + lh * 1.6;
    s.put(x0, y, '二、医疗情况（由主治医师填写）', formB);
    y += lh * 0.5;
    const how: Hand = rng.pick(['ri', 'dot', 'hao'] as const);
    const labW = 250;
    const row = (label: string, lines: readonly string[], extra?: (top: number, h: number) => void): void => {
      const h = Math.max(1, lines.length) * px(hp) * 1.9 + 24;
      s.rect(x0, y, labW, h, 1.3, ink);
      s.rect(x0 + labW, y, w - labW, h, 1.3, ink);
      s.put(x0 + labW / 2, y + h / 2 + px(pt) * 0.36, label, { ...form, align: 'center' });
      lines.forEach((t, i) => handwritten(s, x0 + labW + 24, y + 12 + px(hp) * (1.9 * i + 1.35), t, hp, rng));
      extra?.(y, h);
      y += h;
    };
    row('就诊医院', [doc.hospital.name]);
    row('就诊科室', [doc.department]);
    const first = doc.dates.firstVisit;
    row('首次就诊日期', [handDate(first, how)]);
    const sure = formatDate(first, 'iso') < formatDate(doc.dates.admission, 'iso') && rng.chance(0.5) ? first : doc.dates.admission;
    row('确诊日期', [handDate(sure, how)]);
    row('诊断', doc.dx.western.map((d, i) => `${i + 1}.${d.text}`));
    s.diagnoses(doc.dx.western);
    const stay = rng.chance(0.65);
    const range = stay ? `自${handDate(doc.dates.admission, how)}至${handDate(doc.dates.discharge, how)}` : '';
    row('是否住院', [], (top, h) => {
      const base = top + h / 2 + px(pt) * 0.36;
      const bw = s.put(x0 + labW + 24, base, '□是', form);
      const nw = s.put(x0 + labW + 24 + bw + 40, base, '□否', form);
      tick(s, x0 + labW + 24 + (stay ? 0 : bw + 40) + px(pt) * 0.4, base - 4, rng);
      const lw = s.put(x0 + labW + 24 + bw + nw + 100, base, '住院日期：', form);
      if (stay) handwritten(s, x0 + labW + bw + nw + 124 + lw + 10, base, range, hp * 0.95, rng);
    });
    if (stay) s.note({ admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    row('既往病史', [rng.pick(['否认', '无', `${doc.history.past}`])]);
    row('主要治疗', [rng.pick(['药物治疗', doc.procedure, '对症支持治疗'])]);

    y += lh * 1.2;
    s.put(x0, y, '本人保证以上所填内容真实、准确，如有虚假愿承担相应责任。', form);
    y += lh * 2;
    const sw = s.put(x0, y, '主治医师签名：', form);
    handwritten(s, x0 + sw + 10, y, doc.doctors.attending, hp, rng);
    const dw = s.put(x0 + w * 0.36, y, '日期：', form);
    handwritten(s, x0 + w * 0.36 + dw + 10, y, handDate(doc.dates.issue, how), hp, rng);
    const hw = s.put(x0 + w * 0.68, y, '医院（盖章）：', form);
    seal(s, x0 + w * 0.68 + hw + 40, y - 20, rng.range(110, 125), doc.hospital.name, rng.pick(['医务科', '诊断证明专用章']), rng);
    const note = st(form.face, 9, { color: ink });
    s.put(x0, 2150, '注：1.本证明书须由主治医师填写并加盖医院公章，涂改处须加盖公章；2.本证明仅用于保险理赔。', note);
    s.put(x0, 2195, `${insurer}  客服电话：95${rng.int(100, 999)}`, note);
  },
};
