import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, logo } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { footer, px, sexAge, st } from './common';
import { listed, reprinted, type Mark } from './kit';
import { examOf, lungTumour, para, suited } from './tune6-kit';
import { denial, kin } from './tune10-kit';
import { mdCn } from './tune11-kit';
import { CITY18, local18, place18, spread } from './tune18-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'POST_ARTERIAL_STENT_ANTICOAGULATION',
  'MALIGNANT_TUMOR_OUTPATIENT', 'LEUKEMIA'];

/** The ward a 三甲 names beside the department (神经内科二病区). */
const ward = (dept: string, n: number): string => `${/科$/u.test(dept) ? dept : ''}${'一二三'[n] ?? '一'}病区`;

/**
 * 出院记录 of a Beijing or Tianjin 三甲 (or a Hebei / Shandong city hospital) printed from its EMR: logo and the hospital's name
 * (with its English name) at the top left, the title centred, then the EMR's patient strip running across the page in two lines
 * between rules — 姓名 / 性别 / 年龄 / 婚姻 / 医保类型 over 科室 + 病区 / 床号 / 住院号 / 身份证号 (truth) — and the record as labelled
 * paragraphs: the stay on one line three ways (入院日期 … 出院日期 …, with the hour or as 住院时间：…至…，共住院11天 — truth), 入院情况
 * with denials and a relative's disease, 入院诊断 run on (not counted), 诊疗经过 with an examination day inside the stay, 出院诊断 one
 * per line (counted), 出院医嘱 with a 复诊 date two weeks on (not truth); 医师签名 handwritten; reprint footer (打印时间, not truth).
 */
