import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, qrCode } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, pastHistory, type Mark } from './kit';
import { para, settled, suited } from './tune6-kit';
import { followUp, kin } from './tune10-kit';
import { COMMUNITY14, local14, NORTHEAST14, provinceOf, SOUTH14 } from './tune14-kit';

/** Whom a community centre's family doctors see: the chronic diseases under management, stents, severe mental illness. */
const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'DIABETES',
  'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'SEVERE_MENTAL_DISORDER'];

/** The 重点人群 a centre ticks (the programme's words, never diagnoses). */
const GROUPS: readonly (readonly [string, DiseaseKey | null])[] = [['高血压', 'HYPERTENSION'], ['糖尿病', 'DIABETES'],
  ['严重精神障碍', 'SEVERE_MENTAL_DISORDER'], ['65岁以上老年人', null]];

/**
 * 全科门诊病历 of a 社区卫生服务中心 in Zhejiang, Fujian, Guangdong or the Northeast, written the general-practice way as S / O /
 * A / P blocks under a 家庭医生签约服务 badge: the patient in an underlined strip (姓名, 身份证号 — truth — 就诊时间 — truth — and
 * 签约日期 years back, 签约团队 named after a doctor, 重点人群 ticks), 评估（A） numbering the diagnoses (counted), 计划（P） with
 * a 下次随访 date and an upward referral to a city hospital (not truth), the family doctor's handwritten signature and the
 * resident's own at the foot.
 */
