import { makeDoc, type Doc } from '../case';
import { addDays, formatDate } from '../dates';
import { handwritten, logo } from '../marks';
import type { Rng } from '../rng';
import type { Sheet } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { suited, wrap } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { COUNTY12, TOWN12 } from './tune12-kit';
import { NATION_COUNTY, native, ymd } from './blind8-kit';

const GRADES = ['无明显糖尿病视网膜病变', '轻度非增殖期糖尿病视网膜病变', '中度非增殖期糖尿病视网膜病变', '重度非增殖期糖尿病视网膜病变',
  '增殖期糖尿病视网膜病变'];
const SHORT = ['无DR', '轻度NPDR', '中度NPDR', '重度NPDR', 'PDR'];

/** A fundus photograph: the orange disc of the retina on black, the optic disc, the macula, vessels, and lesions for `grade`. */
function fundus(s: Sheet, cx: number, cy: number, r: number, right: boolean, grade: number, rng: Rng): void {
  const g = s.g;
  g.fillStyle = '#050505';
  g.fillRect(cx - r - 16, cy - r - 16, 2 * r + 32, 2 * r + 32);
  g.save();
  g.beginPath();
  g.arc(cx, cy, r, 0, Math.PI * 2);
  g.clip();
  const bg = g.createRadialGradient(cx, cy, r * 0.1, cx, cy, r);
  bg.addColorStop(0, `rgb(${rng.int(214, 232)}, ${rng.int(110, 130)}, ${rng.int(50, 70)})`);
  bg.addColorStop(1, `rgb(${rng.int(120, 150)}, ${rng.int(40, 60)}, ${rng.int(20, 35)})`);
  g.fillStyle = bg;
  g.fillRect(cx - r, cy - r, 2 * r, 2 * r);
  const dx = cx + (right ? 1 : -1) * r * 0.42;
  g.fillStyle = 'rgba(90, 30, 15, 0.45)';
  g.beginPath();
  g.arc(cx - (right ? 1 : -1) * r * 0.05, cy, r * 0.16, 0, Math.PI * 2);
  g.fill();
  g.strokeStyle = 'rgba(150, 25, 20, 0.85)';
  g.lineCap = 'round';
  for (const up of [-1, 1]) {
    for (let k = 0; k < 3; k += 1) {
      g.lineWidth = 7 - k * 1.8;
      g.beginPath();
      g.moveTo(dx, cy);
      const bend = (right ? -1 : 1) * r * rng.range(0.5, 1.1);
      g.bezierCurveTo(dx + bend * 0.3, cy + up * r * (0.35 + k * 0.15), dx + bend, cy + up * r * (0.5 + k * 0.1),
        dx + bend * 1.4, cy + up * r * rng.range(0.2, 0.9));
      g.stroke();
    }
  }
  g.fillStyle = '#f4d98e';
  g.beginPath();
  g.arc(dx, cy, r * 0.11, 0, Math.PI * 2);
  g.fill();
  for (let i = 0; i < grade * 9; i += 1) {
    const [a, d] = [rng.range(0, Math.PI * 2), rng.range(0.15, 0.8) * r];
    g.fillStyle = i % 3 === 0 && grade >= 2 ? 'rgba(250, 230, 140, 0.9)' : 'rgba(110, 10, 10, 0.9)';
    g.beginPath();
    g.arc(cx + Math.cos(a) * d, cy + Math.sin(a) * d, rng.range(2.5, grade >= 3 ? 8 : 5), 0, Math.PI * 2);
    g.fill();
  }
  g.restore();
}

/** Diabetes is always the reason for the screening: it is named first. */
function diabetic(doc: Doc): Doc {
  const dm = doc.dx.western.filter((d) => d.key === 'DIABETES');
  return { ...doc, department: doc.department.includes('内分泌') ? doc.department : '眼科', dx: { ...doc.dx,
    western: [...dm, ...doc.dx.western.filter((d) => d.key !== 'DIABETES' && !/视网膜/u.test(d.text))] } };
}

