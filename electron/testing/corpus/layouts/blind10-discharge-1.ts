import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, logo } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, pastHistory, printedOn, type Mark } from './kit';
import { mobile, rxItem } from './tune5-kit';
import { para, suited } from './tune6-kit';
import { countyWords, kin } from './tune10-kit';
import { mdCn } from './tune11-kit';
import { CITY10, COUNTY10, homeIn, keeperOf, local10, withHalfDay } from './blind10-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'POST_ARTERIAL_STENT_ANTICOAGULATION',
  'MALIGNANT_TUMOR_OUTPATIENT'];

/**
 * 出院记录 of a county or city hospital in Hubei, Hunan, Jiangxi, Chongqing, Guizhou, Yunnan, Hainan, Anhui, Guangxi, Qinghai,
 * Tianjin or Shanghai, from an EMR whose print has a coloured band across the top with the name reversed out in white. The
 * patient in three key–value columns (身份证号 — truth — beside a 联系人 who is a relative, with a mobile number), the stay in a
 * tinted four-cell strip with a twelve-hour clock (入院时间 and 出院时间 — truth — and between them 入科时间, sometimes the next
 * morning — not truth), numbered section tabs: 入院诊断 (not counted), 诊疗经过 with a dated table of the main results (not
 * truth), 出院诊断 as 主要诊断 / 其他诊断 (counted), 出院带药 as a table and a 复诊 day (not truth), 记录时间 and the print time.
 */
