import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, logo, seal } from '../marks';
import { personName } from '../people';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { footer, historyText, px, st } from './common';
import { listed, reprinted } from './kit';
import { maskedMobile } from './tune5-kit';
import { examOf, para, suited } from './tune6-kit';
import { mdCn } from './tune11-kit';
import { countyWords } from './tune10-kit';
import { GENERAL17, local17, nation17, stayRange, type RangeHow } from './tune17-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS',
  'POST_ARTERIAL_STENT_ANTICOAGULATION', 'MALIGNANT_TUMOR_OUTPATIENT'];

/**
 * 出院记录 of a Sichuan, Chongqing, Yunnan, Guizhou or Guangxi county hospital's HIS: logo and name, title with the 住院号, a bordered
 * header grid whose 住院日期 cell holds the whole stay as one range (2025-03-02 至 2025-03-15 / 2025.03.02—2025.03.15 /
 * 2025年3月2日至2025年3月15日 — truth) beside a 住院天数 cell, 身份证号 (truth) and 姓名 (truth), a 联系人 row naming the spouse or a
 * child (another person's name, not truth), ■-headed sections where 入院诊断 is a numbered list (not truth), a 转科 day inside the
 * stay in 诊疗经过, 出院诊断 numbered (truth) and a 复诊 date two weeks after discharge in 出院医嘱 (not truth); reprint footer.
 */
