import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { remoteHistory } from '../diseases';
import { COUNTY, COUNTY_MORE, TCM } from '../hospitals';
import { handwritten, seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, type Mark } from './kit';
import { prose } from './tune2-kit';
import { edgeSeal } from './tune27-kit';

/**
 * 门诊病历 of a Shandong county or TCM hospital printed from the EMR and copied for the patient's 慢特病 application, page 2
 * of a stapled copy: the 病案室 has stamped its round 病历复印专用章 heavily right over the header's 姓名 (the name under the
 * red stays the truth), and across the stapled edge a 骑缝章 of which only a slice shows at the right margin. The header
 * lines carry 门诊号, 身份证号 (truth) and 就诊日期 with its time (truth); the sections mention the year the disease was found,
 * an earlier test's date (decoys) and a past illness (not counted); 诊断 (counted), 处理, and the doctor's hand.
 */
export const tune27OutpatientSealName: Layout = {
  id: 'tune27-outpatient-seal-name',
  kind: 'outpatient',
  split: 'tune',
  style: 'Shandong county / TCM hospital EMR 门诊病历, copied by the 病案室: serif 11.5–12.5 pt header lines and run-in sections, '
    + 'a heavy red 病历复印专用章 over the patient\'s name, a half 骑缝章 at the right edge',
  exercises: ['red seal stamped over 姓名 (the name under it is the truth)', 'half a 骑缝章 cut by the right edge (not text)',
    '就诊日期 with time in the header (truth)', '身份证号 in the header (truth)', '确诊 year and an earlier 检查 date in the prose (decoys)',
    '既往史 illness (not counted) vs 诊断 (counted)', '第2页 共3页 of a stapled copy'],
  doc: (rng) => makeDoc(rng, { kind: 'outpatient', hospitals: [...COUNTY, ...COUNTY_MORE, ...TCM], aliases: true }),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 150;
    const right = s.width - 170;
    const w = right - x0;
    const pt = rng.pick([11.5, 12, 12.5]);
    const f: Style = st('serif', pt);
    const b: Style = st('serifBold', pt);
    const lh = px(pt) * 1.85;
    const p = doc.patient;

    s.put(s.width / 2, 180, doc.hospital.name, st('serifBold', 19, { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 270, '门 诊 病 历', st('serifBold', 16, { align: 'center', spacing: 10 }));
    const ds: DateStyle = rng.pick(['isoTime', 'cnTime', 'slashTime'] as const);
    let y = 370;
    const nameX = x0;
    const nw = s.pair(nameX, y, '姓名：', p.name, f, b);
    s.put(x0 + w * 0.28, y, `性别：${p.sex}`, f);
    s.put(x0 + w * 0.45, y, `年龄：${p.age}岁`, f);
    s.put(x0 + w * 0.64, y, `门诊号：${doc.recordNo}`, f);
    y += lh;
    s.put(x0, y, `身份证号：${p.idNumber}`, f);
    s.put(x0 + w * 0.64, y, `科别：${doc.department}`, f);
    y += lh;
    s.put(x0, y, `就诊日期：${formatDate(doc.dates.visit, ds, doc.times.visit)}`, f);
    s.put(x0 + w * 0.64, y, `费别：${rng.pick(['职工医保', '居民医保', '自费'])}`, f);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });
    y += 24;
    s.line(x0, y, right, y, 2.2);
    s.line(x0, y + 6, right, y + 6, 0.9);
    y += lh * 1.1;

    const found = Number(doc.dates.firstVisit.slice(0, 4));
    const tested = addDays(doc.dates.visit, -rng.int(6, 40));
    const lab = doc.labs[0]?.rows[0];
    const past = remoteHistory(rng, doc.dx.keys);
    const run = (label: string, text: string, keep: readonly string[] = []): void => {
      const lw = s.put(x0, y, label, b);
      y = prose(s, x0, y, w, text, f, lh, { indent: lw, keep }) + lh * 0.3;
    };
    run('主诉：', `${doc.complaint}，复诊。`);
    run('现病史：', `患者${found}年确诊，此后规律门诊随诊，长期口服${doc.medicines.slice(0, 2).join('、')}。`
      + `${formatDate(tested, 'cnShort')}本院复查${lab ? `${lab.name}${lab.value}${lab.unit}` : '相关指标'}。近来一般情况可，今来复诊。`,
    [formatDate(tested, 'cnShort'), ...doc.medicines]);
    run('既往史：', past ? `${past.remote}；${past.negated}。` : `${doc.history.negated}。`);
    run('体格检查：', `T 36.${rng.int(2, 8)}℃，P ${rng.int(64, 92)}次/分，BP ${rng.int(118, 162)}/${rng.int(68, 96)}mmHg。`
      + '神志清，精神可，心肺听诊未闻及明显异常，双下肢无水肿。');
    const how: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    const dl = s.put(x0, y, '诊断：', b);
    listed(doc.dx.western, how).forEach((t, i) => s.put(x0 + dl, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += lh * (doc.dx.western.length + 0.3);
    run('处理：', `1.继续目前治疗：${doc.medicines.slice(0, 3).join('；')}。2.低盐低脂饮食，监测血压血糖。`
      + `3.${rng.int(2, 4)}周后复诊，不适随诊。`, doc.medicines);
    y += lh * 0.8;
    const sx = right - 480;
    const sw = s.put(sx, y, '医师签名：', f);
    handwritten(s, sx + sw + 10, y, doc.doctors.attending, pt * 1.2, rng);

    s.put(s.width / 2, s.height - 130, '第 2 页  共 3 页', st('serif', 10, { align: 'center', color: '#444' }));
    // The copy's seals: heavy over the name, and the half across the staple edge.
    seal(s, nameX + nw * rng.range(0.55, 0.85), 370 - px(pt) * 0.4 + rng.range(-30, 30), rng.range(128, 145), doc.hospital.name,
      '病历复印专用章', rng);
    edgeSeal(s, rng.range(900, 1500), rng.range(125, 140), doc.hospital.name, '病历复印专用章', rng, rng.range(10, 50));
  },
};
