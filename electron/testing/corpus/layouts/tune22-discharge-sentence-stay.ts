import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, logo } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, pastHistory, type Mark } from './kit';
import { para, settled, suited, wrap } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { mdCn } from './tune11-kit';
import { local22, nation22, SOUTH22 } from './tune22-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'POST_ARTERIAL_STENT_ANTICOAGULATION'];

/**
 * 出院小结 of a Guangxi or Hainan county hospital (融水, 东兴, 靖西, 琼中, 白沙, 陵水): a small logo and the hospital name left, the
 * 科室 and 住院号 right, one header line of 姓名 (truth) 性别 年龄 民族 床号 and one of 身份证号 (truth) — no date cell anywhere;
 * the stay is told only in the 住院经过 prose, the discharge first and the admission after it: "…于2025年3月14日出院。本次住院自
 * 2025年3月2日至出院共12天" (truth), among a 入院 day's 血糖 (month and day only), a 复查 day and a 会诊 (inside the stay); the
 * 入院诊断 (not counted) and 出院诊断 (counted) side by side in two columns, 出院医嘱 with a 复诊 day (decoy), the physician's hand and
 * the 记录日期 (a day after the discharge, decoy).
 */
export const tune22DischargeSentenceStay: Layout = {
  id: 'tune22-discharge-sentence-stay',
  kind: 'discharge',
  split: 'tune',
  style: 'Guangxi / Hainan county hospital 出院小结: no date cells, the stay told in the 住院经过 prose (discharge day first, admission '
    + 'after), 入院 / 出院诊断 side by side, 记录日期 the day after; sans or serif 10.5–11.5 pt',
  exercises: ['stay only in a sentence, the discharge day before the admission day (truth)', 'no date cell in the header',
    'month-day dates inside the stay (decoys)', '入院诊断 beside 出院诊断 in two columns (only 出院 counted)', '复诊 day (decoy)',
    '记录日期 a day after the discharge (decoy)', '黎族 / 壮族 / 苗族 in 民族'],
  doc: (rng) => local22(countyWords(settled(suited(makeDoc(rng, { kind: 'discharge', keys: KEYS, hospitals: SOUTH22, yearEnd: 0.1 }))), rng,
    { outside: 0.3, near: 0.15 }), rng),
  draw(s, doc, rng) {
    s.ink = '#171717';
    const x0 = 125;
    const right = s.width - x0;
    const w = right - x0;
    const pt = rng.pick([10.5, 11, 11.5]);
    const serif = rng.chance(0.45);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifBold' : 'sansBold', pt);
    const lh = px(pt) * 1.75;
    const p = doc.patient;
    const ds: DateStyle = rng.pick(['cn', 'cnShort']);
    const tone = rng.pick(['#0d5c8c', '#1b6b3a', '#222222']);

    logo(s, x0 + 40, 140, 38, tone, rng.pick(['cross', 'ring'] as const));
    s.put(x0 + 100, 158, doc.hospital.name, st('sansBold', 17, { color: tone }));
    s.put(right, 130, doc.department, st('sans', 10, { align: 'right' }));
    s.put(right, 175, `住院号：${doc.recordNo}`, st('sans', 10, { align: 'right' }));
    s.put(s.width / 2, 270, '出 院 小 结', st('sansBold', 19, { align: 'center', spacing: 6 }));
    s.line(x0, 300, right, 300, 1.5);

    let y = 300 + lh * 1.1;
    const cells: [string, string][] = [['姓名：', p.name], ['性别：', p.sex], ['年龄：', `${p.age}岁`], ['民族：', nation22(doc, rng)],
      ['床号：', `${doc.bed}床`]];
    cells.forEach(([l, v], i) => s.pair(x0 + (w / 5) * i, y, l, v, b, f));
    y += lh;
    s.pair(x0, y, '身份证号：', p.idNumber, b, f);
    s.pair(x0 + w * 0.6, y, '医保类型：', rng.pick(['城乡居民医保', '职工医保']), b, f);
    y += lh * 0.55;
    s.line(x0, y, right, y, 1.5);
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    y += lh * 1.1;

    const run = (label: string, text: string, keep: readonly string[] = []): void => {
      const lw = s.put(x0, y, label, b);
      y = para(s, x0, y, w, text, f, lh, { indent: lw, keep }) + lh * 0.3;
    };
    const sugar = mdCn(addDays(doc.dates.admission, 1));
    const check = mdCn(addDays(doc.dates.admission, rng.int(2, Math.max(2, doc.stayDays - 2))));
    run('入院情况：', `患者因“${doc.complaint}”来院。既往${pastHistory(doc, rng)}。${sugar}查空腹血糖${(rng.int(52, 139) / 10).toFixed(1)}mmol/L。`,
      [sugar]);

    const mk: Mark = rng.pick(['1.', '1、'] as const);
    const left = listed(doc.dx.admission, mk);
    const rightList = listed(doc.dx.western, mk);
    const colX = x0 + w * 0.5;
    // Each list a column read on its own.
    const column = (x: number, head: string, items: readonly string[]): number => {
      let cy = y;
      s.block(() => {
        s.put(x, cy, head, b);
        for (const item of items) {
          for (const [i, t] of wrap(s, item, w * 0.5 - 80, f).entries()) s.put(x + 40 + (i > 0 ? 30 : 0), (cy += lh), t, f);
        }
      });
      return cy;
    };
    const bottom = Math.max(column(x0, '入院诊断：', left), column(colX, '出院诊断：', rightList));
    s.diagnoses(doc.dx.western);
    y = bottom + lh * 1.3;

    const out = formatDate(doc.dates.discharge, ds);
    const inn = formatDate(doc.dates.admission, ds);
    run('住院经过：', `入院后完善相关检查，${check}复查${rng.pick(['血常规、肝肾功能', '电解质、血脂', '心电图、心脏彩超'])}，并请上级医师查房，`
      + `予${doc.course}等治疗，患者症状明显好转，于${out}出院。本次住院自${inn}至出院共${doc.stayDays}天。`, [check, out, inn]);
    run('出院情况：', rng.pick(['神志清，精神可，生命体征平稳，无特殊不适。', '症状缓解，饮食睡眠可，查体未见新阳性体征。']));
    const back = addDays(doc.dates.discharge, rng.pick([7, 14, 30]));
    run('出院医嘱：', `1.注意休息，低盐低脂饮食；2.继续服药：${doc.medicines.slice(0, 2).join('，')}；3.于${formatDate(back, ds)}来院复诊，`
      + '如有不适随时就诊。', [formatDate(back, ds)]);

    y += lh * 1.2;
    s.put(x0 + w * 0.5, y, '经治医师：', b);
    handwritten(s, x0 + w * 0.5 + s.measure('经治医师：', b) + 10, y, doc.doctors.resident, pt + 2, rng);
    y += lh * 1.3;
    s.pair(x0 + w * 0.5, y, '记录日期：', formatDate(addDays(doc.dates.discharge, 1), ds), b, f);
  },
};
