import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, qrCode } from '../marks';
import type { Cell } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { printedOn } from './kit';
import { para, suited } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { fundus, GENERAL_B18, localB18 } from './blind18-kit';

const KEYS: readonly DiseaseKey[] = ['DIABETES', 'DIABETES', 'DIABETES', 'DIABETES', 'HYPERTENSION', 'HYPERTENSION'];
const DR = ['无明显视网膜病变（R0）', '轻度非增殖期病变（R1）', '中度非增殖期病变（R2）', '重度非增殖期病变（R3）'];
const HR = ['视网膜动脉硬化Ⅰ级', '视网膜动脉硬化Ⅱ级', '未见明显异常'];

/**
 * 眼底照相检查报告单 of a Qinghai / Shaanxi / Shanxi / Anhui / Hunan / Hubei county hospital's screening room (read remotely): plain
 * letterhead with a QR, a shaded bordered header grid with the full 身份证号 (truth), 临床诊断 under it (counted), two colour fundus
 * photographs, a grading table per eye, 诊断意见 comparing with the last screening (a decoy date), and at the foot 检查日期 beside
 * 报告日期 (truth: often days after the photographs were taken, when the reading centre answered), with a later 打印时间.
 */
export const blind18Report1: Layout = {
  id: 'blind18-report-1',
  kind: 'report',
  split: 'blind',
  style: 'Qinghai / Shaanxi / Shanxi / Anhui / Hunan / Hubei county 眼底照相 (糖网筛查) report: QR letterhead, shaded bordered header '
    + 'grid, two colour fundus photographs, per-eye grading table, 诊断意见, 检查日期 / 报告日期 at the foot, sans or serif 10.5–11 pt',
  exercises: ['报告日期 beside an earlier 检查日期 (truth: 报告)', 'last screening\'s date in 诊断意见 (not truth)',
    '临床诊断 wrapping under the grid (counted)', 'fundus photographs and a grading table (no text in the images)', '身份证号 in the grid'],
  doc: (rng) => localB18(countyWords(suited(makeDoc(rng, { kind: 'report', keys: KEYS, hospitals: GENERAL_B18, compoundSurnames: 0.08 })),
    rng, { outside: 0.2 }), rng),
  draw(s, doc, rng) {
    s.ink = '#141414';
    const x0 = 120;
    const w = s.width - 2 * x0;
    const right = x0 + w;
    const face = rng.pick(['sans', 'serif'] as const);
    const pt = rng.pick([10.5, 11]);
    const f = st(face, pt);
    const b = st(face === 'sans' ? 'sansMedium' : 'serifSemi', pt);
    const lh = px(pt) * 1.7;
    const p = doc.patient;
    // The report is answered the day of the photographs or up to four days later.
    const reported = rng.chance(0.35) ? doc.dates.sample : addDays(doc.dates.sample, rng.int(1, 4));
    const d = { ...doc, dates: { ...doc.dates, report: reported } };

    s.put(s.width / 2, 130, doc.hospital.name, st(face === 'sans' ? 'sansBold' : 'serifBold', 18, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 200, '眼底照相检查报告单', st(face === 'sans' ? 'sansBold' : 'serifBold', 15, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 245, '（糖尿病视网膜病变筛查）', st(face, 10, { align: 'center', color: '#333' }));
    qrCode(s, right - 120, 80, 120, rng);
    const no = `YD${doc.recordNo.slice(2)}`;
    s.put(x0, 245, `检查号：${no}`, st(face, 9.5));

    const L = (text: string, cw: number): Cell => ({ text, w: cw, label: true });
    const V = (text: string, cw: number): Cell => ({ text, w: cw });
    const rowH = px(pt) * 2;
    let y = s.grid(x0, 275, rowH, [
      [L('姓名', 150), V(p.name, 230), L('性别', 120), V(p.sex, 120), L('年龄', 120), V(`${p.age}岁`, 150), L('送检科室', 150),
        V(doc.department, 374)],
      [L('身份证号', 150), V(p.idNumber, 500), L('门诊号', 150), V(doc.recordNo, 240), L('检查设备', 150), V('Canon CR-2', 224)],
    ], f, { shade: rng.pick(['#ececec', '#e6eef6']), label: b, border: 1.5 });
    y += lh;
    const texts = doc.dx.western.map((x) => x.text);
    s.diagnoses(doc.dx.western);
    y = para(s, x0, y, w, `临床诊断：${texts.join('，')}`, f, lh, { keep: texts });
    s.note({ name: p.name, idNumber: p.idNumber, reportDate: reported });

    const diabetic = doc.dx.keys.includes('DIABETES');
    const grade = (): string => (diabetic ? rng.pick(DR) : rng.pick(HR));
    const [od, os] = [grade(), grade()];
    const r = 250;
    const cy = y + r + 30;
    fundus(s, x0 + w * 0.26, cy, r, true, diabetic && od !== DR[0] ? rng.int(6, 18) : 0, rng);
    fundus(s, x0 + w * 0.74, cy, r, false, diabetic && os !== DR[0] ? rng.int(6, 18) : 0, rng);
    y = cy + r + 24 + lh * 1.1;
    s.put(x0 + w * 0.26, y, '右眼（OD）  后极部 45°', { ...f, align: 'center' });
    s.put(x0 + w * 0.74, y, '左眼（OS）  后极部 45°', { ...f, align: 'center' });
    y += lh * 0.7;

    const edema = (): string => (diabetic && rng.chance(0.2) ? '可疑' : '无');
    y = s.grid(x0, y, rowH, [
      [L('眼别', 160), L(diabetic ? '视网膜病变分级' : '眼底改变', 440), L('黄斑水肿', 250), L('视盘', 250), L('图像质量', 314)],
      [V('右眼', 160), V(od, 440), V(edema(), 250), V('界清色可', 250), V(rng.pick(['可读', '良好']), 314)],
      [V('左眼', 160), V(os, 440), V(edema(), 250), V('界清色可', 250), V(rng.pick(['可读', '良好', '欠佳（小瞳）']), 314)],
    ], f, { shade: '#efefef', label: b, border: 1.3 });
    y += lh * 1.2;

    const lastScreen = formatDate(addDays(doc.dates.sample, -rng.int(300, 420)), 'iso');
    s.put(x0, y, '诊断意见：', b);
    y += lh;
    const opinion = `双眼眼底照相示：右眼${od}，左眼${os}。与${lastScreen}筛查结果比较${rng.pick(['无明显变化', '略有进展'])}。`;
    y = para(s, x0 + px(pt) * 2, y, w - px(pt) * 2, opinion, f, lh, { keep: [lastScreen] });
    y = para(s, x0 + px(pt) * 2, y, w - px(pt) * 2, `建议：${diabetic ? '控制血糖、血压及血脂，' : '控制血压，'}`
      + `${rng.pick(['6个月', '12个月', '3个月'])}后复查眼底，如视力下降请及时至眼科就诊。`, f, lh);
    y += lh * 1.5;

    s.pair(x0, y, '检查技师：', doc.doctors.resident, b, f);
    const rw = s.put(x0 + w * 0.36, y, '阅片医师：', b);
    handwritten(s, x0 + w * 0.36 + rw + 8, y, doc.doctors.attending, pt * 1.3, rng);
    s.pair(x0 + w * 0.68, y, '检查日期：', formatDate(doc.dates.sample, 'iso'), b, f);
    y += lh * 1.2;
    s.pair(x0, y, '远程阅片：', `${rng.pick(['眼科', '远程影像'])}中心`, b, f);
    s.pair(x0 + w * 0.68, y, '报告日期：', formatDate(reported, 'iso'), b, f);
    const small = st(face, 8.5, { color: '#444' });
    s.line(x0, 2185, right, 2185, 1);
    s.put(x0, 2222, '本报告仅供临床参考，不作为诊断依据。', small);
    s.put(right, 2222, `打印时间：${formatDate(printedOn(d), 'isoTime', doc.times.print)}`, { ...small, align: 'right' });
  },
};
