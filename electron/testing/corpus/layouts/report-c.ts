import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { CITY, CITY_MORE, COUNTY, COUNTY_MORE } from '../hospitals';
import { logo, qrCode, signature } from '../marks';
import { valueNoise, type Rng } from '../rng';
import type { Sheet } from '../sheet';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { forPatient, maskedId, printedOn } from './kit';

const METHOD: Record<string, readonly string[]> = {
  'mmol/L': ['酶法', '氧化酶法', '离子选择电极法'], 'μmol/L': ['酶法', '苦味酸法', '尿酸酶法'], '%': ['HPLC法', '电阻抗法', '流式细胞法'],
  'g/L': ['比色法', '双缩脲法', '溴甲酚绿法'], 'U/L': ['速率法'], 'ng/mL': ['化学发光法'], 'U/mL': ['化学发光法'], s: ['凝固法'],
};

/** County / city LIS report: full-width bordered table with a method column, five dates in a bordered strip, ID masked. */
export const reportLabBordered: Layout = {
  id: 'report-lab-bordered',
  kind: 'report',
  split: 'tune',
  style: 'County / city LIS print, logo and QR, fully bordered zebra table with 检验方法, sans 10 pt, masked ID',
  exercises: ['bordered eight-column result table (序号/项目/缩写/结果/提示/单位/参考范围/方法)', 'zebra shading',
    '申请/采样/接收/报告/审核时间 in one bordered strip (truth = 报告时间)', 'ID masked 371502********123X (truth: none)',
    '临床诊断 under the header grid', 'QR code', '条码号 and 标本号 digits', '打印时间 2025-06-03 09:12:35 footer'],
  doc: (rng) => makeDoc(rng, { kind: 'report', hospitals: [...CITY_MORE, ...COUNTY], aliases: true }),
  draw(s, doc, rng) {
    const x0 = 100;
    const w = s.width - 2 * x0;
    const tone = rng.pick(['#005b96', '#8b1a1a', '#2f5d2f']);
    logo(s, x0 + 50, 120, 46, tone, rng.pick(['cross', 'ring'] as const));
    s.put(x0 + 120, 118, doc.hospital.name, st('sansBold', 18, { color: tone }));
    s.put(x0 + 120, 175, `检验科\u3000${doc.labs[0]?.title ?? ''}检验报告单`, st('sansMedium', 13));
    qrCode(s, s.width - x0 - 120, 60, 120, rng);
    s.put(s.width - x0 - 150, 170, `标本号：${rng.int(1, 999)}`, st('sans', 9.5, { align: 'right' }));
    const f = st('sans', 10);
    const lab = st('sansMedium', 10);
    const [sex, age] = sexAge(doc);
    const L = (text: string, wd: number) => ({ text, w: wd, label: true });
    const V = (text: string, wd: number) => ({ text, w: wd });
    const barNo = `${doc.recordNo.slice(2)}${rng.int(10, 99)}`;
    let y = s.grid(x0, 220, 52, [
      [L('姓名', 140), V(doc.patient.name, 230), L('性别', 140), V(sex, 150), L('年龄', 140), V(age, 180), L('病人类型', 170),
        V(rng.pick(['门诊', '住院']), w - 1150)],
      [L('病历号', 140), V(doc.recordNo, 230), L('科室', 140), V(doc.department, 290), L('床号', 140), V(doc.bed, 180), L('标本类型', 170),
        V(rng.pick(['血清', '全血', '血浆']), w - 1290)],
      [L('身份证号', 140), V(maskedId(doc.patient.idNumber), 370), L('申请医生', 150), V(doc.doctors.attending, 200), L('条码号', 140), V(barNo, w - 1000)],
    ], f, { label: lab, shade: '#f2f4f7', border: 1.2 });
    const lh = px(10) * 1.8;
    y = s.para(x0 + 10, y + 50, w - 20, `临床诊断：${doc.dx.western.map((d) => d.text).join('，')}`, f, lh) - 10;
    s.diagnoses(doc.dx.western);
    s.note({ name: doc.patient.name, reportDate: doc.dates.report });

    const rows = [...(doc.labs[0]?.rows ?? []), ...(doc.labs[1]?.rows ?? [])].slice(0, 13);
    const cw = [80, 340, 170, 140, 90, 170, 250, w - 1240];
    const rowH = 50;
    rows.forEach((_, i) => {
      if (i % 2 === 1) {
        s.g.fillStyle = '#f5f5f5';
        s.g.fillRect(x0, y + rowH * (i + 1), w, rowH);
      }
    });
    const cells = (t: readonly string[], label = false) => t.map((text, i) => ({ text, w: cw[i] ?? 100, label, align: 'center' as const }));
    y = s.grid(x0, y, rowH, [
      cells(['序号', '检验项目', '英文缩写', '结果', '提示', '单位', '参考范围', '检验方法'], true),
      ...rows.map((r, i) => cells([String(i + 1), r.name, r.abbr, r.value, r.flag, r.unit, r.range, rng.pick(METHOD[r.unit] ?? ['免疫比浊法'])])),
    ], st('sans', 10), { label: lab, shade: '#e4e9f0', border: 1 }) + 60;

    const t = (d: string, m: number): string => formatDate(d, 'isoTime', Math.min(m, 23 * 60 + 59));
    const ordered = doc.times.sample - rng.int(20, 600);
    const order = ordered < 0 ? t(addDays(doc.dates.sample, -1), ordered + 24 * 60) : t(doc.dates.sample, ordered);
    const dy = Math.max(y, 1840);
    s.grid(x0, dy, 56, [
      [L('申请时间', 170), V(order, 320), L('采样时间', 170), V(t(doc.dates.sample, doc.times.sample), 320), L('接收时间', 170),
        V(t(doc.dates.sample, doc.times.received), w - 1150)],
      [L('报告时间', 170), V(t(doc.dates.report, doc.times.report), 320), L('审核时间', 170),
        V(t(doc.dates.report, doc.times.report + rng.int(3, 30)), 320), L('检验/审核', 170),
        V(`${doc.doctors.resident} / ${doc.doctors.checker}`, w - 1150)],
    ], f, { label: lab, border: 1 });
    s.put(x0, dy + 170, `*本结果仅对所检标本负责。如有疑问请于3日内联系检验科（${doc.hospital.phone}转${rng.int(6100, 6399)}）。`, st('sans', 9));
    s.line(x0, 2200, s.width - x0, 2200, 1);
    s.put(x0, 2240, `打印时间：${formatDate(printedOn(doc), 'isoSec', doc.times.print)}`, st('sans', 9));
    s.put(s.width - x0, 2240, '第1页/共1页', st('sans', 9, { align: 'right' }));
  },
};

