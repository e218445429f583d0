import { makeDoc } from '../case';
import { addDays, formatDate, parts, type DateStyle } from '../dates';
import { barcode, handwritten } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { mark, type Mark } from './kit';
import { maskedMobile } from './tune5-kit';
import { para, settled } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { withCode } from './tune11-kit';
import { tickBoxes } from './tune19-kit';
import { hospitalsB16, kinB16, localB16, secondB16 } from './blind16-kit';

const LEVELS = ['0级', '1级', '2级', '3级', '4级', '5级'];

/**
 * 精神科 复诊 门诊病历 of a Qinghai / Hainan / Urumqi mental hospital (精神卫生中心) or a Xinjiang / Qinghai county hospital's 精神科:
 * centred letterhead with the centre's second name, 门诊号 barcode, a shaded bordered grid with the 就诊日期 (truth, sometimes with the
 * time), the ID (truth) and the 监护人 (another name, with a phone), then 主诉（家属代诉）, a 现病史 naming the year of onset and the
 * month of an earlier stay, 精神检查, a 风险评估 block of tick boxes (危险性 0–5级, 服药依从性, 自知力), 诊断 with F codes (counted),
 * 处理 with a 下次复诊 date (not truth), the doctor's hand and the guardian's signature.
 */
export const blind16Outpatient1: Layout = {
  id: 'blind16-outpatient-1',
  kind: 'outpatient',
  split: 'blind',
  style: 'Qinghai / Hainan / Xinjiang 精神卫生中心 or county 精神科 复诊门诊病历: centred serif letterhead, barcode, shaded bordered grid '
    + 'with the guardian, run-in sections, 风险评估 tick-box block, F-coded diagnoses, serif or sans 10.5–11.5 pt',
  exercises: ['就诊日期 in a grid cell, with or without the time (truth)', '监护人 name in the header and signing at the foot (not the patient)',
    'year of onset and the month of an earlier stay in 现病史; a lab date; 下次复诊 (not truth)',
    '危险性评估 0级–5级 and other tick boxes (☑ / □)', '诊断 with F codes in brackets (counted)'],
  doc: (rng) => localB16(countyWords(settled(makeDoc(rng, { kind: 'outpatient', keys: ['SEVERE_MENTAL_DISORDER'],
    hospitals: [...hospitalsB16(['mental']), ...hospitalsB16(['mental']), ...hospitalsB16(['county'], ['新疆', '青海'])],
    compoundSurnames: 0.05 })), rng, { outside: 0.1, near: 0 }), rng),
  draw(s, doc, rng) {
    s.ink = '#161616';
    const x0 = 124;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.55);
    const pt = rng.pick([10.5, 11, 11.5]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifBold' : 'sansBold', pt);
    const lh = px(pt) * 1.75;
    const p = doc.patient;
    const v = doc.dates.visit;
    const mental = /精神|安宁|第[三四]人民/u.test(`${doc.hospital.name}${secondB16(doc.hospital)}`);

    s.put(s.width / 2, 175, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 20, { align: 'center', spacing: 4 }));
    if (mental && secondB16(doc.hospital)) s.put(s.width / 2, 225, `（${secondB16(doc.hospital)}）`, st(f.face, 12, { align: 'center' }));
    s.put(s.width / 2, 292, rng.pick(['精神科门诊病历（复诊）', '精神专科门诊病历', '门诊病历 · 精神科']), st(b.face, 15, { align: 'center', spacing: 3 }));
    const bw = barcode(s, right - 290, 52, doc.recordNo, 40, 2.1);
    s.put(right - 290 + bw / 2, 116, `门诊号 ${doc.recordNo}`, st('sans', 8.5, { align: 'center' }));

    const ds: DateStyle = rng.pick(['cnTime', 'isoTime', 'cn', 'iso'] as const);
    const kin = kinB16(doc, rng);
    const [lw, vw] = [w * 0.11, w * 0.14];
    const [rest4, rest3] = [w - 4 * lw - 3 * vw, w - 3 * lw - 2 * vw];
    const rows = [
      [['姓名', lw], [p.name, vw], ['性别', lw], [p.sex, vw], ['年龄', lw], [`${p.age}岁`, vw], ['婚姻', lw], [rng.pick(['未婚', '已婚', '离异']), rest4]],
      [['身份证号', lw], [p.idNumber, vw * 2 + lw], ['就诊日期', lw], [formatDate(v, ds, doc.times.visit), rest3]],
      [['监护人', lw], [`${kin.name}（${kin.tie}）`, vw * 2 + lw], ['联系电话', lw], [maskedMobile(rng), vw], ['科室', lw], [doc.department, rest4]],
    ] as const;
    let y = s.grid(x0, 330, lh * 1.25, rows.map((r) => r.map(([text, cw], i) => ({ text, w: cw, label: i % 2 === 0 }))), f,
      { shade: '#ececec', label: b, border: 1.5 });
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: v });
    y += lh * 1.2;

    const run = (label: string, text: string, keep: readonly string[] = []): void => {
      const w0 = s.put(x0, y, label, b);
      y = para(s, x0, y, w, text, f, lh, { indent: w0, keep }) + lh * 0.25;
    };
    const first = doc.dx.western[0]?.text ?? '精神分裂症';
    const bipolar = /双相/u.test(first);
    const onset = parts(v)[0] - rng.int(3, 15);
    const stay = addDays(v, -rng.int(200, 900));
    const stayText = `${parts(stay)[0]}年${parts(stay)[1]}月`;
    run('主诉（家属代诉）：', bipolar ? `情绪高低交替发作${parts(v)[0] - onset}年，定期复诊取药。` : `凭空闻语、疑人害己${parts(v)[0] - onset}年，门诊复诊。`);
    run('现病史：', `患者${onset}年起病，${stayText}曾在${mental ? '我院' : '外院精神专科'}住院治疗，诊断“${first}”，出院后坚持服用`
      + `${doc.medicines[0]?.split(' ')[0] ?? '抗精神病药'}，近1月${rng.pick(['病情平稳', '睡眠欠佳，余无特殊', '情绪稳定'])}，饮食二便正常。`,
    [`“${first}”`, stayText]);
    run('精神检查：', bipolar ? '意识清，接触主动，情绪稳定，未见明显情感高涨或低落，思维连贯，自知力部分存在。'
      : `意识清晰，定向力完整，接触${rng.pick(['被动', '尚可'])}，问答切题，未引出明显幻觉、妄想，情感稍平淡，自知力部分恢复。`);
    const lab = addDays(v, -rng.int(5, 40));
    run('辅助检查：', `${formatDate(lab, 'iso')}血常规、肝功能、空腹血糖未见明显异常。`, [formatDate(lab, 'iso')]);

    y += lh * 0.3;
    s.put(x0, y, '风险评估：', b);
    const ticks: [string, string[], string][] = [['危险性评估', LEVELS, rng.pick(['0级', '0级', '1级'])],
      ['服药依从性', ['规律服药', '间断服药', '不服药'], rng.pick(['规律服药', '规律服药', '间断服药'])],
      ['药物不良反应', ['无', '有'], rng.pick(['无', '无', '有'])], ['自知力', ['完整', '部分', '缺乏'], '部分'],
      ['社会功能', ['良好', '一般', '较差'], rng.pick(['良好', '一般'])]];
    for (const [label, options, chosen] of ticks) {
      const tw = s.put(x0 + px(pt) * 5.5, y, `${label}：`, f);
      tickBoxes(s, x0 + px(pt) * 5.5 + Math.max(tw, px(pt) * 7), y, options, [chosen], f);
      y += lh;
    }
    y += lh * 0.4;

    const how: Mark = rng.pick(['1.', '（1）', '1、'] as const);
    s.put(x0, y, '诊断：', b);
    const brackets = rng.pick(['（）', '()'] as const);
    doc.dx.western.forEach((d, i) => s.put(x0 + px(pt) * 3.5, y + i * lh, `${mark(i, how)}${withCode(d, i, brackets)}`, f));
    s.diagnoses(doc.dx.western);
    y += lh * (doc.dx.western.length + 0.4);
    const next = addDays(v, rng.pick([14, 28, 28, 30]));
    run('处理：', `继续原方案治疗：${doc.medicines.slice(0, 2).join('，')}。监测体重、血糖、血脂，家属督促服药，防走失、防冲动。`
      + `下次复诊：${formatDate(next, 'cnShort')}。`, [formatDate(next, 'cnShort'), ...doc.medicines]);

    const sy = Math.max(y + lh * 1.8, 1850);
    const dw = s.put(x0 + w * 0.05, sy, '医师签名：', b);
    handwritten(s, x0 + w * 0.05 + dw + 10, sy, doc.doctors.attending, pt * 1.3, rng);
    const gw = s.put(x0 + w * 0.55, sy, '监护人签字：', b);
    handwritten(s, x0 + w * 0.55 + gw + 10, sy, kin.name, pt * 1.35, rng);
    s.line(x0, 2175, right, 2175, 1, '#777');
    s.put(x0, 2215, '本病历涉及患者隐私，请妥善保管。', st(f.face, 9, { color: '#444' }));
    s.put(right, 2215, '第1页 共1页', st(f.face, 9, { color: '#444', align: 'right' }));
  },
};
