import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, logo } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, maskedId, printedOn } from './kit';
import { para, suited } from './tune6-kit';
import { afterTreatment, HAINAN13, local13, SHANGHAI13, XINJIANG13 } from './blind13-kit';

const KEYS: readonly DiseaseKey[] = ['MALIGNANT_TUMOR_OUTPATIENT', 'MALIGNANT_TUMOR_OUTPATIENT', 'MALIGNANT_TUMOR_OUTPATIENT', 'LEUKEMIA'];

/** The regimen a tumour or a leukaemia is treated with: its short name, the doses and how often, days between courses (0: daily). */
const REGIMENS: readonly (readonly [RegExp, string, string, number])[] = [
  [/肺/u, '培美曲塞+卡铂', '培美曲塞 500mg/m² d1 + 卡铂 AUC5 d1', 21], [/乳腺/u, 'TH（多西他赛+曲妥珠单抗）', '多西他赛 75mg/m² d1 + 曲妥珠单抗 6mg/kg d1', 21],
  [/胃/u, 'SOX', '奥沙利铂 130mg/m² d1 + 替吉奥 40mg bid d1-14', 21], [/结肠|直肠/u, 'XELOX', '奥沙利铂 130mg/m² d1 + 卡培他滨 1000mg/m² bid d1-14', 21],
  [/骨髓瘤/u, 'VRd', '硼替佐米 1.3mg/m² d1,4,8,11 + 来那度胺 25mg d1-14 + 地塞米松 20mg', 21],
  [/食管|宫颈/u, 'TP', '紫杉醇 175mg/m² d1 + 顺铂 75mg/m² d1', 21], [/淋巴瘤/u, 'R-CHOP', '利妥昔单抗 375mg/m² d0 + CHOP d1-5', 21],
  [/肝细胞/u, '仑伐替尼', '甲磺酸仑伐替尼胶囊 8mg qd', 0], [/胰腺/u, 'AG', '白蛋白紫杉醇 125mg/m² d1,8 + 吉西他滨 1000mg/m² d1,8', 21],
  [/骨肉瘤/u, 'AP', '多柔比星 75mg/m² d1 + 顺铂 100mg/m² d1', 21], [/慢性粒|慢性髓/u, '伊马替尼', '甲磺酸伊马替尼片 400mg qd', 0],
  [/早幼粒/u, 'ATRA+复方黄黛片', '维甲酸 25mg/m² d1-14 + 复方黄黛片 60mg/kg d1-14', 0],
  [/急性淋巴/u, '维持治疗（6-MP+MTX）', '巯嘌呤 50mg/m² qn + 甲氨蝶呤 20mg/m² 每周1次', 0], [/慢性淋巴/u, '伊布替尼', '伊布替尼胶囊 420mg qd', 0],
  [/急性髓|M\d/u, 'AZA+VEN', '阿扎胞苷 75mg/m² d1-7 + 维奈克拉 400mg d1-28', 28],
];

/** Where the diagnosis was made, as a 病理 / 骨髓 line names it. */
const SOURCE: readonly (readonly [RegExp, string])[] = [[/肺/u, '（右肺上叶穿刺活检）浸润性腺癌'], [/乳腺/u, '（左乳肿物）浸润性导管癌，HER2（3+）'],
  [/胃/u, '（胃窦）低分化腺癌'], [/结肠|直肠/u, '（肠镜活检）中分化腺癌'], [/白血病/u, '骨髓细胞形态学及免疫分型符合所患白血病'],
  [/骨髓瘤/u, '骨髓浆细胞占32%，M蛋白IgG-κ型'], [/淋巴瘤/u, '（颈部淋巴结）弥漫大B细胞淋巴瘤，非GCB型']];

/**
 * 肿瘤内科 / 血液科 门诊病历 of a Shanghai district, Hainan city or Xinjiang hospital for a patient on courses of chemotherapy
 * or an oral drug: logo letterhead, three borderless header lines with the masked ID (the ID is never printed whole) and the
 * 就诊日期 (truth), 病理诊断 with the 病理号 and its date months back (not truth), a ruled 既往治疗记录 table of earlier courses
 * with their dates, 疗效评价 and side effects (not truth), run-in 主诉 / 查体 with ECOG and body surface, 辅助检查 of the day
 * before, 诊断 numbered with a treatment effect at the end (truth: all printed), 处理 naming this course and 下次就诊 (not truth).
 */
