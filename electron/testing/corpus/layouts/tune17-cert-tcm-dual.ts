import { makeDoc } from '../case';
import { formatDate, type DateStyle } from '../dates';
import type { Dx } from '../diseases';
import { handwritten, logo, seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { issuedSoon } from './tune4-kit';
import { para, settled, suited, TCM_KEYS, tcmDx } from './tune6-kit';
import { codeOf, countyWords, restSpan } from './tune10-kit';
import { local17, TCM17 } from './tune17-kit';

/** 病名 and 证型 of a TCM diagnosis written 消渴病（气阴两虚证）. */
const split = (d: Dx): [string, string] => {
  const m = /^(.+?)（(.+)）$/u.exec(d.text);
  return m ? [m[1] ?? d.text, m[2] ?? ''] : [d.text, ''];
};

/**
 * 疾病证明书 of a Sichuan, Chongqing, Yunnan, Guizhou or Guangxi county 中医院: ring logo and red letterhead over a red double rule,
 * 证明编号, a paragraph naming the patient (姓名 and 身份证号 in the sentence — truth) with the stay 于…至…在我院…住院治疗 (truth) or
 * the outpatient care since a first visit years back (not truth), then a bordered two-row box: 中医诊断 with 病名 and 证型 as
 * sub-labelled pairs (病名 counted; only 消渴病 / 中风病 name a catalogue disease), 西医诊断 numbered with ICD-10 codes (counted);
 * 治疗 with herbal and acupuncture words, 建议 with a rest span, and at the bottom right the hospital, 医务科 and the date of issue
 * (truth) under the seal, the 经治医师 handwritten at the left.
 */
export const tune17CertTcmDual: Layout = {
  id: 'tune17-cert-tcm-dual',
  kind: 'certificate',
  split: 'tune',
  style: 'Sichuan / Chongqing / Yunnan / Guizhou / Guangxi county 中医院 疾病证明书: red letterhead with ring logo and double rule, '
    + 'patient in a sentence, bordered 中医诊断 (病名 / 证型 pairs) and 西医诊断 (ICD-10) box, dated hospital line, serif 12–13 pt',
  exercises: ['姓名 and 身份证号 only in the opening sentence (truth)', 'the stay 于2025年3月2日至2025年3月15日 in the sentence (truth) '
    + 'or 自2021年起 outpatient care (not truth)', '中医诊断 as 病名：消渴病  证型：气阴两虚证 (病名 counted)',
    '西医诊断 numbered with ICD-10 codes in brackets (counted)', 'date of issue under the hospital line and 医务科 at the bottom right (truth)'],
  doc: (rng) => settled(local17(issuedSoon(suited(countyWords(makeDoc(rng, { kind: 'certificate', keys: TCM_KEYS, hospitals: TCM17 }), rng,
    { outside: 0.15, near: 0.1 })), rng), rng)),
  draw(s, doc, rng) {
    const x0 = 150;
    const right = s.width - 150;
    const w = right - x0;
    const pt = rng.pick([12, 12.5, 13]);
    const f: Style = st(rng.pick(['serif', 'serifLight'] as const), pt);
    const b: Style = st('serifSemi', pt);
    const lh = px(pt) * 1.9;
    const p = doc.patient;
    const red = rng.pick(['#c22a2a', '#b3202a']);
    const ds: DateStyle = rng.pick(['cnShort', 'cn'] as const);
    const inpatient = rng.chance(0.6);

    logo(s, x0 + 60, 150, 52, red, 'ring');
    s.put(x0 + 140, 172, doc.hospital.name, st('serifBold', 22, { color: red, spacing: 5 }));
    s.line(x0, 240, right, 240, 4, red);
    s.line(x0, 250, right, 250, 1.5, red);
    s.put(s.width / 2, 345, '疾 病 证 明 书', st('serifBold', 19, { align: 'center', spacing: 8 }));
    s.put(right, 415, `证明编号：ZY${doc.dates.issue.slice(0, 4)}${String(rng.int(1, 9999)).padStart(4, '0')}`, { ...st('serif', 10.5),
      align: 'right' });

    const since = doc.dates.firstVisit.slice(0, 4);
    const where = inpatient
      ? `于${formatDate(doc.dates.admission, ds)}至${formatDate(doc.dates.discharge, ds)}在我院${doc.department}住院治疗，共${doc.stayDays}天`
        + `（住院号：${doc.recordNo}）。`
      : `自${since}年起在我院${doc.department}门诊规律诊治。`;
    let y = para(s, x0, 500, w, `兹证明患者${p.name}，${p.sex}，${p.age}岁，身份证号：${p.idNumber}，${where}经四诊合参，诊断如下：`, f, lh,
      { indent: px(pt) * 2, keep: [p.name] });
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue });
    if (inpatient) s.note({ admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    // The box: 中医诊断 and 西医诊断.
    const tcm = tcmDx(doc, rng, '（）');
    const tcmList = tcm.length > 0 ? tcm : [{ text: '虚劳病（气血两虚证）', key: null }];
    const lw = w * 0.18;
    const pad = px(pt) * 0.9;
    y += lh * 0.2;
    const row = (label: string, lines: readonly (string | readonly [string, string])[]): void => {
      const h = lines.length * lh + pad * 1.2;
      s.rect(x0, y, lw, h, 1.6);
      s.rect(x0 + lw, y, w - lw, h, 1.6);
      s.put(x0 + lw / 2, y + h / 2 + px(pt) * 0.36, label, { ...b, align: 'center' });
      lines.forEach((t, i) => {
        const ly = y + pad * 0.6 + lh * (i + 0.72);
        if (typeof t === 'string') s.put(x0 + lw + 28, ly, t, f);
        else t.forEach((cell, k) => s.put(x0 + lw + 28 + k * w * 0.34, ly, cell, f));
      });
      y += h;
    };
    row('中医诊断', tcmList.map((d) => {
      const [name, pattern] = split(d);
      return [`病名：${name}`, `证型：${pattern}`] as const;
    }));
    row('西医诊断', doc.dx.western.map((d, i) => `${i + 1}.${d.text}（${codeOf(d, i)}）`));
    s.diagnoses([...tcmList.map((d) => ({ text: split(d)[0], key: d.key })), ...doc.dx.western]);

    y += lh * 1.2;
    const tw = s.put(x0, y, '治疗：', b);
    y = para(s, x0 + tw, y, w - tw, `${rng.pick(['中药汤剂辨证施治', '中药汤剂口服、中药颗粒剂'])}，配合${rng.pick(['针刺、艾灸', '针灸、推拿', '穴位贴敷、耳穴压豆'])}`
      + '等中医特色治疗及西药对症治疗。', f, lh) + lh * 0.2;
    const aw = s.put(x0, y, '建议：', b);
    y = para(s, x0 + aw, y, w - aw, `${inpatient ? '出院后' : ''}休息${restSpan(rng)}，需长期门诊中西医结合治疗，定期复查。`, f, lh);
    s.put(x0 + px(pt) * 2, y + lh * 0.3, '特此证明。', f);

    const by = Math.max(y + lh * 3.2, 1660);
    const dw = s.put(x0, by, '经治医师：', f);
    handwritten(s, x0 + dw + 10, by, doc.doctors.attending, pt * 1.2, rng);
    const cx = right - 240;
    s.put(cx, by, doc.hospital.name, { ...f, align: 'center' });
    s.put(cx, by + lh * 1.2, '医务科', { ...f, align: 'center' });
    s.put(cx, by + lh * 2.4, formatDate(doc.dates.issue, rng.pick(['cn', 'cnShort', 'cnNumeral'] as const)), { ...f, align: 'center' });
    seal(s, cx, by + lh * 0.8, 125, doc.hospital.name, '医务科', rng);
  },
};
