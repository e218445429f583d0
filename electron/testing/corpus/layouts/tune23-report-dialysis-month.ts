import { makeDoc } from '../case';
import { addDays, formatDate, parts } from '../dates';
import { handwritten, seal } from '../marks';
import { physician } from '../people';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed } from './kit';
import { weekday } from './tune3-kit';
import { para } from './tune6-kit';
import { DIALYSIS23, local23 } from './tune23-kit';

/**
 * 维持性血液透析月度记录单 of a Henan / Hebei / Shandong county hospital's 血液透析中心: the centre's name, the title and 统计周期
 * (two decoy dates), a bordered header grid (姓名 — truth —, 身份证号 — truth —, 血管通路, 干体重, 临床诊断 — truth), then a
 * dense grid of the period's 12–13 sessions, one row each with its date and weekday (decoys), weights, blood pressures,
 * 超滤量 and the nurse; the month's bloods with their 采血日期 (decoy), a short 医师小结, and at the foot 报告日期 (truth) beside
 * the 打印日期 (decoy).
 */
export const tune23ReportDialysisMonth: Layout = {
  id: 'tune23-report-dialysis-month',
  kind: 'report',
  split: 'tune',
  style: 'Henan / Hebei / Shandong county 血液透析中心 维持性血液透析月度记录单: bordered header grid, dense 12–13-row session grid with '
    + 'dates and weekdays, monthly bloods line, 医师小结, 报告日期 at the foot beside 打印日期, sans 9–10.5 pt',
  exercises: ['a dozen session dates in a grid column (decoys)', '统计周期 from … to … (decoys)', '采血日期 of the bloods (decoy)',
    '报告日期 at the foot (truth) beside a later 打印日期 (decoy)', '临床诊断 in the header grid (truth)',
    'numbers in kg, mmHg and ml that are not dates'],
  doc: (rng) => local23(makeDoc(rng, { kind: 'report', keys: ['URAEMIA_DIALYSIS'], hospitals: DIALYSIS23 }), rng),
  draw(s, doc, rng) {
    const x0 = 110;
    const right = s.width - 110;
    const w = right - x0;
    const pt = rng.pick([9.5, 10, 10.5]);
    const f: Style = st('sans', pt);
    const b: Style = st('sansMedium', pt);
    const sm: Style = st('sans', pt - 1);
    const lh = px(pt) * 1.7;
    const p = doc.patient;
    const end = doc.dates.sample;
    const from = addDays(end, -27);
    const set = rng.chance(0.5) ? [1, 3, 5] : [2, 4, 6];
    const dow = (iso: string): number => { const [y, m, d] = parts(iso); return new Date(Date.UTC(y, m - 1, d)).getUTCDay(); };
    const days = Array.from({ length: 28 }, (_, i) => addDays(from, i)).filter((d) => set.includes(dow(d)) || d === end);

    s.put(s.width / 2, 140, doc.hospital.name, st('sansBold', 18, { align: 'center', spacing: 2 }));
    s.put(s.width / 2, 215, '维持性血液透析月度记录单', st('sansBold', 15, { align: 'center', spacing: 3 }));
    let y = 290;
    s.put(x0, y, `统计周期：${formatDate(from, 'iso')} 至 ${formatDate(end, 'iso')}`, f);
    s.put(right, y, `透析号：HD${doc.recordNo.slice(-5)}`, { ...f, align: 'right' });
    y += lh * 0.5;

    const dry = rng.range(48, 72);
    const c = w / 10;
    const cell = (text: string, span: number, label = false) => ({ text, w: c * span, label });
    const dx = listed(doc.dx.western, '1.').join('  ');
    const header = [
      [cell('姓名', 1, true), cell(p.name, 1.4), cell('性别', 0.8, true), cell(p.sex, 0.8), cell('年龄', 0.8, true),
        cell(`${p.age}岁`, 1), cell('身份证号', 1.2, true), cell(p.idNumber, 3)],
      [cell('血管通路', 1, true), cell(rng.pick(['左前臂动静脉内瘘', '右前臂动静脉内瘘', '右颈内静脉长期导管']), 3.8),
        cell('干体重', 1, true), cell(`${dry.toFixed(1)}kg`, 1), cell('透析频次', 1.2, true), cell('每周3次', 2)],
      [cell('临床诊断', 1, true), cell(dx, 9)],
    ];
    y = s.grid(x0, y, lh * 1.25, header, f, { shade: '#ececec', label: b, border: 1.5 });
    s.diagnoses(doc.dx.western);
    s.note({ name: p.name, idNumber: p.idNumber, reportDate: doc.dates.report });

    y += lh * 0.9;
    s.put(x0, y, '透析治疗记录', b);
    y += lh * 0.4;
    const cols = [1.55, 0.6, 1, 1, 0.9, 1.25, 1.25, 0.85, 0.7, 0.9].map((k) => (k / 10) * w);
    const head = ['透析日期', '星期', '透前体重', '透后体重', '超滤量', '透前血压', '透后血压', '血流量', '时长', '护士'];
    const nurses = [physician(rng, [p.name]), physician(rng, [p.name]), physician(rng, [p.name])];
    const rows = days.map((d) => {
      const gain = rng.range(1.2, 3.8);
      const post = dry + rng.range(-0.3, 0.6);
      const uf = Math.round((dry + gain - post) * 10) * 100;
      return [formatDate(d, 'iso'), weekday(d).slice(2), (dry + gain).toFixed(1), post.toFixed(1), `${uf}`,
        `${rng.int(132, 178)}/${rng.int(70, 98)}`, `${rng.int(112, 150)}/${rng.int(62, 88)}`, `${rng.pick([220, 240, 250, 260])}`,
        rng.pick(['4h', '4h', '3.5h']), rng.pick(nurses)];
    });
    const grid = [head, ...rows].map((r, i) => r.map((t, j) => ({ text: t, w: cols[j]!, label: i === 0, align: 'center' as const })));
    y = s.grid(x0, y, lh * 1.02, grid, sm, { shade: '#f2f2f2', label: st('sansMedium', pt - 1), border: 1.2 });
    s.put(x0, y + lh * 0.8, '注：体重单位kg，超滤量单位ml，血压单位mmHg，血流量单位ml/min。', st('sans', pt - 1.5, { color: '#444' }));

    y += lh * 2;
    const drawn = addDays(end, -rng.int(3, 12));
    y = para(s, x0, y, w, `本月化验（采血日期：${formatDate(drawn, 'cnShort')}）：Hb ${rng.int(86, 118)}g/L，Alb ${rng.range(33, 42).toFixed(1)}g/L，`
      + `K ${rng.range(4.1, 5.6).toFixed(1)}mmol/L，P ${rng.range(1.4, 2.3).toFixed(2)}mmol/L，Ca ${rng.range(2.0, 2.4).toFixed(2)}mmol/L，`
      + `iPTH ${rng.int(150, 600)}pg/ml，URR ${rng.int(65, 76)}%，spKt/V ${rng.range(1.2, 1.6).toFixed(2)}。`, f, lh);
    y += lh * 0.3;
    const ml = s.put(x0, y, '医师小结：', b);
    y = para(s, x0, y, w, `本月规律透析${days.length}次，透析过程顺利，透析间期体重增长控制${rng.pick(['可', '欠佳'])}，`
      + `血压${rng.pick(['控制尚可', '透前偏高'])}。继续${doc.medicines.slice(0, 2).join('，')}，下月复查血常规、生化及iPTH。`, f, lh, { indent: ml });

    const by = Math.max(y + lh * 3, 1750);
    const dw = s.put(x0, by, '主管医师：', f);
    handwritten(s, x0 + dw + 8, by, doc.doctors.attending, pt * 1.3, rng);
    s.put(x0 + w * 0.36, by, `报告日期：${formatDate(doc.dates.report, 'cn')}`, f);
    s.put(right, by, `打印日期：${formatDate(doc.dates.print, 'iso')}`, st('sans', pt - 1.5, { color: '#444', align: 'right' }));
    seal(s, x0 + w * 0.5, by - 90, 88, doc.hospital.name, '透析专用章', rng);
  },
};
