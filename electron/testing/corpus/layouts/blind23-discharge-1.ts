import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { barcode, handwritten, logo } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, pastHistory, type Mark } from './kit';
import { codeOf, countyWords, kin } from './tune10-kit';
import { plausible } from './tune4-kit';
import { para, suited } from './tune6-kit';
import { companion23, native23, PLACES23, ruled23 } from './blind23-kit';

/**
 * 出院小结 of a county hospital in Fujian, Zhejiang, Yunnan, Guizhou, Shaanxi, Jiangxi, Chongqing or Shanxi, from its EMR:
 * logo and hospital name at the left, 住院号 barcode at the right, the patient over ruled value lines in three columns
 * (姓名 — truth; 身份证号 — truth; a 联系人 with another name — decoy), the stay in a tinted strip of its own
 * (入院时间 / 出院时间 — truth; 住院天数), then 一、…六、 sections: 入院情况 with past illness, denials and a relative
 * (not counted), 入院诊断 run on in one line (not counted), 诊疗经过 with an operation day and a lab date (decoys),
 * 出院诊断 as a ruled table with ICD-10 and 转归 (counted), 出院医嘱 with a 复诊 day (decoy); signatures with the day signed.
 */
export const blind23Discharge1: Layout = {
  id: 'blind23-discharge-1',
  kind: 'discharge',
  split: 'blind',
  style: 'county hospital of a southern or western province, EMR 出院小结: logo letterhead, three-column patient block over ruled lines, '
    + 'tinted stay strip, 一、…六、 sections, ruled 出院诊断 table with ICD-10 and 转归, sans or serif 10–11 pt',
  exercises: ['patient block over ruled lines with a 联系人 (another name, decoy)', 'stay in a tinted strip (isoTime, cnTime, cnHour)',
    '入院诊断 run on in one line (not counted)', '诊疗经过 with an operation day and a lab date (decoys)',
    '出院诊断 table with ICD-10 and 转归 (counted)', '复诊 day in 出院医嘱, signature day (decoys)'],
  doc: (rng) => native23(plausible(countyWords(suited(makeDoc(rng, { kind: 'discharge', hospitals: PLACES23, compoundSurnames: 0.05,
    yearEnd: 0.08 })), rng, { outside: 0.3, near: 0.2 })), rng),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 120;
    const x1 = s.width - 120;
    const w = x1 - x0;
    const serif = rng.chance(0.4);
    const pt = rng.pick([10, 10.5, 11]);
    const f = st(serif ? 'serif' : 'sans', pt);
    const b = st(serif ? 'serifBold' : 'sansMedium', pt);
    const head = st(serif ? 'serifBold' : 'sansBold', pt + 0.5);
    const lh = px(pt) * 1.65;
    const p = doc.patient;
    const color = rng.pick(['#1f5fa8', '#1a7a5a', '#a3262a']);

    logo(s, x0 + 42, 112, 40, color, rng.pick(['cross', 'ring', 'shield'] as const));
    s.put(x0 + 100, 112, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', rng.pick([17, 18]), { color }));
    s.put(x0 + 100, 150, doc.hospital.address, st('sans', 8.5, { color: '#555' }));
    const bw = barcode(s, x1 - 280, 70, doc.recordNo, 56, 2.2);
    s.put(x1 - 280 + bw / 2, 152, `住院号 ${doc.recordNo}`, st('sans', 8.5, { align: 'center' }));
    s.line(x0, 180, x1, 180, 3, color);
    const title = st(serif ? 'serifBold' : 'sansBold', 16, { align: 'center', spacing: 5 });
    s.put(s.width / 2, 250, rng.pick(['出 院 小 结', '出院小结', '出院记录（小结）']), title);

    const col = w / 3;
    const rel = companion23(doc, rng);
    const cells: [string, string][] = [
      ['姓名：', p.name], ['性别：', p.sex], ['年龄：', `${p.age}岁`],
      ['科室：', doc.department], ['床号：', `${doc.bed}床`], ['医保类型：', rng.pick(['城乡居民医保', '职工医保', '异地医保'])],
      ['联系人：', `${rel.name}（${rel.relation}）`], ['民族：', rng.pick(['汉族', '汉族', '汉族', '彝族', '苗族', '回族', '畲族'])],
      ['婚姻：', p.age >= 25 ? '已婚' : '未婚'],
    ];
    let y = 320;
    cells.forEach(([l, v], i) => ruled23(s, x0 + (i % 3) * col, y + Math.floor(i / 3) * lh * 1.25, l, v, col, b, f));
    y += 3 * lh * 1.25;
    ruled23(s, x0, y, rng.pick(['身份证号：', '证件号码：']), p.idNumber, col * 2, b, f);
    ruled23(s, x0 + col * 2, y, '职业：', p.age >= 60 ? '离退休人员' : rng.pick(['农民', '个体经营', '工人']), col, b, f);
    y += lh * 1.1;

    const ds: DateStyle = rng.pick(['isoTime', 'cnTime', 'cnHour'] as const);
    s.g.fillStyle = rng.pick(['#eef3f8', '#f1f1f1', '#f3efe6']);
    s.g.fillRect(x0, y, w, lh * 1.5);
    const sy = y + lh * 1.0;
    s.pair(x0 + 16, sy, '入院时间：', formatDate(doc.dates.admission, ds, doc.times.admission), b, f);
    s.pair(x0 + w * 0.4, sy, '出院时间：', formatDate(doc.dates.discharge, ds, doc.times.discharge), b, f);
    s.pair(x0 + w * 0.8, sy, '住院天数：', `${doc.stayDays}天`, b, f);
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    y += lh * 1.5 + lh * 1.2;

    const how: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    const cn = (iso: string): string => formatDate(iso, rng.pick(['cnShort', 'iso'] as const));
    const labDay = addDays(doc.dates.admission, 1);
    const lab = doc.labs[0]?.rows.find((r) => r.flag !== '') ?? doc.labs[0]?.rows[0];
    const op = doc.procedure !== '胃镜检查';
    const follow = addDays(doc.dates.discharge, rng.pick([7, 14, 28, 30]));
    const keep = [cn(labDay), cn(doc.dates.surgery), cn(follow)];
    const section = (title: string, text: string): void => {
      s.put(x0, y, title, head);
      y = para(s, x0 + px(pt) * 2, y + lh * 1.15, w - px(pt) * 2, text, f, lh, { keep }) + lh * 0.35;
    };
    section('一、入院情况', `因“${doc.complaint}”入院。既往史：${pastHistory(doc, rng)}。家族史：${kin(rng)}。`
      + `查体：BP ${rng.int(118, 176)}/${rng.int(70, 102)}mmHg，神志清楚，双肺呼吸音清。`);
    section('二、入院诊断', listed(doc.dx.admission, how).join('；'));
    section('三、诊疗经过', `入院后完善相关检查，${cn(labDay)}查${lab ? `${lab.name}${lab.value}${lab.unit}` : '血常规未见明显异常'}。`
      + `${op ? `${cn(doc.dates.surgery)}在局麻下行${doc.procedure}，过程顺利。` : ''}予${doc.course}等治疗，症状好转。`);

    s.put(x0, y, '四、出院诊断', head);
    y += lh * 0.55;
    const cw = [90, w - 90 - 230 - 200, 230, 200];
    const rowH = lh * 1.25;
    s.diagnoses(doc.dx.western);
    const outcome = (i: number): string => (i === 0 ? '好转' : rng.pick(['好转', '未愈', '其他']));
    const rows = [['序号', '诊断名称', 'ICD-10编码', '转归'],
      ...doc.dx.western.map((d, i) => [String(i + 1), d.text, codeOf(d, i), outcome(i)])];
    rows.forEach((r, ri) => {
      let cx = x0;
      const base = y + ri * rowH + rowH * 0.68;
      r.forEach((t, ci) => {
        const c = cw[ci] ?? 0;
        const align = ci === 1 ? 'left' : 'center';
        s.put(ci === 1 ? cx + 14 : cx + c / 2, base, t, { ...(ri === 0 ? b : f), align });
        cx += c;
      });
      s.line(x0, y + (ri + 1) * rowH, x1, y + (ri + 1) * rowH, ri === 0 || ri === rows.length - 1 ? 1.8 : 0.8);
    });
    s.line(x0, y, x1, y, 1.8);
    y += rows.length * rowH + lh * 1.3;

    section('五、出院情况', `${rng.pick(['一般情况可，生命体征平稳，无明显不适', '症状明显缓解，饮食、睡眠可'])}${op ? '，穿刺处无渗血' : ''}，准予出院。`);
    section('六、出院医嘱', `1.继续口服${doc.medicines.slice(0, 2).join('、')}；2.监测血压、血糖，低盐低脂饮食；`
      + `3.于${cn(follow)}${rng.pick(['门诊复诊', '来院复查'])}，如有不适随时就诊。`);

    y = Math.max(y + lh, 1990);
    const sign = formatDate(addDays(doc.dates.discharge, rng.pick([0, 0, 1])), rng.pick(['iso', 'cn'] as const));
    const lw = s.put(x0 + w * 0.35, y, '住院医师：', f);
    handwritten(s, x0 + w * 0.35 + lw + 10, y, doc.doctors.resident, pt * 1.3, rng);
    const aw = s.put(x0 + w * 0.65, y, '主治医师：', f);
    handwritten(s, x0 + w * 0.65 + aw + 10, y, doc.doctors.attending, pt * 1.3, rng);
    s.put(x1, y + lh * 1.6, sign, { ...f, align: 'right' });
    s.line(x0, 2200, x1, 2200, 1, '#888');
    s.put(s.width / 2, 2240, '第1页 / 共1页', st('sans', 8.5, { align: 'center', color: '#555' }));
  },
};
