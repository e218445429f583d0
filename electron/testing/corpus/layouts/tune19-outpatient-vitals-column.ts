import { makeDoc } from '../case';
import { addDays, clock, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, logo } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { listed, printedOn, type Mark } from './kit';
import { para, settled, suited } from './tune6-kit';
import { countyWords, denial, followUp } from './tune10-kit';
import { schemeOf } from './tune14-kit';
import { spread } from './tune18-kit';
import { GENERAL19, local19, TCM19, vitalsOf } from './tune19-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'MALIGNANT_TUMOR_OUTPATIENT'];

/**
 * 门诊病历 of a Zhejiang, Fujian, Jiangxi or Anhui county hospital whose nurse station enters the vital signs before the doctor: a
 * boxed column at the left (体温 / 脉搏 / 呼吸 / 血压 / 身高 / 体重 / BMI / 血氧 / 随机血糖 / 过敏史, 测量时间 as a clock time) read on its
 * own, the doctor's note at the right (主诉, 现病史, 既往史 with denials, 查体, 辅助检查 dated weeks before — not truth —, 诊断 one
 * per line — counted —, 处理 with the 复诊 date — not truth). 就诊日期 (truth) in the patient rows with 身份证号 (truth); the scheme's
 * name (规定病种 / 门诊特殊病种 / 门诊慢特病) beside 费别; 打印时间 later.
 */
