import { makeDoc } from '../case';
import { addDays, formatDate, parts, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, type Mark } from './kit';
import { maskedMobile, rxItem } from './tune5-kit';
import { para, settled, suited } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { countyB16, hospitalsB16, localB16, nationB16, provinceB16, SCHEME_B16 } from './blind16-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'TRANSPLANT_ANTI_REJECTION', 'SEVERE_MENTAL_DISORDER',
  'URAEMIA_DIALYSIS'];

/**
 * 慢性病长期用药证明 of a Tibet / Qinghai / Xinjiang / Hainan city or county hospital (what a patient shows to get a long prescription
 * under the scheme): red No., centred serif letterhead over a double rule, a sentence of attestation, a bordered patient grid with
 * the ID (truth) and the month the disease was first found (not truth), numbered 临床诊断 (counted), a ruled medicine table, the
 * 有效期 from the day of issue to months later (the end is not truth), a row of three signature boxes, and the 开具日期 (truth) under
 * the seal at the bottom right.
 */
export const blind16Certificate1: Layout = {
  id: 'blind16-certificate-1',
  kind: 'certificate',
  split: 'blind',
  style: 'Tibet / Qinghai / Xinjiang / Hainan hospital 慢性病长期用药证明: red No., serif letterhead with double rule, bordered patient '
    + 'grid, numbered diagnoses, ruled medicine table, 有效期 line, three signature boxes, dated seal, serif or sans 11–12 pt',
  exercises: ['开具日期 under the seal at the bottom right (truth)', '有效期 from the issue date to 6 or 12 months later (end not truth)',
    '首次确诊 as a year and month (not truth)', 'ID in a grid cell', '临床诊断 numbered (counted)', 'medicine table with 月用量',
    'physician handwritten; 科主任 and 医务科 boxes'],
  doc: (rng) => localB16(countyWords(settled(suited(makeDoc(rng, { kind: 'certificate', keys: KEYS,
    hospitals: hospitalsB16(['city', 'county'], ['西藏', '青海', '新疆', '海南']), compoundSurnames: 0.05 }))), rng,
  { outside: 0.25, near: 0.1, avoid: /急性|不稳定/u }), rng),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 140;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.6);
    const pt = rng.pick([11, 11.5, 12]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifSemi' : 'sansMedium', pt);
    const lh = px(pt) * 1.85;
    const p = doc.patient;
    const issue = doc.dates.issue;
    const red = '#b8232b';

    const no = `No. ${issue.slice(0, 4)}${String(rng.int(1, 99999)).padStart(5, '0')}`;
    s.put(right, 100, no, st('sans', 12, { color: red, align: 'right' }));
    s.put(s.width / 2, 190, doc.hospital.name, st('serifBold', 21, { align: 'center', spacing: 5 }));
    if (doc.hospital.en) s.put(s.width / 2, 238, doc.hospital.en, st('serif', 10, { align: 'center', spacing: 1 }));
    s.line(x0, 262, right, 262, 3);
    s.line(x0, 270, right, 270, 1);
    const scheme = SCHEME_B16[provinceB16(doc.hospital)];
    s.put(s.width / 2, 350, rng.pick(['慢性病长期用药证明', `${scheme}长期用药证明`]), st('serifBold', 19, { align: 'center', spacing: 6 }));

    let y = 440;
    y = para(s, x0, y, w, '兹证明下列患者经我院诊断，病情需长期门诊规律用药治疗，现将诊断及用药情况证明如下：', f, lh,
      { indent: px(pt) * 2 }) + lh * 0.2;

    const first = addDays(issue, -rng.int(400, 3000));
    const [fy, fm] = parts(first);
    const u = w / 8;
    const cell = (text: string, span: number, label = false) => ({ text, w: u * span, label });
    y = s.grid(x0, y, lh * 1.3, [
      [cell('姓名', 1, true), cell(p.name, 1), cell('性别', 1, true), cell(p.sex, 1), cell('年龄', 1, true), cell(`${p.age}岁`, 1),
        cell('民族', 1, true), cell(nationB16(doc, rng), 1)],
      [cell('身份证号', 1, true), cell(p.idNumber, 3), cell('联系电话', 1, true), cell(maskedMobile(rng), 3)],
      [cell('参保地', 1, true), cell(countyB16(doc.hospital), 2), cell('医保类别', 1, true), cell(rng.pick(['职工医保', '居民医保']), 1),
        cell('首次确诊', 1, true), cell(`${fy}年${fm}月`, 2)],
    ], f, { label: b, shade: '#f0f0f0', border: 1.5 });
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: issue });
    y += lh * 1.1;

    const how: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    s.put(x0, y, '临床诊断：', b);
    listed(doc.dx.western, how).forEach((t, i) => s.put(x0 + px(pt) * 5.2, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += lh * (doc.dx.western.length + 0.5);

    s.put(x0, y, '长期用药：', b);
    y += lh * 0.5;
    const cols = [0, 0.07, 0.34, 0.57, 0.77, 0.89].map((k) => x0 + k * w);
    const put = (cells: readonly string[], style: Style): void => {
      cells.forEach((t, i) => s.put((cols[i] ?? x0) + 10, y + lh * 0.72, t, style));
      y += lh;
    };
    s.line(x0, y, right, y, 1.4);
    put(['序号', '药品通用名', '规格', '用法用量', '月用量', '疗程'], b);
    s.line(x0, y, right, y, 0.8);
    doc.medicines.slice(0, 5).forEach((m, i) => {
      const r = rxItem(m, rng);
      const [spec = r.pack, count = '1支'] = r.pack.split(/×(?=\d+[盒支罐]$)/u);
      put([`${i + 1}`, r.name, spec, `${r.dose} ${r.often}`, /支|罐/u.test(count) ? count : `${rng.int(1, 4)}盒`, '长期'], f);
    });
    s.line(x0, y, right, y, 1.4);
    y += lh * 1.2;

    const months = rng.pick([6, 12]);
    const ds: DateStyle = rng.pick(['cn', 'cnShort'] as const);
    const until = formatDate(addDays(issue, months === 6 ? 182 : 364), ds);
    const from = formatDate(issue, ds);
    y = para(s, x0, y, w, `有效期：${from}至${until}（${months}个月），期满后需重新评估。`, f, lh, { keep: [from, until] }) + lh * 0.8;

    const bh = lh * 2.6;
    const bw = w / 3;
    ['经治医师', '科室主任', '医务科（盖章）'].forEach((t, i) => {
      s.rect(x0 + i * bw, y, bw, bh, 1.4);
      s.put(x0 + i * bw + 16, y + lh * 0.9, `${t}：`, b);
    });
    handwritten(s, x0 + 40, y + lh * 2, doc.doctors.attending, pt * 1.35, rng);
    s.put(x0 + bw + 40, y + lh * 2, doc.doctors.director, f);
    y += bh + lh * 1.6;

    const dy = Math.max(y + lh * 1.5, 1880);
    s.put(right - 20, dy, doc.hospital.name, { ...f, align: 'right' });
    s.put(right - 20, dy + lh * 1.2, `开具日期：${formatDate(issue, rng.pick(['cn', 'cnShort', 'iso'] as const))}`, { ...f, align: 'right' });
    seal(s, right - 200, dy - lh * 0.2, 120, doc.hospital.name, rng.pick(['医务科', '门诊部', '诊断证明专用章']), rng);
    s.put(x0, 2200, '注：本证明仅用于门诊慢特病待遇办理及定点药店购药，复印、涂改无效。', st(f.face, 9.5, { color: '#333' }));
  },
};