export const tune18DischargeEmrTwoline: Layout = {
  id: 'tune18-discharge-emr-twoline',
  kind: 'discharge',
  split: 'tune',
  style: 'Beijing / Tianjin 三甲 or Hebei / Shandong city hospital EMR 出院记录: logo and bilingual name top left, two-line patient strip '
    + 'between rules (住院号 / 床号 / 科室 / 身份证号 on the second), labelled paragraphs, serif or sans 10.5–11.5 pt, reprint footer',
  exercises: ['EMR header in two lines across the page: 姓名 性别 年龄 婚姻 医保类型 / 科室 病区 床号 住院号 身份证号 (truth)',
    'the stay as 入院日期：2025-03-04 10:32  出院日期：2025-03-15 09:10, or with 时分 in Chinese, or 住院时间：…至…，共住院11天 (truth)',
    'stays across the year end (some pages)', 'a Hebei ID on a Beijing / Tianjin page now and then (patients who travel)',
    '入院诊断 run on with a ？ suspicion (not counted)',
    '诊疗经过 with an examination day 3月6日 inside the stay, 主要检查结果 dated the day after admission (not truth)',
    '出院诊断 one per line, numbered 1. / 1、 / （1） (counted), non-catalogue diseases beside the catalogue ones',
    '出院医嘱 with 复诊 on a date two weeks on (not truth)', '打印时间 days later in the footer (not truth)'],
  doc: (rng) => local18(lungTumour(reprinted(suited(makeDoc(rng, { kind: 'discharge', keys: KEYS, hospitals: CITY18, aliases: true,
    outside: 0.25, yearEnd: 0.12, compoundSurnames: 0.08 }))), rng), rng),
  draw(s, doc, rng) {
    const x0 = 110;
    const right = s.width - 110;
    const w = right - x0;
    const serif = rng.chance(0.5);
    const pt = rng.pick([10.5, 11, 11.5]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifBold' : 'sansMedium', pt);
    const lh = px(pt) * 1.72;
    const p = doc.patient;
    const tone = rng.pick(['#0f4c8a', '#8a1c24', '#1d5e46']);

    logo(s, x0 + 40, 122, 40, tone, rng.pick(['ring', 'shield', 'cross'] as const));
    s.put(x0 + 100, 130, doc.hospital.name, st('sansBold', 16, { color: tone }));
    if (doc.hospital.en) s.put(x0 + 100, 172, doc.hospital.en, st('sans', 8.5, { color: tone }));
    s.put(s.width / 2, 245, rng.pick(['出院记录', '出 院 记 录']), st(serif ? 'serifBold' : 'sansBold', 16, { align: 'center', spacing: 6 }));

    // The EMR strip: two lines between rules, small sans.
    const hp = rng.pick([9.5, 10]);
    const hl: Style = st('sans', hp, { color: '#333' });
    const hv: Style = st('sansMedium', hp);
    const [sex, age] = sexAge(doc);
    s.line(x0, 280, right, 280, 2);
    const insured = place18(doc.hospital) === '北京' || place18(doc.hospital) === '天津'
      ? rng.pick(['城镇职工医保', '城乡居民医保', '异地医保']) : rng.pick(['职工医保', '居民医保']);
    spread(s, x0 + 6, right - 6, 280 + px(hp) * 1.6, [['姓名：', p.name], ['性别：', sex], ['年龄：', age],
      ['婚姻：', p.age < 24 ? '未婚' : rng.pick(['已婚', '已婚', '丧偶'])], ['医保类型：', insured]], hl, hv);
    const wardName = ward(doc.department, rng.int(0, 2));
    spread(s, x0 + 6, right - 6, 280 + px(hp) * 3.3, [['科室：', `${doc.department}/${wardName}`], ['床号：', doc.bed],
      ['住院号：', doc.recordNo], ['身份证号：', p.idNumber]], hl, hv);
    s.line(x0, 280 + px(hp) * 4.1, right, 280 + px(hp) * 4.1, 1);
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    let y = 280 + px(hp) * 4.1 + lh * 1.3;
    const section = (head: string, text: string, keep: readonly string[] = []): void => {
      const hw = s.put(x0, y, head, b);
      y = para(s, x0, y, w, text, f, lh, { keep, indent: hw }) + lh * 0.3;
    };
    const how = rng.pick(['iso', 'cn', 'range'] as const);
    if (how === 'range') {
      const ds: DateStyle = rng.pick(['cnShort', 'cn'] as const);
      s.pair(x0, y, '住院时间：', `${formatDate(doc.dates.admission, ds)} 至 ${formatDate(doc.dates.discharge, ds)}，共住院${doc.stayDays}天`, b, f);
    } else {
      const ds: DateStyle = how === 'iso' ? 'isoTime' : 'cnHour';
      const word = how === 'iso' ? '日期' : '时间';
      s.pair(x0, y, `入院${word}：`, formatDate(doc.dates.admission, ds, doc.times.admission), b, f);
      s.pair(x0 + w * 0.4, y, `出院${word}：`, formatDate(doc.dates.discharge, ds, doc.times.discharge), b, f);
      s.pair(x0 + w * 0.8, y, '住院天数：', `${doc.stayDays}天`, b, f);
    }
    y += lh * 1.3;

    section('入院情况：', `患者${p.sex}性，${p.age}岁，因“${doc.complaint}”入院。既往${doc.history.past}；${denial(doc, rng)}。`
      + `家族史：${kin(rng)}。查体：BP ${rng.int(118, 176)}/${rng.int(66, 102)}mmHg，神志清楚，双肺呼吸音清，心率${rng.int(62, 96)}次/分，律齐。`);
    const mk: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    section('入院诊断：', listed(doc.dx.admission, mk).join('  '), doc.dx.admission.map((d) => d.text));
    const day = addDays(doc.dates.admission, rng.int(1, Math.max(1, doc.stayDays - 3)));
    section('诊疗经过：', `入院后完善血常规、生化、凝血等检查，${mdCn(day)}行${examOf(doc)}。予${doc.course}等治疗，病情逐渐好转。`, [mdCn(day)]);
    const labDay = addDays(doc.dates.admission, 1);
    const labIso = formatDate(labDay, 'iso');
    const results = doc.labs.map((q) => `${q.title}：${q.rows.slice(0, 4).map((r) => `${r.abbr} ${r.value}${r.unit}${r.flag}`).join('，')}`);
    section('主要检查结果：', `${labIso} ${results.join('；')}。`, [labIso]);
    section('出院情况：', rng.pick(['患者无明显不适，饮食、睡眠可，二便正常。', '症状较入院明显缓解，生命体征平稳，准予出院。']));

    const dw = s.put(x0, y, '出院诊断：', b);
    listed(doc.dx.western, mk).forEach((t, i) => s.put(x0 + dw, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += doc.dx.western.length * lh + lh * 0.3;
    const back = addDays(doc.dates.discharge, 14);
    const backText = formatDate(back, rng.pick(['cnShort', 'iso'] as const));
    const oral = doc.medicines.filter((m) => !/注射|疗法|配方粉/u.test(m)).slice(0, 2);
    section('出院医嘱：', `1.低盐低脂饮食，适当活动，戒烟限酒；2.${oral.length > 0 ? `继续口服${oral.join('，')}` : '遵医嘱按疗程返院治疗'}；`
      + `3.${backText}${rng.pick(['到本院专家门诊复诊', '门诊复查血常规、肝肾功能'])}，不适随诊。`, [...oral, backText]);

    y = Math.min(y + lh * 2.2, 2080);
    const sw = s.put(x0 + w * 0.45, y, '医师签名：', b);
    handwritten(s, x0 + w * 0.45 + sw + 10, y, doc.doctors.resident, pt * 1.3, rng);
    s.pair(x0 + w * 0.72, y, '上级医师：', doc.doctors.attending, b, f);
    footer(s, doc, { y: 2210, style: st('sans', 9, { color: '#444' }), page: '第1页 共1页', print: 'isoTime', x0, x1: right });
  },
};
