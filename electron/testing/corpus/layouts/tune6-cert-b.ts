import { makeDoc, type Doc } from '../case';
import { formatDate, parts } from '../dates';
import { ALL_KEYS } from '../diseases';
import { COUNTY, COUNTY_MORE, MCH, TOWNSHIP } from '../hospitals';
import { handwritten, seal } from '../marks';
import type { Rng } from '../rng';
import type { Layout } from '../types';
import { px, st } from './common';
import { forPatient } from './kit';
import { needs } from './tune2-kit';
import { FAR_PROVINCES, localTo, villageOf } from './tune3-kit';
import { issuedSoon } from './tune4-kit';
import { monthDay, para, settled, suited, wrap, yearMonth } from './tune6-kit';

/** What the paper is for: the office it goes to decides nothing on the page but its wording. */
const PURPOSES = ['门诊慢特病申请', '医疗救助申请', '残疾评定', '低保申请', '单位病假'];

/** The stay as a ward clerk types it: the second date without its year when the year is the same. */
function stayRange(doc: Doc): string {
  const [a, d] = [doc.dates.admission, doc.dates.discharge];
  const end = parts(a)[0] === parts(d)[0] ? monthDay(d) : formatDate(d, 'cnShort');
  return `${formatDate(a, 'cnShort')}至${end}`;
}

/** 病史摘要: a stay with its dates (half the pages), or years of clinic visits without a date. */
function history(doc: Doc, rng: Rng, stay: boolean): string {
  const who = doc.patient.age < 14 ? '患儿' : '该患者';
  const main = (doc.dx.western.find((d) => d.key === doc.primary) ?? doc.dx.western[0])?.text ?? '';
  const since = yearMonth(doc.dates.firstVisit);
  if (stay) {
    return `${who}因“${doc.complaint}”于${stayRange(doc)}在我院住院治疗，共${doc.stayDays}天，经${doc.course}等治疗后病情好转，`
      + `${doc.dates.issue === doc.dates.discharge ? '现已出院' : '已出院'}，${rng.pick(['需规律服药', '需定期复查', '需继续门诊治疗'])}。`;
  }
  return `${who}自${since}起在我院门诊就诊，诊断为“${main}”，${rng.pick(['长期规律服药', '长期门诊治疗', '定期复诊'])}，`
    + `病情${rng.pick(['稳定', '时有反复', '控制尚可'])}。`;
}

/**
 * 疾病证明 of a township health centre, a county or a 妇幼 hospital for an office (救助, 低保, 慢特病): the date of issue
 * printed once at the top right as 2025-03-04 without a label, a bordered block with 出生年月 by month and a photo box,
 * a 病史摘要 with a stay whose second date has no year (1月3日至1月12日), the diagnoses large in their own box without
 * numbers, and a signature and seal with no date beside them.
 */
