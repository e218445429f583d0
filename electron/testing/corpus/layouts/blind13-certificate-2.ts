import { makeDoc } from '../case';
import { formatDate, parts } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed } from './kit';
import { drug } from './tune3-kit';
import { earlierVisits, issuedSoon } from './tune4-kit';
import { maskedMobile } from './tune5-kit';
import { para, settled, suited } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { HAINAN13, local13, placeLine, PLATEAU13, XINJIANG13 } from './blind13-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE',   'URAEMIA_DIALYSIS', 'SEVERE_MENTAL_DISORDER', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'HEMOPHILIA'];

/**
 * 门诊就诊证明 of a Xinjiang, Qinghai, Tibet or Hainan hospital for a chronic-disease application: red letterhead over a red
 * double rule, 编号, a bordered patient grid (姓名 — truth —, 身份证号 — truth —, a masked phone, 单位 or 住址), a sentence
 * with the year the disease was first treated, a bordered table of the last visits (就诊日期 — earlier days, not truth —,
 * 科室, 医师, 诊断, 用药), 目前诊断 numbered (truth), 医师意见, the physician's handwritten name and the head of department,
 * and at the bottom right the hospital, 开具日期 (truth) and the seal.
 */
export const blind13Certificate2: Layout = {
  id: 'blind13-certificate-2',
  kind: 'certificate',
  split: 'blind',
  style: 'Xinjiang / Qinghai / Tibet / Hainan hospital 门诊就诊证明 for a chronic-disease application: red letterhead and double rule, '
    + 'bordered patient grid, table of recent visits, 目前诊断, dated hospital line under the seal, serif or sans 11–12.5 pt',
  exercises: ['a table of four or five earlier 就诊日期 with departments, doctors and diagnoses (not truth)',
    '自2019年起 in the sentence (a year, not a date)', '目前诊断 numbered (truth)', '开具日期 at the bottom right under the seal (truth)',
    '经治医师 handwritten and 科室负责人 typed (other names)', 'Tibetan names, 单位 …团…连'],
  doc: (rng) => local13(countyWords(settled(issuedSoon(suited(makeDoc(rng, { kind: 'certificate', keys: KEYS,
    hospitals: [...XINJIANG13, ...PLATEAU13, ...HAINAN13] })), rng)), rng, { outside: 0.2, near: 0.1, avoid: /急性/u }), rng),
  draw(s, doc, rng) {
    const x0 = 140;
    const right = s.width - 140;
    const w = right - x0;
    const serif = rng.chance(0.6);
    const pt = rng.pick([11, 11.5, 12, 12.5]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifSemi' : 'sansMedium', pt);
    const bold = serif ? 'serifBold' : 'sansBold';
    const lh = px(pt) * 1.8;
    const red = '#c42a2f';
    const p = doc.patient;

    s.put(s.width / 2, 170, doc.hospital.name, st(bold, rng.pick([20, 22]), { align: 'center', spacing: 5, color: red }));
    s.line(x0, 215, right, 215, 4, red);
    s.line(x0, 225, right, 225, 1.4, red);
    s.put(s.width / 2, 320, rng.pick(['门诊就诊证明', '门 诊 就 诊 证 明', '疾病诊断证明（门诊）']), st(bold, 18, { align: 'center', spacing: 4 }));
    const [yy] = parts(doc.dates.issue);
    s.put(right, 385, `编号：ZM${yy}${String(rng.int(1, 9999)).padStart(4, '0')}`, st('sans', 10, { align: 'right' }));

    const [placeLabel, place] = placeLine(doc, rng);
    const c = (text: string, k: number, label = false) => ({ text, w: w * k, label });
    const rowH = lh * 1.3;
    let y = s.grid(x0, 410, rowH, [
      [c('姓  名', 0.14, true), c(p.name, 0.22), c('性别', 0.11, true), c(p.sex, 0.13), c('年龄', 0.11, true), c(`${p.age}岁`, 0.29)],
      [c('身份证号', 0.14, true), c(p.idNumber, 0.46), c('联系电话', 0.11, true), c(maskedMobile(rng), 0.29)],
      [c(placeLabel.replace('：', ''), 0.14, true), c(place, 0.86)],
    ], f, { label: b, shade: rng.pick(['#f3f3f3', '#ffffff']), border: 1.4 });
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue });

    const visits = earlierVisits(rng, doc.dates.issue, rng.int(4, 5));
    const first = Math.min(parts(doc.dates.firstVisit)[0], parts(visits[0] ?? doc.dates.issue)[0]);
    y += lh * 1.2;
    y = para(s, x0, y, w, `兹证明该患者自${first}年起在我院${doc.department}门诊规律就诊治疗，近期就诊记录如下：`, f, lh,
      { indent: px(pt) * 2 }) + lh * 0.2;

    const main = doc.dx.western.find((d) => d.key) ?? doc.dx.western[0];
    const tf: Style = st(f.face, pt - 1.5);
    const tb: Style = st(b.face, pt - 1.5);
    y = s.grid(x0, y - lh * 0.4, lh * 1.15, [
      [c('就诊日期', 0.16, true), c('科室', 0.15, true), c('医师', 0.12, true), c('诊断', 0.3, true), c('主要用药', 0.27, true)],
      ...visits.map((v, i) => [c(formatDate(v, 'iso'), 0.16), c(doc.department, 0.15),
        c(i % 2 === 0 ? doc.doctors.attending : doc.doctors.resident, 0.12),
        c(i === 1 && rng.chance(0.4) ? rng.pick(['急性上呼吸道感染', '头晕待查', '失眠']) : main?.text ?? '', 0.3),
        c(drug(doc.medicines[i % doc.medicines.length] ?? '').name, 0.27)]),
    ], tf, { label: tb, shade: '#f3f3f3', border: 1.2 });

    y += lh * 1.1;
    s.put(x0, y, '目前诊断：', b);
    listed(doc.dx.western, rng.pick(['1.', '1、', '①'] as const)).forEach((t) => { s.put(x0 + s.measure('目前诊断：', b), y, t, f); y += lh; });
    s.diagnoses(doc.dx.western);
    y += lh * 0.2;
    s.put(x0, y, '医师意见：', b);
    y = para(s, x0, y, w, rng.pick(['该患者病情需长期门诊规律服药治疗，定期复查相关指标。', '患者所患疾病为慢性病，需长期门诊用药及随访。']), f, lh,
      { indent: s.measure('医师意见：', b) }) + lh * 0.2;
    s.put(x0 + px(pt) * 2, y, '特此证明。', f);

    const sy = Math.max(y + lh * 2, 1780);
    const lw = s.put(x0, sy, '经治医师：', f);
    handwritten(s, x0 + lw + 8, sy, doc.doctors.attending, pt * 1.25, rng);
    s.pair(x0, sy + lh * 1.4, '科室负责人：', doc.doctors.director, f);
    const issued = formatDate(doc.dates.issue, rng.pick(['cn', 'cnShort', 'cnNumeral'] as const));
    const bw = Math.max(s.measure(doc.hospital.name, f), s.measure(`开具日期：${issued}`, f));
    const hx = right - bw;
    s.put(hx, sy, doc.hospital.name, f);
    s.pair(hx, sy + lh * 1.4, '开具日期：', issued, f);
    seal(s, hx + bw / 2 + rng.range(-30, 30), sy + lh * 0.6, 122, doc.hospital.name, rng.pick(['医务科', '诊断证明专用章']), rng);
    s.put(x0, 2200, '注：本证明仅供办理门诊慢特病待遇认定使用，涂改无效；须加盖医院公章或诊断证明专用章。', st(f.face, 9, { color: '#555' }));
  },
};