export const tune14OutpatientCommunitySoap: Layout = {
  id: 'tune14-outpatient-community-soap',
  kind: 'outpatient',
  split: 'tune',
  style: 'Zhejiang / Fujian / Guangdong / Northeast 社区卫生服务中心 全科门诊病历 in SOAP blocks: green 家庭医生签约服务 badge, QR, '
    + 'underlined patient strip, lettered S / O / A / P boxes, family doctor and resident signatures, sans or light sans 10.5–11.5 pt',
  exercises: ['就诊时间 2025-03-04 09:12 / 2025年03月04日 in the strip (truth) beside 签约日期 years earlier (not truth)',
    '签约团队 named after a doctor (王建华团队) and 重点人群 ☑高血压 □糖尿病 ticks (programme words, not diagnoses)',
    'S: 主诉 / 现病史 / 既往史 with denials / 家族史 (not counted)', 'O: vitals and a lab result dated days before the visit (not truth)',
    '评估（A）numbered diagnoses (counted) with 控制情况', '计划（P）: 下次随访 date and 上转 to a city hospital (another hospital name)',
    '家庭医生签名 and 签约居民签字 handwritten (the patient\'s own name in ballpoint)'],
  doc: (rng) => local14(settled(suited(makeDoc(rng, { kind: 'outpatient', keys: KEYS, hospitals: COMMUNITY14,
    compoundSurnames: 0.06 }))), rng),
  draw(s, doc, rng) {
    s.ink = '#161616';
    const x0 = 110;
    const right = s.width - x0;
    const w = right - x0;
    const pt = rng.pick([10.5, 11, 11.5]);
    const face = rng.pick(['sans', 'sansLight'] as const);
    const f: Style = st(face, pt);
    const b: Style = st('sansMedium', pt);
    const lh = px(pt) * 1.75;
    const green = rng.pick(['#1f7a4d', '#16806f', '#2a6fb0']);
    const p = doc.patient;

    s.g.fillStyle = green;
    s.g.beginPath();
    s.g.roundRect(x0, 88, 300, 56, 28);
    s.g.fill();
    s.put(x0 + 150, 127, '家庭医生签约服务', st('sansBold', 11, { align: 'center', color: '#ffffff' }));
    qrCode(s, right - 120, 78, 120, rng);
    s.put(right - 60, 228, '扫码查看健康档案', st('sans', 7.5, { align: 'center', color: '#444' }));
    s.put(s.width / 2, 135, doc.hospital.name, st('sansBold', 17, { align: 'center', spacing: 2 }));
    s.put(s.width / 2, 205, rng.pick(['全科门诊病历', '全科诊疗记录（SOAP）', '门诊病历（全科）']), st('sansMedium', 14, { align: 'center', spacing: 4 }));

    // The strip: two underlined lines of label–value pairs.
    const ds: DateStyle = rng.pick(['isoTime', 'isoTime', 'cn', 'cnTime'] as const);
    const visit = formatDate(doc.dates.visit, ds, doc.times.visit);
    const team = `${doc.doctors.attending}团队`;
    const signed = formatDate(addDays(doc.dates.visit, -rng.int(300, 1500)), rng.pick(['iso', 'cn'] as const));
    const groups = GROUPS.filter(([, k]) => (k === null ? p.age >= 65 : doc.dx.keys.includes(k)) || rng.chance(0.3));
    const mark = (g: string, k: DiseaseKey | null): string => `${(k ? doc.dx.keys.includes(k) : p.age >= 65) ? '☑' : '□'}${g}`;
    let y = 300;
    const stops = [0, 0.28, 0.44, 0.6].map((k) => x0 + k * w);
    [['姓名：', p.name], ['性别：', p.sex], ['年龄：', `${p.age}岁`], ['就诊时间：', visit]]
      .forEach(([l, v], i) => s.pair(stops[i] ?? x0, y, l ?? '', v ?? '', b, f));
    const rule = (color = '#777', width = 1): void => {
      s.line(x0, y + 14, right, y + 14, width, color);
      y += lh * 1.2;
    };
    rule();
    s.pair(x0, y, '身份证号：', p.idNumber, b, f);
    s.pair(stops[2] ?? x0, y, '门诊号：', doc.recordNo, b, f);
    s.pair(x0 + w * 0.74, y, '费别：', rng.pick(['城乡居民医保', '职工医保']), b, f);
    rule();
    s.pair(x0, y, '签约团队：', team, b, f);
    s.pair(stops[2] ?? x0, y, '签约日期：', signed, b, f);
    rule();
    s.pair(x0, y, '重点人群：', groups.map(([g, k]) => mark(g, k)).join('\u3000') || '□无', b, f);
    rule(green, 1.6);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });

    // S / O / A / P: a lettered box at the left, the block's title and text at the right.
    const how: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    const bx = x0 + 96;
    const block = (letter: string, title: string, body: (y0: number) => number): void => {
      y += lh * 0.9;
      const top = y - px(pt);
      s.rect(x0, top, 64, 64, 2, green);
      s.put(x0 + 32, top + 48, letter, st('sansBold', 15, { align: 'center', color: green }));
      s.put(bx, y, title, b);
      y = body(y + lh) + lh * 0.2;
    };
    const lab = doc.labs[0];
    const labDay = formatDate(addDays(doc.dates.visit, -rng.int(3, 20)), 'iso');
    const bp = `${rng.int(124, 168)}/${rng.int(70, 98)}mmHg`;
    block('S', '主观资料', (y0) => para(s, bx, y0, right - bx, `主诉：${followUp(doc)}。现病史：患者规律于本中心随访，近期${rng.pick(['偶有头晕', '睡眠欠佳',
      '乏力', '无明显不适'])}，饮食、二便正常。既往史：${pastHistory(doc, rng)}。家族史：${kin(rng)}。`, f, lh));
    const values = lab?.rows.slice(0, 3).map((r) => `${r.abbr} ${r.value}${r.unit}${r.flag}`) ?? [];
    block('O', '客观资料', (y0) => para(s, bx, y0, right - bx, `BP ${bp}，HR ${rng.int(62, 92)}次/分，身高${rng.int(152, 178)}cm，体重`
      + `${rng.int(48, 86)}kg，双肺呼吸音清，心律齐，双下肢无水肿。${lab ? `${labDay}${lab.title}：${values.join('，')}。` : ''}`, f, lh,
    { keep: [labDay, ...values] }));
    block('A', '评估', (y0) => {
      listed(doc.dx.western, how).forEach((t, i) => s.put(bx, y0 + i * lh, t, f));
      s.diagnoses(doc.dx.western);
      const yy = y0 + doc.dx.western.length * lh;
      s.put(bx, yy, `控制情况：${rng.pick(['控制满意', '控制欠佳', '基本达标'])}；危险因素：${rng.pick(['吸烟', '超重', '缺乏运动', '高盐饮食'])}。`, f);
      return yy + lh;
    });
    const next = formatDate(addDays(doc.dates.visit, rng.pick([14, 28, 30, 90])), rng.pick(['iso', 'cnShort'] as const));
    const here = provinceOf(doc.hospital);
    const city = rng.pick([...SOUTH14, ...NORTHEAST14].filter((h) => provinceOf(h) === here)).name;
    block('P', '计划', (y0) => [`1.药物：${doc.medicines.slice(0, 3).join('；')}。`, '2.健康教育：限盐控油，适量运动，戒烟限酒，自我监测。',
      `3.下次随访：${next}。`, `4.如病情控制不佳，上转至${city}${doc.department}进一步诊治。`]
      .reduce((yy, t) => para(s, bx, yy, right - bx, t, f, lh, { keep: [...doc.medicines, city, next] }), y0));

    y = Math.max(y + lh, 1950);
    const dw = s.put(x0 + w * 0.08, y, '家庭医生签名：', f);
    handwritten(s, x0 + w * 0.08 + dw + 8, y, doc.doctors.attending, pt * 1.3, rng);
    const pw = s.put(x0 + w * 0.55, y, '签约居民签字：', f);
    handwritten(s, x0 + w * 0.55 + pw + 8, y, p.name, pt * 1.3, rng);
    s.line(x0, 2200, right, 2200, 1, '#999');
    s.put(x0, 2240, `地址：${doc.hospital.address}  咨询电话：${doc.hospital.phone}`, st(face, 8.5, { color: '#555' }));
  },
};