/**
 * 糖尿病视网膜病变 AI 辅助筛查报告 (免散瞳眼底照相) of a county hospital anywhere in China or a Liaocheng 卫生院 whose pictures a
 * city 远程阅片中心 reads: logo letterhead, two rules around a borderless header with 身份证号 (truth) and 临床诊断 (counted), two
 * fundus photographs (OD / OS), a graded result table, AI 结论 and the reading doctor's opinion naming the retinopathy, and a
 * times row — 拍摄时间 and AI 分析时间 (not truth) before 审核时间 / 报告日期 (truth, the same day or days later), 上次筛查 earlier,
 * the software's registration number.
 */
export const blind8Report1: Layout = {
  id: 'blind8-report-fundus-ai',
  kind: 'report',
  split: 'blind',
  style: 'County hospital / 卫生院 糖网 AI 辅助筛查报告: logo letterhead, ruled borderless header, two fundus photographs, graded '
    + 'result table, AI and doctor conclusions, times row, sans or light sans 10–11 pt',
  exercises: ['拍摄时间 / AI分析时间 / 审核时间 with 报告日期 (truth) on different days', '上次筛查日期 (not truth)',
    '临床诊断 (counted) vs the retinopathy in the conclusion', '远程阅片中心 naming a city hospital (not the issuer)',
    '国械注准 registration digits and 检查号'],
  doc: (rng) => native(diabetic(countyWords(suited(makeDoc(rng, { kind: 'report', keys: ['DIABETES'],
    hospitals: [...NATION_COUNTY, ...COUNTY12, ...TOWN12], compoundSurnames: 0.1 })), rng, { outside: 0.1, near: 0,
    avoid: /视网膜/u })), rng),
  draw(s, doc, rng) {
    const x0 = 110;
    const right = s.width - x0;
    const w = right - x0;
    const face = rng.pick(['sans', 'sansLight'] as const);
    const pt = rng.pick([10, 10.5, 11]);
    const f = st(face, pt);
    const b = st('sansMedium', pt);
    const lh = px(pt) * 1.75;
    const p = doc.patient;
    const blue = rng.pick(['#1e5aa8', '#16707a', '#5a3c96']);
    const town = /卫生院|服务中心/u.test(doc.hospital.name);

    logo(s, x0 + 42, 116, 38, blue, rng.pick(['cross', 'ring'] as const));
    s.put(x0 + 100, 132, doc.hospital.name, st('sansBold', 17, { color: blue }));
    s.put(right, 112, `检查号：FP${ymd(doc.dates.sample, 'compact')}${String(rng.int(1, 299)).padStart(4, '0')}`, { ...f, align: 'right' });
    s.put(right, 152, town ? '基层糖网筛查点' : `${doc.department}\u3000眼底照相室`, { ...f, align: 'right' });
    s.put(s.width / 2, 232, rng.pick(['糖尿病视网膜病变AI辅助筛查报告', '眼底彩色照相检查报告（AI辅助）']),
      st('sansBold', 15, { align: 'center', spacing: 2 }));
    s.line(x0, 262, right, 262, 2.4, blue);

    let y = 262 + lh;
    const stops = [x0, x0 + w * 0.25, x0 + w * 0.45, x0 + w * 0.7];
    [['姓名：', p.name], ['性别：', p.sex], ['年龄：', `${p.age}岁`], ['门诊号：', doc.recordNo]]
      .forEach(([l, v], i) => s.pair(stops[i] ?? x0, y, l ?? '', v ?? '', b, f));
    y += lh;
    s.pair(x0, y, '身份证号：', p.idNumber, b, f);
    s.pair(stops[2] ?? x0, y, '病程：', `糖尿病${rng.int(2, 18)}年`, b, f);
    s.pair(stops[3] ?? x0, y, '申请医生：', doc.doctors.attending, b, f);
    y += lh;
    const dw = s.put(x0, y, '临床诊断：', b);
    const texts = doc.dx.western.map((d) => d.text);
    const lines = wrap(s, texts.join('；'), w - dw, f, { keep: texts });
    lines.forEach((t, i) => s.put(x0 + dw, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    s.note({ name: p.name, idNumber: p.idNumber, reportDate: doc.dates.report });
    y += lh * (lines.length - 0.45);
    s.line(x0, y, right, y, 1.2, blue);

    const grade = [rng.int(0, 3), rng.int(0, 3)] as const;
    const r = 290;
    y += 90;
    ['右眼（OD）', '左眼（OS）'].forEach((t, i) => {
      const cx = x0 + w * (i === 0 ? 0.27 : 0.73);
      s.put(cx, y, t, st('sansMedium', 11, { align: 'center' }));
      fundus(s, cx, y + 40 + r, r, i === 0, grade[i] ?? 0, rng);
    });
    y += 2 * r + 140;
    const c = [w * 0.14, w * 0.14, w * 0.34, w * 0.18, w * 0.2];
    const hyper = doc.dx.keys.includes('HYPERTENSION');
    const other = (): string => (hyper && rng.chance(0.6) ? '视网膜动脉硬化' : '未见明显异常');
    y = s.grid(x0, y, lh * 1.25, [
      ['眼别', '图像质量', 'DR分级（AI）', '黄斑水肿', '其他发现'].map((t, i) => ({ text: t, w: c[i] ?? 0, label: true })),
      ...['右眼', '左眼'].map((eye, i) => [eye, rng.pick(['合格', '合格', '基本合格']), GRADES[grade[i] ?? 0] ?? '',
        (grade[i] ?? 0) >= 2 && rng.chance(0.5) ? '可疑' : '无', other()]
        .map((t, j) => ({ text: t, w: c[j] ?? 0, align: 'center' as const }))),
    ], f, { shade: '#eef3f8', label: b, border: 1.2 });
    y += lh * 1.2;
    const worst = Math.max(...grade);
    const ai = `右眼${SHORT[grade[0]] ?? ''}，左眼${SHORT[grade[1]] ?? ''}。`;
    s.pair(x0, y, 'AI结论：', ai, b, f);
    y += lh * 1.2;
    const opinion = worst === 0 ? '双眼眼底未见明显糖尿病视网膜病变，建议每年复查眼底一次。'
      : `${grade[0] > 0 && grade[1] > 0 ? '双眼' : grade[0] > 0 ? '右眼' : '左眼'}${GRADES[worst] ?? ''}，`
        + `建议${worst >= 2 ? '转诊眼科进一步行OCT及荧光造影检查' : '6～12个月复查'}，控制血糖、血压、血脂。`;
    const ow = s.put(x0, y, '医师意见：', b);
    y = wrap(s, opinion, w - ow, f).reduce((yy, t) => (s.put(x0 + ow, yy, t, f), yy + lh), y) + lh * 0.6;
    const last = addDays(doc.dates.sample, -rng.int(200, 500));
    s.pair(x0, y, '上次筛查：', `${formatDate(last, 'iso')}（${rng.pick(['无DR', '轻度NPDR'])}）`, b, f);
    y += lh * 1.6;

    const ts = doc.times;
    const time = (iso: string, m: number): string => formatDate(iso, 'isoTime', m);
    const row: [string, string][] = [['拍摄时间：', time(doc.dates.sample, ts.sample)],
      ['AI分析：', time(doc.dates.sample, ts.sample + rng.int(1, 4))],
      ['审核时间：', time(doc.dates.report, ts.report)]];
    row.forEach(([l, v], i) => s.pair(x0 + i * w * 0.34, y, l, v, b, f));
    y += lh * 1.4;
    s.pair(x0, y, '拍摄技师：', doc.doctors.resident, b, f);
    const rw = s.put(x0 + w * 0.34, y, '审核医师：', b);
    handwritten(s, x0 + w * 0.34 + rw + 8, y, doc.doctors.checker, pt * 1.3, rng);
    s.pair(x0 + w * 0.68, y, '报告日期：', formatDate(doc.dates.report, rng.pick(['cn', 'iso'] as const)), b, f);
    y += lh * 1.4;
    if (town) s.put(x0, y, `远程阅片中心：${rng.pick(['聊城市人民医院', '聊城市眼科医院'])}眼科`, f);
    const small = st(face, 9, { color: '#555' });
    s.put(x0, 2200, '*本报告由人工智能眼底影像辅助诊断软件生成，经医师审核后有效，仅供临床参考。', small);
    s.put(x0, 2236, `软件注册证号：国械注准2020321${rng.int(1000, 9999)}\u3000设备：免散瞳眼底照相机`, small);
  },
};
