import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import { barcode, handwritten } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed } from './kit';
import { weekday } from './tune3-kit';
import { para } from './tune6-kit';
import { GRAFT23, local23 } from './tune23-kit';

/**
 * 移植术后随访 门诊病历 of a Henan / Hebei / Shandong hospital's 器官移植科 (EMR print, sans): 门诊号 barcode and 就诊日期 with the
 * weekday and 第N次随访 top right (truth), a borderless two-column header (姓名 — truth —, 身份证号 — truth —, 移植日期 and
 * 供者类型 — decoys), a note, and a ruled 他克莫司谷浓度 table of the last five visits with their dates (decoys; today's row
 * too), creatinine beside each; 诊断 numbered (truth), the dose change, and 下次随访 (decoy).
 */
export const tune23OutpatientGraftLevels: Layout = {
  id: 'tune23-outpatient-graft-levels',
  kind: 'outpatient',
  split: 'tune',
  style: 'Henan / Hebei / Shandong 器官移植科 移植术后随访门诊病历: barcode and 就诊日期 top right, borderless two-column header with the '
    + '移植日期, note, ruled 他克莫司谷浓度 trend table of five visits, numbered 诊断, sans 10–11 pt',
  exercises: ['就诊日期 with weekday top right (truth)', '移植日期 years before (decoy)',
    'a trend table of earlier 采血日期 with FK506 levels and creatinine (decoy dates, decimals)', '下次随访 (decoy)'],
  doc: (rng) => local23(makeDoc(rng, { kind: 'outpatient', keys: ['TRANSPLANT_ANTI_REJECTION'], hospitals: GRAFT23 }), rng),
  draw(s, doc, rng) {
    const x0 = 130;
    const right = s.width - 130;
    const w = right - x0;
    const pt = rng.pick([10, 10.5, 11]);
    const f: Style = st('sans', pt);
    const b: Style = st('sansMedium', pt);
    const lh = px(pt) * 1.75;
    const p = doc.patient;
    const liver = doc.dx.western.some((d) => /肝移植/u.test(d.text));
    const organ = liver ? '肝' : '肾';
    const n = rng.int(8, 40);

    barcode(s, x0, 90, doc.recordNo, 56, 2.5);
    s.put(x0, 180, `门诊号：${doc.recordNo}`, st('sans', 9));
    s.put(s.width / 2, 150, doc.hospital.name, st('sansBold', 18, { align: 'center', spacing: 2 }));
    s.put(s.width / 2, 220, '器官移植科  移植术后随访门诊病历', st('sansMedium', 13, { align: 'center', spacing: 1 }));
    const vd = `${formatDate(doc.dates.visit, 'iso')}（${weekday(doc.dates.visit)}）`;
    s.pair(right - s.measure(`就诊日期：${vd}`, f), 110, '就诊日期：', vd, b, f);
    s.put(right, 160, `第${n}次随访`, { ...f, align: 'right' });
    s.line(x0, 255, right, 255, 2);

    let y = 255 + lh * 1.1;
    const mid = x0 + w * 0.5;
    const graft = addDays(doc.dates.visit, -rng.int(400, 3000));
    const rows: [string, string, string, string][] = [
      ['姓名：', p.name, '性别/年龄：', `${p.sex}/${p.age}岁`],
      ['身份证号：', p.idNumber, '移植日期：', formatDate(graft, 'cnShort')],
      ['移植器官：', `${organ}脏`, '供者类型：', rng.pick(['公民逝世后捐献（DCD）', '亲属活体供者'])],
    ];
    for (const [l1, v1, l2, v2] of rows) {
      s.pair(x0, y, l1, v1, b, f);
      s.pair(mid, y, l2, v2, b, f);
      y += lh;
    }
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });
    s.line(x0, y - lh * 0.5, right, y - lh * 0.5, 1);

    y += lh * 0.5;
    const blocks: [string, string][] = [
      ['主诉：', `${organ}移植术后${Math.round((Number(doc.dates.visit.slice(0, 4)) - Number(graft.slice(0, 4))) || 1)}年，定期复查。`],
      ['现病史：', `患者规律服用抗排异药物，无发热、腹泻，尿量${liver ? '正常' : `约${rng.int(1500, 2600)}ml/日`}，`
        + `${doc.history.negated}。查体：BP ${rng.int(118, 146)}/${rng.int(70, 92)}mmHg，移植${organ}区无压痛。`],
    ];
    for (const [l, t] of blocks) {
      const lw = s.put(x0, y, l, b);
      y = para(s, x0, y, w, t, f, lh, { indent: lw }) + lh * 0.2;
    }

    y += lh * 0.3;
    s.put(x0, y, '他克莫司（FK506）谷浓度及肾功能随访：', b);
    y += lh * 0.5;
    const cols = [0.24, 0.2, 0.2, 0.18, 0.18].map((k) => k * w);
    const dates = [120, 90, 60, 30, 0].map((k) => addDays(doc.dates.visit, -k - (k ? rng.int(-4, 4) : 0)));
    const body = dates.map((d) => [formatDate(d, 'iso'), `${rng.range(4.2, 9.8).toFixed(1)}`, `${rng.pick([1, 1.5, 2])}mg q12h`,
      `${rng.int(liver ? 55 : 88, liver ? 96 : 168)}`, `${rng.range(5.2, 8.6).toFixed(2)}`]);
    const head = ['采血日期', 'FK506(ng/ml)', '剂量', 'Scr(μmol/L)', 'GLU(mmol/L)'];
    y = s.grid(x0, y, lh * 1.05, [head, ...body].map((r, i) => r.map((t, j) => ({ text: t, w: cols[j]!, label: i === 0,
      align: 'center' as const }))), st('sans', pt - 1), { shade: '#edf2f7', label: st('sansMedium', pt - 1), border: 1.2 });

    y += lh * 1.1;
    const dl = s.put(x0, y, '诊断：', b);
    listed(doc.dx.western, '1.').forEach((t, i) => s.put(x0 + dl, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += lh * (doc.dx.western.length + 0.2);
    const next = addDays(doc.dates.visit, rng.pick([14, 28, 30]));
    y = para(s, x0, y, w, `处理：1.${doc.medicines.join('；')}，目标谷浓度5-8ng/ml；2.复查血常规、肝肾功能、尿常规；`
      + `3.${formatDate(next, 'cnShort')}随访，不适随诊。`, f, lh);

    const by = y + lh * 2;
    const sw = s.put(right - 420, by, '医师签名：', f);
    handwritten(s, right - 420 + sw + 8, by, doc.doctors.attending, pt * 1.3, rng);
  },
};
