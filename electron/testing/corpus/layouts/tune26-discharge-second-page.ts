import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { handwritten } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, printedOn, type Mark } from './kit';
import { para } from './tune6-kit';
import { COUNTY26 } from './tune26-kit';

/**
 * The SECOND page of a county hospital EMR 出院记录, photographed on its own: the first page's header repeated small as a
 * running header (hospital, 出院记录（续）, then 姓名 / 性别 / 年龄 / 科室 / 住院号, then 身份证号 — truth — and 入院日期 — truth),
 * the tail of 诊疗经过 carried over from page one (starting mid-sentence, with the operation's date: a decoy), 出院情况 stating
 * the discharge day (truth), 出院诊断 numbered (counted), 出院医嘱 with the medicines and a 复诊 date (decoy), and the
 * signatures (主治医师 / 住院医师, other people) with their date (the discharge day), 第2页 共2页 and 打印时间 (decoy).
 */
export const tune26DischargeSecondPage: Layout = {
  id: 'tune26-discharge-second-page',
  kind: 'discharge',
  split: 'tune',
  style: 'County hospital EMR 出院记录, page 2 of 2 only: small running header with name, 住院号, 身份证号 and 入院日期, the '
    + 'carried-over tail of 诊疗经过, 出院情况, 出院诊断, 出院医嘱, signatures and their date, serif or sans 10.5–11.5 pt',
  exercises: ['a page that starts mid-sentence (诊疗经过 carried over), no title block', '入院日期 only in the running header (truth)',
    '出院日期 stated in 出院情况 prose and in the signature date (truth)', '手术日期 in the carried-over text and 复诊日期 in 医嘱 (decoys)',
    '出院诊断 numbered (counted), no 入院诊断 on the page', 'handwritten doctor names beside the printed labels', '第2页 共2页'],
  doc: (rng) => makeDoc(rng, { kind: 'discharge', hospitals: COUNTY26, yearEnd: 0.1 }),
  draw(s, doc, rng) {
    s.ink = '#141414';
    const x0 = 120;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.5);
    const pt = rng.pick([10.5, 11, 11.5]);
    const f = st(serif ? 'serif' : 'sans', pt);
    const b = st(serif ? 'serifBold' : 'sansBold', pt);
    const small = st(f.face, 9, { color: '#333' });
    const lh = px(pt) * 1.75;
    const p = doc.patient;
    const d = doc.dates;
    const ds: DateStyle = rng.pick(['cn', 'cnShort', 'iso'] as const);

    // The running header: the first page's header, small.
    s.put(x0, 110, doc.hospital.name, st(small.face, 10));
    s.put(right, 110, '出院记录（续）', { ...st(small.face, 10), align: 'right' });
    const sy = 110 + px(9) * 1.9;
    const cells: [string, string][] = [['姓名：', p.name], ['性别：', p.sex], ['年龄：', `${p.age}岁`], ['科室：', doc.department],
      ['住院号：', doc.recordNo]];
    cells.forEach(([l, v], i) => s.pair(x0 + (w / cells.length) * i, sy, l, v, small));
    s.pair(x0, sy + px(9) * 1.7, '身份证号：', p.idNumber, small);
    s.pair(x0 + w * 0.6, sy + px(9) * 1.7, '入院日期：', formatDate(d.admission, ds), small);
    const rule = sy + px(9) * 2.4;
    s.line(x0, rule, right, rule, 1.6);
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: d.admission, dischargeDate: d.discharge });

    let y = rule + lh * 1.4;
    const surgery = formatDate(d.surgery, ds);
    const tail = `${rng.pick(['管理等对症支持治疗。', '及补液、护胃等治疗。'])}患者于${surgery}`
      + `${doc.procedure === '胃镜检查' ? '行颈部血管彩超检查，提示颈动脉斑块形成，' : `在局麻下行${doc.procedure}，术程顺利，术后`}予`
      + `${doc.course.replace(/治疗$/u, '')}治疗，复查${doc.labs[0]?.rows[0]?.name ?? '血常规'}较前好转。住院期间病情平稳，无特殊不适。`;
    y = para(s, x0, y, w, tail, f, lh) + lh * 0.4;
    const head = (t: string): number => s.put(x0, y, t, b);
    const lw = head('出院情况：');
    const out = `患者一般情况可，无明显不适，查体：神志清，心肺腹查体未见明显异常。经上级医师同意，于${formatDate(d.discharge, ds)}出院，`
      + `共住院${doc.stayDays}天。`;
    y = para(s, x0, y, w, out, f, lh, { indent: lw, keep: [formatDate(d.discharge, ds)] }) + lh * 0.4;

    const how: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    const dl = head('出院诊断：');
    listed(doc.dx.western, how).forEach((t, i) => s.put(x0 + dl, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += lh * (doc.dx.western.length + 0.4);

    head('出院医嘱：');
    y += lh;
    const back = addDays(d.discharge, rng.pick([7, 14, 30]));
    const orders = [
      '1. 低盐低脂饮食，注意休息，避免劳累及情绪激动。',
      `2. 继续口服：${doc.medicines.slice(0, 3).join('，')}。`,
      `3. 定期复查血常规、肝肾功能，于${formatDate(back, ds)}来我院门诊复诊，如有不适随时就诊。`,
      `4. 出院带药${rng.int(7, 14)}天，遵医嘱服用。`,
    ];
    for (const o of orders) y = para(s, x0 + 30, y, w - 30, o, f, lh);

    y += lh * 1.6;
    const sign = (x: number, label: string, who: string): void => {
      const sw = s.put(x, y, label, b);
      handwritten(s, x + sw + 8, y, who, pt * 1.35, rng);
    };
    sign(x0 + w * 0.3, '主治医师：', doc.doctors.attending);
    sign(x0 + w * 0.64, '住院医师：', doc.doctors.resident);
    y += lh * 1.8;
    s.put(right, y, formatDate(d.discharge, rng.pick(['cn', 'cnShort', 'iso'] as const)), { ...f, align: 'right' });

    s.line(x0, 2200, right, 2200, 1);
    s.put(x0, 2238, `打印时间：${formatDate(printedOn(doc), 'isoTime', doc.times.print)}`, small);
    s.put(s.width / 2, 2238, '第2页 共2页', { ...small, align: 'center' });
  },
};