type Scan = { readonly part: string; readonly findings: string; readonly impression: string };

/** Ultrasound findings for the diseases a county ultrasound room sees; the impression need not name the disease. */
const SCANS: Partial<Record<DiseaseKey, readonly Scan[]>> = {
  HYPERTENSION: [{ part: '心脏', findings: '左房内径约41mm，室间隔厚约12mm，左室后壁厚约12mm，左室壁运动协调，二尖瓣口舒张期血流频谱E峰<A峰，'
    + '主动脉瓣少量反流。', impression: '左室壁增厚；左室舒张功能减低；主动脉瓣少量反流' }],
  DIABETES: [{ part: '双侧颈动脉', findings: '双侧颈动脉内中膜不均匀增厚，右侧颈总动脉分叉处后壁见大小约1.3cm×0.3cm低回声斑块，'
    + '左侧颈内动脉起始段见强回声斑块，管腔未见明显狭窄，血流通畅。', impression: '双侧颈动脉粥样硬化并斑块形成' }],
  CEREBROVASCULAR_DISEASE: [{ part: '双侧颈动脉', findings: '双侧颈动脉内中膜增厚，左侧颈内动脉起始段见混合回声斑块，大小约2.0cm×0.4cm，'
    + '局部管腔狭窄约50%，收缩期峰值流速约156cm/s。', impression: '双侧颈动脉粥样硬化斑块形成；左侧颈内动脉狭窄（50%-69%）' }],
  CORONARY_HEART_DISEASE: [{ part: '心脏', findings: '左室前壁及室间隔中下段运动幅度减低，余室壁运动尚可，左室射血分数约48%，二尖瓣轻度反流。',
    impression: '节段性室壁运动异常；左室收缩功能减低；二尖瓣轻度反流' }],
  URAEMIA_DIALYSIS: [{ part: '双肾、输尿管、膀胱', findings: '双肾体积缩小，左肾约7.9cm×3.6cm，右肾约8.2cm×3.8cm，实质回声增强，皮髓质分界不清，'
    + '双侧输尿管未见扩张，膀胱充盈欠佳。', impression: '双肾弥漫性病变（请结合临床）' }],
  MALIGNANT_TUMOR_OUTPATIENT: [{ part: '肝、胆、胰、脾', findings: '肝脏大小正常，肝内见多个低回声结节，较大者约2.4cm×2.1cm，位于右后叶，'
    + '边界欠清，周边可见声晕，CDFI示周边点状血流信号。胆囊、胰腺、脾脏未见明显异常。', impression: '肝内多发实性占位，考虑转移瘤可能' }],
};

