import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { barcode, handwritten, seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { listed } from './kit';
import { para } from './tune6-kit';
import { cycles, local23, regimenOf, TUMOUR23 } from './tune23-kit';

/**
 * 化疗出院小结 of a Henan / Hebei / Shandong city 肿瘤医院 (肿瘤内科): hospital name left with the ward, 住院号 barcode right,
 * a ruled header (姓名 — truth —, 身份证号 — truth —) and one line 本次入院 … 本次出院 … (truth, the stay's dates), then a bordered
 * 化疗住院记录 table listing every short stay of the course — cycle, 入院, 出院, 方案 — whose earlier rows are decoys (the last row is
 * this stay again, marked 本次); 入院诊断 in a sentence (not truth), the day the cycle was given (decoy), 出院诊断 numbered (truth)
 * and 下次化疗 / 复查 dates in the advice (decoys).
 */
export const tune23DischargeChemoCycles: Layout = {
  id: 'tune23-discharge-chemo-cycles',
  kind: 'discharge',
  split: 'tune',
  style: 'Henan / Hebei / Shandong city 肿瘤医院 肿瘤内科 化疗出院小结: name and ward left, barcode right, ruled header with the stay on '
    + 'one line, bordered 化疗住院记录 table of the earlier cycles, prose, numbered 出院诊断, serif or sans 10.5–11.5 pt',
  exercises: ['本次入院 / 本次出院 on one header line (truth)', 'a table of 3–5 earlier short stays with their dates (decoys), '
    + 'this stay repeated as the last row', '化疗 given on a day inside the stay (decoy)', '入院诊断 in a sentence (not truth)',
  '下次化疗 and 复查 dates in the advice (decoys)'],
  doc: (rng) => local23(makeDoc(rng, { kind: 'discharge', keys: ['MALIGNANT_TUMOR_OUTPATIENT'], hospitals: TUMOUR23 }), rng),
  draw(s, doc, rng) {
    const x0 = 130;
    const right = s.width - 130;
    const w = right - x0;
    const serif = rng.chance(0.5);
    const pt = rng.pick([10.5, 11, 11.5]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifSemi' : 'sansMedium', pt);
    const lh = px(pt) * 1.75;
    const p = doc.patient;
    const ds: DateStyle = rng.pick(['cn', 'iso', 'dotPad'] as const);
    const tumour = doc.dx.western.find((d) => d.key === 'MALIGNANT_TUMOR_OUTPATIENT')?.text ?? '恶性肿瘤';
    const regimen = regimenOf(tumour, rng);
    const course = cycles(doc, rng, regimen);
    const now = course[course.length - 1]!;
    const ward = `肿瘤内科${rng.pick(['一', '二', '三'])}病区`;

    s.put(x0, 140, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 19, { spacing: 2 }));
    s.put(x0, 205, ward, st(serif ? 'serif' : 'sans', 12, { color: '#333' }));
    barcode(s, right - 340, 80, doc.recordNo, 64, 2.5);
    s.put(right - 170, 175, `住院号 ${doc.recordNo}`, st('sans', 9, { align: 'center' }));
    s.put(s.width / 2, 290, '化 疗 出 院 小 结', st(serif ? 'serifBold' : 'sansBold', 16, { align: 'center', spacing: 4 }));
    s.line(x0, 320, right, 320, 2.5);
    s.line(x0, 327, right, 327, 1);

    let y = 320 + lh * 1.3;
    const [sex, age] = sexAge(doc);
    const cells: [string, string, number][] = [['姓名：', p.name, 0], ['性别：', sex, 0.24], ['年龄：', age, 0.42],
      ['床号：', `${doc.bed}床`, 0.62], ['住院次数：', `第${now.n}次`, 0.8]];
    for (const [l, v, k] of cells) s.pair(x0 + w * k, y, l, v, b, f);
    y += lh;
    s.pair(x0, y, '身份证号：', p.idNumber, b, f);
    s.pair(x0 + w * 0.62, y, '主治医师：', doc.doctors.attending, b, f);
    y += lh;
    const stay = `本次入院：${formatDate(doc.dates.admission, ds)}\u3000\u3000本次出院：${formatDate(doc.dates.discharge, ds)}`
      + `\u3000\u3000住院${doc.stayDays}天`;
    s.pair(x0, y, '', stay, b, f);
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    s.line(x0, y + lh * 0.45, right, y + lh * 0.45, 1.2);

    y += lh * 1.4;
    s.put(x0, y, '化疗住院记录：', b);
    y += lh * 0.5;
    const sm = st(f.face, pt - 1);
    const cols = [0.12, 0.24, 0.24, 0.22, 0.18].map((k) => k * w);
    const head = ['周期', '入院日期', '出院日期', '化疗方案', '备注'];
    const rows = course.map((c) => [`C${c.n}`, formatDate(c.from, 'iso'), formatDate(c.to, 'iso'), c.regimen,
      c === now ? '本次' : rng.pick(['Ⅰ度骨髓抑制', '恶心Ⅰ度', '无特殊', '乏力'])]);
    y = s.grid(x0, y, lh * 1.1, [head, ...rows].map((r, i) => r.map((t, j) => ({ text: t, w: cols[j]!, label: i === 0,
      align: 'center' as const }))), sm, { shade: '#e8e8e8', label: st(b.face, pt - 1), border: 1.5 });

    y += lh * 1.2;
    const gave = addDays(doc.dates.admission, 1);
    const text: [string, string][] = [
      ['入院情况：', `患者因“${tumour}，第${now.n - 1}周期化疗后${rng.int(18, 24)}天”入院，入院诊断：${tumour}（拟行第${now.n}周期化疗）。`
        + `${doc.history.negated}。入院ECOG评分${rng.int(0, 1)}分，血常规、肝肾功能未见化疗禁忌。`],
      ['诊疗经过：', `于${formatDate(gave, 'cnShort')}予${regimen}第${now.n}周期化疗，辅以止吐、护胃、水化等对症治疗，`
        + `过程顺利，未诉明显不适。复查血常规：WBC ${rng.range(3.6, 6.8).toFixed(2)}×10^9/L，PLT ${rng.int(110, 260)}×10^9/L。`],
      ['出院情况：', '患者一般情况可，饮食睡眠可，无发热，准予出院。'],
    ];
    for (const [l, t] of text) {
      const lw = s.put(x0, y, l, b);
      y = para(s, x0, y, w, t, f, lh, { indent: lw }) + lh * 0.2;
    }
    const dl = s.put(x0, y, '出院诊断：', b);
    listed(doc.dx.western, rng.pick(['1.', '1、'] as const)).forEach((t, i) => s.put(x0 + dl, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += lh * (doc.dx.western.length + 0.3);
    const next = addDays(now.from, 21);
    y = para(s, x0, y, w, `出院医嘱：1.出院后每周复查血常规2次，${formatDate(addDays(doc.dates.discharge, 7), 'cnShort')}复查肝肾功能；`
      + `2.预约${formatDate(next, 'cnShort')}入院行第${now.n + 1}周期化疗；3.如有发热、出血等不适及时就诊。`, f, lh);

    const by = Math.max(y + lh * 2.5, 1500);
    const sw = s.put(right - 520, by, '医师签名：', f);
    handwritten(s, right - 520 + sw + 8, by, doc.doctors.resident, pt * 1.3, rng);
    s.put(x0, by, `${formatDate(doc.dates.discharge, 'cn')}`, f);
    seal(s, right - 260, by - 40, 100, doc.hospital.name, '出院专用章', rng);
  },
};
