import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, logo } from '../marks';
import type { Layout } from '../types';
import { listed } from './kit';
import { px, st } from './common';
import { earlierVisits } from './tune4-kit';
import { para, settled, suited } from './tune6-kit';
import { countyWords, denial, followUp, kin } from './tune10-kit';
import { townWard } from './tune12-kit';
import { HOSPITALS28 } from './tune28-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'SEVERE_MENTAL_DISORDER', 'POST_ARTERIAL_STENT_ANTICOAGULATION'];
const ALLERGY = ['青霉素类过敏', '头孢类过敏（皮疹）', '磺胺类过敏', '否认药物过敏史', '否认药物、食物过敏史', '海鲜过敏'];

/**
 * 门诊病历 of a Liaocheng county hospital / 卫生院 EMR: logo letterhead, the patient across the page (就诊日期 — truth —
 * and 身份证号 — truth), then a NARROW boxed sidebar at the left read on its own — 过敏史 in red, 生命体征 (T / P / R / BP,
 * 身高 / 体重 / BMI, 随机血糖), 慢病档案 with its 建档日期 and 上次就诊 date (decoys) — beside the doctor's note at the right
 * (主诉 … 诊断, counted … 处理 with a 复诊 date, decoy). Decoys: the sidebar's dates, a relative's disease, a denial.
 */
