import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import { logo, qrCode, seal } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed } from './kit';
import { prose } from './tune2-kit';
import { eSign, HIS24 } from './tune24-kit';

/**
 * 电子诊断证明书 of a hospital's 互联网医院 (the patient downloads the PDF from the app and prints it): a blue band with the logo and
 * 「××医院互联网医院」, a QR code at the top right with 扫码验真 and a 证明编号, a two-column sans block (姓名, 性别, 年龄, 身份证号
 * — truth), 问诊时间 (the online consult, a decoy day before), 诊断 (counted), 医嘱 in serif with a
 * 休息 span (decoy dates), 开具日期 (truth visitDate), the dashed 电子签名 block (签名时间 the issue day) and the red 电子签章 seal,
 * and a grey note on verification with an 有效期 date (decoy).
 */
export const tune24CertInternetEsign: Layout = {
  id: 'tune24-cert-internet-esign',
  kind: 'certificate',
  split: 'tune',
  style: '互联网医院 电子诊断证明书 printed from the app\'s PDF: blue band, QR 扫码验真 with 证明编号, sans two-column block, serif advice, '
    + 'dashed 电子签名 box, red 电子签章 over it',
  exercises: ['开具日期 (truth visitDate) vs 问诊时间 the day before, 休息 span and 有效期至 (decoys)', '身份证号 in the two-column block (truth)',
    '证明编号 and 证书序列号 digits (not IDs)', '诊断 numbered (counted)', 'electronic signature and seal over text'],
  doc: (rng) => makeDoc(rng, { kind: 'certificate', hospitals: HIS24, aliases: true }),
  draw(s, doc, rng) {
    s.ink = '#1c1c1c';
    const x0 = 150;
    const right = s.width - x0;
    const w = right - x0;
    const p = doc.patient;
    const blue = rng.pick(['#1f5fae', '#1d6fa5', '#23649b']);
    s.g.fillStyle = blue;
    s.g.fillRect(0, 80, s.width, 150);
    logo(s, x0 + 55, 155, 50, '#ffffff', rng.pick(['cross', 'ring'] as const));
    s.put(x0 + 130, 175, `${doc.hospital.name}互联网医院`, st('sansBold', 17, { color: '#ffffff', spacing: 2 }));
    const qr = 230;
    qrCode(s, right - qr, 270, qr, rng);
    const small = st('sans', 9, { color: '#444' });
    const serial = `${doc.dates.issue.replace(/-/gu, '')}${String(rng.int(0, 99999)).padStart(5, '0')}`;
    s.put(right - qr / 2, 270 + qr + 40, '扫码验真', { ...small, align: 'center' });
    s.put(x0, 330, '电子诊断证明书', st('serifBold', 20, { spacing: 6 }));
    s.put(x0, 410, `证明编号：HLW${serial}`, small);

    const f = st('sans', rng.pick([11, 11.5]));
    const lh = px(f.pt) * 1.9;
    let y = 670;
    s.line(x0, y - lh, right, y - lh, 1.5, blue);
    const cells: [string, string][][] = [
      [['姓    名：', p.name], ['性    别：', p.sex]],
      [['年    龄：', `${p.age}岁`], ['就诊科室：', `${doc.department}（线上复诊）`]],
      [['身份证号：', p.idNumber], ['就诊卡号：', doc.recordNo]],
    ];
    for (const row of cells) {
      row.forEach(([l, v], i) => s.pair(x0 + i * w * 0.52, y, l, v, f));
      y += lh;
    }
    const asked = addDays(doc.dates.issue, -rng.int(1, 3));
    s.pair(x0, y, '问诊时间：', formatDate(asked, 'isoTime', doc.times.visit), f);
    y += lh * 1.2;
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue });

    const serif = st('serif', f.pt + 0.5);
    const sb = st('serifBold', serif.pt);
    s.put(x0, y, '诊断：', sb);
    const dw = s.measure('诊断：', sb);
    listed(doc.dx.western, rng.pick(['1.', '1、'] as const)).forEach((t, i) => s.put(x0 + dw, y + i * lh, t, serif));
    s.diagnoses(doc.dx.western);
    y += lh * (doc.dx.western.length + 0.4);
    const from = doc.dates.issue;
    const days = rng.pick([7, 14, 30]);
    const span = `${formatDate(from, 'cnShort')}至${formatDate(addDays(from, days - 1), 'cnShort')}`;
    const lw = s.put(x0, y, '医嘱：', sb);
    y = prose(s, x0, y, w, `患者病情需长期规律服药，定期复查。建议休息${days}天（${span}），不适线下门诊就诊。`, serif, lh,
      { indent: lw, keep: [`（${span}）`] }) + lh * 0.6;

    const issued = formatDate(doc.dates.issue, rng.pick(['cn', 'cnShort'] as const));
    s.pair(x0, y, '开具日期：', issued, f);
    s.pair(x0 + w * 0.52, y, '开具医师：', doc.doctors.attending, f);
    y += lh * 0.8;
    const signed = formatDate(doc.dates.issue, 'isoSec', doc.times.visit + rng.int(10, 90));
    const bottom = eSign(s, x0 + w * 0.45, y, w * 0.55, doc.doctors.attending, signed, st('sans', 9.5, { color: '#2a3f6e' }), rng);
    seal(s, x0 + w * 0.45 + rng.range(120, 300), y + rng.range(40, 110), rng.range(120, 130), `${doc.hospital.name}互联网医院`, '电子签章', rng);
    y = Math.max(bottom + lh * 2, s.height - 330);
    s.line(x0, y - lh, right, y - lh, 1, '#999');
    const until = formatDate(addDays(doc.dates.issue, rng.pick([30, 90])), 'iso');
    const note = st('sans', 9, { color: '#555' });
    s.put(x0, y, `说明：本证明由${doc.hospital.name}互联网医院在线开具，加盖电子签章，与纸质证明具有同等效力。`, note);
    s.put(x0, y + px(9) * 1.7, `有效期至：${until}。可扫描右上角二维码或登录医院APP核验真伪。`, note);
  },
};
