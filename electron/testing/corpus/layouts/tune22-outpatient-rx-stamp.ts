import { makeDoc } from '../case';
import { formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { barcode, nameStamp, seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { rxItem } from './tune5-kit';
import { settled, suited, wrap } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { ALL22, local22, nation22 } from './tune22-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'SEVERE_MENTAL_DISORDER'];

/**
 * 门诊处方笺 of a Guangxi, Hainan, Qinghai, Xinjiang or 甘孜 / 阿坝 county hospital, printed by the HIS on a pad of the
 * 卫健委's format, the top half of an A4 sheet: the hospital's name, 处方笺 and a corner box 慢病 / 普通 at the right, a 处方编号
 * barcode; a ruled header of 费别 / 医保类型 / 门诊号 / 科别, then 姓名 性别 年龄 民族 (truth name), 身份证号 (truth), 住址 and the 开具
 * 日期 (truth visitDate); one 临床诊断 line with every diagnosis joined by ；or a comma (all counted); the big Rp with the drugs,
 * their 规格 and 用法; then the physician's red name stamp, 审核 / 调配 / 核对 / 发药 pharmacists (other people), 药品金额, a
 * 处方有效期 note and the pharmacy's round seal over the corner; below a dashed cut line the 取药凭条 with the 收费时间 (the same day, with a time).
 */
export const tune22OutpatientRxStamp: Layout = {
  id: 'tune22-outpatient-rx-stamp',
  kind: 'outpatient',
  split: 'tune',
  style: 'Guangxi / Hainan / western county hospital 门诊处方笺 (top half of A4): corner box 慢病/普通, ruled header with 开具日期, '
    + 'one 临床诊断 line, big Rp, red name stamp, pharmacists, pharmacy seal; 取药凭条 below a cut line; sans/serif 10–12 pt',
  exercises: ['开具日期 in the header (truth visitDate)', 'all diagnoses on one 临床诊断 line joined by ；/，(all counted)',
    '身份证号 in the header (truth)', 'pharmacists\' names (not the patient)', '收费时间 with a clock time on the 取药凭条 (same day)',
    'red name stamp and a round pharmacy seal over text', 'Uyghur / Tibetan names on western pads'],
  doc: (rng) => local22(countyWords(settled(suited(makeDoc(rng, { kind: 'outpatient', keys: KEYS, hospitals: ALL22 }))), rng,
    { outside: 0.3, near: 0.1 }), rng),
  draw(s, doc, rng) {
    s.ink = '#1a1a1a';
    const x0 = 150;
    const right = s.width - x0;
    const w = right - x0;
    const pt = rng.pick([10.5, 11, 12]);
    const serif = rng.chance(0.5);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifBold' : 'sansMedium', pt);
    const lh = px(pt) * 1.8;
    const p = doc.patient;
    const ds: DateStyle = rng.pick(['cn', 'iso', 'slash']);

    s.put(s.width / 2, 150, doc.hospital.name, st('serifBold', 17, { align: 'center', spacing: 2 }));
    s.put(s.width / 2, 225, '处  方  笺', st('serifBold', 19, { align: 'center', spacing: 6 }));
    const kind = rng.pick(['慢病', '普通', '慢病']);
    s.rect(right - 150, 110, 150, 78, 2.5);
    s.put(right - 75, 164, kind, st('sansBold', 15, { align: 'center' }));
    const bw = barcode(s, x0, 120, doc.recordNo, 56, 2);
    s.put(x0 + bw / 2, 210, `处方编号：${doc.recordNo}`, st('sans', 8.5, { align: 'center' }));

    let y = 290;
    s.line(x0, y - lh * 0.75, right, y - lh * 0.75, 2);
    const fee = rng.pick(['城乡居民医保', '职工医保', '自费']);
    const row = (cells: readonly (readonly [string, string])[]): void => {
      const step = w / cells.length;
      cells.forEach(([l, v], i) => s.pair(x0 + i * step, y, l, v, b, f));
      y += lh;
    };
    row([['费别：', fee], ['门诊号：', doc.recordNo], ['科别：', doc.department]]);
    s.line(x0, y - lh * 0.65, right, y - lh * 0.65, 1);
    row([['姓名：', p.name], ['性别：', p.sex], ['年龄：', `${p.age}岁`], ['民族：', nation22(doc, rng)]]);
    row([['身份证号：', p.idNumber], ['开具日期：', formatDate(doc.dates.visit, ds)]]);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });
    const dx = doc.dx.western;
    const joined = dx.map((d) => d.text).join(rng.pick(['；', '，', '  ']));
    const dl = s.measure('临床诊断：', b);
    s.put(x0, y, '临床诊断：', b);
    wrap(s, joined, w - dl, f, { keep: dx.map((d) => d.text) }).forEach((t, i) => {
      if (i > 0) y += lh;
      s.put(x0 + dl, y, t, f);
      s.line(x0 + dl, y + 10, right, y + 10, 1, '#777');
    });
    s.diagnoses(dx);
    y += lh * 0.6;
    s.line(x0, y, right, y, 2);

    y += lh * 1.6;
    s.put(x0, y, 'Rp', st('serifBold', 26));
    y += lh * 0.2;
    const rx = doc.medicines.slice(0, 4).map((m) => rxItem(m, rng));
    rx.forEach((r, i) => {
      y += lh;
      s.put(x0 + 110, y, `${i + 1}. ${r.name}`, f);
      s.put(x0 + w * 0.55, y, r.pack, f);
      y += lh * 0.85;
      s.put(x0 + 150, y, `用法：${r.dose}  ${r.often}  ${r.route}`, st(f.face, pt - 1, { color: '#333' }));
    });
    y += lh * 0.9;
    s.put(x0 + 110, y, '（以下空白）', st(f.face, pt - 1, { color: '#555' }));

    y = Math.max(y + lh * 1.6, 1000);
    s.line(x0, y - lh * 0.8, right, y - lh * 0.8, 1.5);
    s.put(x0, y, '医师：', b);
    nameStamp(s, x0 + s.measure('医师：', b) + 70, y - 14, doc.doctors.attending, rng);
    s.pair(x0 + w * 0.34, y, '药品金额：', `${rng.int(18, 460)}.${rng.int(10, 99)}元`, b, f);
    s.pair(x0 + w * 0.7, y, '审核：', doc.doctors.checker, b, f);
    y += lh;
    s.pair(x0, y, '调配：', doc.doctors.resident, b, f);
    s.pair(x0 + w * 0.34, y, '核对：', doc.doctors.director, b, f);
    s.pair(x0 + w * 0.7, y, '发药：', doc.doctors.resident, b, f);
    y += lh;
    s.put(x0, y, '注：处方当日有效，慢病长期处方不超过12周；取药时请核对姓名及药品。', st(f.face, pt - 2, { color: '#444' }));
    seal(s, right - 210, y - lh * 1.6, 100, doc.hospital.name, '药剂科', rng);

    y += lh * 1.6;
    for (let x = x0 - 60; x < right + 60; x += 28) s.line(x, y, x + 14, y, 1.2, '#888');
    y += lh * 1.5;
    s.put(x0, y, '取药凭条', st('sansBold', pt + 1));
    const paid = formatDate(doc.dates.visit, 'isoTime', Math.min(doc.times.visit + rng.int(10, 50), 23 * 60));
    s.pair(x0 + w * 0.25, y, '姓名：', p.name, f);
    s.pair(x0 + w * 0.55, y, '收费时间：', paid, f);
    y += lh;
    s.pair(x0 + w * 0.25, y, '窗口：', `${rng.int(1, 6)}号发药窗口`, f);
    s.pair(x0 + w * 0.55, y, '流水号：', `${rng.int(100000, 999999)}`, f);
  },
};
