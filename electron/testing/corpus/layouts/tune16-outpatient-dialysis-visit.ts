import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed } from './kit';
import { weekday } from './tune3-kit';
import { para, suited } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { GENERAL16, local16 } from './tune16-kit';

const KEYS: readonly DiseaseKey[] = ['URAEMIA_DIALYSIS'];

/**
 * 门诊病历 of the 血透室 of a Hunan, Hubei, Jiangxi or Anhui county hospital: a serif page with the hospital and 血液透析室
 * centred, one underlined header line (姓名 — truth —, 性别, 年龄, 门诊号) and 身份证号 (truth) under it, 就诊日期 with the
 * weekday (truth), then the doctor's note in prose with this session's numbers in a boxed strip (透前 / 透后体重, 干体重,
 * 血压, 超滤量, 血流量, 时长, 抗凝), 首次透析 years before and 下次透析 two days on (not truth), 诊断 numbered (truth:
 * kidney failure with its complications, only the kidney failure counted) and the physician's hand.
 */
export const tune16OutpatientDialysisVisit: Layout = {
  id: 'tune16-outpatient-dialysis-visit',
  kind: 'outpatient',
  split: 'tune',
  style: 'Hunan / Hubei / Jiangxi / Anhui county hospital 血液透析室 门诊病历: serif underlined header line, prose note, boxed strip '
    + 'of this session\'s numbers, 诊断 list, handwritten physician, serif 11–12 pt',
  exercises: ['就诊日期 2025年3月4日（星期二）(truth)', '首次透析 years before, 下次透析 two days on, 上次 Kt/V date (not truth)',
    'a strip of session numbers (weights in kg, 血压 mmHg, 超滤量 ml) that are not dates', '诊断 with 肾性贫血 / 继发性甲旁亢 beside the failure'],
  doc: (rng) => local16(suited(countyWords(makeDoc(rng, { kind: 'outpatient', keys: KEYS, hospitals: GENERAL16 }), rng)), rng),
  draw(s, doc, rng) {
    const x0 = 150;
    const right = s.width - 150;
    const w = right - x0;
    const pt = rng.pick([11, 11.5, 12]);
    const f: Style = st('serif', pt);
    const b: Style = st('serifSemi', pt);
    const lh = px(pt) * 1.8;
    const p = doc.patient;

    s.put(s.width / 2, 160, doc.hospital.name, st('serifBold', 20, { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 240, '血液透析室  门诊病历', st('serifSemi', 15, { align: 'center', spacing: 3 }));
    let y = 330;
    const parts: [string, string, number][] = [['姓名：', p.name, 0], ['性别：', p.sex, 0.27], ['年龄：', `${p.age}岁`, 0.45],
      ['门诊号：', doc.recordNo, 0.66]];
    for (const [l, v, k] of parts) s.pair(x0 + w * k, y, l, v, b, f);
    s.line(x0, y + 14, right, y + 14, 1.5);
    y += lh * 1.2;
    s.pair(x0, y, '身份证号：', p.idNumber, b, f);
    s.pair(x0 + w * 0.66, y, '医保：', rng.pick(['城乡居民', '城镇职工']), b, f);
    s.line(x0, y + 14, right, y + 14, 1.5);
    y += lh * 1.5;
    const vd = formatDate(doc.dates.visit, 'cnShort');
    s.pair(x0, y, '就诊日期：', `${vd}（${weekday(doc.dates.visit)}）`, b, f);
    s.pair(x0 + w * 0.66, y, '透析机号：', `${rng.int(1, 24)}号机`, b, f);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });

    y += lh * 1.5;
    const first = addDays(doc.dates.visit, -rng.int(400, 2500));
    const count = rng.int(150, 900);
    y = para(s, x0, y, w, `患者规律血液透析，首次透析于${formatDate(first, 'cnShort')}，本次为第${count}次。透析间期无胸闷气促，`
      + `无明显水肿，尿量约${rng.int(50, 400)}ml/日，${doc.history.negated}。查体：神清，双肺呼吸音清，心律齐，`
      + `${rng.pick(['左前臂', '右前臂'])}内瘘震颤良好。`, f, lh, { indent: px(pt) * 2 }) + lh * 0.3;

    const dry = rng.range(48, 72);
    const gain = rng.range(1.6, 3.6);
    const pre = dry + gain;
    const uf = Math.round(gain * 10) * 100;
    const cells: [string, string][] = [
      ['透前体重', `${pre.toFixed(1)}kg`], ['透后体重', `${(pre - uf / 1000).toFixed(1)}kg`], ['干体重', `${dry.toFixed(1)}kg`],
      ['透前血压', `${rng.int(138, 176)}/${rng.int(72, 98)}mmHg`], ['透后血压', `${rng.int(118, 148)}/${rng.int(64, 88)}mmHg`],
      ['超滤量', `${uf}ml`], ['血流量', `${rng.pick([220, 240, 250, 260, 280])}ml/min`], ['透析时长', '4小时'],
      ['抗凝', rng.pick(['低分子肝素4000IU', '普通肝素首剂2000IU', '无肝素'])],
    ];
    s.put(x0, y, '本次透析：', b);
    y += lh * 0.6;
    const top = y;
    const cw = w / 3;
    cells.forEach(([l, v], i) => {
      const cx = x0 + (i % 3) * cw + 18;
      const cy = top + lh * (0.95 + Math.floor(i / 3) * 1.15);
      s.pair(cx, cy, `${l}：`, v, st('serif', pt - 1), st('serifSemi', pt - 1));
    });
    y = top + lh * 3.8;
    s.rect(x0, top, w, y - top, 1.5);
    y += lh * 1.1;

    const kt = addDays(doc.dates.visit, -rng.int(10, 40));
    const pth = `iPTH ${rng.int(180, 620)}pg/ml`;
    y = para(s, x0, y, w, `上次（${formatDate(kt, 'dot')}）化验：Hb ${rng.int(82, 112)}g/L，K ${rng.range(4.2, 5.8).toFixed(1)}mmol/L，`
      + `P ${rng.range(1.5, 2.4).toFixed(2)}mmol/L，${pth}，spKt/V ${rng.range(1.2, 1.6).toFixed(2)}。`, f, lh, { keep: [pth] }) + lh * 0.3;
    const dl = s.put(x0, y, '诊断：', b);
    listed(doc.dx.western, '1.').forEach((t, i) => s.put(x0 + dl, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += lh * (doc.dx.western.length + 0.4);
    const next = addDays(doc.dates.visit, rng.pick([2, 3]));
    y = para(s, x0, y, w, `处理：1.继续${doc.medicines.slice(0, 2).join('，')}；2.控制透析间期体重增长<干体重5%；`
      + `3.下次透析${formatDate(next, 'cnShort')}（${weekday(next)}）。`, f, lh);

    const by = Math.max(y + lh * 2.5, 1750);
    const sw = s.put(right - 420, by, '医师：', f);
    handwritten(s, right - 420 + sw + 8, by, doc.doctors.attending, pt * 1.3, rng);
    seal(s, right - 200, by + 120, 95, doc.hospital.name, '血液透析室', rng);
  },
};
