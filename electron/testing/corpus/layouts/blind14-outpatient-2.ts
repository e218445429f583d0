import { makeDoc } from '../case';
import { addDays, clock, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { barcode, handwritten } from '../marks';
import type { Cell, Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, type Mark } from './kit';
import { maskedMobile } from './tune5-kit';
import { para, suited } from './tune6-kit';
import { chemoFor, givenDose, HAINAN14, localB14, XINJIANG14 } from './blind14-kit';

const KEYS: readonly DiseaseKey[] = ['MALIGNANT_TUMOR_OUTPATIENT', 'MALIGNANT_TUMOR_OUTPATIENT', 'MALIGNANT_TUMOR_OUTPATIENT', 'LEUKEMIA'];

/**
 * 门诊化疗记录单 of the 肿瘤科 日间化疗病房 of a Hainan or Xinjiang county-level hospital: barcode, bordered patient grid (姓名, 身份证号 —
 * truth — height, weight and 体表面积), the day of treatment in a boxed line with the cycle (C3D1, truth), 既往化疗 with the dates of
 * earlier cycles and 确诊日期 months back (not truth), 化疗前评估 with the day-before blood count, 诊断 numbered (counted), the regimen
 * table (per-m² dose and the dose given), premedication, 下次化疗 booked a cycle later (not truth); doctor and nurse sign by hand.
 */
export const blind14Outpatient2: Layout = {
  id: 'blind14-outpatient-2',
  kind: 'outpatient',
  split: 'blind',
  style: 'Hainan / Xinjiang county-level hospital 肿瘤科 日间化疗 门诊化疗记录单: barcode letterhead, shaded bordered patient grid with '
    + 'height / weight / 体表面积, boxed 治疗日期 with the cycle, regimen table, handwritten signatures, sans or serif 10.5–11 pt',
  exercises: ['治疗日期 2025-03-04（C3D1） in a boxed line (truth)', '既往化疗 C1 / C2 dates and 确诊日期 months earlier (not truth)',
    '化疗前血常规 dated the day before (not truth)', '诊断 numbered (counted): solid tumours, lymphoma, myeloma, leukaemia',
    'regimen table: 500mg/m² and AUC 5 beside the given dose', '下次化疗预约 a cycle later (not truth)', 'doctor and nurse sign by hand'],
  doc: (rng) => localB14(suited(makeDoc(rng, { kind: 'outpatient', keys: KEYS, hospitals: [...HAINAN14, ...XINJIANG14], aliases: true,
    compoundSurnames: 0.06 })), rng),
  draw(s, doc, rng) {
    s.ink = '#161616';
    const x0 = 115;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.35);
    const pt = rng.pick([10.5, 11]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifBold' : 'sansBold', pt);
    const lh = px(pt) * 1.6;
    const p = doc.patient;
    const tumour = doc.dx.western.find((d) => d.key)?.text ?? '';
    const plan = chemoFor(tumour);
    const cycle = rng.int(2, 6);

    s.put(x0, 132, doc.hospital.name, st('sansBold', 18, { spacing: 2 }));
    const ward = doc.primary === 'LEUKEMIA' ? '血液科日间病房' : rng.pick(['肿瘤科日间化疗病房', '肿瘤内科日间治疗中心']);
    s.put(x0, 188, ward, st('sans', 11, { color: '#333' }));
    const bw = barcode(s, right - 300, 80, doc.recordNo, 60, 2.2);
    s.put(right - 300 + bw / 2, 168, doc.recordNo, st('sans', 8.5, { align: 'center' }));
    s.put(s.width / 2, 268, '门诊化疗记录单', st(b.face, 16, { align: 'center', spacing: 5 }));

    const male = p.sex === '男';
    const [height, weight] = [rng.int(male ? 160 : 150, male ? 178 : 166), rng.int(male ? 52 : 44, male ? 80 : 68)];
    const bsa = 0.0061 * height + 0.0128 * weight - 0.1529;
    const c = (text: string, cw: number, label = false): Cell => ({ text, w: cw, label });
    const rh = px(pt) * 2.05;
    let y = s.grid(x0, 310, rh, [
      [c('姓名', 150, true), c(p.name, 230), c('性别', 120, true), c(p.sex, 110), c('年龄', 120, true), c(`${p.age}岁`, 140),
        c('门诊号', 150, true), c(doc.recordNo, w - 1020)],
      [c('身份证号', 150, true), c(p.idNumber, 580), c('联系电话', 150, true), c(maskedMobile(rng), w - 880)],
      [c('身高', 150, true), c(`${height}cm`, 230), c('体重', 120, true), c(`${weight}kg`, 110), c('体表面积', 150, true),
        c(`${bsa.toFixed(2)}m²`, 150), c('ECOG', 120, true), c(`${rng.int(0, 1)}分`, w - 1030)],
    ], f, { shade: '#ececec', label: b, border: 1.5 }) + lh * 1.3;

    const day = doc.dates.visit;
    const label = `治疗日期：${formatDate(day, rng.pick(['iso', 'cn'] as const))}（第${cycle}周期 C${cycle}D1）`;
    const tw = s.measure(label, b);
    s.rect(x0, y - px(pt) * 1.15, tw + 40, px(pt) * 1.7, 2);
    s.put(x0 + 20, y, label, b);
    s.pair(x0 + tw + 90, y, '方案：', `${plan.name}（q${plan.cycle}d）`, b, f);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: day });
    y += lh * 1.5;

    const earlier = Array.from({ length: cycle - 1 }, (_, i) => addDays(day, -(cycle - 1 - i) * plan.cycle - rng.int(0, 3)));
    const found = addDays(earlier[0] ?? day, -rng.int(12, 40));
    const cycles = earlier.map((d, i) => `C${i + 1} ${formatDate(d, 'iso')}`);
    const history = cycles.join('，');
    const slide = `${doc.primary === 'LEUKEMIA' ? '骨髓号：M' : '病理号：B'}${found.slice(0, 4)}${String(rng.int(100, 9999)).padStart(5, '0')}`;
    y = para(s, x0, y, w, `既往化疗：${history}，末次化疗后${rng.pick(['出现Ⅰ度骨髓抑制，予升白治疗后恢复', '无明显不良反应', '轻度恶心，对症处理后缓解'])}。`
      + `${slide}，确诊日期：${formatDate(found, 'iso')}。`, f, lh, { keep: [...cycles, slide] });
    const before = addDays(day, -rng.int(0, 1));
    const blood = `WBC ${rng.range(3.6, 8.2).toFixed(2)}×10^9/L，NEUT# ${rng.range(2.0, 5.2).toFixed(2)}×10^9/L，HGB ${rng.int(96, 136)}g/L，`
      + `PLT ${rng.int(108, 310)}×10^9/L，ALT ${rng.int(12, 46)}U/L，CREA ${rng.int(48, 96)}μmol/L`;
    y = para(s, x0, y + lh * 0.2, w, `化疗前评估：${formatDate(before, 'iso')}血常规及肝肾功能：${blood}。T ${(36.3 + rng.int(0, 5) / 10).toFixed(1)}℃，`
      + `BP ${rng.int(108, 142)}/${rng.int(62, 88)}mmHg，一般情况可，无化疗禁忌，可耐受本周期化疗。`, f, lh, { keep: [formatDate(before, 'iso')] });

    const how: Mark = rng.pick(['1.', '1、', '(1)'] as const);
    s.put(x0, y + lh * 0.3, '诊断：', b);
    y += lh * 0.3;
    listed(doc.dx.western, how).forEach((t) => {
      s.put(x0 + s.measure('诊断：', b) + 8, y, t, f);
      y += lh;
    });
    s.diagnoses(doc.dx.western);

    const cw = [w * 0.34, w * 0.17, w * 0.17, w * 0.14, w * 0.18];
    const cell = (text: string, i: number, lab = false): Cell => ({ text, w: cw[i] ?? 100, label: lab });
    y = s.grid(x0, y + lh * 0.1, lh * 1.12, [['药品名称', '方案剂量', '实际剂量', '途径', '用药时间'].map((t, i) => cell(t, i, true)),
      ...plan.drugs.map(([drug, dose, route, days]) => [cell(drug, 0), cell(dose, 1), cell(givenDose(dose, bsa, rng), 2), cell(route, 3),
        cell(days, 4)])], st(f.face, pt - 0.5), { shade: '#ececec', label: st(b.face, pt - 0.5), border: 1.2 }) + lh;
    y = para(s, x0, y, w, `辅助用药：${rng.pick(['盐酸帕洛诺司琼注射液0.25mg静推', '盐酸昂丹司琼注射液8mg静推'])}（化疗前30分钟），`
      + '地塞米松磷酸钠注射液5mg静推，水化、护胃对症处理。', f, lh);
    const next = addDays(day, plan.cycle);
    y = para(s, x0, y + lh * 0.2, w, `医嘱：化疗后第7～10天复查血常规、肝肾功能，如WBC<3.0×10^9/L请及时就诊；下次化疗预约${formatDate(next, 'iso')}`
      + '（需提前一天完成血常规检查）。', f, lh, { keep: [formatDate(next, 'iso')] });

    const drips = plan.drugs.filter(([, , route]) => /静/u.test(route));
    if (drips.length > 0) {
      s.put(x0, y + lh * 0.3, '输注记录：', b);
      let t = Math.min(doc.times.visit, 11 * 60) + rng.int(20, 50);
      const rows = drips.map(([drug]) => {
        const start = t;
        t += rng.int(40, 150);
        const end = t;
        t += rng.int(5, 15);
        return [drug, clock(start), clock(end), drug.includes('单抗') ? '先慢后快' : `${rng.int(30, 60)}滴/分`, rng.pick(['无', '无', '轻度恶心'])];
      });
      y = s.grid(x0, y + lh * 0.7, lh * 1.12, [['药品名称', '开始时间', '结束时间', '滴速', '不良反应'].map((t2, i) => cell(t2, i, true)),
        ...rows.map((r) => r.map((t2, i) => cell(t2, i)))], st(f.face, pt - 0.5), { shade: '#ececec', label: st(b.face, pt - 0.5),
        border: 1.2 }) + lh * 0.2;
    }
    const fy = y + lh * 1.4;
    const dw = s.put(x0, fy, '主诊医师：', f);
    handwritten(s, x0 + dw + 8, fy, doc.doctors.attending, pt * 1.3, rng);
    const nw = s.put(x0 + w * 0.36, fy, '化疗护士：', f);
    handwritten(s, x0 + w * 0.36 + nw + 8, fy, doc.doctors.checker, pt * 1.3, rng);
    s.pair(x0 + w * 0.7, fy, '核对药师：', doc.doctors.resident, f, f);
  },
};
