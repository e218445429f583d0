import { makeDoc } from '../case';
import { addDays } from '../dates';
import { CITY, CITY_MORE } from '../hospitals';
import { nameStamp } from '../marks';
import type { Cell } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, pastHistory, type Mark } from './kit';
import { type F5, flow, fmt, REFERRAL5, sane, seconds } from './blind5-kit';

const FEE = ['职工医保', '居民医保', '城乡居民', '自费', '省直医保', '异地医保'];

/**
 * 门诊病历 printed by a city or referral hospital's outpatient EMR: name and title on one rule, a shaded grid of the
 * patient's particulars with the 就诊时间, 【】-bracketed sections, an earlier dated test in 辅助检查, a booked 复诊日期,
 * the doctor's red name stamp.
 */
export const blind5Outpatient1: Layout = {
  id: 'blind5-outpatient-1',
  kind: 'outpatient',
  split: 'blind',
  style: 'City / referral hospital outpatient EMR 门诊病历: header rule, shaded particulars grid, bracketed sections, red name stamp',
  exercises: ['visit time in a grid cell in several styles', 'earlier test date and booked return date', 'past history not diagnosed today',
    'diagnosis label variants'],
  doc: (rng) => sane(makeDoc(rng, { kind: 'outpatient', hospitals: [...REFERRAL5, ...CITY, ...CITY_MORE], aliases: true, outside: 0.15,
    compoundSurnames: 0.12 }), rng),
  draw(s, doc, rng) {
    const p = doc.patient;
    const face = rng.pick(['sans', 'sansLight', 'serif'] as const);
    const pt = rng.pick([11, 11.5]);
    const f = st(face, pt);
    const b = st(face.startsWith('serif') ? 'serifSemi' : 'sansMedium', pt);
    const lh = px(pt) * 1.6;
    const x0 = 120;
    const x1 = s.width - x0;
    const w = x1 - x0;

    // Name and title on one rule.
    const hn = st('sansBold', doc.hospital.name.length > 11 ? 16 : 17.5);
    s.put(x0, 170, doc.hospital.name, hn);
    s.put(x1, 170, rng.pick(['门诊病历', '门 诊 病 历', '门诊病历记录']), st('sansBold', 17, { align: 'right' }));
    s.line(x0, 200, x1, 200, 3);
    s.line(x0, 208, x1, 208, 1);

    // Particulars grid.
    const vs: F5 | 'sec' = rng.pick(['sec', 'cnTime', 'week', 'slashTime', 'noon'] as const);
    const visit = vs === 'sec' ? seconds(doc.dates.visit, doc.times.visit) : fmt(doc.dates.visit, vs, doc.times.visit);
    const phone = `1${rng.pick(['35', '37', '58', '86', '39'])}****${String(rng.int(0, 9999)).padStart(4, '0')}`;
    const L = (text: string, cw: number): Cell => ({ text, w: cw, label: true });
    const V = (text: string, cw: number): Cell => ({ text, w: cw });
    const k = w / 1414;
    const rows: Cell[][] = [
      [L('姓名', 130 * k), V(p.name, 230 * k), L('性别', 130 * k), V(p.sex, 120 * k), L('年龄', 130 * k), V(`${p.age}岁`, 150 * k),
        L('门诊号', 150 * k), V(doc.recordNo, 374 * k)],
      [L('科别', 130 * k), V(doc.department, 360 * k), L('就诊时间', 150 * k), V(visit, 410 * k), L('费别', 130 * k), V(rng.pick(FEE), 234 * k)],
      [L('身份证号', 150 * k), V(p.idNumber, 560 * k), L('联系电话', 150 * k), V(phone, 554 * k)],
    ];
    let y = s.grid(x0, 250, px(pt) * 2, rows, st(face, pt - 0.5), { shade: '#e6e6e6', label: st('sansMedium', pt - 0.5), border: 1.4 });
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });
    y += lh * 1.3;

    const section = (label: string, text: string, keep: readonly string[] = []): void => {
      const lw = s.put(x0, y, label, b);
      y = flow(s, x0, y, w, text, f, lh, keep, lw + 8) + lh * 0.3;
    };
    section('【主诉】', doc.complaint + '。');
    const seen = rng.pick(['外院', '当地医院', '我院门诊']);
    section('【现病史】', `患者${rng.int(1, 12)}年前于${seen}诊治，平素${rng.pick(['规律服药', '间断服药', '未规律复查'])}，`
      + `近期${rng.pick(['症状反复', '自觉乏力', '无明显不适'])}，${rng.pick(['今来我院复诊', '今为调整治疗方案来诊', '今来办理门诊慢特病'])}。`
      + `饮食、睡眠可，大小便正常。`);
    section('【既往史】', `${pastHistory(doc, rng)}。否认药物过敏史。`);
    section('【体格检查】', `T ${(36.1 + rng.int(0, 6) / 10).toFixed(1)}℃  BP ${rng.int(126, 178)}/${rng.int(70, 102)}mmHg  HR ${rng.int(60, 98)}次/分，`
      + `神志清，精神可，心肺听诊未见明显异常，双下肢无水肿。`);
    const earlier = addDays(doc.dates.visit, -rng.int(3, 45));
    const lab = doc.labs[0];
    const row = lab?.rows[0];
    const ed = fmt(earlier, rng.pick(['iso', 'cnShort', 'dotPad'] as const));
    section('【辅助检查】', row ? `${ed}本院${lab?.title ?? ''}：${row.name}${row.value}${row.unit}${row.flag}，余见报告单。` : '暂无。', [ed]);

    const mk: Mark = rng.pick(['1.', '1、', '(1)'] as const);
    const lw = s.put(x0, y, rng.pick(['【诊断】', '【门诊诊断】', '【初步诊断】', '【诊断】']), b);
    listed(doc.dx.western, mk).forEach((t, i) => s.put(x0 + lw + 8, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += doc.dx.western.length * lh + lh * 0.3;

    s.put(x0, y, '【处理】', b);
    y += lh;
    for (const m of doc.medicines.slice(0, 4)) {
      s.put(x0 + px(pt) * 2, y, `${m}${rng.pick(['  ×14天', '  ×28天', '  ×1月', ''])}`, f);
      y += lh;
    }
    const back = addDays(doc.dates.visit, rng.pick([7, 14, 28, 30]));
    y = flow(s, x0 + px(pt) * 2, y, w - px(pt) * 2, rng.chance(0.5) ? `复诊日期：${fmt(back, 'iso')}，不适随诊。` : '2周后复诊，监测血压、血糖，不适随诊。', f, lh);

    // Doctor and stamp.
    y = Math.max(y + lh * 1.5, 1820);
    const dw = s.put(x1 - 420, y, `医师：${doc.doctors.attending}`, f);
    nameStamp(s, x1 - 420 + dw + 120, y - 14, doc.doctors.attending, rng, rng.pick(['', '医师']));
    s.line(x0, 2160, x1, 2160, 1);
    const foot = st(face, 8.5, { color: '#444' });
    s.put(x0, 2195, `打印时间：${seconds(doc.dates.print, doc.times.print, rng.pick(['-', '/']))}`, foot);
    s.put(x1, 2195, '本病历由电子病历系统生成，仅供参考', { ...foot, align: 'right' });
  },
};
