import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { KEYS, SCHEME_NAMES } from '../diseases';
import { COUNTY, COUNTY_MORE, PROVINCES, TCM } from '../hospitals';
import { handwritten, seal } from '../marks';
import type { Cell, Sheet, Style } from '../sheet';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { forPatient, listed, type Mark } from './kit';
import { FAR_PROVINCES, localTo, villageOf } from './tune3-kit';
import { countyOf, mobile } from './tune5-kit';
import { agreeing, para, settled, suited, wrap, yearMonth } from './tune6-kit';

/** A bordered box with its label at the top left. Returns the baseline of the first line inside it. */
function box(s: Sheet, x: number, y: number, w: number, h: number, label: string, b: Style): number {
  s.rect(x, y, w, h, 1.6);
  s.put(x + 20, y + px(b.pt) * 1.6, label, b);
  return y + px(b.pt) * 1.6 + px(b.pt) * 1.9;
}

/**
 * 门诊慢特病病种认定申请表 filled in by the hospital: the applicant in a bordered grid with 出生日期 and 参保地, the
 * 申请病种 in the catalogue's words, a 病史摘要 with an earlier stay by month and dated test results, the 临床诊断 in
 * the 经治医师's box, a second doctor's opinion, both signed and dated the day of the application, the hospital's
 * opinion under its seal with the date in Chinese numerals, and the insurance office's box left blank.
 */