export const blind13Outpatient2: Layout = {
  id: 'blind13-outpatient-2',
  kind: 'outpatient',
  split: 'blind',
  style: 'Shanghai / Hainan / Xinjiang city hospital 肿瘤内科 or 血液科 门诊病历 for courses of treatment: logo letterhead, borderless '
    + 'header with masked ID, 病理诊断 line, ruled 既往治疗记录 table, run-in sections, serif or sans 10.5–11 pt',
  exercises: ['身份证号 masked 310104********123X (no ID in the truth)', '就诊日期 2025-03-04 09:12 in the header (truth)',
    '病理号 B2024-… with the date of the biopsy (not truth)', '既往治疗记录: C1 … C5 with their dates and SD / PR (not truth)',
    'ECOG, height, weight and 体表面积 1.63m² (numbers)', '诊断 with 化疗后骨髓抑制（Ⅰ度） at the end (printed, not a catalogue disease)',
    '下次就诊 three or four weeks on (not truth)'],
  doc: (rng) => local13(suited(makeDoc(rng, { kind: 'outpatient', keys: KEYS, hospitals: [...SHANGHAI13, ...HAINAN13, ...XINJIANG13],
    aliases: true })), rng),
  draw(s, doc, rng) {
    const x0 = 130;
    const right = s.width - 130;
    const w = right - x0;
    const serif = rng.chance(0.5);
    const pt = rng.pick([10.5, 11]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifBold' : 'sansBold', pt);
    const lh = px(pt) * 1.7;
    const tone = rng.pick(['#2b5797', '#8b1d2c', '#206a4e']);
    const p = doc.patient;
    const blood = doc.primary === 'LEUKEMIA';
    const dept = blood ? '血液科' : '肿瘤内科';
    const main = doc.dx.western.find((d) => d.key)?.text ?? '';

    logo(s, x0 + 44, 140, 42, tone, rng.pick(['ring', 'shield'] as const));
    s.put(x0 + 110, 140, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 19, { color: tone, spacing: 2 }));
    s.put(x0 + 110, 185, `${dept}门诊病历`, st(serif ? 'serif' : 'sans', 12, { spacing: 2 }));
    s.put(right, 185, `门诊号：${doc.recordNo}`, st('sans', 9.5, { align: 'right' }));
    s.line(x0, 215, right, 215, 2.5, tone);

    const rows: readonly (readonly [string, string, number])[][] = [
      [['姓名：', p.name, 0], ['性别：', p.sex, 0.26], ['年龄：', `${p.age}岁`, 0.42], ['费别：', rng.pick(['医保', '自费', '异地医保']), 0.62]],
      [['身份证号：', maskedId(p.idNumber), 0], ['就诊日期：', formatDate(doc.dates.visit, rng.pick(['isoTime', 'iso', 'cnTime'] as const),
        doc.times.visit), 0.5]],
      [['科别：', dept, 0], ['就诊类型：', '复诊', 0.26], ['医生：', doc.doctors.attending, 0.5]],
    ];
    let y = 215 + lh * 1.1;
    for (const r of rows) {
      for (const [l, v, k] of r) s.pair(x0 + w * k, y, l, v, b, f);
      y += lh;
    }
    s.note({ name: p.name, visitDate: doc.dates.visit });
    s.line(x0, y - lh * 0.5, right, y - lh * 0.5, 1);

    const [, regimen, doses, every] = REGIMENS.find(([re]) => re.test(main)) ?? [/./u, '紫杉醇+卡铂', '紫杉醇 175mg/m² d1 + 卡铂 AUC5 d1', 21];
    const n = rng.int(3, 6);
    const gap = every || 30;
    const found = addDays(doc.dates.visit, -(n - 1) * gap - rng.int(10, 45));
    const source = SOURCE.find(([re]) => re.test(main))?.[1] ?? '病理检查证实为恶性肿瘤';
    y += lh * 0.3;
    y = para(s, x0, y, w, `${blood ? '骨髓检查' : '病理诊断'}：${source}（${blood ? '骨穿号' : '病理号'} `
      + `${blood ? 'GS' : 'B'}${found.slice(0, 4)}-${String(rng.int(100, 9999)).padStart(5, '0')}，${formatDate(found, 'iso')}）。`,
    f, lh) + lh * 0.3;

    s.put(x0, y, '既往治疗记录：', b);
    y += lh * 0.6;
    const cols = [x0 + 10, x0 + w * 0.1, x0 + w * 0.26, x0 + w * 0.56, x0 + w * 0.8];
    s.line(x0, y, right, y, 1.4);
    y += lh * 0.9;
    ['次序', '日期', '方案', '主要不良反应', '疗效评价'].forEach((t, i) => s.put(cols[i]!, y, t, b));
    s.line(x0, y + lh * 0.4, right, y + lh * 0.4, 0.8);
    y += lh * 1.2;
    const days = Array.from({ length: n - 1 }, (_, i) => addDays(doc.dates.visit, -(n - 1 - i) * gap - rng.int(0, 2)));
    for (let i = 0; i < n - 1; i += 1) {
      const day = days[i] ?? doc.dates.visit;
      const cells = [every ? `C${i + 1}` : `第${i + 1}月`, formatDate(day, 'iso'), regimen,
        rng.pick(blood ? ['无', '骨髓抑制Ⅱ度', '发热', '乏力'] : ['无', '恶心Ⅰ度', '骨髓抑制Ⅰ度', '乏力', '手足综合征Ⅰ度']),
        i % 2 === 1 ? rng.pick(blood ? ['CR', 'CRi', 'CR'] : ['SD', 'PR', 'SD']) : '—'];
      cells.forEach((t, k) => s.put(cols[k]!, y, t, f));
      y += lh;
    }
    s.line(x0, y - lh * 0.55, right, y - lh * 0.55, 1.4);
    y += lh * 0.4;

    const child = p.age < 14;
    const height = child ? rng.int(118, 156) : p.sex === '男' ? rng.int(160, 178) : rng.int(150, 166);
    const weight = child ? rng.int(20, 42) : rng.int(44, 76);
    const bsa = Math.sqrt((height * weight) / 3600).toFixed(2);
    const lab = doc.labs.find((x) => x.title === '血常规') ?? doc.labs[0];
    const section = (label: string, text: string): void => {
      s.put(x0, y, label, b);
      y = para(s, x0, y, w, text, f, lh, { indent: s.measure(label, b) }) + lh * 0.25;
    };
    section('主诉：', `确诊${main}${Math.round((n * gap) / 30) + 1}月余，${every ? `第${n - 1}周期治疗后` : '规律服药中'}，返院评估。`);
    const last = days[days.length - 1] ?? found;
    section('现病史：', `患者于${formatDate(found, 'cnShort')}${blood ? '经骨髓穿刺' : '经病理'}确诊，${every ? `此后行${regimen}方案治疗${n - 1}周期`
      : `此后口服${regimen}治疗`}，末次${every ? '治疗' : '复诊'}${formatDate(last, 'cnShort')}。${rng.pick(['治疗期间无发热', '近期食欲稍差', '偶有乏力'])}，`
      + `${rng.pick(['无咳嗽、咯血', '无骨痛', '二便正常'])}。`);
    section('查体：', `ECOG ${rng.int(0, 2)}分，身高${height}cm，体重${weight}kg，体表面积${bsa}m²。浅表淋巴结未触及肿大，心肺腹查体未见明显异常。`);
    if (lab) {
      section('辅助检查：', `${formatDate(addDays(doc.dates.visit, -1), 'iso')} ${lab.title}：`
        + `${lab.rows.slice(0, 4).map((r) => `${r.abbr} ${r.value}${r.unit}${r.flag}`).join('，')}。`);
    }
    const dx = [...doc.dx.western, ...(rng.chance(0.5) ? [afterTreatment(rng)] : [])];
    s.put(x0, y, '诊断：', b);
    listed(dx, rng.pick(['1.', '1、', '(1)'] as const)).forEach((t) => { s.put(x0 + s.measure('诊断：', b), y, t, f); y += lh; });
    s.diagnoses(dx);
    y += lh * 0.25;
    const next = addDays(doc.dates.visit, gap);
    section('处理：', `${every ? `血常规、肝肾功能无明显禁忌，今日行第${n}周期${regimen}方案：${doses}，q${every}d。`
      : `继续${doses}口服，定期复查血常规及肝肾功能。`}${rng.pick(['予止吐、护胃对症处理。', '嘱多饮水，注意口腔卫生。'])}`
      + `下次就诊：${formatDate(next, 'iso')}。`);

    y += lh * 1.2;
    const sw = s.put(x0 + w * 0.58, y, '医师签名：', f);
    handwritten(s, x0 + w * 0.58 + sw + 8, y, doc.doctors.attending, pt * 1.35, rng);
    s.put(x0, 2230, `打印时间：${formatDate(printedOn(doc), 'isoTime', doc.times.print)}`, st('sans', 8.5, { color: '#555' }));
  },
};