export const tune6CertTownshipTopDate: Layout = {
  id: 'tune6-cert-township-topdate',
  kind: 'certificate',
  split: 'tune',
  style: 'Township / county / 妇幼 hospital (Shandong and far provinces) 疾病证明 for an office: unlabelled date at the top right, bordered block with a photo box, diagnosis box, serif or sans 11.5–13 pt',
  exercises: ['the date of issue only at the top right, unlabelled: 2025-03-04 / 2025.03.04 (truth)', '证明编号 （2025）第0123号 holding the year',
    '用途 line naming the office (门诊慢特病申请 / 医疗救助申请 / 残疾评定 …)', '姓名 in a bordered block with 出生年月 1958年3月 (month only), 民族, 身份证号, 住址 and a 贴照片处 box',
    '病史摘要: a stay 于2025年1月3日至1月12日在我院住院治疗，共9天 (the second date without its year; truth admission / discharge) on half the pages, or 自2019年5月起在我院门诊就诊',
    'diagnoses large and bold in their own box, one a line or joined by 、 without numbers (counted)', '意见 with 特此证明',
    '医师签字 handwritten and 单位（盖章） with the seal, no date at either', 'children at 妇幼 hospitals (患儿), compound surnames'],
  doc: (rng) => issuedSoon(settled(suited(localTo(forPatient(makeDoc(rng, { kind: 'certificate', keys: ALL_KEYS,
    hospitals: [...TOWNSHIP, ...COUNTY, ...MCH, ...COUNTY_MORE, ...FAR_PROVINCES], outside: 0.1, yearEnd: 0.1, compoundSurnames: 0.15 }),
  rng, COUNTY), rng))), rng),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 130;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.6);
    const face = serif ? 'serif' : 'sans';
    const semi = serif ? 'serifSemi' : 'sansMedium';
    const bold = serif ? 'serifBold' : 'sansBold';
    const pt = rng.pick([11.5, 12, 12.5, 13]);
    const f = st(face, pt);
    const b = st(semi, pt);
    const lh = px(pt) * 1.8;

    s.put(s.width / 2, 150, doc.hospital.name, st(bold, 19, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 245, rng.pick(['疾 病 证 明', '病 情 证 明', '疾病诊断证明']), st(bold, 20, { align: 'center', spacing: 6 }));
    const year = doc.dates.issue.slice(0, 4);
    s.put(x0, 330, `证明编号：（${year}）第${String(rng.int(1, 999)).padStart(4, '0')}号`, f);
    s.put(right, 330, formatDate(doc.dates.issue, rng.pick(['iso', 'iso', 'dotPad'] as const)), { ...f, align: 'right' });
    s.put(x0, 330 + lh, `用途：${rng.pick(PURPOSES)}`, f);
    s.note({ visitDate: doc.dates.issue });

    // The block: label | value | label | value, the photo box over the first three rows at the right.
    const rh = px(pt) * 2.5;
    const top = 330 + lh * 1.8;
    const photoW = 250;
    const inner = w - photoW;
    const [l1, v1, l2] = [200, inner * 0.5 - 200, 170];
    const v2 = inner - l1 - v1 - l2;
    const cell = (x: number, y: number, cw: number, text: string, label: boolean): void => {
      if (label) {
        s.g.fillStyle = '#f3f3f3';
        s.g.fillRect(x, y, cw, rh);
      }
      s.rect(x, y, cw, rh, 1.6);
      s.put(label ? x + cw / 2 : x + 16, y + rh / 2 + px(pt) * 0.36, text, label ? { ...b, align: 'center' } : f);
    };
    const [by, bm] = parts(doc.patient.birth);
    const rows: [string, string, string, string][] = [
      ['姓　名', doc.patient.name, '性　别', doc.patient.sex], ['出生年月', `${by}年${bm}月`, '民　族', rng.pick(['汉族', '汉族', '回族'])],
    ];
    rows.forEach(([a, va, c, vc], i) => {
      const y = top + i * rh;
      cell(x0, y, l1, a, true);
      cell(x0 + l1, y, v1, va, false);
      cell(x0 + l1 + v1, y, l2, c, true);
      cell(x0 + l1 + v1 + l2, y, v2, vc, false);
    });
    cell(x0, top + 2 * rh, l1, '身份证号', true);
    cell(x0 + l1, top + 2 * rh, inner - l1, doc.patient.idNumber, false);
    s.rect(right - photoW, top, photoW, rh * 3, 1.6);
    s.put(right - photoW / 2, top + rh * 1.5 + px(9) * 0.36, '贴照片处', st(face, 9, { align: 'center', color: '#888' }));
    cell(x0, top + 3 * rh, l1, '住　址', true);
    cell(x0 + l1, top + 3 * rh, w - l1, villageOf(doc, rng), false);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber });

    let y = top + 4 * rh + 40;
    const stay = rng.chance(0.5);
    const text = history(doc, rng, stay);
    if (stay) s.note({ admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    const opt = { indent: px(pt) * 2, keep: stay ? [stayRange(doc)] : [] };
    const histH = px(pt) * 2.2 + wrap(s, text, w - 60, f, opt).length * lh + 30;
    s.rect(x0, y, w, histH, 1.6);
    s.put(x0 + 20, y + px(pt) * 1.6, '病史摘要：', b);
    para(s, x0 + 30, y + px(pt) * 1.6 + lh, w - 60, text, f, lh, opt);
    y += histH;

    // The diagnoses, large, without numbers.
    const big = st(bold, pt + 2);
    const dx = doc.dx.western.map((d) => d.text);
    const oneLine = rng.chance(0.5);
    const tab = x0 + 40 + s.measure('诊　　断：', b);
    const dxLines = oneLine ? wrap(s, dx.join('、'), right - tab - 40, big, { keep: dx }) : dx;
    const dxH = Math.max(260, px(pt) * 2.2 + dxLines.length * px(pt + 2) * 1.9 + 50);
    s.rect(x0, y, w, dxH, 1.6);
    s.put(x0 + 20, y + px(pt) * 1.6, '诊　　断：', b);
    dxLines.forEach((t, i) => s.put(tab, y + px(pt) * 1.6 + lh + i * px(pt + 2) * 1.9, t, big));
    s.diagnoses(doc.dx.western);
    y += dxH;

    const opinionH = px(pt) * 2.2 + lh * 2 + 30;
    s.rect(x0, y, w, opinionH, 1.6);
    s.put(x0 + 20, y + px(pt) * 1.6, '意　　见：', b);
    para(s, tab, y + px(pt) * 1.6, right - tab - 40, `${needs(doc)}，${rng.pick(['病情属实', '以上情况属实'])}，特此证明。`, f, lh);
    y += opinionH + 140;

    const sw = s.put(x0 + 20, y, '医师签字：', f);
    handwritten(s, x0 + 20 + sw + 14, y, doc.doctors.attending, pt * 1.3, rng);
    s.put(right - 380, y, '单位（盖章）：', f);
    seal(s, right - 170 + rng.range(-30, 30), y - 20 + rng.range(-25, 25), 130, doc.hospital.name, rng.pick(['诊断证明专用章', '医务科']), rng);
    s.put(s.width / 2, 2225, '注：本证明仅供办理上述事项使用，涂改、复印无效。', st(face, 9, { align: 'center', color: '#444' }));
  },
};
