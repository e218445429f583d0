import { makeDoc } from '../case';
import { addDays, clock, formatDate } from '../dates';
import { nameStamp } from '../marks';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { B3_CITY, B3_PRIVATE, pastOnly, sexFit, usage, wrap } from './blind3-kit';
import { printedOn } from './kit';
import { plausible } from './tune4-kit';

/** Blind layout (split 'blind'): see blind3-kit.ts. Not for reading while tuning the extractor. */

export const blind3Outpatient2: Layout = {
  id: 'blind3-outpatient-2',
  kind: 'outpatient',
  split: 'blind',
  style: 'blind3 layout 4',
  exercises: ['blind'],
  doc: (rng) => sexFit(plausible(makeDoc(rng, { kind: 'outpatient', hospitals: [...B3_CITY, ...B3_PRIVATE], aliases: true, outside: 0.25,
    compoundSurnames: 0.15 })), rng),
  draw(s, doc, rng) {
    s.ink = '#1a1a1a';
    const x0 = 130;
    const x1 = s.width - 130;
    const tone = rng.pick(['#264d8c', '#7a2430', '#2d6a4f']);
    s.put(x0, 150, doc.hospital.name, st('serifBold', 15, { color: tone, spacing: 3 }));
    s.put(x1, 150, '门 诊 病 历', st('serifBold', 14, { align: 'right' }));
    const clinicNo = `${doc.dates.visit.slice(2, 4)}${doc.recordNo.slice(4)}${rng.int(0, 9)}`;
    s.put(x1, 196, `门诊号：${clinicNo}`, st('sans', 9, { align: 'right', color: '#444' }));
    s.line(x0, 218, x1, 218, 3, tone);

    const [sex, age] = sexAge(doc);
    const revisit = doc.complaint.includes('年') && rng.chance(0.75);
    const lab = st('sans', 9.5, { color: '#555' });
    const val = st('sans', 10.5);
    const dot = (d: string): string => formatDate(d, 'dot');
    const cols = [x0, x0 + 360, x0 + 620, x0 + 930];
    const cells = [
      ['姓名：', doc.patient.name], ['性别：', sex], ['年龄：', age], ['科室：', doc.department],
      ['就诊时间：', `${dot(doc.dates.visit)} ${clock(doc.times.visit)}`], ['费别：', rng.pick(['职工医保', '居民医保', '自费', '商业保险'])],
      ['初复诊：', revisit ? '复诊' : '初诊'], ['接诊医生：', doc.doctors.attending],
    ];
    cells.forEach(([l, v], i) => s.pair(cols[i % 4] ?? x0, 272 + Math.floor(i / 4) * 52, l ?? '', v ?? '', lab, val));
    s.note({ name: doc.patient.name, visitDate: doc.dates.visit });
    s.line(x0, 350, x1, 350, 1, '#999');

    // Labels hang in a gutter, right-aligned against a thin rule; the text runs on to the right.
    const gut = x0 + 170;
    const tx = gut + 34;
    const tw = x1 - tx;
    const head = st('sansMedium', 10.5, { color: tone, align: 'right' });
    const body = st('serif', 11);
    const lh = px(11) * 1.72;
    let y = 420;
    const block = (label: string, paragraphs: readonly string[]): void => {
      s.put(gut, y, label, head);
      const top = y;
      for (const p of paragraphs) for (const l of wrap(s, p, tw, body)) {
        s.put(tx, y, l, body);
        y += lh;
      }
      s.line(gut + 16, top - px(11) * 0.9, gut + 16, y - lh + px(11) * 0.3, 1, '#c8c8c8');
      y += 16;
    };
    block('主诉', [`${doc.complaint}。`]);
    const seen = addDays(doc.dates.visit, -rng.int(20, 75));
    const before = revisit ? `${dot(seen)}曾在我院门诊就诊，予${doc.course}等治疗，${rng.pick(['服药依从性尚可', '间断服药', '未规律复查'])}。` : '';
    block('现病史', [`患者${doc.complaint.split('，')[0] ?? ''}，${before}近来${rng.pick(['症状时轻时重', '症状较前加重', '自觉症状明显'])}，今为进一步诊治来诊。`]);
    block('既往史', [`${pastOnly(doc, rng)}。`]);
    block('过敏史', [rng.pick(['否认药物、食物过敏史。', '磺胺类药物过敏。', '否认。'])]);
    block('家族史', [`${doc.history.family}。`]);
    block('体格检查', [`BP ${rng.int(126, 176)}/${rng.int(72, 104)}mmHg，P ${rng.int(60, 96)}次/分。神志清，精神可，心肺听诊未见明显异常，腹软，双下肢无水肿。`]);
    const rows = (doc.labs[0]?.rows ?? []).slice(0, 3).map((r) => `${r.name}${r.value}${r.unit}${r.flag}`).join('，');
    const labDay = addDays(doc.dates.visit, -rng.int(1, 6));
    block('辅助检查', [`${dot(labDay)} 本院查${doc.labs[0]?.title ?? '血常规'}：${rows}。`]);

    s.diagnoses(doc.dx.western);
    block('诊断', doc.dx.western.map((d, i) => `${i + 1}.${d.text}`));
    const rp = doc.medicines.map((m, i) => `${i + 1})${usage(m)}  ×${rng.int(1, 4)}盒`);
    block('处理', ['Rp：', ...rp]);
    const next = addDays(doc.dates.visit, rng.pick([14, 28, 30]));
    block('医嘱', [`1.${rng.pick(['低盐低脂饮食', '糖尿病饮食', '清淡饮食'])}，规律作息，适量运动。`, `2.按时服药，${dot(next)}复诊，复查${doc.labs[1]?.title ?? '血常规'}。`,
      '3.病情变化随诊。']);

    const sy = y + 90;
    const f = st('sans', 10.5);
    const a = s.put(x1 - 430, sy, '医师签名：', f);
    nameStamp(s, x1 - 430 + a + 110, sy - 14, doc.doctors.attending, rng);
    s.line(x0, 2190, x1, 2190, 1, '#999');
    const foot = st('sans', 9, { color: '#555' });
    s.put(x0, 2234, '本病历仅供医疗参考，请妥善保管。', foot);
    s.put(x1, 2234, `打印日期：${formatDate(printedOn(doc), 'dotPad')}`, { ...foot, align: 'right' });
  },
};
