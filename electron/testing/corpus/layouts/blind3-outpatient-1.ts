import { makeDoc } from '../case';
import { addDays, clock, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { barcode, handwritten, signature } from '../marks';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { B3_COUNTY, B3_TOWNSHIP, homeIn, local, mobile, pastOnly, sexFit, writeText } from './blind3-kit';
import { printedOn } from './kit';
import { doubtful } from './tune2-kit';
import { plausible } from './tune4-kit';

/** Blind layout (split 'blind'): see blind3-kit.ts. Not for reading while tuning the extractor. */

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE', 'DIABETES',
  'POST_ARTERIAL_STENT_ANTICOAGULATION', 'URAEMIA_DIALYSIS'];

const ONSET: Partial<Record<DiseaseKey, string>> = {
  HYPERTENSION: '头晕、头痛，伴恶心，自测血压最高达196/112mmHg', CORONARY_HEART_DISEASE: '胸骨后压榨样疼痛，向左肩背部放射，持续约20分钟',
  POST_ARTERIAL_STENT_ANTICOAGULATION: '活动后胸闷、气短，休息约10分钟可缓解', CEREBROVASCULAR_DISEASE: '右侧肢体无力，持物不稳，伴言语含糊',
  DIABETES: '乏力、口干、多尿加重，自测指尖血糖“HI”', URAEMIA_DIALYSIS: '乏力、胸闷、双下肢水肿，尿量较前减少',
};
const CHIEF: Partial<Record<DiseaseKey, string>> = {
  HYPERTENSION: '头晕、头痛', CORONARY_HEART_DISEASE: '胸痛', POST_ARTERIAL_STENT_ANTICOAGULATION: '胸闷、气短', CEREBROVASCULAR_DISEASE: '右侧肢体无力伴言语含糊',
  DIABETES: '乏力、口干、多尿加重', URAEMIA_DIALYSIS: '乏力、胸闷伴双下肢水肿',
};
const EXAM: Partial<Record<DiseaseKey, string>> = {
  CEREBROVASCULAR_DISEASE: '急诊头颅CT：未见明显出血灶，左侧基底节区低密度影', CORONARY_HEART_DISEASE: '急诊心电图：窦性心律，V1-V4导联ST段压低0.1mV',
  POST_ARTERIAL_STENT_ANTICOAGULATION: '急诊心电图：窦性心律，T波低平；肌钙蛋白I 0.02ng/mL',
};
const LEVELS = [['Ⅱ级', '#d4661a'], ['Ⅲ级', '#b8860b'], ['Ⅲ级', '#b8860b'], ['Ⅳ级', '#2e7d32']] as const;

