import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, printedOn, type Mark } from './kit';
import { homeAddress } from './tune2-kit';
import { maskedMobile } from './tune5-kit';
import { examOf, para, suited } from './tune6-kit';
import { countyWords, denial, kin } from './tune10-kit';
import { mdCn } from './tune11-kit';
import { GENERAL19, local19, mergedGrid, type Merged } from './tune19-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'MALIGNANT_TUMOR_OUTPATIENT', 'LEUKEMIA'];

/**
 * 出院记录 of a Zhejiang, Fujian, Jiangxi or Anhui county hospital whose patient block is one ruled table with merged cells: a
 * vertical 患者信息 label down the first three rows and 住院信息 down the last three, the 姓名 and 身份证号 values (truth) each
 * across two columns, 现住址 across four, 入院时间 / 出院时间 (truth) in cells of their own beside 住院天数. Under it the record in
 * run-in sections: 入院情况 with denials and a relative's disease, 入院诊断 (a suspicion, not counted), 诊疗经过 with an examination
 * day inside the stay, 出院诊断 one per line (counted), 出院医嘱 with a 复诊 date (not truth); handwritten 医师签名, 打印时间 later.
 */
export const tune19DischargeMergedGrid: Layout = {
  id: 'tune19-discharge-merged-grid',
  kind: 'discharge',
  split: 'tune',
  style: 'Zhejiang / Fujian / Jiangxi / Anhui county hospital 出院记录: serif letterhead, patient block as a ruled table with merged cells '
    + '(vertical 患者信息 / 住院信息 labels, 姓名 and 身份证号 across two columns), run-in sections, serif or sans 10.5–11.5 pt',
  exercises: ['merged cells: vertical group labels down three rows, 姓名 / 身份证号 values spanning two columns (truth), 现住址 spanning four',
    '入院时间 with the hour and 出院时间 in the table (truth), 住院天数 beside them', 'stays across the year end (some pages)',
    'IDs with Zhejiang / Fujian / Jiangxi / Anhui address codes', 'masked 联系电话 and a village address with house numbers',
    '入院诊断 with a ？ suspicion (not counted)', '诊疗经过 with an examination day 3月6日 inside the stay (not truth)',
    '出院诊断 one per line (counted) with non-catalogue diseases and look-alikes', '复诊 date in 出院医嘱, 打印时间 later (not truth)'],
  doc: (rng) => local19(countyWords(suited(makeDoc(rng, { kind: 'discharge', keys: KEYS, hospitals: GENERAL19, yearEnd: 0.12,
    compoundSurnames: 0.06 })), rng, { outside: 0.3, near: 0.15, avoid: /后遗症|恢复期/u }), rng),
  draw(s, doc, rng) {
    s.ink = '#141414';
    const x0 = 110;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.55);
    const pt = rng.pick([10.5, 11, 11.5]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifBold' : 'sansMedium', pt);
    const lh = px(pt) * 1.75;
    const p = doc.patient;

    s.put(s.width / 2, 140, doc.hospital.name, st('serifBold', 20, { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 222, rng.pick(['出 院 记 录', '出院记录']), st('serifBold', 16, { align: 'center', spacing: 8 }));
    const ward = `${'一二三四五'[rng.int(0, 4)] ?? '一'}病区`;
    s.pair(x0, 290, '科室：', `${doc.department}  ${ward}`, b, f);
    s.put(right, 290, '第1页  共1页', { ...f, align: 'right' });

    // The patient block: eight columns, the first for the vertical group labels.
    const cols = [78, 160, 195, 195, 150, 270, 150];
    cols.push(w - cols.reduce((a, c) => a + c, 0));
    const ds: DateStyle = rng.pick(['cn', 'iso', 'cnShort'] as const);
    const withHour = rng.chance(0.6);
    const adm = withHour ? formatDate(doc.dates.admission, ds === 'iso' ? 'isoTime' : 'cnTime', doc.times.admission)
      : formatDate(doc.dates.admission, ds);
    const dis = withHour ? formatDate(doc.dates.discharge, ds === 'iso' ? 'isoTime' : 'cnTime', doc.times.discharge)
      : formatDate(doc.dates.discharge, ds);
    const L = (text: string, more: Partial<Merged> = {}): Merged => ({ text, label: true, ...more });
    const V = (text: string, span = 1): Merged => ({ text, span });
    const job = p.age >= 62 ? rng.pick(['退休', '农民', '无']) : rng.pick(['农民', '工人', '个体', '职员', '自由职业']);
    const nation = /^(浙江|福建)/u.test(doc.hospital.address) && rng.chance(0.1) ? '畲族' : '汉族';
    const rows: Merged[][] = [
      [L('患者信息', { down: 3, vertical: true }), L('姓名'), V(p.name, 2), L('性别'), V(p.sex), L('年龄'), V(`${p.age}岁`)],
      [L(rng.pick(['身份证号', '证件号码'])), V(p.idNumber, 2), L('民族'), V(nation), L('职业'), V(job)],
      [L('现住址'), V(homeAddress(doc, rng), 4), L('联系电话'), V(maskedMobile(rng))],
      [L('住院信息', { down: 3, vertical: true }), L(withHour ? '入院时间' : '入院日期'), V(adm, 2),
        L(withHour ? '出院时间' : '出院日期'), V(dis, 3)],
      [L('住院天数'), V(`${doc.stayDays}天`, 2), L('床号'), V(`${doc.bed}床`), L('住院号'), V(doc.recordNo)],
      [L('医保类型'), V(rng.pick(['职工医保', '城乡居民医保', '城乡居民医保', '自费']), 2), L('主治医师'), V(doc.doctors.attending),
        L('经治医师'), V(doc.doctors.resident)],
    ];
    const shade = rng.chance(0.5) ? { shade: '#efefef' } : {};
    let y = mergedGrid(s, x0, 320, cols, px(pt) * 2.15, rows, f, b, { ...shade, border: 1.6 });
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    y += lh * 1.2;
    const section = (head: string, text: string, keep: readonly string[] = []): void => {
      const hw = s.put(x0, y, head, b);
      y = para(s, x0, y, w, text, f, lh, { keep, indent: hw }) + lh * 0.3;
    };
    section('入院情况：', `患者因“${doc.complaint}”入院。既往${doc.history.past}；${denial(doc, rng)}。家族史：${kin(rng)}。`
      + `入院查体：BP ${rng.int(118, 176)}/${rng.int(66, 102)}mmHg，神志清，精神可，心肺听诊未闻及明显异常，双下肢无水肿。`);
    const mk: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    section('入院诊断：', listed(doc.dx.admission, mk).join('  '), doc.dx.admission.map((d) => d.text));
    const exam = addDays(doc.dates.admission, rng.int(1, Math.max(1, doc.stayDays - 3)));
    section('诊疗经过：', `入院后完善血常规、生化、心电图等检查，${mdCn(exam)}行${examOf(doc)}。予${doc.course}等治疗，病情好转。`, [mdCn(exam)]);
    section('出院情况：', rng.pick(['患者无明显不适，饮食睡眠可，生命体征平稳。', '症状较入院时明显缓解，查体无特殊，准予出院。']));

    const hw = s.put(x0, y, '出院诊断：', b);
    listed(doc.dx.western, mk).forEach((t, i) => s.put(x0 + hw, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += doc.dx.western.length * lh + lh * 0.3;
    const back = addDays(doc.dates.discharge, rng.pick([7, 14, 30]));
    const backText = formatDate(back, 'cnShort');
    section('出院医嘱：', `1.低盐低脂饮食，适当活动；2.继续服用${doc.medicines.slice(0, 2).join('，')}；3.于${backText}来院复诊，不适随诊。`,
      [...doc.medicines, backText]);

    y += lh * 1.4;
    const sw = s.put(x0 + w * 0.5, y, '医师签名：', b);
    handwritten(s, x0 + w * 0.5 + sw + 12, y, doc.doctors.resident, pt * 1.35, rng);
    y += lh * 1.4;
    s.pair(x0 + w * 0.5, y, '记录日期：', formatDate(doc.dates.discharge, ds), b, f);
    if (rng.chance(0.4)) seal(s, x0 + w * 0.78, y - 40, 92, doc.hospital.name, '病案复印专用章', rng);
    const small = st(serif ? 'serif' : 'sans', 8.5, { color: '#444' });
    s.line(x0, 2200, right, 2200, 1);
    s.put(x0, 2236, `打印时间：${formatDate(printedOn(doc), 'isoTime', doc.times.print)}`, small);
    s.put(right, 2236, `${doc.hospital.name}  ${doc.hospital.phone}`, { ...small, align: 'right' });
  },
};