export const blind10Discharge1: Layout = {
  id: 'blind10-discharge-1',
  kind: 'discharge',
  split: 'blind',
  style: 'South / southwest / central China county or city EMR 出院记录: coloured top band with the name in white, three-column '
    + 'key–value patient block, tinted stay strip with 上午/下午 times, numbered section tabs, dated results and 出院带药 tables, 9.5–10.5 pt',
  exercises: ['入院时间 / 入科时间 / 出院时间 as 2025年3月4日 下午3:20 (入科 sometimes the next day)', '联系人 a relative with a mobile number',
    '住院期间主要检查结果 table with dates inside the stay', '主要诊断 / 其他诊断 (counted) after a numbered 入院诊断',
    '出院带药 table and a 复诊 day', '记录时间 and 打印时间'],
  doc: (rng) => local10(countyWords(suited(makeDoc(rng, { kind: 'discharge', keys: KEYS, hospitals: [...CITY10, ...COUNTY10],
    compoundSurnames: 0.05, yearEnd: 0.08 })), rng, { outside: 0.3, near: 0.2 }), rng),
  draw(s, doc, rng) {
    s.ink = '#171717';
    const x0 = 100;
    const right = s.width - x0;
    const w = right - x0;
    const color = rng.pick(['#1d5b8f', '#156b63', '#6a2a6f', '#274a8a', '#9a2f2f']);
    const tint = rng.pick(['#eef3f8', '#eef6f3', '#f5f0f6', '#f4f4f4']);
    const serif = rng.chance(0.5);
    const pt = rng.pick([9.5, 10, 10.5]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st('sansMedium', pt);
    const grey: Style = st('sans', pt - 0.5, { color: '#555' });
    const lh = px(pt) * 1.55;
    const p = doc.patient;

    s.g.fillStyle = color;
    s.g.fillRect(80, 70, s.width - 160, 140);
    logo(s, x0 + 60, 140, 44, '#ffffff', rng.pick(['cross', 'ring', 'shield'] as const));
    const en = doc.hospital.en;
    s.put(x0 + 130, en ? 140 : 155, doc.hospital.name, st('sansBold', 19, { color: '#ffffff', spacing: 3 }));
    if (en) s.put(x0 + 132, 188, en, st('sans', 8.5, { color: '#ffffff', spacing: 1 }));
    s.put(right - 10, 155, rng.pick(['电子病历', '住院病历']), st('sansMedium', 11, { color: '#ffffff', align: 'right' }));
    s.put(s.width / 2, 290, '出 院 记 录', st('sansBold', 17, { align: 'center', spacing: 6 }));

    let y = 360;
    const stops = [x0, x0 + w * 0.34, x0 + w * 0.64];
    const row = (cells: readonly (readonly [string, string])[], at = stops): void => {
      cells.forEach(([l, v], i) => s.pair(at[i] ?? x0, y, `${l}：`, v, grey, f));
      y += lh * 1.05;
    };
    row([['科室', doc.department], ['病区', `${rng.pick(['一', '二', '三', '五'])}病区 ${doc.bed}床`], ['住院号', doc.recordNo]]);
    s.line(x0, y - lh * 0.55, right, y - lh * 0.55, 1.2, color);
    y += lh * 0.2;
    const keeper = keeperOf(doc, rng);
    row([['姓名', p.name], ['性别', p.sex], ['年龄', `${p.age}岁`]]);
    row([['民族', rng.pick(['汉族', '汉族', '汉族', '土家族', '苗族', '壮族'])], ['婚姻', p.age < 25 ? '未婚' : '已婚'],
      ['职业', p.age >= 60 ? '离退休人员' : rng.pick(['农民', '个体经营', '职员', '无业'])]]);
    row([['身份证号', p.idNumber], ['医保类型', rng.pick(['城乡居民医保', '职工医保', '异地医保'])]], [x0, stops[2] ?? x0]);
    row([['联系人', `${keeper.name}（${keeper.relation}）`], ['联系电话', mobile(rng)]], [x0, stops[2] ?? x0]);
    row([['现住址', homeIn(doc, rng)]]);
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    // The stay strip: label over value in four tinted cells.
    const how = rng.pick(['cn', 'iso'] as const);
    const nextDay = rng.chance(0.4);
    const ward = nextDay ? addDays(doc.dates.admission, 1) : doc.dates.admission;
    const wardAt = nextDay ? rng.int(8 * 60, 9 * 60 + 30) : Math.min(doc.times.admission + rng.int(30, 140), 23 * 60 + 50);
    const cells: readonly (readonly [string, string])[] = [['入院时间', withHalfDay(doc.dates.admission, doc.times.admission, how)],
      ['入科时间', withHalfDay(ward, wardAt, how)], ['出院时间', withHalfDay(doc.dates.discharge, doc.times.discharge, how)],
      ['住院天数', `${doc.stayDays}天`]];
    const cw = [0.3, 0.3, 0.3, 0.1].map((k) => k * w);
    const top = y - lh * 0.4;
    s.g.fillStyle = tint;
    s.g.fillRect(x0, top, w, lh * 2.3);
    let cx = x0;
    cells.forEach(([l, v], i) => {
      s.rect(cx, top, cw[i] ?? 0, lh * 2.3, 1, '#9aa4ae');
      s.put(cx + 14, top + lh * 0.85, l, grey);
      s.put(cx + 14, top + lh * 1.9, v, b);
      cx += cw[i] ?? 0;
    });
    y = top + lh * 2.3 + lh * 1.3;

    const tab = (n: number, title: string): void => {
      s.g.fillStyle = color;
      s.g.fillRect(x0, y - px(pt) * 0.95, px(pt) * 1.15, px(pt) * 1.15);
      s.put(x0 + px(pt) * 0.575, y - 3, String(n), st('sansBold', pt - 1, { align: 'center', color: '#ffffff' }));
      s.put(x0 + px(pt) * 1.6, y, title, st('sansBold', pt + 0.5));
      y += lh * 1.1;
    };
    const bx = x0 + px(pt) * 1.6;
    const bw = right - bx;
    const hi = doc.dx.keys.includes('HYPERTENSION');
    tab(1, '入院情况');
    y = para(s, bx, y, bw, `患者因“${doc.complaint}”于${mdCn(doc.dates.admission)}入院。查体：BP ${hi ? rng.int(152, 188) : rng.int(112, 136)}/`
      + `${hi ? rng.int(88, 110) : rng.int(66, 84)}mmHg，神志清楚。既往史：${pastHistory(doc, rng)}。家族史：${kin(rng)}。`, f, lh) + lh * 0.3;
    const mk: Mark = rng.pick(['1.', '1、', '(1)'] as const);
    tab(2, '入院诊断');
    y = para(s, bx, y, bw, listed(doc.dx.admission, mk).join('  '), f, lh) + lh * 0.3;
    tab(3, '诊疗经过');
    const op = doc.procedure !== '胃镜检查' ? `于${mdCn(doc.dates.surgery)}行${doc.procedure}。` : '';
    y = para(s, bx, y, bw, `入院后完善相关检查，${op}予${doc.course}等治疗，病情好转。住院期间主要检查结果：`, f, lh);
    const results = doc.labs.flatMap((panel) => panel.rows.filter((r) => r.flag !== '').slice(0, 2).map((r) => ({ panel: panel.title, r })))
      .slice(0, 3);
    const at = [1, 3, doc.stayDays - 1].map((d) => formatDate(addDays(doc.dates.admission, d), 'iso'));
    const col = [bx, bx + 200, bx + 720];
    ['日期', '项目', '结果'].forEach((t, i) => s.put(col[i] ?? bx, y, t, b));
    s.line(bx, y + 10, right, y + 10, 1, '#888');
    y += lh;
    results.forEach(({ panel, r }, i) => {
      [at[i] ?? '', `${r.name}（${panel}）`, `${r.value}${r.unit} ${r.flag}（参考 ${r.range}）`].forEach((t, k) => s.put(col[k] ?? bx, y, t, f));
      y += lh;
    });
    y += lh * 0.3;

    tab(4, '出院诊断');
    const [main, ...rest] = doc.dx.western;
    s.diagnoses(doc.dx.western);
    if (main) s.put(bx, y, `主要诊断：${main.text}`, f);
    y += lh;
    if (rest.length > 0) y = para(s, bx, y, bw, `其他诊断：${listed(rest, mk).join('  ')}`, f, lh);
    y += lh * 0.3;
    tab(5, '出院情况');
    s.put(bx, y, rng.pick(['患者无明显不适，生命体征平稳，准予出院。', '症状明显缓解，饮食睡眠可，无新发不适。', '一般情况可，病情稳定，今日出院。']), f);
    y += lh * 1.3;
    tab(6, '出院医嘱');
    const dc = [bx, bx + 420, bx + 720, bx + 1060];
    ['出院带药', '规格', '用法用量', '数量'].forEach((t, i) => s.put(dc[i] ?? bx, y, t, b));
    s.line(bx, y + 10, right, y + 10, 1, '#888');
    y += lh;
    doc.medicines.slice(0, 3).forEach((m) => {
      const rx = rxItem(m, rng);
      [rx.name, rx.dose, `${rx.route} ${rx.often}`, rx.pack.replace(/^.*×(\d+)(盒|支|罐)$/u, '$1$2')]
        .forEach((t, i) => s.put(dc[i] ?? bx, y, t, f));
      y += lh;
    });
    const back = addDays(doc.dates.discharge, rng.pick([7, 14, 30]));
    y = para(s, bx, y, bw, `低盐低脂饮食，监测血压、血糖；于${formatDate(back, 'cnShort')}到${doc.department}门诊复诊，如有不适随时就诊。`, f, lh);

    y = Math.max(y + lh * 1.2, 2010);
    const sw = s.put(x0, y, '住院医师：', b);
    handwritten(s, x0 + sw + 6, y, doc.doctors.resident, pt * 1.3, rng);
    const aw = s.put(x0 + w * 0.33, y, '主治医师：', b);
    handwritten(s, x0 + w * 0.33 + aw + 6, y, doc.doctors.attending, pt * 1.3, rng);
    s.pair(x0 + w * 0.64, y, '记录时间：', formatDate(addDays(doc.dates.discharge, rng.chance(0.7) ? 0 : 1), 'iso'), b, f);
    s.line(x0, 2185, right, 2185, 1, color);
    const foot = st('sans', 8.5, { color: '#666' });
    s.put(x0, 2225, `打印时间：${formatDate(printedOn(doc), 'isoSec', doc.times.print)}`, foot);
    s.put(right, 2225, '第 1 页 / 共 1 页', { ...foot, align: 'right' });
  },
};