export const tune28OutpatientAllergySidebar: Layout = {
  id: 'tune28-outpatient-allergy-sidebar',
  kind: 'outpatient',
  split: 'tune',
  style: 'Liaocheng county / 卫生院 EMR 门诊病历: logo letterhead, patient line across, narrow boxed left sidebar of 过敏史 (red), '
    + 'vitals and 慢病档案 beside the note at the right, sans or serif 10–11 pt, handwritten signature',
  exercises: ['a narrow left sidebar (过敏史, 生命体征, 慢病档案) read down on its own, beside the note (a block)',
    '建档日期 and 上次就诊 dates in the sidebar (not the visit)', '就诊日期 2025-03-04 / 2025年03月04日 in the header (truth)',
    '诊断 numbered (counted); a denial and a relative\'s disease in 既往史 (not counted)', '复诊 date in 处理 (not the visit)'],
  doc: (rng) => {
    const d = townWard(countyWords(suited(makeDoc(rng, { kind: 'outpatient', keys: KEYS, hospitals: HOSPITALS28, compoundSurnames: 0.1 })),
      rng, { outside: 0.3, near: 0.15, avoid: /急性|不稳定|恢复期/u }), rng);
    return { ...settled(d), complaint: followUp(d) };
  },
  draw(s, doc, rng) {
    s.ink = '#181818';
    const face = rng.pick(['sans', 'serif'] as const);
    const pt = rng.pick([10, 10.5, 11]);
    const f = st(face, pt);
    const b = st(face === 'serif' ? 'serifSemi' : 'sansMedium', pt);
    const lh = px(pt) * 1.75;
    const p = doc.patient;
    const [x0, right] = [90, s.width - 90];

    logo(s, x0 + 50, 125, 44, '#1f5d99', rng.pick(['cross', 'ring', 'shield'] as const));
    s.put(x0 + 115, 125, doc.hospital.name, st(face === 'serif' ? 'serifBold' : 'sansBold', 17, { spacing: 2 }));
    s.put(x0 + 115, 172, doc.hospital.address, st(face, 8.5, { color: '#555' }));
    s.put(right, 150, '门 诊 病 历', st('sansBold', 16, { align: 'right' }));
    s.line(x0, 205, right, 205, 3);
    let y = 205 + lh * 1.1;
    const visit = formatDate(doc.dates.visit, rng.pick(['iso', 'cn', 'dotPad'] as const));
    [['姓名：', p.name], ['性别：', p.sex], ['年龄：', `${p.age}岁`], ['就诊日期：', visit]]
      .forEach(([l, v], i) => s.pair(x0 + [0, 0.24, 0.42, 0.62][i]! * (right - x0), y, l!, v!, b, f));
    y += lh;
    [['门诊号：', doc.recordNo], ['身份证号：', p.idNumber], ['科别：', doc.department]]
      .forEach(([l, v], i) => s.pair(x0 + [0, 0.3, 0.72][i]! * (right - x0), y, l!, v!, b, f));
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });
    y += lh * 0.6;
    s.line(x0, y, right, y, 1.2);

    // The sidebar: narrow, boxed, read on its own.
    const [sw, top, foot] = [330, y + 30, 2120];
    const sp = Math.min(pt, 10);
    const sf = st(face, sp);
    const sb = st(face === 'serif' ? 'serifSemi' : 'sansBold', sp);
    const sl = px(sp) * 1.7;
    s.g.fillStyle = '#f5f5f2';
    s.g.fillRect(x0, top, sw, foot - top);
    s.rect(x0, top, sw, foot - top, 1.4, '#888');
    const allergy = rng.pick(ALLERGY);
    const bp = `${rng.int(118, 172)}/${rng.int(68, 100)}mmHg`;
    const [hgt, wgt] = [rng.int(152, 178), rng.int(48, 86)];
    const earlier = earlierVisits(rng, doc.dates.visit, 2);
    const filed = formatDate(addDays(earlier[0] ?? doc.dates.visit, -rng.int(100, 900)), 'iso');
    const last = formatDate(earlier[1] ?? doc.dates.visit, 'iso');
    let sy = top + sl * 1.2;
    const sx = x0 + 18;
    s.block(() => {
      const head = (t: string): void => {
        s.put(sx, sy, t, sb);
        s.line(sx, sy + 10, x0 + sw - 18, sy + 10, 1, '#999');
        sy += sl * 1.2;
      };
      const put = (t: string, color?: string): void => {
        s.put(sx, sy, t, color ? { ...sf, color } : sf);
        sy += sl;
      };
      head('过敏史');
      put(allergy, allergy.startsWith('否认') ? undefined : '#c0202a');
      sy += sl * 0.6;
      head('生命体征');
      [`T  ${rng.pick(['36.3', '36.5', '36.6', '36.8'])}℃`, `P  ${rng.int(62, 96)}次/分`, `R  ${rng.int(16, 20)}次/分`, `BP ${bp}`,
        `身高 ${hgt}cm`, `体重 ${wgt}kg`, `BMI ${(wgt / (hgt / 100) ** 2).toFixed(1)}`, `随机血糖 ${rng.range(5.6, 13.8).toFixed(1)}mmol/L`]
        .forEach((t) => put(t));
      sy += sl * 0.6;
      head('慢病档案');
      put(`档案号：${doc.recordNo.slice(4)}${rng.int(10, 99)}`);
      put(`建档日期：${filed}`);
      put(`上次就诊：${last}`);
      put(`责任医生：${doc.doctors.resident}`);
    });

    // The note at the right.
    const nx = x0 + sw + 40;
    const nw = right - nx;
    y = top + sl * 1.2; // level with the sidebar's first row: the sidebar is read first
    const section = (label: string, text: string, keep: readonly string[] = []): void => {
      const lw = s.put(nx, y, label, b);
      y = para(s, nx, y, nw, text, f, lh, { indent: lw, keep }) + lh * 0.45;
    };
    section('主诉：', `${doc.complaint}。`);
    section('现病史：', `患者${doc.complaint}，规律服药，${last}来诊后病情平稳，无明显不适，今来复诊。`, [last]);
    section('既往史：', `${doc.history.past}；${denial(doc, rng)}。家族史：${kin(rng)}。`);
    section('查体：', `BP ${bp}，神志清，精神可，双肺呼吸音清，心律齐，各瓣膜听诊区未闻及病理性杂音，双下肢无水肿。`);
    s.put(nx, y, '诊断：', b);
    listed(doc.dx.western, rng.pick(['1.', '1、', '（1）'] as const)).forEach((t, i) => s.put(nx + px(pt) * 3, y + lh * i, t, f));
    s.diagnoses(doc.dx.western);
    y += lh * (doc.dx.western.length + 0.45);
    const back = formatDate(addDays(doc.dates.visit, rng.pick([14, 28, 30])), 'iso');
    section('处理：', `1.${doc.medicines.join('；')}。2.低盐低脂饮食，监测血压、血糖。3.${back}复诊，不适随诊。`, [`3.${back}复诊`, ...doc.medicines]);
    y += lh;
    const dw = s.put(nx + nw * 0.55, y, '医师签名：', b);
    handwritten(s, nx + nw * 0.55 + dw + 10, y, doc.doctors.attending, pt * 1.3, rng);
    s.line(x0, foot + 50, right, foot + 50, 1);
    s.put(x0, foot + 96, '注：本病历请妥善保管，复诊时请携带。', st(face, 8.5, { color: '#555' }));
  },
};
