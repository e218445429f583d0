import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import { handwritten, seal } from '../marks';
import { physician } from '../people';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed } from './kit';
import { prose } from './tune2-kit';
import { HIS24 } from './tune24-kit';

/**
 * 诊断证明书 from a bound county / city booklet, scanned open across both leaves: at the left the 存根 (stub) the hospital keeps —
 * its own 存根 number, 姓名, a short 诊断, 开具日期, 经治医师 and a handwritten 领取人 with a 领取日期 days later (decoy, another
 * person's name) — read on its own (a block), a perforation, and at the right the certificate itself in serif: 姓名, 性别, 年龄,
 * 身份证号 (truth), a sentence with the stay when there was one (truth), 诊断 (counted), 建议, the 开具日期 (truth visitDate)
 * under the hospital's 诊断证明专用章.
 */
export const tune24CertStubBooklet: Layout = {
  id: 'tune24-cert-stub-booklet',
  kind: 'certificate',
  split: 'tune',
  style: 'county / city 诊断证明书 booklet scanned open: 存根 at the left (sans, read on its own) with a perforation, the certificate '
    + 'at the right in serif, red 诊断证明专用章',
  exercises: ['a stub column beside the certificate (a block read on its own)', '领取日期 on the stub, days later (decoy)',
    '领取人 handwritten (not the patient)', 'a stay sentence on some pages (truth)', '开具日期 at the foot (truth visitDate)'],
  doc: (rng) => makeDoc(rng, { kind: 'certificate', hospitals: HIS24 }),
  draw(s, doc, rng) {
    s.ink = '#1d1d1d';
    const top = rng.int(140, 220);
    const left = 90;
    const fold = left + rng.int(440, 480);
    const right = s.width - 90;
    const bottom = top + 1250;
    s.g.fillStyle = '#faf7ef';
    s.g.fillRect(left, top, right - left, bottom - top);
    s.rect(left, top, right - left, bottom - top, 1.5, '#aaa');
    s.g.save();
    s.g.setLineDash([6, 8]);
    s.line(fold, top + 20, fold, bottom - 20, 1.5, '#777');
    s.g.restore();
    const p = doc.patient;
    const no = `No.${String(rng.int(1, 99999)).padStart(6, '0')}`;
    const issued = formatDate(doc.dates.issue, rng.pick(['cn', 'cnShort'] as const));

    // The stub: read on its own, top to bottom.
    const ss = st('sans', 10.5);
    const sl = px(10.5) * 2.1;
    const fetched = addDays(doc.dates.issue, rng.int(1, 6));
    const taker = physician(rng, [p.name, doc.doctors.attending]);
    s.block(() => {
      let y = top + 110;
      const sx = left + 40;
      s.put((left + fold) / 2, y, '存    根', st('sansBold', 14, { align: 'center' }));
      y += sl * 1.2;
      s.put(sx, y, no, ss);
      for (const [l, v] of [['姓名：', p.name], ['性别：', p.sex]] as const) {
        y += sl;
        s.pair(sx, y, l, v, ss);
      }
      // (a long diagnosis wraps inside the stub)
      y = prose(s, sx, y + sl, fold - sx - 30, `诊断：${doc.dx.western[0]?.text ?? ''}`, ss, sl) - sl;
      for (const [l, v] of [['开具日期：', issued], ['经治医师：', doc.doctors.attending]] as const) {
        y += sl;
        s.pair(sx, y, l, v, ss);
      }
      y += sl * 1.5;
      const lw = s.put(sx, y, '领取人：', ss);
      handwritten(s, sx + lw + 6, y, taker, 12, rng);
      y += sl;
      const dw = s.put(sx, y, '领取日期：', ss);
      handwritten(s, sx + dw + 6, y, formatDate(fetched, 'dot'), 11, rng);
    });

    // The certificate.
    const x0 = fold + 70;
    const w = right - 70 - x0;
    const f = st('serif', rng.pick([12, 12.5]));
    const fb = st('serifBold', f.pt);
    const lh = px(f.pt) * 2;
    let y = top + 110;
    s.put((x0 + x0 + w) / 2, y, doc.hospital.name, st('serifBold', 15, { align: 'center', spacing: 3 }));
    y += lh * 1.2;
    s.put((x0 + x0 + w) / 2, y, '诊 断 证 明 书', st('serifBold', 15, { align: 'center', spacing: 6 }));
    s.put(x0 + w, y + lh * 0.9, no, { ...st('sans', 10), align: 'right' });
    y += lh * 2;
    s.pair(x0, y, '姓名：', p.name, f);
    s.pair(x0 + w * 0.36, y, '性别：', p.sex, f);
    s.pair(x0 + w * 0.62, y, '年龄：', `${p.age}岁`, f);
    y += lh;
    s.pair(x0, y, '身份证号：', p.idNumber, f);
    y += lh;
    const stay = rng.chance(0.5);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue,
      ...(stay ? { admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge } : {}) });
    if (stay) {
      const span = `${formatDate(doc.dates.admission, 'cnShort')}至${formatDate(doc.dates.discharge, 'cnShort')}`;
      y = prose(s, x0, y, w, `该患者于${span}在我院${doc.department}住院治疗，共${doc.stayDays}天。`, f, lh, { keep: [span] });
    }
    s.put(x0, y, '诊断：', fb);
    const dw = s.measure('诊断：', fb);
    listed(doc.dx.western, '1.').forEach((t, i) => s.put(x0 + dw, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += lh * (doc.dx.western.length + 0.2);
    const aw = s.put(x0, y, '建议：', fb);
    y = prose(s, x0, y, w, '需长期门诊规律服药治疗，定期复查，避免劳累。', f, lh, { indent: aw });
    y = Math.max(y + lh * 1.5, bottom - lh * 3.2);
    const mw = s.put(x0, y, '医师：', f);
    handwritten(s, x0 + mw + 8, y, doc.doctors.attending, 13, rng);
    s.put(x0 + w, y + lh * 1.3, issued, { ...f, align: 'right' });
    s.put(x0 + w - s.measure(issued, f) - px(f.pt) * 1.5, y + lh * 1.3, '开具日期：', { ...f, align: 'right' });
    seal(s, x0 + w - 200, y + rng.range(-10, 40), rng.range(120, 132), doc.hospital.name, '诊断证明专用章', rng);
  },
};