export const tune17DischargeStayCell: Layout = {
  id: 'tune17-discharge-stay-cell',
  kind: 'discharge',
  split: 'tune',
  style: 'Sichuan / Chongqing / Yunnan / Guizhou / Guangxi county hospital HIS 出院记录: logo letterhead, bordered header grid with the '
    + 'stay as one range in the 住院日期 cell, 联系人 row, ■ section heads, serif or sans 10.5–11.5 pt, reprint footer',
  exercises: ['住院日期 cell: 2025-03-02 至 2025-03-15 / 2025.03.02—2025.03.15 / 2025年3月2日至2025年3月15日 / 2025/03/02~2025/03/15 (truth)',
    '住院天数 in its own cell', '联系人 王秀英（配偶） with a masked mobile (another name)', '民族 彝族 / 壮族 / 土家族 now and then',
    '入院诊断 numbered (not truth) before 出院诊断 numbered (truth)', '转入ICU / 转回 days within the stay as 3月5日 (not truth)',
    '出院医嘱 with 复诊 on a date two weeks on (not truth)', 'local ID with a Sichuan / Chongqing / Yunnan / Guizhou / Guangxi code'],
  doc: (rng) => local17(reprinted(suited(countyWords(makeDoc(rng, { kind: 'discharge', keys: KEYS, hospitals: GENERAL17, yearEnd: 0.08 }),
    rng, { outside: 0.2, near: 0.15 }))), rng),
  draw(s, doc, rng) {
    const x0 = 120;
    const right = s.width - 120;
    const w = right - x0;
    const serif = rng.chance(0.5);
    const pt = rng.pick([10.5, 11, 11.5]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifSemi' : 'sansMedium', pt);
    const bold = serif ? 'serifBold' : 'sansBold';
    const lh = px(pt) * 1.75;
    const p = doc.patient;
    const tone = rng.pick(['#1a4f8a', '#7a1f1f', '#1f5a3c']);

    logo(s, x0 + 50, 130, 46, tone, rng.pick(['cross', 'ring'] as const));
    s.put(s.width / 2, 148, doc.hospital.name, st(bold, 20, { align: 'center', spacing: 3, color: tone }));
    s.put(s.width / 2, 232, '出院记录', st(bold, 17, { align: 'center', spacing: 10 }));
    s.pair(right - 330, 232, '住院号：', doc.recordNo, f);
    s.line(x0, 262, right, 262, 3, tone);

    const how: RangeHow = rng.pick(['iso-zhi', 'dot-dash', 'cn-zhi', 'slash-tilde'] as const);
    const spouse = p.age >= 30 && rng.chance(0.6);
    const kinSex = spouse ? (p.sex === '男' ? '女' : '男') : rng.pick(['男', '女'] as const);
    let kinName = personName(rng, kinSex, 0);
    // A child carries the father's surname.
    const surname = [...p.name].slice(0, [...p.name].length === 4 ? 2 : 1).join('');
    if (!spouse && p.sex === '男') kinName = surname + [...kinName].slice(1).join('');
    if (kinName === p.name) kinName = `${[...p.name][0]}${kinSex === '女' ? '春梅' : '建军'}`;
    const c = (text: string, k: number, label = false) => ({ text, w: w * k, label });
    const rowH = lh * 1.4;
    let y = s.grid(x0, 290, rowH, [
      [c('姓名', 0.1, true), c(p.name, 0.16), c('性别', 0.09, true), c(p.sex, 0.08), c('年龄', 0.09, true), c(`${p.age}岁`, 0.1),
        c('民族', 0.09, true), c(nation17(doc, rng), 0.29)],
      [c('身份证号', 0.1, true), c(p.idNumber, 0.42), c('医保类型', 0.19, true), c(rng.pick(['城乡居民医保', '城镇职工医保', '新农合']), 0.29)],
      [c('住院日期', 0.1, true), c(stayRange(doc, how), 0.42), c('住院天数', 0.19, true), c(`${doc.stayDays}天`, 0.29)],
      [c('科室', 0.1, true), c(doc.department, 0.16), c('床号', 0.09, true), c(`${doc.bed}床`, 0.17), c('主治医师', 0.19, true),
        c(doc.doctors.attending, 0.29)],
      [c('联系人', 0.1, true), c(`${kinName}（${spouse ? '配偶' : kinSex === '男' ? '儿子' : '女儿'}）`, 0.42), c('联系电话', 0.19, true),
        c(maskedMobile(rng), 0.29)],
    ], f, { label: b, shade: '#f0f0f0', border: 1.5 });
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    y += lh * 1.3;
    const head = (t: string): void => {
      s.put(x0, y, `■ ${t}`, st(bold, pt));
      y += lh;
    };
    const indent = px(pt) * 2;
    head('入院情况');
    y = para(s, x0, y, w, `${historyText(doc)}查体：血压${rng.int(128, 178)}/${rng.int(72, 104)}mmHg，神清，心肺未见明显异常。`, f, lh,
      { indent }) + lh * 0.3;
    head('入院诊断');
    listed(doc.dx.admission, '1.').forEach((t) => { s.put(x0 + indent, y, t, f); y += lh; });
    y += lh * 0.3;
    head('诊疗经过');
    const moved = addDays(doc.dates.admission, rng.int(1, Math.max(1, doc.stayDays - 4)));
    const icu = rng.chance(0.45) ? `${mdCn(moved)}因病情变化转入ICU监护，${mdCn(addDays(moved, 2))}转回我科。` : '';
    y = para(s, x0, y, w, `入院后完善相关检查，${mdCn(doc.dates.surgery)}行${examOf(doc)}。予${doc.course}等治疗。${icu}`
      + '经治疗患者症状缓解，病情稳定。', f, lh, { indent }) + lh * 0.3;
    head('出院情况');
    y = para(s, x0, y, w, '患者精神、饮食可，无特殊不适，生命体征平稳，予以出院。', f, lh, { indent }) + lh * 0.3;
    head('出院诊断');
    listed(doc.dx.western, '1.').forEach((t) => { s.put(x0 + indent, y, t, f); y += lh; });
    s.diagnoses(doc.dx.western);
    y += lh * 0.3;
    head('出院医嘱');
    const back = addDays(doc.dates.discharge, rng.pick([7, 14, 14, 30]));
    y = para(s, x0, y, w, `1.继续服用${doc.medicines.slice(0, 2).join('，')}；2.低盐低脂饮食，监测血压、血糖；`
      + `3.于${formatDate(back, rng.pick(['cnShort', 'iso'] as const))}到${doc.department}门诊复诊，不适随诊。`, f, lh, { indent });

    const by = Math.max(y + lh * 2, 1960);
    const sw = s.put(x0 + w * 0.45, by, '医师签名：', f);
    handwritten(s, x0 + w * 0.45 + sw + 8, by, doc.doctors.resident, pt * 1.3, rng);
    s.put(right, by, formatDate(doc.dates.discharge, 'cn'), { ...f, align: 'right' });
    seal(s, right - 160, by - 40, 100, doc.hospital.name, '病案复印专用章', rng);
    footer(s, doc, { y: 2235, style: st(f.face, 8.5, { color: '#444' }), page: '第1页 共1页', print: 'isoTime', x0, x1: right });
  },
};
