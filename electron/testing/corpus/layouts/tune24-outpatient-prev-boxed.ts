import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { Dx } from '../diseases';
import { barcode } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, type Mark } from './kit';
import { prose } from './tune2-kit';
import { eSign, HIS24, runningFoot } from './tune24-kit';

const ACUTE: readonly Dx[] = [{ text: '上呼吸道感染', key: null }, { text: '急性胃肠炎', key: null }, { text: '腰肌劳损', key: null },
  { text: '失眠', key: null }];

/**
 * 门诊电子病历 of a city or county hospital's EMR, printed at the 自助打印 kiosk: a barcode and the header line (姓名, 性别, 年龄,
 * 门诊号, 就诊日期 with its time — truth), then, boxed in grey at the top as the EMR pulls it in, the summary of the previous visit
 * (上次就诊 date, its diagnosis and its prescription — a decoy date and a diagnosis list that is not this visit's), then this
 * visit's 主诉 / 现病史 / 体格检查 / 辅助检查 in serif, the 诊断 (counted), 处理, the doctor's dashed 电子签名 block (签名时间 the
 * visit day) and the running footer (打印时间 a later day, decoy). 身份证号 beside the 就诊日期 (truth).
 */
export const tune24OutpatientPrevBoxed: Layout = {
  id: 'tune24-outpatient-prev-boxed',
  kind: 'outpatient',
  split: 'tune',
  style: 'city / county 门诊电子病历 from the kiosk: sans header line with 就诊日期, a grey box with the previous visit\'s summary at '
    + 'the top, serif SOAP sections, dashed 电子签名 box, running footer',
  exercises: ['就诊日期 with time in the header line (truth)', '上次就诊 date and diagnosis boxed above the record (decoys)',
    '诊断 of this visit (counted); the previous visit\'s acute diagnosis not', '签名时间 the same day, 打印时间 a later day (decoy)',
    '身份证号 in the header (truth)'],
  doc: (rng) => makeDoc(rng, { kind: 'outpatient', hospitals: HIS24, aliases: true }),
  draw(s, doc, rng) {
    s.ink = '#1b1b1b';
    const x0 = 140;
    const right = s.width - x0;
    const w = right - x0;
    const p = doc.patient;
    const sans = st('sans', rng.pick([10, 10.5]));
    const lh = px(sans.pt) * 1.75;
    barcode(s, right - 420, 110, doc.recordNo, 70, 3);
    s.put(x0, 170, doc.hospital.name, st('sansBold', 15, { spacing: 2 }));
    s.put(x0, 245, '门诊病历', st('sansMedium', 13, { spacing: 6 }));
    s.put(right - 420, 215, `门诊号：${doc.recordNo}`, st('sans', 9));
    const ds: DateStyle = rng.pick(['isoTime', 'slashTime', 'cnTime'] as const);
    let y = 330;
    const head: [string, string][] = [['姓名：', p.name], ['性别：', p.sex], ['年龄：', `${p.age}岁`], ['科别：', doc.department]];
    head.forEach(([l, v], i) => s.pair(x0 + i * w * 0.22, y, l, v, sans));
    y += lh;
    s.pair(x0, y, '就诊日期：', formatDate(doc.dates.visit, ds, doc.times.visit), sans);
    s.pair(x0 + w * 0.44, y, '身份证号：', p.idNumber, sans);
    y += lh;
    s.pair(x0, y, '费别：', rng.pick(['职工医保', '居民医保', '自费']), sans);
    s.pair(x0 + w * 0.44, y, '初/复诊：', '复诊', sans);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });
    y += lh * 0.5;
    s.line(x0, y, right, y, 2);

    // The previous visit, as the EMR quotes it: a grey box over the full width.
    const prev = addDays(doc.dates.visit, -rng.int(14, 120));
    const earlier: Dx[] = [...doc.dx.western.filter((d) => d.key).slice(0, 1), rng.pick(ACUTE)];
    const how: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    const small = st('sans', sans.pt - 1, { color: '#333' });
    const boxTop = y + 30;
    const boxH = px(small.pt) * 1.7 * 3 + 40;
    s.g.fillStyle = '#eeeeee';
    s.g.fillRect(x0, boxTop, w, boxH);
    s.rect(x0, boxTop, w, boxH, 1.2, '#888');
    let by = boxTop + px(small.pt) * 1.7;
    s.put(x0 + 20, by, `上次就诊：${formatDate(prev, rng.pick(['iso', 'cn'] as const))}  ${doc.department}  ${doc.doctors.resident}`, small);
    by += px(small.pt) * 1.7;
    s.put(x0 + 20, by, `上次诊断：${listed(earlier, how).join('  ')}`, small);
    by += px(small.pt) * 1.7;
    s.put(x0 + 20, by, `上次处方：${doc.medicines.slice(0, 2).join('；')}`, small);
    y = boxTop + boxH + lh * 1.3;

    const serif = st('serif', rng.pick([11, 11.5]));
    const bold = st('serifBold', serif.pt);
    const sl = px(serif.pt) * 1.8;
    const run = (label: string, text: string, keep: readonly string[] = []): void => {
      const lw = s.put(x0, y, label, bold);
      y = prose(s, x0, y, w, text, serif, sl, { indent: lw, keep }) + sl * 0.35;
    };
    run('主诉：', `${doc.complaint}，要求复诊开药。`);
    run('现病史：', `患者${doc.complaint}，规律服药，${rng.pick(['病情尚平稳', '近来控制欠佳', '偶有不适'])}。既往史：${doc.history.past}；`
      + `${doc.history.negated}。`);
    const bp = `${rng.int(128, 168)}/${rng.int(72, 98)}mmHg`;
    run('体格检查：', `BP ${bp}，神志清，心肺听诊未闻及明显异常，双下肢无水肿。`, [bp]);
    const lab = doc.labs[0];
    const labText = lab ? lab.rows.slice(0, 3).map((r) => `${r.abbr} ${r.value}${r.flag}${r.unit}`) : [];
    run('辅助检查：', labText.length > 0 ? `${lab?.title ?? ''}：${labText.join('，')}。` : '暂无。', labText);
    s.put(x0, y, '诊断：', bold);
    const dw = s.measure('诊断：', bold);
    listed(doc.dx.western, how).forEach((t, i) => s.put(x0 + dw, y + i * sl, t, serif));
    s.diagnoses(doc.dx.western);
    y += sl * (doc.dx.western.length + 0.35);
    run('处理：', `${doc.medicines.map((m, i) => `${i + 1}.${m}`).join('；')}；${rng.pick(['1个月后复诊', '2周后复诊'])}，不适随诊。`,
      doc.medicines.map((m, i) => `${i + 1}.${m}`));

    y += sl * 0.6;
    const signed = formatDate(doc.dates.visit, 'isoSec', doc.times.visit + rng.int(6, 25));
    eSign(s, right - w * 0.5, y, w * 0.5, doc.doctors.attending, signed, st('sans', 9.5, { color: '#2a3f6e' }), rng);
    runningFoot(s, doc, s.height - 120, st('sans', 9), rng, { page: 1, of: 1, print: 'slashTime', x0 });
  },
};
