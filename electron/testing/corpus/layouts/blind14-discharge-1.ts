import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { barcode, handwritten, logo } from '../marks';
import type { Cell, Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { fillIn, listed, pastHistory, type Mark } from './kit';
import { rxItem } from './tune5-kit';
import { lungTumour, para, suited } from './tune6-kit';
import { countyWords, kin } from './tune10-kit';
import { mdCn } from './tune11-kit';
import { localB14, SHANGHAI14, vitalsB14 } from './blind14-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'MALIGNANT_TUMOR_OUTPATIENT'];

const HEADS = ['入院时主要症状及体征', '主要化验结果及特殊检查', '住院期间诊疗经过', '出院时情况', '出院诊断', '出院后用药及建议'] as const;

/**
 * 出院小结 of a Shanghai outer-district hospital in the city's standard order: logo and name top left, 住院号 barcode top right,
 * the patient on underlined fill-in lines (姓名, 身份证号 — truth; 入院日期 / 出院日期 / 住院天数 — truth; 医保类别), then six sections
 * headed 一、… 六、: the admission (with the admission date again in prose, history, denials, a relative's disease, 入院诊断 — not
 * counted), dated results (检查日 inside the stay, not truth), the course (an operation day, not truth), 出院诊断 one per line
 * (counted), a 出院带药 table and 随访 on a date weeks later (not truth); 经治医师 handwritten, 小结日期 on the discharge day.
 */
export const blind14Discharge1: Layout = {
  id: 'blind14-discharge-1',
  kind: 'discharge',
  split: 'blind',
  style: 'Shanghai outer-district hospital 出院小结 in the city\'s six-section order: logo and barcode letterhead, underlined fill-in '
    + 'patient lines, 一、…六、 section heads, 出院带药 table, serif labels with sans or serif values 10.5–11 pt',
  exercises: ['姓名 / 身份证号 / 入院日期 / 出院日期 / 住院天数 on underlined fill-ins (truth)', 'admission date again inside the prose',
    '入院诊断 inside section 一 (not counted)', '检查 dates and an operation day inside the stay (not truth)',
    '出院诊断 one per line (counted)', '出院带药 table (规格 / 用法 / 数量 digits)', '随访 date weeks later and 小结日期 (not truth)'],
  doc: (rng) => localB14(countyWords(lungTumour(suited(makeDoc(rng, { kind: 'discharge', keys: KEYS, hospitals: SHANGHAI14,
    compoundSurnames: 0.06, yearEnd: 0.08 })), rng), rng, { outside: 0.3, near: 0.15 }), rng),
  draw(s, doc, rng) {
    s.ink = '#141414';
    const x0 = 120;
    const right = s.width - x0;
    const w = right - x0;
    const pt = rng.pick([10.5, 11]);
    const serifBody = rng.chance(0.5);
    const lab: Style = st('serif', pt);
    const f: Style = st(serifBody ? 'serif' : 'sans', pt);
    const head: Style = st(serifBody ? 'serifBold' : 'sansBold', pt + 0.5);
    const lh = px(pt) * 1.58;
    const p = doc.patient;
    const tone = rng.pick(['#1a4f8b', '#0f6a5a', '#222222']);

    logo(s, x0 + 44, 128, 44, tone, rng.pick(['ring', 'cross'] as const));
    s.put(x0 + 108, 142, doc.hospital.name, st('serifBold', 18, { color: tone, spacing: 2 }));
    const bw = barcode(s, right - 330, 92, doc.recordNo, 56, 2.2);
    s.put(right - 330 + bw / 2, 178, `住院号 ${doc.recordNo}`, st('sans', 8.5, { align: 'center' }));
    s.put(s.width / 2, 262, '出 院 小 结', st('serifBold', 17, { align: 'center', spacing: 10 }));

    const ds: DateStyle = rng.pick(['iso', 'cn', 'cnShort', 'dotPad'] as const);
    const [a, d] = [doc.dates.admission, doc.dates.discharge];
    let y = 360;
    const row = (cells: readonly (readonly [string, string, number])[]): void => {
      let x = x0;
      for (const [l, v, lw] of cells) x = fillIn(s, x, y, l, v, lw, lab, f) + 34;
      y += lh * 1.45;
    };
    const ward = `${rng.pick(['一', '二', '三', '五'])}病区 ${doc.bed}床`;
    row([['姓名', p.name, 220], ['性别', p.sex, 90], ['年龄', `${p.age}岁`, 130], ['科室', doc.department, 250], ['病区', ward, 240]]);
    row([['身份证号', p.idNumber, 560], ['医保类别', rng.pick(['职工医保', '城乡居民医保', '职工医保（退休）']), 380]]);
    row([['入院日期', formatDate(a, ds), 350], ['出院日期', formatDate(d, ds), 350], ['住院天数', `${doc.stayDays}天`, 150]]);
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: a, dischargeDate: d });
    s.line(x0, y - lh * 0.6, right, y - lh * 0.6, 2.4);
    s.line(x0, y - lh * 0.6 + 6, right, y - lh * 0.6 + 6, 1);
    y += lh * 0.35;

    const how: Mark = rng.pick(['1.', '1、', '(1)'] as const);
    const op = doc.procedure !== '胃镜检查';
    const day2 = addDays(a, 1);
    const results = doc.labs.flatMap((x) => x.rows.slice(0, 3)).map((r) => `${r.abbr} ${r.value}${r.unit}${r.flag}`);
    const labs = results.join('，');
    const picture = doc.imaging ? `${doc.imaging.exam}（${mdCn(day2)}）：${doc.imaging.impression}。` : `心电图（${mdCn(a)}）：窦性心律，ST-T改变。`;
    const body: readonly string[] = [
      `患者因“${doc.complaint}”于${formatDate(a, 'cnShort')}入院。入院查体：${vitalsB14(doc, rng)}，神志清，精神可。既往史：`
        + `${pastHistory(doc, rng)}。家族史：${kin(rng)}。入院诊断：${listed(doc.dx.admission, how).join('；')}。`,
      `${mdCn(day2)}化验：${labs}。${picture}`,
      `入院后完善相关检查，${op ? `于${formatDate(doc.dates.surgery, 'cnShort')}行${doc.procedure}，术程顺利，` : ''}`
        + `予${doc.course}等治疗，病情好转。`,
      rng.pick(['一般情况可，无明显不适，生命体征平稳，予以出院。', '症状较入院时明显好转，饮食睡眠可，准予出院。']),
    ];
    const keep = [formatDate(a, 'cnShort'), formatDate(doc.dates.surgery, 'cnShort'), mdCn(day2), mdCn(a), ...results];
    HEADS.forEach((h, i) => {
      s.put(x0, y, `${'一二三四五六'[i]}、${h}`, head);
      y += lh * 1.15;
      if (i < 4) y = para(s, x0, y, w, body[i] ?? '', f, lh, { indent: px(pt) * 2, keep }) + lh * 0.3;
      else if (i === 4) {
        listed(doc.dx.western, how).forEach((t) => {
          s.put(x0 + px(pt) * 2, y, t, f);
          y += lh;
        });
        s.diagnoses(doc.dx.western);
        y += lh * 0.3;
      }
    });
    const drugs = doc.medicines.slice(0, 4).map((m) => rxItem(m, rng));
    const cw = [w * 0.36, w * 0.24, w * 0.24, w * 0.16];
    const cell = (text: string, i: number, label = false): Cell => ({ text, w: cw[i] ?? 100, label });
    y = s.grid(x0, y - lh * 0.5, lh * 1.15, [['药品名称', '规格', '用法用量', '数量'].map((t, i) => cell(t, i, true)),
      ...drugs.map((r) => [cell(r.name, 0), cell(r.pack.replace(/×\d+盒$/u, ''), 1), cell(`${r.dose} ${r.often}`, 2),
        cell(`${rng.int(1, 4)}盒`, 3)])], st(f.face, pt - 0.5), { label: st(head.face, pt - 0.5), border: 1.2 });
    const follow = addDays(d, rng.pick([14, 28, 30]));
    y = para(s, x0, y + lh * 1.1, w, `建议：低盐低脂饮食，规律服药，监测血压、血糖；于${formatDate(follow, 'cnShort')}至${doc.department}门诊`
      + '随访，如有不适及时就诊。', f, lh, { keep: [formatDate(follow, 'cnShort')] });

    const fy = Math.max(y + lh * 0.8, 2060);
    const dw = s.put(x0, fy, '经治医师：', lab);
    handwritten(s, x0 + dw + 8, fy, doc.doctors.resident, pt * 1.3, rng);
    s.pair(x0 + w * 0.36, fy, '上级医师：', doc.doctors.attending, lab, f);
    s.pair(x0 + w * 0.66, fy, '小结日期：', formatDate(d, rng.pick(['iso', 'cnShort'] as const)), lab, f);
    s.put(x0, fy + lh * 1.5, '注：本小结一式两份，一份交患者本人，一份归入病案；复诊时请携带本小结。', st('sans', 8.5, { color: '#444' }));
    s.put(right, fy + lh * 1.5, '第1页/共1页', st('sans', 8.5, { color: '#444', align: 'right' }));
  },
};