export const blind3Outpatient1: Layout = {
  id: 'blind3-outpatient-1',
  kind: 'outpatient',
  split: 'blind',
  style: 'blind3 layout 3',
  exercises: ['blind'],
  doc: (rng) => sexFit(plausible(local(makeDoc(rng, { kind: 'outpatient', hospitals: [...B3_COUNTY, ...B3_COUNTY, ...B3_TOWNSHIP], keys: KEYS,
    aliases: true, compoundSurnames: 0.12 }), rng)), rng),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 120;
    const x1 = s.width - 120;
    const w = x1 - x0;
    const [level, color] = rng.pick(LEVELS);
    s.rect(x0, 78, 170, 122, 3, color);
    s.put(x0 + 85, 120, '分诊级别', st('sans', 9, { align: 'center', color }));
    s.put(x0 + 85, 180, level, st('sansBold', 15, { align: 'center', color }));
    s.put(s.width / 2, 135, doc.hospital.name, st('sansBold', 15, { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 205, '急 诊 病 历', st('sansBold', 14, { align: 'center' }));
    const v = doc.dates.visit;
    const eNo = `E${v.slice(2, 4)}${v.slice(5, 7)}${v.slice(8, 10)}${String(rng.int(1, 399)).padStart(4, '0')}`;
    const bw = barcode(s, x1 - 250, 74, eNo.slice(1), 56, 2);
    s.put(x1 - 250 + bw / 2, 162, `急诊号：${eNo}`, st('sans', 9, { align: 'center' }));

    const seen = rng.int(25, 23 * 60 + 30);
    const triage = seen - rng.int(4, Math.min(20, seen));
    const [sex, age] = sexAge(doc);
    const lab = st('sansMedium', 10.5);
    const val = st('sans', 10.5);
    const iso = (d: string, m: number): string => formatDate(d, 'isoTime', m);
    const line = (y: number, cells: readonly [number, string, string][]): void => {
      for (const [x, l, t] of cells) s.pair(x0 + x, y, l, t, lab, val);
    };
    line(280, [[0, '姓名：', doc.patient.name], [380, '性别：', sex], [620, '年龄：', age], [900, '费别：', rng.pick(['城乡居民医保', '职工医保', '自费'])]]);
    line(332, [[0, '身份证号：', doc.patient.idNumber], [620, '联系电话：', mobile(rng)], [1080, '体重：', `${rng.int(52, 86)}kg`]]);
    line(384, [[0, '分诊时间：', iso(v, triage)], [510, '就诊时间：', iso(v, seen)],
      [1020, '来院方式：', rng.pick(['步行', '120急救车', '家属陪送', '轮椅'])]]);
    line(436, [[0, '住址：', homeIn(doc, rng)]]);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: v });
    s.line(x0, 462, x1, 462, 1.5);

    const cw = (w - 220) / 7;
    const sugar = doc.dx.keys.includes('DIABETES') ? `${(rng.int(118, 260) / 10).toFixed(1)}mmol/L` : '—';
    const vit = [['体温', `${(36 + rng.int(3, 9) / 10).toFixed(1)}℃`], ['脉搏', `${rng.int(64, 108)}次/分`], ['呼吸', `${rng.int(16, 24)}次/分`],
      ['血压', `${rng.int(150, 204)}/${rng.int(84, 118)}mmHg`], ['血氧饱和度', `${rng.int(93, 99)}%`], ['指尖血糖', sugar], ['意识', '清醒']];
    s.grid(x0, 488, 48, [vit.map(([l], i) => ({ text: l ?? '', w: i === 3 ? cw + 220 : cw, label: true })),
      vit.map(([, t], i) => ({ text: t ?? '', w: i === 3 ? cw + 220 : cw, align: 'center' as const }))],
    st('sans', 10), { label: st('sansMedium', 9.5), shade: '#eeeeee', border: 1.2 });

    const body = st('sans', 10.5);
    const lh = px(10.5) * 1.7;
    const section = (y: number, label: string, text: string): number => writeText(s, x0, y, w, `${label}${text}`, body, lh) + 8;
    const back = rng.int(0, 2);
    const onsetMin = back === 0 ? Math.max(0, seen - rng.int(60, 360)) : rng.int(6 * 60, 22 * 60);
    const onset = `${formatDate(addDays(v, -back), 'iso')} ${clock(onsetMin - (onsetMin % 10))}左右`;
    const hours = Math.max(1, Math.round((seen - onsetMin) / 60));
    let y = section(648, '主诉：', `${CHIEF[doc.primary] ?? '不适'}${back === 0 ? `${hours}小时` : `${back}天`}。`);
    y = section(y, '现病史：', `患者${doc.complaint.includes('年') ? `${doc.complaint.split('，')[0]}，` : ''}于${onset}无明显诱因出现`
      + `${ONSET[doc.primary] ?? '不适'}，未予特殊处理，症状无缓解，遂来我院急诊。`);
    y = section(y, '既往史：', `${pastOnly(doc, rng)}。`);
    y = section(y, '过敏史：', rng.pick(['否认药物及食物过敏史。', '青霉素过敏。', '否认药物过敏史。']));
    y = section(y, '体格检查：', '神志清，精神差，双侧瞳孔等大等圆，对光反射灵敏。双肺呼吸音粗，未闻及干湿啰音。心率齐，各瓣膜听诊区未闻及病理性杂音。'
      + '腹软，无压痛。双下肢无水肿。');
    const labRows = (doc.labs[0]?.rows ?? []).slice(0, 3).map((r) => `${r.abbr} ${r.value}${r.unit}`).join('，');
    y = section(y, '辅助检查：', `${EXAM[doc.primary] ?? '急诊心电图：窦性心律，大致正常心电图'}；急查${doc.labs[0]?.title ?? ''}：${labRows}。`);

    const items = [...doc.dx.western, ...(rng.chance(0.3) ? [doubtful(rng, doc)] : [])];
    s.diagnoses(doc.dx.western);
    const head = st('sansBold', 10.5);
    const lw = s.put(x0, y, '急诊诊断：', head);
    items.forEach((d, i) => s.put(x0 + lw, y + i * lh, `${'①②③④⑤⑥'[i] ?? ''}${d.text}`, body));
    y += items.length * lh + 8;

    const orders = [`${clock(seen + 6)} 心电监护，鼻导管吸氧2L/min，开放静脉通路`, `${clock(seen + 15)} ${doc.medicines[0] ?? '对症治疗'}`,
      `${clock(seen + rng.int(50, 80))} 复测血压${rng.int(132, 156)}/${rng.int(78, 94)}mmHg，症状较前缓解`];
    s.put(x0, y, '处理：', head);
    orders.forEach((o, i) => s.put(x0 + px(10.5) * 3, y + i * lh, o, body));
    y += orders.length * lh + 8;
    const where = rng.pick(['留观', 'admit', 'home'] as const);
    const stay = where === '留观' ? rng.int(8 * 60, 10 * 60 + 30) + 24 * 60 - seen : where === 'admit' ? rng.int(60, 150) : rng.int(90, 200);
    const out = seen + stay;
    const leave = iso(addDays(v, Math.floor(out / 1440)), out % 1440);
    const dest = where === '留观' ? '急诊留观' : where === 'admit' ? `收住${doc.department}` : '离院，门诊随诊';
    s.put(x0, y, `去向：${dest}`, body);
    s.put(x0 + 760, y, `离院时间：${leave}`, body);

    const sy = y + 150;
    const a = s.put(x0, sy, '接诊医师：', body);
    handwritten(s, x0 + a + 10, sy, doc.doctors.attending, 13, rng);
    const b = s.put(x0 + 720, sy, '患者/家属签字：', body);
    signature(s, x0 + 730 + b, sy - 6, 170, rng);
    const foot = st('sans', 9, { color: '#333' });
    s.line(x0, 2196, x1, 2196, 1);
    s.put(x0, 2238, `打印时间：${formatDate(printedOn(doc), 'isoTime', doc.times.print)}`, foot);
    s.put(x1, 2238, '本病历请妥善保管，复诊时携带', { ...foot, align: 'right' });
  },
};