export const tune19OutpatientVitalsColumn: Layout = {
  id: 'tune19-outpatient-vitals-column',
  kind: 'outpatient',
  split: 'tune',
  style: 'Zhejiang / Fujian / Jiangxi / Anhui county hospital EMR 门诊病历: logo letterhead, two ruled patient rows, a boxed 生命体征 column '
    + 'at the left beside the doctor\'s note, bold run-in labels, sans or serif 10–11 pt, handwritten signature',
  exercises: ['a left column of vital signs (BP, glucose, BMI numbers; 测量时间 as a clock time) read on its own, beside the narrative',
    '就诊日期 in the patient rows (truth), 身份证号 (truth)', '费别 with the province\'s scheme name (规定病种 / 门诊特殊病种 / 门诊慢特病)',
    '辅助检查 dated weeks before the visit (not truth)', '诊断 one per line (counted) with non-catalogue diseases',
    '复诊 date in 处理 (not truth)', '打印时间 later in the footer (not truth)'],
  doc: (rng) => local19(countyWords(settled(suited(makeDoc(rng, { kind: 'outpatient', keys: KEYS, hospitals: [...GENERAL19, ...TCM19],
    compoundSurnames: 0.06 }))), rng, { outside: 0.3, near: 0.15, avoid: /急性/u }), rng),
  draw(s, doc, rng) {
    s.ink = '#161616';
    const x0 = 110;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.35);
    const pt = rng.pick([10, 10.5, 11]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifBold' : 'sansBold', pt);
    const lh = px(pt) * 1.7;
    const p = doc.patient;
    const tone = rng.pick(['#0e5a8a', '#16706a', '#8a2430']);

    logo(s, x0 + 40, 120, 40, tone, rng.pick(['ring', 'shield'] as const));
    s.put(x0 + 100, 136, doc.hospital.name, st('sansBold', 18, { color: tone, spacing: 2 }));
    s.put(right, 136, `门诊号：${doc.recordNo}`, { ...f, align: 'right' });
    s.put(s.width / 2, 240, '门 诊 病 历', st(serif ? 'serifBold' : 'sansBold', 16, { align: 'center', spacing: 6 }));

    const [sex, age] = sexAge(doc);
    const stops = [x0, x0 + w * 0.24, x0 + w * 0.45, x0 + w * 0.7];
    const fee = rng.chance(0.6) ? `医保（${schemeOf(doc.hospital)}）` : rng.pick(['职工医保', '城乡居民医保']);
    const visitStyle = rng.pick(['iso', 'cn', 'isoTime'] as const);
    s.line(x0, 282, right, 282, 2);
    let y = 282 + lh;
    [['姓名：', p.name], ['性别：', sex], ['年龄：', age], ['科别：', doc.department]].forEach(([l, v], i) =>
      s.pair(stops[i] ?? x0, y, l ?? '', v ?? '', b, f));
    y += lh;
    spread(s, x0, right, y, [['身份证号：', p.idNumber], ['费别：', fee],
      ['就诊日期：', formatDate(doc.dates.visit, visitStyle, doc.times.visit)]], b, f);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });
    s.line(x0, y + lh * 0.5, right, y + lh * 0.5, 1.2);

    // The nurse's column at the left, read on its own.
    const top = y + lh * 1.1;
    const cw = 360;
    const v = vitalsOf(doc, rng);
    const items: [string, string][] = [['体温', `${v.t}℃`], ['脉搏', `${v.p}次/分`], ['呼吸', `${v.r}次/分`], ['血压', `${v.sbp}/${v.dbp}mmHg`],
      ['身高', `${v.height}cm`], ['体重', `${v.weight}kg`], ['BMI', `${v.bmi}kg/m²`], ['血氧饱和度', `${v.spo2}%`],
      ['随机血糖', `${v.glucose}mmol/L`], ['过敏史', rng.pick(['无', '无', '青霉素'])],
      ['测量时间', clock(Math.max(7 * 60 + 30, doc.times.visit - rng.int(8, 40)))]];
    const small: Style = st('sans', pt - 0.5);
    const smallB: Style = st('sansMedium', pt - 0.5);
    const rowH = px(pt) * 1.95;
    const boxH = rowH * (items.length + 1) + 16;
    s.block(() => {
      s.g.fillStyle = rng.pick(['#eef3f8', '#f1f1f1', '#eef6f1']);
      s.g.fillRect(x0, top, cw, rowH);
      s.rect(x0, top, cw, boxH, 1.4);
      s.put(x0 + cw / 2, top + rowH * 0.68, '生命体征', { ...smallB, align: 'center' });
      items.forEach(([l, val], i) => {
        const by = top + rowH * (i + 1.72);
        s.put(x0 + 16, by, l, smallB);
        s.put(x0 + cw - 16, by, val, { ...small, align: 'right' });
      });
      s.put(x0 + 16, top + boxH + rowH * 0.9, `护士：${doc.doctors.checker}`, small);
    });

    // The doctor's note at the right.
    const nx = x0 + cw + 40;
    const nw = right - nx;
    y = top + lh * 0.8;
    const section = (head: string, text: string, keep: readonly string[] = []): void => {
      const hw = s.put(nx, y, head, b);
      y = para(s, nx, y, nw, text, f, lh, { keep, indent: hw }) + lh * 0.3;
    };
    const earlier = addDays(doc.dates.visit, -rng.int(14, 45));
    const panel = doc.labs[0];
    const found = rng.int(3, 12);
    section('主诉：', `${followUp(doc)}。`);
    section('现病史：', `患者${found}年前确诊，长期门诊随诊，平素规律服药，近期${rng.pick(['自觉症状平稳', '偶有头晕乏力', '夜间睡眠欠佳'])}，`
      + `今来复诊、续开药物。`);
    section('既往史：', `${doc.history.past}；${denial(doc, rng)}。`);
    section('查体：', `神志清，精神可，双肺呼吸音清，未闻及干湿啰音，心率${v.p}次/分，律齐，腹软，双下肢${rng.pick(['无水肿', '轻度凹陷性水肿'])}。`);
    const earlyText = formatDate(earlier, 'iso');
    const results = (panel?.rows ?? []).slice(0, 3).map((r) => `${r.abbr} ${r.value}${r.unit}`);
    section('辅助检查：', `${earlyText}本院${panel?.title ?? '生化'}：${results.join('，')}。`, [earlyText, ...results]);
    const mk: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    const hw = s.put(nx, y, '诊断：', b);
    listed(doc.dx.western, mk).forEach((t, i) => s.put(nx + hw, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += doc.dx.western.length * lh + lh * 0.3;
    const back = formatDate(addDays(doc.dates.visit, rng.pick([14, 28, 30])), 'cnShort');
    section('处理：', `1.继续${doc.medicines.slice(0, 3).join('，')}；2.定期监测血压、血糖；3.${back}复诊，不适随诊。`, [...doc.medicines, back]);

    y = Math.max(y, top + boxH + rowH * 2) + lh * 1.4;
    const sw = s.put(nx + nw * 0.45, y, '医师签名：', b);
    handwritten(s, nx + nw * 0.45 + sw + 10, y, doc.doctors.attending, pt * 1.35, rng);
    const foot = st(serif ? 'serif' : 'sans', 8.5, { color: '#444' });
    s.line(x0, 2196, right, 2196, 1);
    s.put(x0, 2232, `打印时间：${formatDate(printedOn(doc), 'isoTime', doc.times.print)}`, foot);
    s.put(right, 2232, `地址：${doc.hospital.address}`, { ...foot, align: 'right' });
  },
};
