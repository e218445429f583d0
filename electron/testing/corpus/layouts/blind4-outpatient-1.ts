import { makeDoc } from '../case';
import { formatDate, parts } from '../dates';
import { TOWNSHIP } from '../hospitals';
import { barcode, handwritten } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { CHRONIC, COUNTY4, fit, local, paper, pen, penWidth, TOWNSHIP4, wrap } from './blind4-kit';

/** What the doctor writes under 现病史 for the disease (no dates, no other disease). */
const STORY: Record<string, string> = {
  HYPERTENSION: '血压控制欠佳，自测血压波动于150-170/90-100mmHg，伴头晕，无胸痛。',
  DIABETES: '平素血糖控制不佳，空腹血糖8-10mmol/L，口干多饮，无视物模糊。',
  CORONARY_HEART_DISEASE: '活动后胸闷、气短，休息数分钟可缓解，无放射痛。',
  CEREBROVASCULAR_DISEASE: '遗留右侧肢体活动不利，言语稍欠流利，无头痛呕吐。',
  SEVERE_MENTAL_DISORDER: '家属诉近期睡眠差，自语自笑，服药依从性差。',
  POST_ARTERIAL_STENT_ANTICOAGULATION: '规律服用抗血小板药物，近日胸闷，无黑便。',
  URAEMIA_DIALYSIS: '规律血液透析每周2-3次，乏力、纳差，尿量减少。',
};

/**
 * A township health centre's or county hospital's 门诊病历本 page: the registration desk's thermal sticker pasted at the
 * top (hospital, 姓名 / 性别 / 年龄, 门诊号, 科室, the visit's 就诊日期 or 挂号时间, a barcode), then the doctor's ballpoint
 * on the booklet's ruled lines: the date in the margin (often without the year), 主诉, 现病史, 既往史, 查体, 诊断 and 处理.
 */
