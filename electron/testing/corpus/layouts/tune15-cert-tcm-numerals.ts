import { makeDoc } from '../case';
import { formatDate } from '../dates';
import { handwritten, logo, seal } from '../marks';
import type { Sheet, Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, type Mark } from './kit';
import { settled, suited, tcmDx, TCM_KEYS, wrap } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { besideTcm, local15, nationOf, TCM15 } from './tune15-kit';

/** A dotted leader from `x1` to `x2` on the baseline `y` (not text). */
function leader(s: Sheet, x1: number, x2: number, y: number): void {
  s.g.fillStyle = '#555';
  for (let x = x1 + 10; x < x2 - 10; x += 14) s.g.fillRect(x, y - 5, 3, 3);
}

/** What the TCM hospital advises (治法 and the follow-up). */
const ADVICE = ['宜益气养阴、活血通络，需长期中西医结合门诊治疗', '宜平肝潜阳、化痰通络，需长期门诊服药，定期复查',
  '需长期服用中药汤剂及西药治疗，定期门诊复诊', '需长期门诊治疗，配合针灸康复，避风寒、慎起居'];

/**
 * 诊断证明书 of a Shanxi, Shaanxi, Gansu, Ningxia county 中医院 or an Inner Mongolia 中蒙医院: red letterhead with a ring logo and a
 * double rule, 证明编号 with the year in 〔〕, then every field a line of its own with the label at the left, a dotted leader
 * and the value in a column (姓名, 民族, 身份证号 — truth — 初诊日期 in Arabic numerals years back, 中医诊断 and 西医诊断 one item a
 * line: 消渴病 / 中风病 and the western names count, 眩晕病 / 胸痹心痛病 do not), 治疗意见 wrapped in the value column, and the date
 * of issue in Chinese numerals (二〇二五年三月四日 or 二○二五年三月四日, truth) under the hospital's name with the seal over both.
 */
export const tune15CertTcmNumerals: Layout = {
  id: 'tune15-cert-tcm-numerals',
  kind: 'certificate',
  split: 'tune',
  style: 'Shanxi / Shaanxi / Gansu / Ningxia county 中医院 or Inner Mongolia 中蒙医院 诊断证明书: red letterhead with ring logo, 证明编号 '
    + 'with 〔year〕, label … dotted leader … value lines, 中医诊断 / 西医诊断 lists, issue date in Chinese numerals under the seal, '
    + 'serif 12.5–13.5 pt',
  exercises: ['label and value joined by a dotted leader (姓\u3000\u3000名……张三), values in one column',
    '初诊日期 2019年5月12日 in Arabic numerals (not truth) and 证字〔2025〕第0123号 holding the year',
    '中医诊断 lines (消渴病（气阴两虚证） counts, 眩晕病 肝阳上亢证 does not) and 西医诊断 lines (counted)',
    '治疗意见 wrapped in the value column', 'date of issue 二〇二五年三月四日 / 二○二五年三月四日 under the hospital name (truth), seal over it'],
  doc: (rng) => local15(settled(countyWords(suited(makeDoc(rng, { kind: 'certificate', keys: TCM_KEYS, hospitals: TCM15,
    compoundSurnames: 0.05 })), rng, { outside: 0.15, near: 0.1 })), rng),
  draw(s, doc, rng) {
    s.ink = '#161616';
    const red = rng.pick(['#c0262d', '#b3202a', '#a8232b']);
    const pt = rng.pick([12.5, 13, 13.5]);
    const f: Style = st(rng.pick(['serif', 'serifLight'] as const), pt);
    const b: Style = st('serifSemi', pt);
    const lh = px(pt) * 2;
    const x0 = 160;
    const right = s.width - x0;
    const p = doc.patient;

    const hs = st('serifBold', 23, { align: 'center', spacing: 5, color: red });
    const hw = s.measure(doc.hospital.name, hs);
    logo(s, s.width / 2 - hw / 2 - 60, 150, 36, red, 'ring');
    s.put(s.width / 2, 172, doc.hospital.name, hs);
    s.line(x0 - 30, 215, right + 30, 215, 4, red);
    s.line(x0 - 30, 226, right + 30, 226, 1.5, red);
    s.put(s.width / 2, 330, rng.pick(['诊 断 证 明 书', '疾 病 诊 断 证 明']), st('serifBold', 20, { align: 'center', spacing: 8 }));
    const no = `${rng.pick(['证字', '医证', '中医证'])}〔${doc.dates.issue.slice(0, 4)}〕第${String(rng.int(12, 2400)).padStart(4, '0')}号`;
    s.put(right, 400, no, st(f.face, pt - 1.5, { align: 'right' }));

    // Label … value lines, the values in one column.
    const col = x0 + 330;
    let y = 500;
    const field = (label: string, values: readonly string[]): void => {
      const lw = s.put(x0, y, label, b);
      leader(s, x0 + lw, col, y);
      values.forEach((v, i) => s.put(col, y + i * lh, v, f));
      y += lh * (values.length + 0.25);
    };
    const name2 = (t: string): string => ([...t].length === 4 ? t : [...t].join(t.length === 2 ? '\u3000\u3000' : '\u3000'));
    field(name2('姓名'), [p.name]);
    field(name2('性别'), [`${p.sex}\u3000\u3000年龄：${p.age}岁\u3000\u3000民族：${nationOf(doc, rng)}`]);
    field('身份证号', [p.idNumber]);
    field(name2('门诊号'), [doc.recordNo]);
    field('初诊日期', [formatDate(doc.dates.firstVisit, rng.pick(['cnShort', 'cn'] as const))]);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue });
    const tcm = tcmDx(doc, rng, rng.pick(['（）', ' '] as const));
    const western = besideTcm(doc.dx.western, tcm, rng);
    const how: Mark = rng.pick(['1.', '1、', '①'] as const);
    field('中医诊断', listed(tcm, how));
    field('西医诊断', listed(western, how));
    s.diagnoses([...tcm, ...western]);
    field('治疗意见', wrap(s, `${rng.pick(ADVICE)}，不适随诊。`, right - col, f));
    y += lh * 0.4;
    s.put(x0 + px(pt) * 2, y, '特此证明。', f);

    const by = Math.max(y + lh * 3, 1650);
    const sw = s.put(x0, by, '经治医师：', f);
    handwritten(s, x0 + sw + 10, by, doc.doctors.attending, pt * 1.2, rng);
    const date = formatDate(doc.dates.issue, rng.pick(['cnNumeral', 'cnNumeralO'] as const));
    const cx = right - Math.max(s.measure(doc.hospital.name, f), s.measure(date, f)) / 2;
    s.put(cx, by, doc.hospital.name, { ...f, align: 'center' });
    s.put(cx, by + lh * 1.2, date, { ...f, align: 'center' });
    seal(s, cx + rng.range(-40, 40), by + rng.range(-10, 30), rng.range(122, 138), doc.hospital.name, '诊断证明专用章', rng);
  },
};
