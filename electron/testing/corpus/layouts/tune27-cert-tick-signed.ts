import { makeDoc } from '../case';
import { formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { COUNTY, COUNTY_MORE, TOWNSHIP } from '../hospitals';
import { seal, signature } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { numbered, px, st } from './common';
import { issuedSoon } from './tune4-kit';
import { pen, penTick } from './tune27-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'CEREBROVASCULAR_DISEASE', 'CORONARY_HEART_DISEASE', 'URAEMIA_DIALYSIS',
  'SEVERE_MENTAL_DISORDER', 'HEMOPHILIA', 'MALIGNANT_TUMOR_OUTPATIENT'];

/** A printed checklist: options after □, the ones a doctor ticked in ballpoint (recorded ☑, the tick is drawn, not printed). */
type Ticks = { readonly label: string; readonly options: readonly string[]; readonly chosen: readonly string[] };

/**
 * 住院证明 of a Shandong county hospital or township 卫生院, printed from the HIS onto the ward's plain ruled pad in sans or
 * serif 12.5–13.5 pt: 兹证明 the patient (name, 性别, 年龄, 身份证号 — truth) 于…入院，于…出院，共住院…天 (truth), the numbered
 * 出院诊断 (counted), then a printed checklist the doctor went down with a ballpoint — 病情 / 出院后需 / 本证明用于 — ticking
 * boxes by hand (and once in a while a box left blank), a rest recommendation from the discharge day (not truth), and the
 * 经治医师 line. At the foot the printed 开具日期 (truth) has the doctor's signature scrawled across it, the 医务科 seal beside.
 */
export const tune27CertTickSigned: Layout = {
  id: 'tune27-cert-tick-signed',
  kind: 'certificate',
  split: 'tune',
  style: 'Shandong county hospital / township 卫生院 住院证明 on a plain ruled pad, sans or serif 12.5–13.5 pt, a printed □ checklist '
    + 'ticked in ballpoint, the 开具日期 line with a signature scrawled across it',
  exercises: ['入院 / 出院 dates in one sentence with 共住院…天 (truth)', 'ballpoint ticks over printed □ options (☑ in the text)',
    'signature scrawled over the printed 开具日期 (truth, still legible)', '建议休息 from the discharge day (not truth)',
    'numbered 出院诊断 (counted)', '身份证号 in the sentence (truth)'],
  doc: (rng) => issuedSoon(makeDoc(rng, { kind: 'certificate', keys: KEYS, hospitals: [...COUNTY, ...COUNTY_MORE, ...TOWNSHIP],
    compoundSurnames: 0.08 }), rng),
  draw(s, doc, rng) {
    s.ink = '#161616';
    const x0 = 160;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.5);
    const pt = rng.pick([12.5, 13, 13.5]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifBold' : 'sansBold', pt);
    const lh = px(pt) * 2.05;
    const p = doc.patient;
    const ink = pen(rng);
    const rule = '#9db3c9';

    s.put(s.width / 2, 190, doc.hospital.name, st(b.face, 19, { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 290, '住 院 证 明', st(b.face, 21, { align: 'center', spacing: 14 }));
    s.put(right, 370, `住院号：${doc.recordNo}`, st(f.face, 11, { align: 'right' }));
    // The pad's pale ruling, every line of it, under whatever is printed.
    for (let ry = 420; ry < 2160; ry += lh) s.line(x0 - 20, ry + 14, right + 20, ry + 14, 1, rule);

    const ds: DateStyle = rng.pick(['cn', 'cnShort'] as const);
    let y = 420 + lh;
    const lines = [
      `兹证明患者${p.name}，${p.sex}，${p.age}岁，身份证号：${p.idNumber}，`,
      `于${formatDate(doc.dates.admission, ds)}入住我院${doc.department}，`,
      `于${formatDate(doc.dates.discharge, ds)}出院，共住院${doc.stayDays}天。`,
    ];
    lines.forEach((t, i) => s.put(x0 + (i === 0 ? px(pt) * 2 : 0), y + i * lh, t, f));
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge,
      visitDate: doc.dates.issue });
    y += lh * lines.length;
    s.put(x0, y, '出院诊断：', b);
    y += lh;
    numbered(doc.dx.western, rng.pick(['1.', '1、'] as const)).forEach((t) => {
      s.put(x0 + px(pt) * 2, y, t, f);
      y += lh;
    });
    s.diagnoses(doc.dx.western);

    // The checklist, ticked by hand.
    const lists: Ticks[] = [
      { label: '病情：', options: ['治愈', '好转', '未愈', '转院'], chosen: [rng.pick(['好转', '好转', '未愈'])] },
      { label: '出院后需：', options: ['长期服药', '定期复查', '康复训练', '专人陪护'],
        chosen: ['长期服药', ...rng.sample(['定期复查', '康复训练', '专人陪护'], rng.int(0, 2))] },
      { label: '本证明用于：', options: ['医保报销', '慢特病申请', '单位请假', '其他'], chosen: [rng.pick(['慢特病申请', '医保报销'])] },
    ];
    for (const l of lists) {
      let cx = x0 + s.put(x0, y, l.label, b);
      const parts: string[] = [];
      l.options.forEach((o) => {
        const bw = s.put(cx, y, '□', f, false);
        if (l.chosen.includes(o)) penTick(s, cx + bw * 0.4, y - px(pt) * 0.1, px(pt) * rng.range(0.9, 1.2), ink, rng);
        const ow = s.put(cx + bw + 4, y, o, f, false);
        parts.push(`${l.chosen.includes(o) ? '☑' : '□'}${o}`);
        cx += bw + 4 + ow + px(pt) * 1.2;
      });
      s.record(x0 + s.measure(l.label, b), y, parts.join('\u3000'), cx - px(pt) * 1.2);
      y += lh;
    }
    const rest = rng.int(7, 30);
    s.put(x0, y, `建议：自${formatDate(doc.dates.discharge, ds)}起休息${rest}天，${rng.pick(['门诊随诊', '定期复查', '避免劳累'])}。`, f);
    y += lh * 2;

    const sx = x0 + w * 0.5;
    s.put(sx, y, '经治医师：', f);
    y += lh * 1.5;
    const dl = s.put(sx, y, '开具日期：', f);
    const issued = formatDate(doc.dates.issue, rng.pick(['cn', 'cnShort', 'cnNumeralO'] as const));
    const iw = s.put(sx + dl, y, issued, f);
    // One signature for both lines: begun on the 经治医师 line and dragged down across the date.
    // A large hand: loops rising toward 经治医师, the tail and flourish running down through the printed date.
    s.g.save();
    s.g.translate(sx + dl * rng.range(0.75, 1), y - lh * rng.range(0.25, 0.45));
    s.g.rotate(rng.range(0.04, 0.14));
    s.g.scale(rng.range(1.05, 1.2), rng.range(1.5, 1.8));
    signature(s, 0, 0, Math.max(iw * 0.8, rng.range(280, 340)), rng);
    s.g.restore();
    seal(s, sx + dl + iw * 0.5 + rng.range(-30, 60), y - lh * 0.6, rng.range(118, 132), doc.hospital.name,
      rng.pick(['医务科', '住院证明专用章']), rng);
    s.put(x0, 2200, `注：本证明仅证明住院事实，涂改无效。地址：${doc.hospital.address}`, st(f.face, 10, { color: '#444' }));
  },
};