export const tune6CertChronicApplication: Layout = {
  id: 'tune6-cert-chronic-application',
  kind: 'certificate',
  split: 'tune',
  style: 'County general / TCM hospital (Shandong and other provinces) 门诊慢特病病种认定申请表: bordered applicant grid, stacked opinion boxes with signatures and dates, serif or sans 10.5–11.5 pt',
  exercises: ['申请人姓名 in a bordered grid with 出生日期 (a date of birth), 身份证号, 参保类型, 参保地 and a full mobile number',
    '申请病种 in the catalogue\'s words (高血压 / 糖尿病 / 恶性肿瘤门诊治疗, one or two, joined by 、)',
    '病史摘要（诊断依据）: the year first found, an earlier stay by month only (2024年10月), test results dated weeks before',
    '医师意见 with 临床诊断 numbered 1. / （1） / ① (counted) and 符合…认定标准',
    '经治医师 and 科主任（鉴定专家） each handwritten with 日期 the application day (2025年3月4日 / 2025.03.04)',
    '医疗机构意见 同意 with the seal over 二〇二五年三月四日 / 二○二五年… (the same day: truth)', '医保经办机构审核意见 blank with empty 年 月 日',
    'numbered notes at the foot (numbers that are not diagnoses)'],
  doc: (rng) => settled(suited(localTo(forPatient(makeDoc(rng, { kind: 'certificate', keys: KEYS,
    hospitals: [...COUNTY, ...COUNTY_MORE, ...TCM, ...PROVINCES, ...FAR_PROVINCES], aliases: true, outside: 0.1, compoundSurnames: 0.15 }),
  rng, COUNTY), rng))),
  draw(s, doc, rng) {
    s.ink = '#141414';
    const x0 = 110;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.55);
    const face = serif ? 'serif' : 'sans';
    const semi = serif ? 'serifSemi' : 'sansMedium';
    const pt = rng.pick([10.5, 11, 11.5]);
    const f = st(face, pt);
    const b = st(semi, pt);
    const lh = px(pt) * 1.75;

    s.put(s.width / 2, 130, rng.pick(['门诊慢特病病种认定申请表', '门诊慢特病待遇认定申请表', '门诊慢性病、特殊疾病鉴定表']),
      st(serif ? 'serifBold' : 'sansBold', 18, { align: 'center', spacing: 2 }));
    s.put(x0, 210, `定点医疗机构：${doc.hospital.name}`, f);
    s.put(right, 210, `申请编号：MT${doc.dates.issue.slice(0, 4)}${String(rng.int(0, 999999)).padStart(6, '0')}`, { ...f, align: 'right' });

    const [sex, age] = sexAge(doc);
    const applied = doc.dx.keys.map((k) => SCHEME_NAMES[k]).filter((t): t is string => t !== undefined);
    const L = (text: string, cw: number): Cell => ({ text, w: cw, label: true });
    const V = (text: string, cw: number): Cell => ({ text, w: cw });
    const [a, bw, c, d] = [200, 420, 200, w - 820];
    const birth: DateStyle = rng.pick(['cn', 'iso', 'dotPad'] as const);
    let y = s.grid(x0, 245, px(pt) * 2.2, [
      [L('申请人姓名', a), V(doc.patient.name, bw), L('性别 / 年龄', c), V(`${sex} / ${age}`, d)],
      [L('出生日期', a), V(formatDate(doc.patient.birth, birth), bw), L('参保类型', c), V(rng.pick(['城乡居民', '城镇职工', '城乡居民']), d)],
      [L('身份证号', a), V(doc.patient.idNumber, bw), L('联系电话', c), V(mobile(rng), d)],
      [L('参保地', a), V(countyOf(doc), bw), L('医保编号', c), V(`${rng.int(10, 99)}${doc.patient.idNumber.slice(0, 6)}${rng.int(1000, 9999)}`, d)],
      [L('家庭住址', a), V(villageOf(doc, rng), bw + c + d)],
      [L('申请病种', a), V(applied.join('、'), bw + c + d)],
    ], f, { label: b, shade: '#f0f0f0', border: 1.6 });
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.issue });

    // 病史摘要: when it was found, an earlier stay by month, results dated weeks before the application.
    const years = Number(/(\d+)年/u.exec(doc.complaint)?.[1] ?? 1);
    const found = `${Number(doc.dates.issue.slice(0, 4)) - years}年`;
    const stay = yearMonth(addDays(doc.dates.issue, -rng.int(60, 400)));
    const tested = formatDate(addDays(doc.dates.issue, -rng.int(3, 40)), rng.pick(['iso', 'cnShort'] as const));
    const rows = (doc.labs[0]?.rows ?? []).slice(0, 3).map((r) => `${r.name}${r.value}${r.unit}${r.flag}`).join('，');
    const main = (doc.dx.western.find((x) => x.key === doc.primary) ?? doc.dx.western[0])?.text ?? '';
    const summary = `患者${found}${rng.pick(['确诊', '发现'])}“${main}”，${stay}因病情加重在${rng.pick(['我院', '当地医院'])}住院治疗，`
      + `出院后长期门诊规律治疗。${tested}查${doc.labs[0]?.title ?? '血常规'}：${rows}。${agreeing(doc) ? `${doc.imaging?.exam}示：${doc.imaging?.impression}。` : ''}`;
    y += 22;
    const keep = { indent: px(pt) * 2, keep: [main, stay, tested] };
    const sumH = Math.max(260, px(pt) * 3.5 + wrap(s, summary, w - 80, f, keep).length * lh + 30);
    let ty = box(s, x0, y, w, sumH, '病史摘要（诊断依据）：', b);
    para(s, x0 + 40, ty, w - 80, summary, f, lh, keep);
    y += sumH;

    const how: Mark = rng.pick(['1.', '（1）', '①'] as const);
    const ds: DateStyle = rng.pick(['cnShort', 'dotPad', 'cn'] as const);
    const items = listed(doc.dx.western, how);
    const dxH = Math.max(310, px(pt) * 3.5 + (items.length + 3) * lh);
    ty = box(s, x0, y, w, dxH, '经治医师意见：', b);
    const cw = s.put(x0 + 40, ty, '临床诊断：', f);
    items.forEach((t, i) => s.put(x0 + 40 + cw, ty + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    ty += items.length * lh;
    s.put(x0 + 40, ty, `符合门诊慢特病“${applied.join('、')}”认定标准，建议认定。`, f);
    const sign = (by: number, label: string, name: string): void => {
      const lw = s.put(x0 + w * 0.25, by, label, f);
      handwritten(s, x0 + w * 0.25 + lw + 12, by, name, pt * 1.35, rng);
      s.put(right - 40, by, `日期：${formatDate(doc.dates.issue, ds)}`, { ...f, align: 'right' });
    };
    sign(y + dxH - 30, '经治医师签字：', doc.doctors.attending);
    y += dxH;

    ty = box(s, x0, y, w, 185, '科室（专家）意见：', b);
    s.put(x0 + 40, ty, rng.pick(['同意上述诊断，符合认定标准。', '诊断明确，同意申请。']), f);
    sign(y + 155, '科主任（鉴定专家）签字：', doc.doctors.director);
    y += 185;

    ty = box(s, x0, y, w, 230, '医疗机构意见：', b);
    s.put(x0 + 40, ty, '同意。', f);
    s.put(right - 300, y + 150, '（医保办盖章）', { ...f, align: 'center' });
    const cnDate = formatDate(doc.dates.issue, rng.pick(['cnNumeral', 'cnNumeralO'] as const));
    s.put(right - 300, y + 200, cnDate, { ...f, align: 'center' });
    seal(s, right - 300 + rng.range(-40, 40), y + 140 + rng.range(-15, 15), 118, doc.hospital.name, '医疗保险专用章', rng);
    y += 230;

    box(s, x0, y, w, 150, '医保经办机构审核意见：', b);
    s.put(x0 + 40, y + 122, '经办人：', f);
    s.put(x0 + 420, y + 122, '审核人：', f);
    s.put(right - 40, y + 122, '年　　月　　日', { ...f, align: 'right' });
    y += 150;

    const note = st(face, 8.5, { color: '#333' });
    s.put(x0, y + 44, '注：1.本表一式两份，医疗机构、医保经办机构各留存一份；2.须附近6个月内相关检查、检验报告及病历资料复印件；', note);
    s.put(x0 + px(8.5) * 2, y + 44 + px(8.5) * 1.6, '3.本表涂改无效，认定结果以医保经办机构审核为准。', note);
  },
};
