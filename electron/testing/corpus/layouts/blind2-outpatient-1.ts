import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, signature } from '../marks';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { mobileNo } from './blind-kit';
import { COMMUNITY, denying, plausible, resident, weekday } from './blind2-kit';
import { pastHistory, printedOn } from './kit';
import { checkBox, doubtful } from './tune2-kit';

/** Blind layouts (split 'blind'): see blind2-kit.ts. Not for reading while tuning the extractor. */

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE', 'POST_ARTERIAL_STENT_ANTICOAGULATION'];
const MANAGED: readonly [string, DiseaseKey | null][] = [['高血压', 'HYPERTENSION'], ['糖尿病', 'DIABETES'], ['冠心病', 'CORONARY_HEART_DISEASE'],
  ['脑卒中', 'CEREBROVASCULAR_DISEASE'], ['慢阻肺', null]];

export const blind2Outpatient1: Layout = {
  id: 'blind2-outpatient-1',
  kind: 'outpatient',
  split: 'blind',
  style: 'blind2 layout 3',
  exercises: ['blind'],
  doc: (rng) => plausible(resident(makeDoc(rng, { kind: 'outpatient', hospitals: COMMUNITY, keys: KEYS, aliases: true, outside: 0.15, compoundSurnames: 0.12 }), rng)),
  draw(s, doc, rng) {
    s.ink = '#1a1a1a';
    const x0 = 110;
    const x1 = s.width - 110;
    const w = x1 - x0;
    const green = rng.pick(['#2e7d32', '#00695c', '#1565c0']);
    s.put(x0, 128, doc.hospital.name, st('sansBold', 15, { color: green }));
    s.put(x0, 196, '全科门诊记录', st('sansMedium', 14, { spacing: 4 }));
    const small = st('sans', 9);
    const bx = x1 - 380;
    s.rect(bx, 82, 380, 138, 1.4, green);
    const team = `第${rng.pick(['一', '二', '三', '四'])}团队`;
    s.put(bx + 18, 122, `家庭医生：${doc.doctors.attending}（${team}）`, small);
    s.put(bx + 18, 162, `签约日期：${formatDate(addDays(doc.dates.visit, -rng.int(60, 700)), 'iso')}`, small);
    const packs = ['基础包', ...(doc.dx.keys.includes('HYPERTENSION') ? ['高血压包'] : []), ...(doc.dx.keys.includes('DIABETES') ? ['糖尿病包'] : []),
      ...(doc.patient.age >= 65 ? ['老年人包'] : [])];
    s.put(bx + 18, 202, `签约类型：${rng.pick(packs)}`, small);
    s.line(x0, 246, x1, 246, 3, green);

    const [sex, age] = sexAge(doc);
    const p = doc.patient;
    const f = st('sans', 10.5);
    const lab = st('sansMedium', 10);
    const L = (text: string, wd = 160) => ({ text, w: wd, label: true });
    const V = (text: string, wd: number) => ({ text, w: wd });
    const record = `${p.idNumber.slice(0, 6)}${String(rng.int(1, 20)).padStart(3, '0')}${String(rng.int(1, 40)).padStart(3, '0')}${String(rng.int(1, 99999)).padStart(5, '0')}`;
    const noon = doc.times.visit < 12 * 60 ? '上午' : '下午';
    const visit = `${formatDate(doc.dates.visit, 'cnShort')} ${weekday(doc.dates.visit)} ${noon}`;
    const y0 = s.grid(x0, 280, 60, [
      [L('姓名'), V(p.name, 320), L('性别'), V(sex, 180), L('年龄'), V(age, w - 980)],
      [L('身份证号'), V(p.idNumber, 660), L('档案编号'), V(record, w - 980)],
      [L('就诊日期'), V(visit, 520), L('就诊类型'), V(rng.pick(['复诊', '复诊', '初诊']), 180), L('联系电话'), V(mobileNo(rng), w - 1180)],
    ], f, { label: lab, shade: '#eef4ee', border: 1.3 });
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });

    let x = x0 + s.put(x0, y0 + 64, '慢病管理：', lab) + 10;
    const hasCopd = doc.dx.western.some((d) => d.text.includes('阻塞性肺'));
    for (const [name, key] of MANAGED) x = checkBox(s, x, y0 + 64, name, key ? doc.dx.keys.includes(key) : hasCopd, f) + 36;

    const body = st('sans', 10.5);
    const lh = px(10.5) * 1.7;
    const col = x0 + 230;
    let y = y0 + 160;
    const section = (letter: string, title: string, lines: readonly string[]): void => {
      s.line(x0, y - 48, x1, y - 48, 1, '#b9c9b9');
      s.put(x0, y, letter, st('sansBlack', 15, { color: green }));
      s.put(x0 + 48, y, title, st('sansBold', 10.5, { color: green }));
      for (const l of lines) y = s.para(col, y, x1 - col, l, body, lh);
      y += 44;
    };
    const bp = `${rng.int(128, 172)}/${rng.int(74, 102)}`;
    const height = p.sex === '男' ? rng.int(160, 180) : rng.int(150, 168);
    const weight = Math.round((height / 100) ** 2 * rng.range(20, 30));
    const earlier = addDays(doc.dates.visit, -rng.int(8, 45));
    const quoted = (doc.labs[0]?.rows ?? []).slice(0, 2).map((r) => `${r.name} ${r.value}${r.unit}`).join('，');
    section('S', '主观资料', [`主诉：${doc.complaint}，来诊${rng.pick(['复查并取药', '随访', '调整用药'])}。`,
      `现病史：近期${rng.pick(['规律服药', '间断服药', '自行减药'])}，${rng.pick(['自测血压波动', '偶有头晕', '无明显不适', '夜间睡眠欠佳'])}。`,
      `既往史：${denying(doc, pastHistory(doc, rng))}。`, `家族史：${doc.history.family}。`,
      `生活方式：${rng.pick(['吸烟20年，约10支/日', '不吸烟', '已戒烟5年'])}，${rng.pick(['偶饮酒', '不饮酒'])}，${rng.pick(['口味偏咸', '饮食清淡'])}。`]);
    section('O', '客观资料', [`BP ${bp}mmHg，HR ${rng.int(60, 92)}次/分，身高${height}cm，体重${weight}kg，BMI ${(weight / (height / 100) ** 2).toFixed(1)}kg/m²。`,
      '神志清，双肺呼吸音清，心律齐，各瓣膜听诊区未闻及杂音，双下肢无水肿，足背动脉搏动可。',
      `辅助检查：${formatDate(earlier, 'cnShort')}本中心查${quoted}。`]);
    const dx = doc.dx.western;
    s.diagnoses(dx);
    const doubt = rng.chance(0.4) ? [`需排除：${doubtful(rng, doc).text}`] : [];
    section('A', '评估', [...dx.map((d, i) => `${i + 1}.${d.text}`), ...doubt,
      `控制情况：${rng.pick(['控制满意', '控制不满意', '基本控制'])}；危险分层：${rng.pick(['中危', '高危', '很高危'])}。`]);
    const next = addDays(doc.dates.visit, rng.pick([14, 28, 30, 90]));
    section('P', '计划', [`1.用药：${doc.medicines.join('；')}。`, `2.健康指导：${rng.pick(['低盐低脂饮食，每日食盐<5g', '控制饮食，主食定量'])}，适量运动，监测血压、血糖。`,
      `3.转诊：${rng.pick(['否', '否', '建议上级医院专科就诊'])}。`, `4.下次随访：${formatDate(next, 'cnShort')}（${weekday(next)}）。`]);

    const sy = Math.max(y + 30, 1980);
    const dw = s.put(x0 + 40, sy, '医生签名：', body);
    handwritten(s, x0 + 40 + dw + 12, sy, doc.doctors.attending, 14, rng);
    const rw = s.put(x0 + 760, sy, '居民/家属签字：', body);
    signature(s, x0 + 770 + rw, sy - 6, 170, rng);
    s.line(x0, 2190, x1, 2190, 1, green);
    s.put(x0, 2236, `打印时间：${formatDate(printedOn(doc), 'isoTime', doc.times.print)}`, small);
    s.put(x1, 2236, '第1页 共1页', { ...small, align: 'right' });
  },
};
