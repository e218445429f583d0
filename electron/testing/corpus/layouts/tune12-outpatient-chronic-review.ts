import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { barcode, handwritten } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, pastHistory, printedOn, type Mark } from './kit';
import { para, settled, suited } from './tune6-kit';
import { countyWords, followUp } from './tune10-kit';
import { maskedMobile } from './tune5-kit';
import { COUNTY12, SCHEME, TOWN12, townWard } from './tune12-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'SEVERE_MENTAL_DISORDER', 'POST_ARTERIAL_STENT_ANTICOAGULATION'];
const OFTEN: Record<string, string> = { qd: '每日1次', bid: '每日2次', tid: '每日3次', qn: '每晚1次', q12h: '每12小时1次' };

/**
 * 门诊慢特病 复诊 record of a Liaocheng county hospital or 卫生院 HIS: the patient between two rules (门诊号, 就诊时间 with
 * seconds — truth — 身份证号), a shaded 慢特病信息 box with the scheme's 病种, the 待遇有效期 (a year of dates) and 上次就诊 (not
 * truth), the note under run-in labels, 诊断 numbered (counted), a 慢病处方 table and 下次取药日期 (not truth), the
 * doctor's hand and the pharmacist's name, 打印时间 in the footer.
 */
export const tune12OutpatientChronicReview: Layout = {
  id: 'tune12-outpatient-chronic-review',
  kind: 'outpatient',
  split: 'tune',
  style: 'Liaocheng county hospital / 卫生院 HIS 门诊慢特病门诊病历: barcode, ruled info block, shaded 慢特病信息 box with 待遇有效期, '
    + 'run-in sections, 慢病处方 table, sans or serif 10.5–11.5 pt',
  exercises: ['就诊时间 with seconds or 就诊日期 alone (truth)', '待遇有效期 2025-01-01至2025-12-31 and 上次就诊 (not truth)',
    '病种 in the scheme\'s words (高血压, 脑血管病) beside the diagnoses', '既往史 with a past illness and denials (not counted)',
    '诊断 numbered (counted)', '慢病处方 table (药品 / 规格 / 用法 / 数量 / 天数), 下次取药日期 (not truth)', '审核药师 and 打印时间'],
  doc: (rng) => townWard(countyWords(settled(suited(makeDoc(rng, { kind: 'outpatient', keys: KEYS,
    hospitals: [...COUNTY12, ...TOWN12], compoundSurnames: 0.1 }))), rng, { outside: 0.25, near: 0.15, avoid: /恢复期|急性|不稳定/u }), rng),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 110;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.4);
    const pt = rng.pick([10.5, 11, 11.5]);
    const f = st(serif ? 'serif' : 'sans', pt);
    const b = st(serif ? 'serifBold' : 'sansBold', pt);
    const lh = px(pt) * 1.7;
    const p = doc.patient;
    const v = doc.dates.visit;

    s.put(x0, 130, doc.hospital.name, st(b.face, 18, { spacing: 2 }));
    s.put(x0, 200, rng.pick(['门诊慢特病门诊病历', '慢特病门诊就诊记录', '门诊病历（慢特病）']), st(b.face, 15, { spacing: 3 }));
    const code = doc.recordNo;
    const bw = barcode(s, right - 330, 72, code, 58, 2.3);
    s.put(right - 330 + bw / 2, 162, `门诊号：${code}`, st('sans', 9, { align: 'center' }));

    const ds: DateStyle = rng.pick(['isoSec', 'isoTime', 'cnTime', 'iso'] as const);
    const stops = [x0, x0 + w * 0.27, x0 + w * 0.47, x0 + w * 0.66];
    s.line(x0, 232, right, 232, 2.4);
    let y = 232 + lh;
    const row = (cells: [string, string][]): void => {
      cells.forEach(([l, val], i) => s.pair(stops[i] ?? x0, y, l, val, b, f));
      y += lh;
    };
    row([['姓名：', p.name], ['性别：', p.sex], ['年龄：', `${p.age}岁`], ['科室：', doc.department]]);
    s.pair(x0, y, '身份证号：', p.idNumber, b, f);
    s.pair(stops[2] ?? x0, y, rng.pick(['就诊时间：', '就诊日期：']), formatDate(v, ds, doc.times.visit), b, f);
    y += lh;
    row([['医保类型：', rng.pick(['居民医保', '职工医保'])], ['', ''], ['联系电话：', maskedMobile(rng)]]);
    s.line(x0, y - lh * 0.55, right, y - lh * 0.55, 1.2);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: v });

    // The scheme's box: the 病种, the benefit year, the last visit.
    const from = `${v.slice(0, 4)}-01-01`;
    const last = addDays(v, -rng.int(25, 35));
    const boxH = lh * 2.5;
    s.g.fillStyle = rng.pick(['#eeeeee', '#eaf0f6']);
    s.g.fillRect(x0, y, w, boxH);
    s.rect(x0, y, w, boxH, 1.2);
    const by = y + lh * 0.95;
    const names = doc.dx.keys.map((k) => SCHEME[k]).join('、');
    s.pair(x0 + 20, by, '慢特病病种：', names, b, f);
    s.pair(x0 + 20, by + lh, '待遇有效期：', `${from}至${v.slice(0, 4)}-12-31`, b, f);
    s.pair(x0 + w * 0.6, by + lh, '上次就诊：', formatDate(last, 'iso'), b, f);
    y += boxH + lh * 1.1;

    const run = (label: string, text: string, keep: readonly string[] = []): void => {
      const lw = s.put(x0, y, label, b);
      y = para(s, x0, y, w, text, f, lh, { indent: lw, keep }) + lh * 0.2;
    };
    const hi = doc.dx.keys.includes('HYPERTENSION');
    const lab = doc.labs[0]?.rows[0];
    const tested = addDays(v, -rng.int(3, 20));
    run('主诉：', `${followUp(doc)}，来院复诊取药。`);
    const years = Math.max(1, Number(v.slice(0, 4)) - Number(doc.dates.firstVisit.slice(0, 4)));
    run('现病史：', `患者确诊“${doc.dx.western[0]?.text ?? ''}”${years}年，长期规律服用${doc.medicines[0] ?? '药物'}，近来病情平稳，无新发不适。`,
      [doc.dx.western[0]?.text ?? '']);
    run('既往史：', `${pastHistory(doc, rng)}。`);
    run('查体：', `BP ${hi ? rng.int(142, 168) : rng.int(118, 136)}/${hi ? rng.int(86, 98) : rng.int(70, 84)}mmHg，HR ${rng.int(64, 88)}次/分，`
      + '神志清，心肺听诊未见明显异常。');
    if (lab) run('辅助检查：', `${formatDate(tested, 'iso')}本院${lab.name}${lab.value}${lab.unit}${lab.flag}。`, [formatDate(tested, 'iso')]);
    const how: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    s.put(x0, y, '诊断：', b);
    listed(doc.dx.western, how).forEach((t, i) => s.put(x0 + s.measure('诊断：', b), y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += lh * (doc.dx.western.length + 0.6);

    s.put(x0, y, '慢病处方：', b);
    y += lh * 0.5;
    const cols = [0, 520, 760, 1120, 1280];
    s.line(x0, y, right, y, 1.4);
    ['药品名称', '规格', '用法用量', '数量', '天数'].forEach((t, i) => s.put(x0 + 10 + (cols[i] ?? 0), y + lh * 0.78, t, b));
    y += lh * 1.1;
    s.line(x0, y, right, y, 0.8);
    const days = rng.pick([28, 30, 30]);
    doc.medicines.slice(0, 4).forEach((m, i) => {
      const [name = m, dose = '', often = ''] = m.split(' ');
      const cells = [name, dose, `${/注射/u.test(name) ? '皮下注射' : '口服'} ${OFTEN[often] ?? often}`, `${rng.int(1, 3)}盒`, `${days}天`];
      cells.forEach((t, j) => s.put(x0 + 10 + (cols[j] ?? 0), y + lh * (i + 0.8), t, f));
    });
    y += lh * (Math.min(4, doc.medicines.length) + 0.3);
    s.line(x0, y, right, y, 1.4);
    y += lh * 1.1;
    s.put(x0, y, `本次开药${days}天，下次取药日期：${formatDate(addDays(v, days), 'iso')}。病情变化随时就诊。`, f);
    y += lh * 1.8;
    const sw = s.put(x0 + w * 0.48, y, '医师签名：', b);
    handwritten(s, x0 + w * 0.48 + sw + 10, y, doc.doctors.attending, pt * 1.3, rng);
    s.pair(x0 + w * 0.76, y, '审核药师：', doc.doctors.checker, b, f);

    const small = st(f.face, 9, { color: '#444' });
    s.line(x0, 2190, right, 2190, 1);
    s.put(x0, 2228, `打印时间：${formatDate(printedOn(doc), 'isoTime', doc.times.print)}`, small);
    s.put(right, 2228, '第1页/共1页', { ...small, align: 'right' });
  },
};
