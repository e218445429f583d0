import { makeDoc, type Doc } from '../case';
import { clock, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { CITY_MORE, COUNTY, COUNTY_MORE, PROVINCES } from '../hospitals';
import { handwritten } from '../marks';
import type { Rng } from '../rng';
import type { Cell } from '../sheet';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { forPatient, listed, pastHistory, type Mark } from './kit';
import { checkBox, prose } from './tune2-kit';
import { FAR_PROVINCES, localTo } from './tune3-kit';
import { withDoubt } from './tune4-kit';
import { fitting, later, maskedMobile } from './tune5-kit';

/** What brings people to a county emergency room among the catalogue's diseases. */
const EMERGENCY: readonly DiseaseKey[] = ['CEREBROVASCULAR_DISEASE', 'CORONARY_HEART_DISEASE', 'HYPERTENSION', 'DIABETES', 'POST_ARTERIAL_STENT_ANTICOAGULATION'];

const TRIAGE = [['Ⅱ级', '橙区', '#e07b00'], ['Ⅲ级', '黄区', '#c9a400'], ['Ⅳ级', '绿区', '#2e8b3e']] as const;

/** 现病史, 辅助检查 with their times, 处理 and where the patient went, by the disease that brought them. */
function story(doc: Doc, rng: Rng, at: number, night: boolean): { now: string; tests: string; orders: string[]; goes: string } {
  const t = (by: number): string => later(at, by);
  const bp = `${rng.int(168, 210)}/${rng.int(96, 122)}mmHg`;
  const today = night ? '今晚' : '今日';
  switch (doc.primary) {
    case 'CEREBROVASCULAR_DISEASE': return {
      now: `患者2天前无明显诱因出现右侧肢体无力，持物不稳，行走拖步，伴言语含糊，无头痛、呕吐，无意识障碍及抽搐，今日症状加重，由家属送来我院急诊。`,
      tests: `急诊头颅CT（${t(18)}）：左侧基底节区见斑片状低密度影，未见出血；指尖血糖（${t(4)}）${(rng.range(5.2, 11.8)).toFixed(1)}mmol/L。`,
      orders: ['1.告病重，心电监护、吸氧', '2.请神经内科会诊，完善头颅MRI', '3.硫酸氢氯吡格雷片 75mg 口服', '4.控制血压，监测生命体征'],
      goes: '神经内科' };
    case 'HYPERTENSION': return {
      now: `患者有高血压病史，平素服药不规律，3天前劳累后出现头晕、头痛，以枕部为著，${today}自测血压${bp}，伴恶心，无呕吐，无胸痛及肢体活动障碍，遂来我院急诊。`,
      tests: `心电图（${t(6)}）：窦性心律，左室高电压；急诊头颅CT（${t(25)}）：未见明显出血及梗死灶。`,
      orders: ['1.心电监护，卧床休息', '2.乌拉地尔注射液 12.5mg 静脉推注，随后微量泵泵入', '3.30分钟后复测血压', '4.心内科门诊随诊，规律服药'],
      goes: '' };
    case 'DIABETES': return {
      now: `患者近1月口干、多饮、多尿较前加重，伴乏力、纳差，今日自测血糖仪显示“HI”，无腹痛、呕吐，无意识障碍，遂来我院急诊。`,
      tests: `急诊血糖（${t(10)}）${(rng.range(19, 28)).toFixed(1)}mmol/L；尿常规：尿糖（4+），尿酮体（${rng.pick(['-', '±', '+'])}）；血气分析未见酸中毒。`,
      orders: ['1.0.9%氯化钠注射液 500ml 静脉滴注', '2.胰岛素注射液 4U/h 微量泵泵入，每小时监测血糖', '3.复查电解质', '4.内分泌科门诊就诊'],
      goes: '' };
    default: return {
      now: `患者${doc.primary === 'POST_ARTERIAL_STENT_ANTICOAGULATION' ? '冠状动脉支架植入术后，平素规律服用抗血小板药物，3天前' : '1周前'}活动后出现胸骨后闷痛，`
        + `持续约5～10分钟，休息后可缓解，${today}${clock(Math.max(at - rng.int(60, 180), 6 * 60))}左右再发，持续不缓解，伴出汗，含服硝酸甘油后稍缓解，遂来我院急诊。`,
      tests: `心电图（${t(5)}）：窦性心律，V1-V4导联ST段压低0.1-0.2mV；肌钙蛋白I（${t(40)}）${(rng.range(0.01, 0.09)).toFixed(2)}ng/mL。`,
      orders: ['1.告病重，心电监护、吸氧', '2.阿司匹林肠溶片 300mg 嚼服', '3.请心内科会诊', '4.动态复查心电图及心肌酶'],
      goes: '心血管内科' };
  }
}

/**
 * 急诊病历 of a county or city emergency department: a triage colour tag, a bordered header with 到院时间 and
 * 接诊时间 (often late in the evening), a vital-signs band, the full history with 个人史 and 婚育史, 辅助检查 timed
 * by the hour only, 初步诊断 at the bottom, numbered orders and ticked 患者去向.
 */
export const tune5OutpatientEmergency: Layout = {
  id: 'tune5-outpatient-emergency',
  kind: 'outpatient',
  split: 'tune',
  style: 'County / city / other-province hospital 急诊病历: triage colour tag, bordered header grid, vital-signs band, sans or serif 10–11 pt, 去向 check boxes',
  exercises: ['姓名 in a bordered grid beside 科别 急诊内科 / 急诊科', '到院时间 2025-03-04 21:37 and 接诊时间 minutes later (the visit), often in the evening',
    '分诊级别 Ⅱ级 / Ⅲ级 / Ⅳ级 and a coloured triage tag', '来院方式 120急救车 / 步行 / 轮椅, 联系电话 masked',
    'vital signs band T / P / R / BP / SpO2 (numbers with units)', '主诉, 现病史, 既往史 (past illness and denials), 个人史 (smoking years), 婚育史, 家族史 (not counted)',
    '辅助检查 with clock times only (头颅CT（21:58）)', '初步诊断 numbered at the bottom, a ？ / 待查 item (not counted)',
    '处理 numbered orders with doses', '患者去向 check boxes: 离院 / 留观 / 收住院（神经内科） / 转院 (no admission date)', '医师签名 handwritten and 记录时间'],
  doc: (rng) => fitting(localTo(forPatient(makeDoc(rng, { kind: 'outpatient', keys: EMERGENCY,
    hospitals: [...COUNTY, ...COUNTY_MORE, ...CITY_MORE, ...PROVINCES, ...FAR_PROVINCES], aliases: true, outside: 0.1, compoundSurnames: 0.15 }),
  rng, COUNTY), rng)),
  draw(s, doc, rng) {
    s.ink = '#141414';
    const x0 = 120;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.35);
    const face = serif ? 'serif' : rng.pick(['sans', 'sansLight'] as const);
    const bold = serif ? 'serifSemi' : 'sansMedium';
    const pt = rng.pick([10, 10.5, 11]);
    const f = st(face, pt);
    const b = st(bold, pt);
    const lh = px(pt) * 1.75;

    const grave = ['CEREBROVASCULAR_DISEASE', 'CORONARY_HEART_DISEASE', 'POST_ARTERIAL_STENT_ANTICOAGULATION'].includes(doc.primary);
    const [level, zone, color] = grave ? rng.pick(TRIAGE.slice(0, 2)) : rng.pick(TRIAGE.slice(1));
    s.g.fillStyle = color;
    s.g.fillRect(x0, 88, 250, 66);
    s.put(x0 + 125, 133, `${level} ${zone}`, st('sansBold', 13, { align: 'center', color: '#ffffff' }));
    s.put(s.width / 2, 140, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 18, { align: 'center', spacing: 2 }));
    s.put(s.width / 2, 215, rng.pick(['急诊病历', '急 诊 病 历', '急诊科病历记录']), st(serif ? 'serifBold' : 'sansBold', 16, { align: 'center', spacing: 4 }));
    s.put(right, 215, `急诊号：J${doc.recordNo.slice(2)}`, st(face, 9.5, { align: 'right' }));

    const night = rng.chance(0.6);
    const at = night ? rng.int(18 * 60 + 30, 22 * 60 + 30) : rng.int(8 * 60, 16 * 60 + 30);
    const seen = at + rng.int(3, 14);
    const ds: DateStyle = rng.pick(['isoTime', 'slashTime', 'cnTime'] as const);
    const [sex, age] = sexAge(doc);
    const L = (text: string, cw: number): Cell => ({ text, w: cw, label: true });
    const V = (text: string, cw: number): Cell => ({ text, w: cw });
    let y = s.grid(x0, 255, px(pt) * 2.1, [
      [L('姓名', 150), V(doc.patient.name, 290), L('性别', 150), V(sex, 110), L('年龄', 150), V(age, 150), L('科别', 150),
        V(rng.pick(['急诊内科', '急诊科']), w - 1150)],
      [L('身份证号', 150), V(doc.patient.idNumber, 550), L('联系电话', 150), V(maskedMobile(rng), w - 850)],
      [L('来院方式', 150), V(rng.pick(['120急救车', '步行', '轮椅', '家属陪同步行']), 290), L('分诊级别', 150), V(level, 110),
        L('陪同人', 150), V(doc.patient.age < 14 ? '患儿父母' : rng.pick(['家属', '配偶', '子女', '无']), w - 850)],
      [L('到院时间', 150), V(formatDate(doc.dates.visit, ds, at), 550), L('接诊时间', 150), V(formatDate(doc.dates.visit, ds, seen), w - 850)],
    ], f, { label: b, shade: '#efefef', border: 1.4 });
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.visit });

    y += 62;
    s.g.fillStyle = '#f3f3f3';
    s.g.fillRect(x0, y - px(pt) * 1.1, w, px(pt) * 1.7);
    const spo2 = rng.int(92, 99);
    const vitals = [`T ${(36.3 + rng.int(0, 8) / 10).toFixed(1)}℃`, `P ${rng.int(62, 112)}次/分`, `R ${rng.int(16, 24)}次/分`,
      `BP ${rng.int(118, 206)}/${rng.int(70, 118)}mmHg`, `SpO2 ${spo2}%`];
    s.put(x0 + 12, y, '生命体征：', b);
    let vx = x0 + 24 + s.measure('生命体征：', b);
    for (const v of vitals) vx += s.put(vx, y, v, f) + 56;
    y += lh * 1.5;

    const sec = (label: string, text: string): void => {
      const lw = s.put(x0, y, label, b);
      y = prose(s, x0, y, w, text, f, lh, { indent: lw }) + 6;
    };
    const st0 = story(doc, rng, at, night);
    const child = doc.patient.age < 14;
    sec('主诉：', `${doc.complaint}。`);
    sec('现病史：', st0.now);
    sec('既往史：', `${child ? `平素体健；${doc.history.negated}` : pastHistory(doc, rng)}。${rng.pick(['否认药物过敏史。', '否认食物、药物过敏史。'])}`);
    const smoke = doc.patient.sex === '男' && rng.chance(0.6) ? `吸烟史${rng.int(10, 40)}年，约${rng.pick([10, 20])}支/日` : '无吸烟史';
    sec('个人史：', `生于本地，无疫区居住史，${smoke}，${rng.pick(['偶饮酒', '无饮酒嗜好', '饮酒史20年，已戒'])}。`);
    if (!child) sec('婚育史：', `适龄婚育，${rng.pick(['配偶体健', '配偶已故'])}，育有${rng.int(1, 3)}子${rng.int(0, 2)}女。`);
    sec('家族史：', `${doc.history.family}，否认其他家族遗传病史。`);
    sec('体格检查：', `神志清，${rng.pick(['精神差', '精神可', '急性病容'])}，双肺呼吸音清，未闻及干湿性啰音，心率${rng.int(62, 108)}次/分，律齐，腹软，无压痛。`
      + `${doc.primary === 'CEREBROVASCULAR_DISEASE' ? `右侧肢体肌力${rng.int(2, 4)}级，右侧巴氏征阳性。` : '双下肢无水肿，病理征未引出。'}`);
    sec('辅助检查：', st0.tests);

    y += 8;
    const how: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    const dw = s.put(x0, y, rng.pick(['初步诊断：', '急诊诊断：', '诊断：']), b);
    const items = withDoubt(rng, doc, 0.25);
    listed(items, how).forEach((t, i) => s.put(x0 + dw, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += items.length * lh + 12;
    const ow = s.put(x0, y, '处理：', b);
    st0.orders.forEach((o, i) => s.put(x0 + ow, y + i * lh, o, f));
    y += st0.orders.length * lh + 12;

    const goes = st0.goes !== '' && rng.chance(0.8) ? 'ward' : rng.pick(['home', 'watch'] as const);
    let cx = x0 + s.put(x0, y, '患者去向：', b) + 10;
    cx = checkBox(s, cx, y, '离院', goes === 'home', f) + 40;
    cx = checkBox(s, cx, y, '留观', goes === 'watch', f) + 40;
    cx = checkBox(s, cx, y, `收住院（${goes === 'ward' ? st0.goes : '    '}）`, goes === 'ward', f) + 40;
    checkBox(s, cx, y, '转院', false, f);

    const by = Math.max(y + lh * 2.2, 1960);
    const mw = s.put(right - 620, by, '医师签名：', f);
    handwritten(s, right - 620 + mw + 12, by, doc.doctors.attending, pt * 1.3, rng);
    s.put(right - 620, by + lh * 1.3, `记录时间：${formatDate(doc.dates.visit, 'isoTime', seen + rng.int(25, 70))}`, f);
    s.put(x0, by, '患者/家属签字：', f);
    s.line(x0 + s.measure('患者/家属签字：', f) + 6, by + 8, x0 + 520, by + 8, 1.2);
    s.put(s.width / 2, 2230, '急诊病历请妥善保管，复诊时请携带', st(face, 8.5, { align: 'center', color: '#555' }));
  },
};
