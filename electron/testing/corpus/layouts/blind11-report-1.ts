import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import type { Rng } from '../rng';
import type { Sheet } from '../sheet';
import { handwritten, logo } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { para, suited } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { local11, PLACES11 } from './blind11-kit';

const KEYS: readonly DiseaseKey[] = ['DIABETES', 'DIABETES', 'DIABETES', 'HYPERTENSION'];

/** A colour fundus photograph: orange-red disc of retina, optic disc, arcades of vessels, a few dots when `lesions`. Not text. */
function fundus(s: Sheet, cx: number, cy: number, r: number, right: boolean, lesions: number, rng: Rng): void {
  const g = s.g;
  g.save();
  g.fillStyle = '#0b0b0b';
  g.fillRect(cx - r - 14, cy - r - 14, 2 * r + 28, 2 * r + 28);
  g.beginPath();
  g.arc(cx, cy, r, 0, Math.PI * 2);
  const grad = g.createRadialGradient(cx, cy, r * 0.1, cx, cy, r);
  grad.addColorStop(0, '#e0783a');
  grad.addColorStop(0.75, '#b84a22');
  grad.addColorStop(1, '#5e1d0e');
  g.fillStyle = grad;
  g.fill();
  g.clip();
  const disc = [cx + (right ? 1 : -1) * r * 0.38, cy];
  g.beginPath();
  g.arc(disc[0] ?? cx, disc[1] ?? cy, r * 0.13, 0, Math.PI * 2);
  g.fillStyle = '#f6d9a0';
  g.fill();
  g.strokeStyle = '#7a1a12';
  g.lineCap = 'round';
  for (const up of [-1, 1]) {
    for (const [len, width] of [[1.4, 5], [1.2, 3.4]] as const) {
      g.lineWidth = width;
      g.beginPath();
      g.moveTo(disc[0] ?? cx, disc[1] ?? cy);
      const dir = right ? -1 : 1;
      g.bezierCurveTo((disc[0] ?? cx) + dir * r * 0.2, cy + up * r * 0.5 * len, cx + dir * r * 0.5, cy + up * r * 0.55 * len,
        cx + dir * r * 1.1, cy + up * r * rng.range(0.25, 0.45) * len);
      g.stroke();
    }
  }
  g.fillStyle = 'rgba(120, 30, 15, 0.5)';
  g.beginPath();
  g.arc(cx - (right ? 1 : -1) * r * 0.12, cy, r * 0.09, 0, Math.PI * 2);
  g.fill();
  for (let i = 0; i < lesions; i += 1) {
    const [x, y] = [cx + rng.range(-0.6, 0.6) * r, cy + rng.range(-0.6, 0.6) * r];
    g.fillStyle = rng.chance(0.6) ? '#7d0f0c' : '#f3e7a8';
    g.beginPath();
    g.arc(x, y, rng.range(3, 7), 0, Math.PI * 2);
    g.fill();
  }
  g.restore();
}

/**
 * 眼底照相 / 糖尿病视网膜病变筛查报告 of a county or city hospital's 眼科 (Yunnan, Guizhou, Hainan, Guangxi, Hubei, Shanghai …):
 * logo letterhead, ruled header lines with 申请日期 (decoy) and 检查日期 (decoy when the report comes later), the clinical
 * diagnosis on its own line (counted), two fundus photographs (OD / OS), 检查所见 per eye, 印象 (a grade of retinopathy,
 * not the clinical diagnosis), the doctor's handwriting and 报告日期 at the bottom (truth). The ID is printed in full (truth).
 */
