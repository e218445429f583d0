import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, seal } from '../marks';
import type { Layout } from '../types';
import { advice, px, st } from './common';
import { listed, pastHistory, printedOn } from './kit';
import { examOf, para, suited } from './tune6-kit';
import { mdCn } from './tune11-kit';
import { townWard, villageIn } from './tune12-kit';
import { countyWords } from './tune10-kit';
import { HOSPITALS28, pairColumn } from './tune28-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'MALIGNANT_TUMOR_OUTPATIENT', 'LEUKEMIA', 'POST_ARTERIAL_STENT_ANTICOAGULATION'];

/**
 * 出院记录 of a Liaocheng city / county hospital whose header is a boxed TWO-COLUMN block of aligned label：value pairs — at
 * the left 姓名, 性别, 年龄, 出生日期 (decoy), 身份证号 (truth), 现住址; at the right 科室, 床号, 住院号, 入院日期 and 出院日期
 * (truth), 住院天数 — each column read down on its own, so 入院日期 does not sit on 姓名's line in the reading order. Then
 * 入院诊断 (not counted) and 出院诊断 (counted) one above the other, prose with a 手术 / 检查 day inside the stay and a history
 * (decoys), 出院医嘱, doctor's signature, 记录日期 and a later 打印时间 (decoys), a 病案复印专用章.
 */
export const tune28DischargePairHeader: Layout = {
  id: 'tune28-discharge-pair-header',
  kind: 'discharge',
  split: 'tune',
  style: 'Liaocheng city / county hospital 出院记录: boxed two-column header of aligned label：value pairs read column by column, '
    + '入院诊断 above 出院诊断, numbered sections of prose, serif or sans 10.5–11.5 pt, 病案复印专用章',
  exercises: ['a two-column header block, each column read down on its own (a block per column)',
    '入院日期 / 出院日期 (truth) in the right column, 出生日期 (not a stay date) in the left', '住院天数 beside the dates',
    '入院诊断 (not counted) above 出院诊断 (counted)', 'a procedure day (3月4日) and history in the prose (decoys)',
    '记录日期 and 打印时间 (not truth)'],
  doc: (rng) => townWard(countyWords(suited(makeDoc(rng, { kind: 'discharge', keys: KEYS, hospitals: HOSPITALS28, yearEnd: 0.08,
    compoundSurnames: 0.12 })), rng, { outside: 0.3, near: 0.15 }), rng),
  draw(s, doc, rng) {
    s.ink = '#161616';
    const face = rng.pick(['serif', 'sans'] as const);
    const pt = rng.pick([10.5, 11, 11.5]);
    const f = st(face, pt);
    const b = st(face === 'serif' ? 'serifBold' : 'sansBold', pt);
    const lh = px(pt) * 1.8;
    const p = doc.patient;
    const [x0, right] = [110, s.width - 110];
    const w = right - x0;

    s.put(s.width / 2, 130, doc.hospital.name, st(face === 'serif' ? 'serifBold' : 'sansBold', 18, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 205, '出 院 记 录', st(face === 'serif' ? 'serifBold' : 'sansBold', 16, { align: 'center', spacing: 6 }));

    // The header: two columns of aligned pairs in one box, a rule between them.
    const dates: DateStyle = rng.pick(['cn', 'iso', 'cnTime', 'isoTime']);
    const when = (iso: string, m: number): string => formatDate(iso, dates, m);
    const top = 250;
    const hl = px(pt) * 1.85;
    const lab = st(face, pt, { color: '#333' });
    const labelW = s.measure('身份证号：', lab) + 12;
    const leftPairs: [string, string][] = [['姓　　名：', p.name], ['性　　别：', p.sex], ['年　　龄：', `${p.age}岁`],
      ['出生日期：', formatDate(p.birth, 'cn')], ['身份证号：', p.idNumber], ['现 住 址：', villageIn(doc, rng)]];
    const rightPairs: [string, string][] = [['科　　室：', doc.department], ['床　　号：', `${doc.bed}床`], ['住 院 号：', doc.recordNo],
      ['入院日期：', when(doc.dates.admission, doc.times.admission)], ['出院日期：', when(doc.dates.discharge, doc.times.discharge)],
      ['住院天数：', `${doc.stayDays}天`]];
    const mid = x0 + w * 0.52;
    const y1 = top + hl;
    pairColumn(s, x0 + 24, y1, labelW, hl, leftPairs, lab, f);
    pairColumn(s, mid + 30, y1, labelW, hl, rightPairs, lab, f);
    const bottom = y1 + hl * (leftPairs.length - 0.4);
    s.rect(x0, top, w, bottom - top, 1.6);
    s.line(mid, top, mid, bottom, 1);
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    let y = bottom + lh * 1.3;
    const lw = s.put(x0, y, '入院诊断：', b);
    s.put(x0 + lw, y, listed(doc.dx.admission, '1.').join('  '), f);
    y += lh;
    s.put(x0, y, '出院诊断：', b);
    listed(doc.dx.western, rng.pick(['1.', '1、'] as const)).forEach((t, i) => s.put(x0 + lw, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += lh * (doc.dx.western.length + 0.5);

    const exam = addDays(doc.dates.admission, rng.int(1, Math.max(1, doc.stayDays - 2)));
    const section = (label: string, text: string, keep: readonly string[] = []): void => {
      s.put(x0, y, label, b);
      y = para(s, x0, y + lh, w, text, f, lh, { indent: px(pt) * 2, keep }) + lh * 0.3;
    };
    section('一、入院情况', `患者因“${doc.complaint}”入院。既往史：${pastHistory(doc, rng)}。查体：神志清，精神可，心肺听诊未闻及明显异常。`);
    section('二、诊疗经过', `入院后完善相关检查，${mdCn(exam)}行${examOf(doc)}，予${doc.course}等治疗，病情逐渐好转。`, [mdCn(exam)]);
    section('三、出院情况', '患者一般情况可，无明显不适，生命体征平稳，准予出院。');
    s.put(x0, y, '四、出院医嘱', b);
    advice(doc).forEach((t, i) => {
      y = para(s, x0 + px(pt) * 2, y + lh * (i === 0 ? 1 : 0), w - px(pt) * 2, t, f, lh, { keep: doc.medicines });
    });
    y += lh * 0.8;
    const dw = s.put(x0 + w * 0.5, y, '医师签名：', b);
    handwritten(s, x0 + w * 0.5 + dw + 10, y, doc.doctors.attending, pt * 1.3, rng);
    y += lh * 1.4;
    s.put(x0 + w * 0.5, y, `记录日期：${formatDate(addDays(doc.dates.discharge, rng.int(0, 2)), 'cn')}`, f);
    if (rng.chance(0.6)) seal(s, x0 + w * 0.24, y - lh, 100, doc.hospital.name, '病案复印专用章', rng);
    const small = st(face, 8.5, { color: '#444' });
    s.line(x0, 2200, right, 2200, 1);
    s.put(x0, 2236, `打印时间：${formatDate(printedOn(doc), 'isoTime', doc.times.print)}`, small);
    s.put(right, 2236, '第1页 共1页', { ...small, align: 'right' });
  },
};