/** One ultrasound frame: a black panel with a speckled fan, as printed by the report workstation. */
function frame(s: Sheet, x: number, y: number, w: number, h: number, rng: Rng, linear: boolean): void {
  s.g.fillStyle = '#050505';
  s.g.fillRect(x, y, w, h);
  const img = s.g.getImageData(x, y, w, h);
  const cx = w / 2;
  const r0 = h * 0.08;
  const r1 = h * 0.95;
  const grain = valueNoise(rng, 9);
  for (let j = 0; j < h; j += 1) {
    for (let i = 0; i < w; i += 1) {
      const dx = i - cx;
      const r = Math.hypot(dx, j);
      const outside = linear ? Math.abs(dx) > w * 0.34 || j < h * 0.06 || j > h * 0.92 : r < r0 || r > r1 || Math.abs(Math.atan2(dx, j)) > 0.62;
      if (outside) continue;
      const v = Math.max(0, Math.min(255, 40 + 120 * grain(i / w, j / h) + rng.gauss() * 38 - (r / r1) * 50));
      const k = (j * w + i) * 4;
      img.data[k] = v;
      img.data[k + 1] = v;
      img.data[k + 2] = v;
    }
  }
  s.g.putImageData(img, x, y);
  for (let k = 1; k < 8; k += 1) s.line(x + w - 24, y + (h * k) / 8, x + w - 12, y + (h * k) / 8, 2, '#d0d0d0');
}

/** 彩色多普勒超声检查报告单 with two image frames, 超声所见 / 超声提示, 检查时间 vs 报告时间. */
export const reportUltrasound: Layout = {
  id: 'report-ultrasound-frames',
  kind: 'report',
  split: 'tune',
  style: 'City / county ultrasound report, two grey-scale image frames, serif body 11.5 pt, ruled header',
  exercises: ['image frames (not text) between header and findings', '超声所见 / 超声提示 (the impression need not name the disease)',
    '检查时间 and 报告时间 2025年03月04日 09:12 (truth = 报告时间)', '临床诊断 in the header', 'ID number in the header',
    '超声号 / 住院号 digits', '检查医师 signature and 记录员 name', 'equipment model name'],
  doc: (rng) => forPatient(makeDoc(rng, { kind: 'report', hospitals: [...CITY, ...COUNTY_MORE, ...COUNTY],
    keys: Object.keys(SCANS) as DiseaseKey[] }), rng, COUNTY),
  draw(s, doc, rng) {
    const x0 = 130;
    const w = s.width - 2 * x0;
    const scan = rng.pick(SCANS[doc.primary] ?? SCANS.HYPERTENSION ?? []);
    s.put(s.width / 2, 140, doc.hospital.name, st('serifBold', 19, { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 215, '彩色多普勒超声检查报告单', st('sansMedium', 15, { align: 'center' }));
    s.line(x0, 250, s.width - x0, 250, 2);
    const f = st('sans', 10.5);
    const [sex, age] = sexAge(doc);
    const cols = [x0, x0 + 380, x0 + 660, x0 + 980];
    [[`姓名：${doc.patient.name}`, `性别：${sex}`, `年龄：${age}`, `超声号：US${doc.recordNo.slice(4)}`],
      [`科室：${doc.department}`, `床号：${doc.bed}`, `住院号：${doc.recordNo}`, ''],
      [`身份证号：${doc.patient.idNumber}`, '', `仪器：${rng.pick(['GE LOGIQ E9', 'Philips EPIQ 7', 'Mindray Resona 7'])}`, ''],
    ].forEach((r, i) => r.forEach((t, j) => s.put(cols[j] ?? x0, 305 + i * 50, t, f)));
    s.put(x0, 455, `检查部位：${scan.part}`, f);
    const lh = px(10.5) * 1.8;
    let y = s.para(x0, 505, w, `临床诊断：${doc.dx.western.map((d) => d.text).join('；')}`, f, lh);
    s.diagnoses(doc.dx.western);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, reportDate: doc.dates.report });
    s.line(x0, y - 20, s.width - x0, y - 20, 1);
    const fw = (w - 40) / 2;
    const linear = scan.part.includes('颈动脉');
    frame(s, x0, y + 10, fw, 420, rng, linear);
    frame(s, x0 + fw + 40, y + 10, fw, 420, rng, linear);
    y += 520;
    const head = st('sansBold', 12);
    const body = st('serif', 11.5);
    s.put(x0, y, '超声所见：', head);
    y = s.para(x0 + 40, y + px(11.5) * 2, w - 60, scan.findings, body, px(11.5) * 1.9, px(11.5) * 2) + 50;
    s.put(x0, y, '超声提示：', head);
    y = s.para(x0 + 40, y + px(11.5) * 2, w - 60, scan.impression, st('serifBold', 11.5), px(11.5) * 1.9);
    const by = Math.max(y + 200, 2000);
    s.line(x0, by - 60, s.width - x0, by - 60, 1);
    const ct = (d: string, m: number): string => formatDate(d, 'cnTime', m);
    s.put(x0, by, `检查时间：${ct(doc.dates.sample, doc.times.sample)}`, f);
    s.put(x0 + 700, by, `报告时间：${ct(doc.dates.report, doc.times.report)}`, f);
    const sw = s.put(x0, by + 65, '检查医师：', f);
    signature(s, x0 + sw + 10, by + 57, 160, rng);
    s.put(x0 + 700, by + 65, `记录员：${doc.doctors.checker}`, f);
    s.put(x0, by + 130, '注：本报告仅供临床医师参考，不作为诊断证明。', st('sansLight', 9));
  },
};
