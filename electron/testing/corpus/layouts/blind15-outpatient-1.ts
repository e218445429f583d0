import type { Doc } from '../case';
import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { barcode, handwritten } from '../marks';
import type { Rng } from '../rng';
import type { Cell, Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { para, suited } from './tune6-kit';
import { ALL_B15, localB15, placeB15, SCHEME_B15 } from './blind15-kit';

/** The regimen an oncology clinic gives for each tumour (first match), with its dosing. */
const REGIMENS: readonly (readonly [RegExp, string, string])[] = [
  [/胰腺/u, 'AG', '白蛋白结合型紫杉醇 125mg/m² + 吉西他滨 1000mg/m² d1、8'], [/乳腺/u, 'EC', '表柔比星 90mg/m² d1 + 环磷酰胺 600mg/m² d1'],
  [/骨髓瘤/u, 'VRd', '硼替佐米 1.3mg/m² d1、4、8、11 + 来那度胺 25mg d1-14 + 地塞米松 20mg'],
  [/淋巴瘤/u, 'R-CHOP', '利妥昔单抗 375mg/m² d0 + 环磷酰胺、多柔比星、长春新碱、泼尼松'], [/肝细胞/u, '靶向', '仑伐替尼 8mg qd 口服'],
  [/胃|结肠|直肠/u, 'XELOX', '奥沙利铂 130mg/m² d1 + 卡培他滨 1000mg/m² bid d1-14'], [/鳞/u, 'TP', '紫杉醇 175mg/m² d1 + 顺铂 75mg/m² d1'],
  [/腺癌/u, 'AP', '培美曲塞 500mg/m² d1 + 卡铂 AUC5 d1'],
];
const regimenOf = (t: string): readonly [string, string] => {
  const r = REGIMENS.find(([re]) => re.test(t));
  return r ? [r[1], r[2]] : ['TP', '多西他赛 75mg/m² d1 + 顺铂 75mg/m² d1'];
};
const stageOf = (t: string, rng: Rng): string => (/骨髓瘤/u.test(t) ? `R-ISS ${rng.pick(['Ⅰ', 'Ⅱ', 'Ⅲ'])}期`
  : /淋巴瘤/u.test(t) ? `Ann Arbor ${rng.pick(['Ⅱ', 'Ⅲ', 'Ⅳ'])}${rng.pick(['A', 'B'])}期`
    : `cT${rng.int(1, 4)}N${rng.int(0, 2)}M${rng.int(0, 1)}`);

/** A tumour under treatment in the oncology clinic (no infection on the list). */
function onTreatment(doc: Doc): Doc {
  return { ...doc, department: '肿瘤内科', dx: { ...doc.dx, western: doc.dx.western.filter((d) => !/感染/u.test(d.text)) } };
}

/**
 * 肿瘤内科门诊治疗记录 of a Xinjiang, Qinghai, Hainan or Shanghai hospital for a patient on chemotherapy: a bordered grid with
 * 就诊日期 (truth) beside 首诊日期 (not truth), 身份证号 (truth), the scheme's 费别 (门诊大病 / 门诊特殊病 / 门诊慢特病) and the body
 * surface area; 诊断 numbered (counted) with the stage and the pathology's date (not truth); a table of the earlier cycles with
 * their dates (not truth) and this one (本次, the visit); today's blood count; the next cycle's date (not truth).
 */
export const blind15Outpatient1: Layout = {
  id: 'blind15-outpatient-1',
  kind: 'outpatient',
  split: 'blind',
  style: 'Xinjiang / Qinghai / Hainan / Shanghai 肿瘤内科 门诊化疗 treatment record: barcode, bordered grid with BSA, cycle table with '
    + 'dated rows, blood count line, sans or serif 10–11 pt',
  exercises: ['就诊日期 in the grid (truth) beside 首诊日期 and a pathology date (not truth)', 'earlier cycles dated three weeks apart (not truth)',
    '本次 row with the visit date', '下周期 date (not truth)', 'tumour names of many sites (counted) with stage strings'],
  doc: (rng) => localB15(onTreatment(suited(makeDoc(rng, { kind: 'outpatient', keys: ['MALIGNANT_TUMOR_OUTPATIENT'], hospitals: ALL_B15,
    aliases: true, compoundSurnames: 0.05 }))), rng),
  draw(s, doc, rng) {
    s.ink = '#161616';
    const x0 = 110;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.35);
    const pt = rng.pick([10, 10.5, 11]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifBold' : 'sansMedium', pt);
    const lh = px(pt) * 1.7;
    const p = doc.patient;
    const tumour = doc.dx.western.find((d) => d.key)?.text ?? '';
    const [short, dosing] = regimenOf(tumour);
    const n = rng.int(2, 6);

    s.put(x0, 140, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 18, { spacing: 2 }));
    s.put(x0, 205, '肿瘤内科门诊治疗记录', st(serif ? 'serifBold' : 'sansBold', 14.5, { spacing: 2 }));
    const bw = barcode(s, right - 330, 95, doc.recordNo, 60, 2.4);
    s.put(right - 330 + bw / 2, 185, `门诊号 ${doc.recordNo}`, st('sans', 8.5, { align: 'center' }));
    s.line(x0, 235, right, 235, 2.5);

    const height = p.sex === '男' ? rng.int(160, 180) : rng.int(150, 168);
    const weight = rng.int(45, 78);
    const bsa = Math.sqrt((height * weight) / 3600).toFixed(2);
    const ds: DateStyle = rng.pick(['iso', 'cn', 'dotPad'] as const);
    const first = addDays(doc.dates.visit, -21 * (n - 1) - rng.int(10, 50));
    const L = (t: string, cw: number): Cell => ({ text: t, w: cw, label: true });
    const V = (t: string, cw: number): Cell => ({ text: t, w: cw });
    const place = placeB15(doc.hospital);
    const fee = `${SCHEME_B15[place]}${place === '上海' ? '（恶性肿瘤化疗）' : '（恶性肿瘤门诊治疗）'}`;
    let y = s.grid(x0, 265, px(pt) * 2, [
      [L('姓名', 140), V(p.name, 220), L('性别', 110), V(p.sex, 110), L('年龄', 110), V(`${p.age}岁`, 150), L('科室', 120), V(doc.department, 474)],
      [L('身份证号', 140), V(p.idNumber, 440), L('费别', 110), V(fee, 744)],
      [L('就诊日期', 140), V(formatDate(doc.dates.visit, ds), 330), L('首诊日期', 140), V(formatDate(first, ds), 300),
        L('身高/体重', 150), V(`${height}cm / ${weight}kg`, 374)],
    ], f, { shade: '#efefef', label: b, border: 1.3 }) + lh;
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });

    const head = (t: string): void => {
      s.put(x0, y, t, b);
      y += lh;
    };
    head('诊断：');
    doc.dx.western.forEach((d, i) => {
      s.put(x0 + px(pt) * 2, y, `${i + 1}.${d.text}`, f);
      y += lh;
    });
    s.diagnoses(doc.dx.western);
    const pathDay = formatDate(addDays(first, -rng.int(3, 12)), 'iso');
    const pathNo = `B${pathDay.slice(2, 4)}-${rng.int(1000, 9999)}`;
    y = para(s, x0 + px(pt) * 2, y, w - px(pt) * 2, `分期：${stageOf(tumour, rng)}；病理号 ${pathNo}（${pathDay}）；`
      + `体表面积 ${bsa}m²；ECOG评分 ${rng.int(0, 2)}分。`, f, lh, { keep: [pathDay] }) + lh * 0.4;

    head('治疗经过：');
    const cw = [200, 240, 150, 420, w - 1010];
    const effect = (k: number): string => (k % 2 === 0 ? rng.pick(['SD', 'PR', 'PR', 'SD']) : '—');
    const rows: Cell[][] = [['周期', '日期', '方案', '不良反应', '疗效评价'].map((t, i) => L(t, cw[i] ?? 0))];
    for (let k = 1; k <= n; k += 1) {
      const day = k === n ? doc.dates.visit : addDays(doc.dates.visit, -21 * (n - k) + rng.int(-2, 3));
      rows.push([V(`C${k}${k === n ? '（本次）' : ''}`, cw[0] ?? 0), V(formatDate(day, 'dotPad'), cw[1] ?? 0), V(short, cw[2] ?? 0),
        V(k === n ? '待观察' : rng.pick(['骨髓抑制Ⅰ度', '恶心Ⅰ度', '乏力Ⅰ度', '无', '脱发Ⅱ度', '手足综合征Ⅰ度']), cw[3] ?? 0),
        V(k === n ? '—' : effect(k), cw[4] ?? 0)]);
    }
    y = s.grid(x0, y - lh * 0.55, px(pt) * 1.85, rows, f, { shade: '#f5f5f5', label: b, border: 1 }) + lh * 1.1;

    head('本次评估：');
    const wbc = rng.range(3.6, 7.8);
    const counts = [`WBC ${wbc.toFixed(2)}×10^9/L`, `NEUT ${(wbc * rng.range(0.5, 0.7)).toFixed(2)}×10^9/L`, `HGB ${rng.int(96, 132)}g/L`,
      `PLT ${rng.int(108, 260)}×10^9/L`];
    y = para(s, x0 + px(pt) * 2, y, w - px(pt) * 2, `末次化疗后一般情况可，${rng.pick(['食欲稍差', '无发热', '轻度乏力'])}。今日血常规：${counts.join('，')}；`
      + '肝肾功能未见明显异常。无化疗禁忌。', f, lh, { keep: counts }) + lh * 0.4;
    head('处理：');
    const next = formatDate(addDays(doc.dates.visit, 21), 'cnShort');
    [`今日行第${n}周期${short}方案${short === '靶向' ? '治疗' : '化疗'}：${dosing}。`, '予止吐、护胃、水化等对症处理；化疗后第7、14天复查血常规。',
      `预约${next}行第${n + 1}周期治疗，${n % 2 === 0 ? '同时' : `第${n + 1}周期后`}复查增强CT评估疗效。`]
      .forEach((t, i) => {
        y = para(s, x0 + px(pt) * 2, y, w - px(pt) * 2, `${i + 1}.${t}`, f, lh, { keep: [next] });
      });
    y = Math.max(y + lh, 2020);
    const sw = s.put(right - 520, y, '医师签名：', f);
    handwritten(s, right - 520 + sw + 10, y, doc.doctors.attending, pt * 1.3, rng);
    s.line(x0, 2160, right, 2160, 1);
    s.put(s.width / 2, 2200, `${doc.hospital.address}\u3000${doc.hospital.phone}`, st(f.face, 8.5, { align: 'center', color: '#444' }));
  },
};
