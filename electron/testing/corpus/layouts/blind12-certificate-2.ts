import { makeDoc } from '../case';
import { addDays, clock, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { logo, qrCode, seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { st } from './common';
import { maskedId } from './kit';
import { panel } from './tune4-kit';
import { settled, suited, wrap } from './tune6-kit';
import { countyWords, restSpan } from './tune10-kit';
import { CAPITALS12, local12 } from './blind12-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE',
  'URAEMIA_DIALYSIS', 'MALIGNANT_TUMOR_OUTPATIENT', 'SEVERE_MENTAL_DISORDER', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'HEMOPHILIA'];

/**
 * A phone screenshot of the 电子诊断证明 in the WeChat mini-program of a hospital in Chengdu, Kunming, Guiyang, Nanning or Chongqing,
 * printed on A4: status bar with the phone's clock, the mini-program's title bar and capsule, white rounded cards on grey — the
 * hospital and 证明编号, label-left value-right rows (患者姓名 — truth —, a masked 证件号码, so no ID, 就诊日期 of the visit a
 * day or two before, not truth), 诊断 one per line (counted), 医嘱建议 with the rest in words, 开具医生 and 开具时间 (truth) under
 * an electronic seal with a verification QR, the two buttons at the foot.
 */
export const blind12Certificate2: Layout = {
  id: 'blind12-certificate-2',
  kind: 'certificate',
  split: 'blind',
  style: 'Southwest city hospital WeChat mini-program 电子诊断证明, phone screenshot printed on A4: status bar, title bar with capsule, '
    + 'rounded white cards on grey, label-left value-right rows, e-seal and QR, buttons at the foot, sans 10.5–13 pt',
  exercises: ['开具时间 2025-03-04 10:22:31 in a card (truth); 就诊日期 a day or two earlier and the status-bar clock (not truth)',
    '证件号码 masked 5101**********123X (no ID)', '诊断 one per line in a card (counted)', 'values right-aligned against labels at the left',
    'electronic seal over the card, QR code, white text on a coloured button'],
  doc: (rng) => local12(settled(countyWords(suited(makeDoc(rng, { kind: 'certificate', keys: KEYS, hospitals: CAPITALS12 })), rng,
    { outside: 0.2 })), rng),
  draw(s, doc, rng) {
    // A long screenshot (the phone scrolls while it captures): as tall as its content, scaled to fit the page.
    const sy = rng.int(90, 140);
    const tall = 100 + 104 + 7 * 46 + 20 + (doc.dx.western.length + 2) * 30 + 108 + 3 * 46 + 112 + 84 + 20;
    const k = Math.min(rng.range(2.1, 2.36), (s.height - sy - 100) / tall);
    const sw = Math.round(390 * k);
    const sx = Math.round((s.width - sw) / 2 + rng.int(-60, 60));
    const sh = Math.round(tall * k);
    const css = (n: number): number => (n * k * 72) / 200;
    const f: Style = st('sans', css(15));
    const grey: Style = st('sans', css(14), { color: '#8a8a8a' });
    const b: Style = st('sansMedium', css(15));
    const green = rng.pick(['#07c160', '#1677ff', '#0e9f8e']);
    const p = doc.patient;
    const g = s.g;
    g.fillStyle = '#f4f5f7';
    g.fillRect(sx, sy, sw, sh);
    s.rect(sx, sy, sw, sh, 1, '#d6d6d6');

    const now = doc.times.visit + rng.int(5, 300);
    s.put(sx + 26 * k, sy + 30 * k, clock(now), st('sansMedium', css(15)));
    g.fillStyle = '#111';
    for (let i = 0; i < 4; i += 1) g.fillRect(sx + sw - 105 * k + i * 6 * k, sy + (30 - 4 - i * 3) * k, 4 * k, (4 + i * 3) * k);
    g.fillRect(sx + sw - 50 * k, sy + 19 * k, 24 * k, 12 * k);
    g.fillStyle = '#ffffff';
    g.fillRect(sx, sy + 44 * k, sw, 44 * k);
    s.put(sx + sw / 2, sy + 72 * k, rng.pick(['电子诊断证明', '诊断证明详情']), st('sansMedium', css(17), { align: 'center' }));
    s.line(sx + 16 * k, sy + 66 * k, sx + 24 * k, sy + 58 * k, 2.5 * k / 2, '#111');
    s.line(sx + 16 * k, sy + 66 * k, sx + 24 * k, sy + 74 * k, 2.5 * k / 2, '#111');
    panel(s, sx + sw - 95 * k, sy + 53 * k, 87 * k, 30 * k, '#ffffff', '#d9d9d9');
    for (let i = 0; i < 3; i += 1) {
      g.beginPath();
      g.arc(sx + sw - 80 * k + i * 8 * k, sy + 68 * k, 2 * k, 0, Math.PI * 2);
      g.fillStyle = '#111';
      g.fill();
    }

    const cx = sx + 12 * k;
    const cw = sw - 24 * k;
    const pad = 16 * k;
    let y = sy + 100 * k;
    const card = (h: number): void => panel(s, cx, y, cw, h, '#ffffff', '#ececec');
    card(92 * k);
    logo(s, cx + pad + 18 * k, y + 46 * k, 18 * k, green, 'cross');
    s.put(cx + pad + 46 * k, y + 40 * k, doc.hospital.name, st('sansBold', css(17)));
    const serial = `ZM${doc.dates.issue.replace(/-/g, '')}${rng.int(10000, 99999)}`;
    s.put(cx + pad + 46 * k, y + 68 * k, `证明编号：${serial}`, grey);
    y += 104 * k;

    const shown = addDays(doc.dates.issue, -rng.pick([0, 1, 1, 2]));
    const rows: readonly (readonly [string, string])[] = [['患者姓名', p.name], ['性别', p.sex], ['年龄', `${p.age}岁`],
      ['证件号码', maskedId(p.idNumber)], ['就诊科室', doc.department], ['就诊日期', formatDate(shown, 'iso')], ['门诊号', doc.recordNo]];
    const rh = 46 * k;
    card(rows.length * rh + 8 * k);
    rows.forEach(([l, v], i) => {
      const ry = y + 4 * k + i * rh;
      s.put(cx + pad, ry + 29 * k, l, grey);
      s.put(cx + cw - pad, ry + 29 * k, v, { ...f, align: 'right' });
      if (i < rows.length - 1) s.line(cx + pad, ry + rh, cx + cw - pad, ry + rh, 1, '#efefef');
    });
    s.note({ name: p.name, visitDate: doc.dates.issue });
    y += rows.length * rh + 20 * k;

    const rest = `建议${rng.pick(['休息', '居家休息', '避免劳累，休息'])}${restSpan(rng)}，规律服药，定期复诊，不适随诊。`;
    const lines = wrap(s, rest, cw - 2 * pad, f);
    const dxH = (doc.dx.western.length + lines.length) * 30 * k + 96 * k;
    card(dxH);
    s.put(cx + pad, y + 32 * k, '诊断', b);
    doc.dx.western.forEach((d, i) => s.put(cx + pad, y + (62 + i * 30) * k, `${i + 1}. ${d.text}`, f));
    s.diagnoses(doc.dx.western);
    const ay = y + (62 + doc.dx.western.length * 30 + 12) * k;
    s.put(cx + pad, ay, '医嘱建议', b);
    lines.forEach((t, i) => s.put(cx + pad, ay + (30 + i * 30) * k, t, f));
    y += dxH + 12 * k;

    const issued = formatDate(doc.dates.issue, rng.pick(['isoSec', 'isoTime'] as const), doc.times.visit);
    const sign: readonly (readonly [string, string])[] = [['开具医生', doc.doctors.attending], ['开具科室', doc.department], ['开具时间', issued]];
    card(sign.length * rh + 100 * k);
    sign.forEach(([l, v], i) => {
      s.put(cx + pad, y + (33 + i * 46) * k, l, grey);
      s.put(cx + cw - pad, y + (33 + i * 46) * k, v, { ...f, align: 'right' });
    });
    qrCode(s, cx + pad, y + (sign.length * 46 + 10) * k, 70 * k, rng);
    s.put(cx + pad + 84 * k, y + (sign.length * 46 + 50) * k, '本证明已加盖电子签章，扫码可验证真伪', st('sans', css(12), { color: '#8a8a8a' }));
    seal(s, cx + cw - 90 * k, y + 70 * k, 62 * k, doc.hospital.name, '电子签章', rng);

    const by = Math.max(y + (sign.length * 46 + 112) * k, sy + sh - 84 * k);
    g.fillStyle = '#ffffff';
    g.fillRect(sx + 1, by, sw - 2, 84 * k - 1);
    panel(s, sx + 16 * k, by + 12 * k, (sw - 48 * k) / 2, 42 * k, '#ffffff', green);
    s.put(sx + 16 * k + (sw - 48 * k) / 4, by + 40 * k, '下载PDF', st('sansMedium', css(15), { align: 'center', color: green }));
    panel(s, sx + sw / 2 + 8 * k, by + 12 * k, (sw - 48 * k) / 2, 42 * k, green, green);
    s.put(sx + sw / 2 + 8 * k + (sw - 48 * k) / 4, by + 40 * k, '分享给好友', st('sansMedium', css(15), { align: 'center', color: '#ffffff' }));
    g.fillStyle = '#111';
    g.beginPath();
    g.roundRect(sx + sw / 2 - 67 * k, by + 70 * k, 134 * k, 5 * k, 3 * k);
    g.fill();
  },
};