export const blind11Report1: Layout = {
  id: 'blind11-report-1',
  kind: 'report',
  split: 'blind',
  style: 'County / city 眼科 眼底照相（糖网筛查）报告: logo letterhead, ruled header lines, two colour fundus photographs, '
    + 'findings per eye, serif or sans 10.5–11.5 pt, 报告日期 at the bottom',
  exercises: ['申请日期 / 检查日期 in the header (decoys)', '临床诊断 line (counted)', 'two fundus photos', '印象 grading (not the diagnosis)',
    '报告日期 at the bottom (truth)', 'full 身份证号 (truth)'],
  doc: (rng) => countyWords(suited(local11(makeDoc(rng, { kind: 'report', keys: KEYS, hospitals: PLACES11, compoundSurnames: 0.05 }),
    rng)), rng, { outside: 0.15, near: 0, avoid: /视网膜|足|神经/u }),
  draw(s, doc, rng) {
    const x0 = 120;
    const x1 = s.width - 120;
    const w = x1 - x0;
    const serif = rng.chance(0.45);
    const pt = rng.pick([10.5, 11, 11.5]);
    const f = st(serif ? 'serif' : 'sans', pt);
    const b = st(serif ? 'serifBold' : 'sansMedium', pt);
    const lh = px(pt) * 1.6;
    const p = doc.patient;
    const color = rng.pick(['#1a4f8b', '#25613a', '#222222']);

    logo(s, x0 + 50, 130, 44, color, rng.pick(['ring', 'cross'] as const));
    s.put(x0 + 120, 128, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 19, { color }));
    s.put(x0 + 120, 172, `眼科 · ${doc.hospital.phone}`, st('sansLight', 9, { color: '#555' }));
    s.put(s.width / 2, 262, rng.pick(['眼底照相检查报告', '糖尿病视网膜病变筛查报告']), st(b.face, 16, { align: 'center', spacing: 3 }));
    s.line(x0, 292, x1, 292, 2.5);
    const ds: DateStyle = rng.pick(['iso', 'cn', 'slash'] as const);
    const asked = addDays(doc.dates.sample, -rng.int(0, 10));
    const rows: [string, string][][] = [
      [['姓名：', p.name], ['性别：', p.sex], ['年龄：', `${p.age}岁`], ['检查号：', `FD${doc.recordNo.slice(-7)}`]],
      [['身份证号：', p.idNumber], ['科别：', rng.pick(['内分泌科', '眼科门诊', '体检中心', doc.department])]],
      [['申请日期：', formatDate(asked, ds)], ['检查日期：', formatDate(doc.dates.sample, ds)], ['设备：', rng.pick(['免散瞳眼底照相机', 'Topcon TRC-NW8'])]],
    ];
    let y = 345;
    for (const row of rows) {
      const at = row.length === 4 ? [0, 0.3, 0.5, 0.7] : row.length === 3 ? [0, 0.36, 0.72] : [0, 0.5];
      row.forEach(([l, v], i) => s.pair(x0 + (at[i] ?? 0) * w, y, l, v, b, f));
      y += lh * 1.15;
    }
    s.line(x0, y - lh * 0.6, x1, y - lh * 0.6, 1);
    s.diagnoses(doc.dx.western);
    y = para(s, x0, y + lh * 0.2, w, `临床诊断：${doc.dx.western.map((x) => x.text).join('；')}`, f, lh) + lh * 0.2;
    s.note({ name: p.name, idNumber: p.idNumber, reportDate: doc.dates.report });

    const r = 250;
    const diabetic = doc.dx.keys.includes('DIABETES');
    const grade = diabetic ? rng.int(0, 3) : 0;
    for (const [i, right] of [[0, true], [1, false]] as const) {
      const cx = x0 + w * (i === 0 ? 0.26 : 0.74);
      fundus(s, cx, y + r + 30, r, right, grade * rng.int(3, 6), rng);
      s.put(cx, y + 2 * r + 110, right ? '右眼（OD）' : '左眼（OS）', { ...f, align: 'center' });
    }
    y += 2 * r + 190;
    const stage = ['未见明显糖尿病视网膜病变', '轻度非增殖期糖尿病视网膜病变', '中度非增殖期糖尿病视网膜病变', '重度非增殖期糖尿病视网膜病变'];
    const seen = diabetic
      ? (grade === 0 ? '视盘边界清，色淡红，C/D约0.3，视网膜平伏，黄斑中心凹反光可见，未见出血及渗出。'
        : `视盘边界清，C/D约0.3，后极部可见散在微血管瘤及点状出血${grade >= 2 ? '，颞侧见少许硬性渗出' : ''}，黄斑区未见明显水肿。`)
      : '视盘边界清，动脉变细，反光增强，可见动静脉交叉压迫征，未见出血及渗出。';
    s.put(x0, y, '检查所见：', b);
    y = para(s, x0, y + lh, w, `双眼${seen}`, f, lh, { indent: px(pt) * 2 }) + lh * 0.4;
    s.put(x0, y, '印象：', b);
    const impression = diabetic ? `双眼${stage[grade] ?? ''}` : `双眼视网膜动脉硬化（${rng.pick(['Ⅰ级', 'Ⅱ级'])}）`;
    y = para(s, x0, y + lh, w, `${impression}。建议${grade >= 2 ? '眼科专科就诊' : '每年复查眼底'}，控制血糖、血压。`, f, lh,
      { indent: px(pt) * 2 });

    const fy = Math.max(y + lh * 2, 2020);
    s.line(x0, fy - lh, x1, fy - lh, 1.2);
    const sw = s.put(x0, fy, '报告医师：', f);
    handwritten(s, x0 + sw + 10, fy, doc.doctors.attending, pt * 1.3, rng);
    s.put(x1, fy, `报告日期：${formatDate(doc.dates.report, rng.pick(['cn', 'iso', 'isoTime'] as const), doc.times.report)}`,
      { ...f, align: 'right' });
    s.put(x0, fy + lh * 1.4, '本报告仅供临床参考，不作诊断证明之用。', st(f.face, 8.5, { color: '#555' }));
  },
};