export const blind4Outpatient1: Layout = {
  id: 'blind4-outpatient-1',
  kind: 'outpatient',
  split: 'blind',
  style: 'Township health centre / county hospital 门诊病历本 (Sichuan, Henan, Gansu, Jiangxi, Hebei, Jiangsu, Shandong): '
    + 'thermal registration sticker, ruled booklet page, the record handwritten in ballpoint 12–13 pt',
  exercises: ['姓名 / 性别 / 年龄 only on a small thermal sticker (sans 9.5–10.5 pt) pasted on the booklet',
    'the visit as 就诊日期 or 挂号时间 with seconds on the sticker',
    'the date handwritten again in the margin (2025.3.4, 3.4 without the year, 3-4)',
    'the record handwritten on ruled lines: 主诉, 现病史, 既往史 with denials, 查体',
    '诊断 / 初步诊断 handwritten, numbered, one a line (counted)', '处理 / Rp with medicines', 'the doctor\'s name handwritten at the end',
    'no ID number'],
  doc: (rng) => fit(local(makeDoc(rng, { kind: 'outpatient', hospitals: [...TOWNSHIP4, ...TOWNSHIP4, ...COUNTY4, ...TOWNSHIP], keys: CHRONIC,
    compoundSurnames: 0.06 }), rng)),
  draw(s, doc, rng) {
    paper(s, rng.pick(['#fbfaf3', '#f8f8f2', '#fdfcf7']));
    const pre = rng.pick(['#2f5f8f', '#2e6b45', '#4a4a4a']);
    const x0 = 110;
    const right = s.width - 110;
    const p = doc.patient;

    // The booklet's own print: a title, 第 页, the ruling and the margin.
    s.put(s.width / 2, 110, '门 诊 病 历 记 录', st('serifSemi', 12, { align: 'center', color: pre, spacing: 4 }));
    s.put(right, 110, '第\u3000\u3000页', st('serif', 9.5, { align: 'right', color: pre }));
    s.line(x0, 130, right, 130, 1.6, pre);
    const step = rng.pick([76, 80, 84]);
    const first = 560;
    for (let y = first; y <= 2230; y += step) s.line(x0, y, right, y, 1, '#a9bfd8');
    const margin = x0 + 240;
    s.line(margin, 130, margin, 2240, 1.4, '#d98c8c');

    // The registration sticker.
    const sx = x0 + rng.int(10, 120);
    const sy = rng.int(175, 215);
    const sw = 1000;
    const tp = rng.pick([9.5, 10, 10.5]);
    const lh = px(tp) * 1.75;
    const sh = Math.round(lh * 4.2 + 70);
    s.g.fillStyle = 'rgba(60, 60, 60, 0.16)';
    s.g.fillRect(sx + 6, sy + 6, sw, sh);
    s.g.fillStyle = '#f6f6f2';
    s.g.fillRect(sx, sy, sw, sh);
    s.rect(sx, sy, sw, sh, 1, '#c4c4bd');
    const t = st('sans', tp, { color: '#262626' });
    const tb = st('sansMedium', tp + 1, { color: '#1e1e1e' });
    s.put(sx + 30, sy + 60, `${doc.hospital.name}\u3000门诊挂号凭条`, tb);
    s.put(sx + 30, sy + 60 + lh * 1.2, `姓名：${p.name}`, t);
    s.put(sx + 330, sy + 60 + lh * 1.2, `性别：${p.sex}`, t);
    s.put(sx + 520, sy + 60 + lh * 1.2, `年龄：${p.age}岁`, t);
    s.put(sx + 30, sy + 60 + lh * 2.2, `门诊号：${doc.recordNo}`, t);
    s.put(sx + 520, sy + 60 + lh * 2.2, `科室：${rng.pick(['全科门诊', '内科门诊', doc.department])}`, t);
    const stamp = formatDate(doc.dates.visit, rng.pick(['isoSec', 'isoTime', 'slashTime'] as const), doc.times.visit);
    s.put(sx + 30, sy + 60 + lh * 3.2, `${rng.pick(['就诊日期', '挂号时间'])}：${stamp}`, t);
    s.put(sx + 520, sy + 60 + lh * 3.2, `费别：${rng.pick(['居民医保', '自费', '职工医保'])}`, t);
    barcode(s, sx + sw - 250, sy + 40, doc.recordNo.slice(-8), 90, 2.2);
    s.note({ name: p.name, visitDate: doc.dates.visit });

    // The doctor's hand.
    const hp = rng.pick([12, 12.5, 13]);
    const [y0, m, d] = parts(doc.dates.visit);
    const dateHand = rng.pick([`${y0}.${m}.${d}`, `${m}.${d}`, `${m}-${d}`, `${y0}-${m}-${d}`]);
    const dp = penWidth(s, dateHand, hp) > margin - x0 - 20 ? hp * 0.85 : hp;
    const tx = margin + 24;
    const tw = right - tx - 10;
    const base = (row: number): number => first + row * step + step - 12;
    handwritten(s, x0 + 12, base(0), dateHand, dp, rng);

    const dxLabel = rng.pick(['诊断：', '初步诊断：', '诊断：']);
    const items = doc.dx.western.map((x, i) => `${i + 1}.${x.text}`);
    const rx = rng.pick(['处理：', 'Rp：']);
    const meds = doc.medicines.slice(0, 3).map((x, i) => `${i + 1}.${x}`);
    const bp = `${rng.int(128, 182)}/${rng.int(70, 104)}mmHg`;
    const chunks: { text: string; optional?: boolean }[] = [
      { text: `主诉：${doc.complaint}` },
      { text: `现病史：${STORY[doc.primary] ?? '症状反复，间断服药。'}` },
      { text: `既往史：${doc.history.past}，${doc.history.negated}。`, optional: true },
      { text: `家族史：${doc.history.family}。`, optional: true },
      { text: `查体：BP ${bp}，神清，心肺(-)，双下肢不肿。` },
    ];
    const wide = st('sans', hp * 1.1);
    const rowsOf = (text: string): number => wrap(s, text, tw - px(hp) * 0.6, wide).length;
    const fixed = items.length + meds.length + 1 + 1;
    const room = Math.floor((2230 - first) / step) - 1;
    let used = chunks.reduce((n, c) => n + rowsOf(c.text), 0) + fixed;
    for (const c of [...chunks].reverse()) {
      if (used <= room) break;
      if (c.optional) {
        used -= rowsOf(c.text);
        chunks.splice(chunks.indexOf(c), 1);
      }
    }
    let row = 0;
    for (const c of chunks) row += Math.round((pen(s, tx, base(row), tw, c.text, hp, rng, step) - base(row)) / step);
    const lw = penWidth(s, dxLabel, hp) - px(hp) * 0.3;
    items.forEach((it, i) => handwritten(s, i === 0 ? tx : tx + lw, base(row + i), i === 0 ? `${dxLabel}${it}` : it, hp, rng));
    s.diagnoses(doc.dx.western);
    row += items.length;
    const rw = penWidth(s, rx, hp) - px(hp) * 0.3;
    meds.forEach((it, i) => handwritten(s, i === 0 ? tx : tx + rw, base(row + i), i === 0 ? `${rx}${it}` : it, hp, rng));
    row += meds.length;
    handwritten(s, right - penWidth(s, doc.doctors.attending, hp * 1.1) - 40, base(row), doc.doctors.attending, hp * 1.1, rng);
  },
};
