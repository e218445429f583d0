import { makeDoc, type Doc } from '../case';
import { addDays, clock, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { barcode, handwritten } from '../marks';
import { physician } from '../people';
import type { Rng } from '../rng';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, pastHistory, type Mark } from './kit';
import { maskedMobile } from './tune5-kit';
import { para, suited } from './tune6-kit';
import { ticks } from './tune7-kit';
import { countyWords } from './tune10-kit';
import { local14, mono, NORTHEAST14, SOUTH14 } from './tune14-kit';

const KEYS: readonly DiseaseKey[] = ['CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE', 'CORONARY_HEART_DISEASE',
  'CORONARY_HEART_DISEASE',
  'HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'POST_ARTERIAL_STENT_ANTICOAGULATION'];

type Visit = {
  complaint: string; onset: number; now: string; steps: readonly (readonly [number, string])[]; out: string; stay: boolean;
  by: '120' | '自行' | '陪送';
};

/** What brought the patient in and what the night's record lists: minutes after arrival and what was done. */
function visitOf(doc: Doc, rng: Rng): Visit {
  const bp = `${rng.int(172, 214)}/${rng.int(98, 124)}mmHg`;
  switch (doc.primary) {
    case 'CEREBROVASCULAR_DISEASE': return { complaint: '突发右侧肢体无力伴言语含糊3小时', onset: 180, stay: true, by: '120',
      now: '患者3小时前看电视时突发右侧肢体无力，不能持物，伴言语含糊，无头痛、呕吐及抽搐，家属呼叫120送至我院。',
      steps: [[4, '开通卒中绿色通道，测指尖血糖'], [16, '头颅CT平扫：未见出血，左侧基底节区低密度影'], [35, '神经内科会诊：不符合溶栓时间窗'],
        [52, '阿司匹林肠溶片 100mg 口服，心电监护']], out: '收入神经内科' };
    case 'HYPERTENSION': return { complaint: '头痛、头晕伴恶心半天', onset: 300, stay: false, by: '自行',
      now: `患者半天前劳累后出现头痛、头晕，伴恶心，自测血压${bp}，无胸痛、肢体无力，自行来诊。`,
      steps: [[6, '心电图：窦性心律，左室高电压'], [20, '乌拉地尔注射液 25mg 静推，后泵入'], [65, '复测血压 152/92mmHg，头痛缓解'],
        [90, '调整口服降压药，嘱门诊随诊']], out: '好转离院' };
    case 'DIABETES': return { complaint: '口干、多饮加重伴恶心、呕吐2天', onset: 2880, stay: true, by: '陪送',
      now: '患者2天前受凉后口干、多饮、多尿加重，伴恶心、呕吐胃内容物数次，乏力明显，家属陪同来诊。',
      steps: [[5, `指尖血糖：HI；急查血气、电解质、尿常规`], [40, `血糖 ${rng.range(22, 31).toFixed(1)}mmol/L，尿酮体（++）`],
        [45, '0.9%氯化钠注射液补液，胰岛素 6U/h 泵入'], [140, '复测血糖 15.6mmol/L，每小时监测']], out: '急诊留观' };
    default: return { complaint: '胸闷、胸痛2小时', onset: 120, stay: true, by: '120',
      now: '患者2小时前休息时出现胸骨后压榨样疼痛，向左肩放射，伴大汗，含服硝酸甘油不缓解，呼叫120送来。',
      steps: [[3, '心电图：V1-V4导联ST段压低'], [8, '阿司匹林 300mg、替格瑞洛 180mg 嚼服'], [30, `肌钙蛋白I ${rng.range(0.08, 1.9).toFixed(2)}ng/mL`],
        [48, '心内科会诊，拟行冠状动脉造影']], out: '收入心血管内科' };
  }
}

/**
 * 急诊病历 of a Northeast or Zhejiang / Fujian / Guangdong county or city hospital's emergency department: 分诊级别 box top
 * left, 急诊号 barcode, a bordered grid (姓名, 身份证号 — truth — 联系人 a relative, 就诊日期 — truth — 来院方式 ☑120), run-in
 * history with the 发病 time (the day before for a diabetic), 急诊诊断 numbered (counted), then a 处置记录 table of times in a
 * fixed-pitch face that runs past midnight into 次日 on late arrivals, and the 离院 / 转入 time with its full date (not truth).
 */
export const tune14OutpatientEmergencyTimeline: Layout = {
  id: 'tune14-outpatient-emergency-timeline',
  kind: 'outpatient',
  split: 'tune',
  style: 'Northeast / Zhejiang / Fujian / Guangdong county or city hospital 急诊病历: 分诊级别 box, 急诊号 barcode, bordered patient grid, '
    + 'run-in history, 处置记录 table with fixed-pitch times, 去向 line, sans or serif 10.5–11.5 pt',
  exercises: ['就诊日期 in the grid (truth), arrivals often in the evening', '发病 2 days before (a diabetic) or hours before, in 现病史',
    '处置记录 with times running past midnight as 次日 00:35 (not a visit date)', '去向 / 离院时间 with the next day\'s full date (not truth)',
    '联系人 a relative\'s name with a masked mobile (not the patient)', '急诊诊断 numbered (counted); acute wordings only',
    '分诊级别 Ⅱ级 / Ⅲ级 box and 来院方式 ☑120 □自行 ticks'],
  doc: (rng) => {
    const doc = local14(countyWords(suited(makeDoc(rng, { kind: 'outpatient', keys: KEYS, hospitals: [...NORTHEAST14, ...SOUTH14],
      compoundSurnames: 0.06 })), rng, { outside: 0.2, near: 0.1, avoid: /后遗症|恢复期|陈旧|术后/u }), rng);
    // An emergency list is short and acute: the catalogue diseases and at most one other; a diabetic comes in with ketosis.
    const western = [...doc.dx.western.filter((d) => d.key), ...doc.dx.western.filter((d) => !d.key).slice(0, 1)]
      .map((d) => (d.key === 'DIABETES' ? { ...d, text: rng.pick(['2型糖尿病酮症', '2型糖尿病伴酮症', '2型糖尿病伴血糖控制不佳']) } : d));
    const late = rng.chance(0.55);
    return { ...doc, dx: { ...doc.dx, western }, times: { ...doc.times, visit: late ? rng.int(21 * 60, 23 * 60 + 45) : doc.times.visit } };
  },
  draw(s, doc, rng) {
    s.ink = '#141414';
    const x0 = 110;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.35);
    const pt = rng.pick([10.5, 11, 11.5]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifSemi' : 'sansMedium', pt);
    const lh = px(pt) * 1.7;
    const p = doc.patient;
    const v = visitOf(doc, rng);
    const at = doc.times.visit;

    const [level, colour] = rng.pick([['Ⅱ级', '#d9480f'], ['Ⅲ级', '#c79100'], ['Ⅱ级', '#d9480f']] as const);
    s.rect(x0, 80, 150, 120, 4, colour);
    s.put(x0 + 75, 122, '分诊级别', st('sansMedium', 10, { align: 'center', color: colour }));
    s.put(x0 + 75, 180, level, st('sansBold', 20, { align: 'center', color: colour }));
    s.put(s.width / 2, 135, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 18, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 205, '急 诊 病 历', st(serif ? 'serifBold' : 'sansBold', 16, { align: 'center', spacing: 6 }));
    const no = `JZ${doc.recordNo.slice(2)}`;
    const bw = barcode(s, right - 280, 82, doc.recordNo, 60, 2);
    s.put(right - 280 + bw / 2, 172, no, st('sans', 8.5, { align: 'center' }));

    const ds: DateStyle = rng.pick(['iso', 'cn', 'cnShort'] as const);
    const kinName = physician(rng, [p.name, ...Object.values(doc.doctors)]);
    const L = (text: string, wd: number) => ({ text, w: wd, label: true });
    const V = (text: string, wd: number) => ({ text, w: wd });
    let y = s.grid(x0, 250, px(pt) * 2.2, [
      [L('姓名', 140), V(p.name, 250), L('性别', 120), V(p.sex, 130), L('年龄', 120), V(`${p.age}岁`, 150), L('急诊号', 140), V(no, 384)],
      [L('身份证号', 140), V(p.idNumber, 500), L('联系人', 120), V(`${kinName}（${rng.pick(['子', '女', '配偶'])}） ${maskedMobile(rng)}`, 674)],
      [L('就诊日期', 140), V(`${formatDate(doc.dates.visit, ds)} ${clock(at)}`, 380), L('来院方式', 140),
        V(ticks(['120', '自行', '陪送'], v.by), 414), L('科室', 120), V('急诊内科', 240)],
    ], f, { shade: '#f1f1f1', label: b, border: 1.6 });
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });

    y += lh * 1.1;
    const run = (label: string, text: string): void => {
      const lw = s.put(x0, y, label, b);
      y = para(s, x0, y, w, text, f, lh, { indent: lw }) + lh * 0.2;
    };
    const onset = at - v.onset + rng.int(-25, 25);
    const onsetDay = addDays(doc.dates.visit, Math.floor(onset / 1440));
    run('主诉：', `${v.complaint}。`);
    run('现病史：', `${v.now}发病时间：${formatDate(onsetDay, 'cnShort')}${clock(((onset % 1440) + 1440) % 1440)}。`);
    run('既往史：', `${pastHistory(doc, rng)}。`);
    const bp = `${rng.int(150, 206)}/${rng.int(84, 118)}mmHg`;
    run('查体：', `T ${36 + rng.int(3, 9) / 10}℃，P ${rng.int(72, 112)}次/分，R ${rng.int(17, 24)}次/分，BP ${bp}，`
      + `SpO2 ${rng.int(94, 99)}%，神志清，双肺呼吸音粗，心律齐。`);
    const how: Mark = rng.pick(['1.', '1、'] as const);
    const dl = s.put(x0, y, '急诊诊断：', b);
    listed(doc.dx.western, how).forEach((t, i) => s.put(x0 + dl, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += lh * (doc.dx.western.length + 0.6);

    // 处置记录: times at a fixed pitch, past midnight as 次日.
    const pitch = px(pt) * 0.56;
    const when = (m: number): string => `${m >= 1440 ? '次日 ' : '     '}${clock(m % 1440)}`;
    s.put(x0, y, '处置记录', st(b.face, pt + 0.5));
    y += lh * 0.5;
    s.line(x0, y, right, y, 1.6);
    y += lh * 0.9;
    const nurse = physician(rng, [p.name, kinName, ...Object.values(doc.doctors)]);
    const rows: [number, string, string][] = [[0, '到达急诊，预检分诊', nurse], [rng.int(3, 6) + 2, '医师接诊', doc.doctors.resident],
      ...v.steps.map(([m, t]) => [m + 8, t, rng.chance(0.5) ? nurse : doc.doctors.resident] as [number, string, string])];
    for (const [m, text, who] of rows) {
      mono(s, x0, y, when(at + m), f, pitch);
      s.put(x0 + pitch * 12, y, text, f);
      s.put(right, y, who, { ...f, align: 'right' });
      y += lh;
    }
    s.line(x0, y - lh * 0.6, right, y - lh * 0.6, 1);
    const leave = at + (v.stay ? rng.int(600, 800) : rng.int(150, 240));
    const leaveDay = addDays(doc.dates.visit, Math.floor(leave / 1440));
    y += lh * 0.5;
    s.pair(x0, y, '去向：', `${v.out}    离院时间：${formatDate(leaveDay, 'iso')} ${clock(leave % 1440)}`, b, f);
    y += lh * 1.4;
    y = para(s, x0, y, w, `知情告知：已向患者及家属交代病情及可能出现的风险，家属表示理解，${v.stay ? '同意进一步诊治' : '要求离院，嘱门诊随诊'}。`,
      f, lh) + lh * 0.8;
    const kw = s.put(x0, y, '患者/家属签字：', f);
    handwritten(s, x0 + kw + 8, y, kinName, pt * 1.3, rng);
    const sw = s.put(x0 + w * 0.55, y, '接诊医师：', f);
    handwritten(s, x0 + w * 0.55 + sw + 8, y, doc.doctors.resident, pt * 1.3, rng);
    s.put(x0, 2240, `${doc.hospital.name}急诊科  24小时急救电话：120  ${doc.hospital.phone}`, st(f.face, 8.5, { color: '#555' }));
  },
};
