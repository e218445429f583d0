import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey, Dx } from '../diseases';
import { handwritten, seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, pastHistory, type Mark } from './kit';
import { homeAddress } from './tune2-kit';
import { para, suited } from './tune6-kit';
import { countyWords, kin } from './tune10-kit';
import { suspected } from './tune11-kit';
import { COUNTY18, local18 } from './tune18-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'POST_ARTERIAL_STENT_ANTICOAGULATION'];

/**
 * 出院小结 of a Beijing / Tianjin district hospital or a Hebei / Shandong county hospital, serif on a bordered form: the name and a
 * spaced title, a four-row header grid (姓名 — truth —, 住院号 and 床号, 身份证号 — truth —, 入院日期 and 出院日期 each in its own
 * cell — truth — with 住院天数, 入院途径 / 职业 / 现住址), then the diagnoses as one two-column table — 入院诊断 at the left (with a
 * suspicion; not counted), 出院诊断 at the right (counted) — each column read down on its own; then 入院情况 with a past illness the
 * final list leaves out, 诊疗经过 with a procedure day, 出院情况, 出院医嘱 with the 复诊 date; the doctors, the 小结 date (the discharge
 * day) and on copies the 病案室 seal.
 */
export const tune18DischargeDxSidebyside: Layout = {
  id: 'tune18-discharge-dx-sidebyside',
  kind: 'discharge',
  split: 'tune',
  style: 'Beijing / Tianjin district or Hebei / Shandong county hospital 出院小结: serif, bordered four-row header grid with the dates in '
    + 'their own cells, 入院诊断 | 出院诊断 side by side in one table, labelled prose, serif or sans values 10.5–11.5 pt, 病案复印 seal',
  exercises: ['入院日期 and 出院日期 in separate grid cells, 2025年03月04日 / 2025-03-04 / 2025.03.04 (truth), 住院天数 beside them',
    'stays across the year end (some pages)', '入院诊断 | 出院诊断 as two columns of one table, each read down on its own',
    'the admission column with a ？ / 待排 suspicion and a vaguer name (not counted); the discharge column (counted)',
    'county wordings and non-catalogue diseases in the discharge column', '既往史 naming a past illness the final list leaves out',
    '诊疗经过 with a procedure day inside the stay, 出院医嘱 with a 复诊 date (not truth)', '病案复印专用章 over the signatures on copies'],
  doc: (rng) => local18(suited(countyWords(makeDoc(rng, { kind: 'discharge', keys: KEYS, hospitals: COUNTY18, yearEnd: 0.12,
    compoundSurnames: 0.06 }), rng, { outside: 0.3, near: 0.2, avoid: /后遗症/u })), rng),
  draw(s, doc, rng) {
    const x0 = 120;
    const right = s.width - 120;
    const w = right - x0;
    const pt = rng.pick([10.5, 11, 11.5]);
    const f: Style = st(rng.chance(0.6) ? 'serif' : 'sans', pt);
    const b: Style = st('serifSemi', pt);
    const lh = px(pt) * 1.75;
    const p = doc.patient;

    s.put(s.width / 2, 135, doc.hospital.name, st('serifBold', 19, { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 215, '出 院 小 结', st('serifBold', 16, { align: 'center', spacing: 6 }));
    s.put(right, 215, `第${rng.int(1, 3)}次住院`, st('serif', 9.5, { align: 'right' }));

    const ds: DateStyle = rng.pick(['cn', 'iso', 'dotPad', 'cnShort'] as const);
    const c = (text: string, k: number, label = false) => ({ text, w: w * k, label });
    const address = homeAddress(doc, rng).replace(/^(?:河北省|山东省)/u, '');
    const rowH = px(pt) * 2.1;
    let y = s.grid(x0, 255, rowH, [
      [c('姓名', 0.1, true), c(p.name, 0.16), c('性别', 0.08, true), c(p.sex, 0.08), c('年龄', 0.08, true), c(`${p.age}岁`, 0.1),
        c('科室', 0.1, true), c(doc.department, 0.3)],
      [c('住院号', 0.1, true), c(doc.recordNo, 0.16), c('床号', 0.08, true), c(`${doc.bed}床`, 0.08), c('身份证号', 0.18, true),
        c(p.idNumber, 0.4)],
      [c('入院日期', 0.1, true), c(formatDate(doc.dates.admission, ds), 0.24), c('出院日期', 0.1, true),
        c(formatDate(doc.dates.discharge, ds), 0.24), c('住院天数', 0.12, true), c(`${doc.stayDays}天`, 0.2)],
      [c('入院途径', 0.1, true), c(rng.pick(['门诊', '门诊', '急诊']), 0.12), c('职业', 0.1, true),
        c(p.age >= 62 ? '离退休人员' : rng.pick(['农民', '职员', '个体']), 0.12), c('现住址', 0.1, true), c(address, 0.46)],
    ], f, { label: b, shade: '#efefef', border: 1.4 });
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    // 入院诊断 | 出院诊断: one table, each column read on its own.
    y += lh * 0.9;
    const mk: Mark = rng.pick(['1.', '1、', '(1)'] as const);
    const doubt = suspected(doc, rng);
    const admitted: Dx[] = doc.dx.admission.some((d) => /[？?]|待/u.test(d.text)) ? [...doc.dx.admission] : [...doc.dx.admission, doubt];
    const n = Math.max(admitted.length, doc.dx.western.length);
    const half = w / 2;
    const headH = px(pt) * 2;
    const rowDx = lh * 1.05;
    const tableH = headH + n * rowDx + lh * 0.5;
    s.g.fillStyle = '#efefef';
    s.g.fillRect(x0, y, w, headH);
    s.rect(x0, y, w, tableH, 1.4);
    s.line(x0, y + headH, right, y + headH, 1.2);
    s.line(x0 + half, y, x0 + half, y + tableH, 1.2);
    const column = (left: number, head: string, items: readonly Dx[]): void => s.block(() => {
      s.put(left + half / 2, y + headH * 0.68, head, { ...b, align: 'center' });
      listed(items, mk).forEach((t, i) => s.put(left + 24, y + headH + rowDx * (i + 0.85), t, f));
    });
    const [first, last] = rng.pick([['入院诊断', '出院诊断'], ['入院诊断', '出院诊断'], ['初步诊断', '出院诊断']] as const);
    column(x0, first, admitted);
    column(x0 + half, last, doc.dx.western);
    s.diagnoses(doc.dx.western);
    y += tableH + lh * 1.2;

    const section = (head: string, text: string, keep: readonly string[] = []): void => {
      const hw = s.put(x0, y, head, b);
      y = para(s, x0, y, w, text, f, lh, { keep, indent: hw }) + lh * 0.35;
    };
    section('入院情况：', `患者因“${doc.complaint}”入院。既往史：${pastHistory(doc, rng)}。家族史：${kin(rng)}。查体：T ${(rng.int(362, 372) / 10)
      .toFixed(1)}℃，BP ${rng.int(124, 186)}/${rng.int(70, 106)}mmHg，神志清，精神可，双肺呼吸音粗，心律齐，双下肢无水肿。`);
    const op = addDays(doc.dates.admission, rng.int(1, Math.max(1, doc.stayDays - 3)));
    const opText = formatDate(op, 'cnShort');
    section('诊疗经过：', `入院后完善相关检查，予${doc.course}等治疗。${doc.procedure === '胃镜检查' ? `${opText}复查相关指标较前好转。`
      : `${opText}行${doc.procedure}，过程顺利。`}`, [opText]);
    section('出院情况：', rng.pick(['患者一般情况好，无不适主诉，查体同前，准予出院。', '症状明显好转，生命体征平稳，饮食睡眠可。']));
    const back = formatDate(addDays(doc.dates.discharge, rng.pick([7, 14, 30])), 'cnShort');
    const oral = doc.medicines.filter((m) => !/注射|疗法/u.test(m)).slice(0, 2);
    section('出院医嘱：', `${oral.length > 0 ? `继续口服${oral.join('、')}；` : ''}监测血压、血糖，${back}门诊复查，如有不适及时就诊。`,
      [...oral, back]);

    y = Math.min(y + lh * 1.6, 2080);
    const sw = s.put(x0 + w * 0.06, y, '经治医师：', b);
    handwritten(s, x0 + w * 0.06 + sw + 10, y, doc.doctors.resident, pt * 1.35, rng);
    s.pair(x0 + w * 0.38, y, '主治医师：', doc.doctors.attending, b, f);
    s.pair(x0 + w * 0.68, y, '日期：', formatDate(doc.dates.discharge, 'cnShort'), b, f);
    const small = st('serif', 9, { color: '#444' });
    s.line(x0, 2180, right, 2180, 1);
    s.put(x0, 2215, '注：本小结一式两份，一份交患者，一份存入病历。', small);
    s.put(right, 2215, '第1页/共1页', { ...small, align: 'right' });
    if (rng.chance(0.6)) seal(s, x0 + w * 0.8 + rng.range(-30, 30), y - 30 + rng.range(-20, 20), 105, doc.hospital.name, '病案复印专用章', rng);
  },
};
