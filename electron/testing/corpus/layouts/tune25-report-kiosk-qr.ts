import { makeDoc } from '../case';
import { formatDate, type DateStyle } from '../dates';
import { CITY, COUNTY } from '../hospitals';
import { qrCode } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { maskedMobile } from './tune5-kit';
import { mono } from './tune14-kit';

/**
 * A 检验报告 printed by the 自助报告打印机 (self-service kiosk) in a city or county hospital's lobby on a 57–80 mm thermal roll,
 * laid on an A4 scan: monospace cells 9–9.5 pt, the 【自助打印】 banner with the 打印时间 at the very top (a decoy, often days
 * after the report), a QR code (扫码查看电子报告) beside the hospital name, 姓名 (truth), 就诊卡号, the 身份证号 (truth), a masked
 * 手机 number, one 临床诊断 (the main one, counted), the results as ABBR 结果 ↑↓ 参考区间 单位 lines, then 采集时间
 * (decoy, earlier) and 报告时间 (truth reportDate), 检验 / 审核 names, and the torn, zig-zag foot of the roll.
 */
export const tune25ReportKioskQr: Layout = {
  id: 'tune25-report-kiosk-qr',
  kind: 'report',
  split: 'tune',
  style: 'hospital lobby 自助报告打印机 thermal slip on an A4 scan: monospace, 【自助打印】 banner with 打印时间 on top, QR code by the '
    + 'hospital name, one-line ABBR results, 采集 / 报告 times at the foot, torn zig-zag edge',
  exercises: ['打印时间 at the top of the slip (decoy, later)', '采集时间 vs 报告时间 (truth)',
    '身份证号 after 卡号 (truth), masked 手机 (digits, not an ID)',
    'QR code beside the header (not text)', 'one-line ABBR results at a fixed pitch', 'narrow slip placed anywhere on an empty A4 page'],
  doc: (rng) => makeDoc(rng, { kind: 'report', hospitals: [...CITY, ...COUNTY] }),
  draw(s, doc, rng) {
    s.ink = '#2a2a2a';
    const sw = rng.int(540, 640);
    const sx = rng.int(200, s.width - sw - 200);
    const top = rng.int(140, 420);
    const pt = rng.pick([9, 9.5]);
    const pitch = px(pt) * 0.56;
    const f: Style = st('sans', pt);
    const lh = px(pt) * 1.5;
    const x = sx + 24;
    const cols = Math.floor((sw - 48) / pitch);
    const p = doc.patient;
    const panel = doc.labs[rng.int(0, doc.labs.length - 1)] ?? doc.labs[0];
    const ds: DateStyle = rng.pick(['isoSec', 'slashTime', 'isoTime'] as const);
    let y = top + 56;
    const line = (t: string, at = x): void => {
      mono(s, at, y, t, f, pitch);
      y += lh;
    };
    const dashes = (): void => {
      for (let i = 0; i < cols; i += 1) s.line(x + i * pitch + 2, y - px(pt) * 0.35, x + (i + 0.55) * pitch, y - px(pt) * 0.35, 1.5);
      y += lh * 0.7;
    };
    line(`【自助打印】${formatDate(doc.dates.print, ds, doc.times.print)}`);
    y += lh * 0.3;
    const qr = 150;
    qrCode(s, sx + sw - qr - 24, y - px(pt), qr, rng);
    s.put(x, y + 4, doc.hospital.name, st('sansBold', 11));
    y += lh * 1.3;
    s.put(x, y, `${panel?.title ?? '检验'}报告单`, st('sansBold', 10.5));
    y += lh;
    s.put(x, y, '扫码查看电子报告', st('sans', 8, { color: '#555' }));
    y = Math.max(y + lh, top + 56 + px(pt) + qr + lh * 1.2);
    dashes();
    line(`姓名:${p.name}  ${p.sex}  ${p.age}岁`);
    line(`卡号:${doc.recordNo}`);
    line(`证件:${p.idNumber}`);
    line(`手机:${maskedMobile(rng)}`);
    s.note({ name: p.name, idNumber: p.idNumber, reportDate: doc.dates.report });
    line(`科室:${doc.department}  医生:${doc.doctors.attending}`);
    const main = doc.dx.western[0];
    if (main) {
      line(`诊断:${main.text}`);
      s.diagnoses([main]);
    }
    line(`标本:${panel?.title === '血常规' ? '全血' : '血清'}  条码:${doc.recordNo.slice(-8)}`);
    dashes();
    const at = [0, 8, 17];
    const cells = (a: string, b: string, c: string): void => {
      [a, b, c].forEach((t, i) => mono(s, x + pitch * (at[i] ?? 0), y, t, f, pitch));
      y += lh;
    };
    cells('项目', '结果', '参考区间');
    for (const r of panel?.rows ?? []) cells(r.abbr.slice(0, 7), `${r.value}${r.flag}`, `${r.range} ${r.unit}`.slice(0, cols - 17));
    dashes();
    line(`采集:${formatDate(doc.dates.sample, ds, doc.times.sample)}`);
    line(`报告:${formatDate(doc.dates.report, ds, Math.min(doc.times.report, 23 * 60 + 30))}`);
    line(`检验:${doc.doctors.resident}  审核:${doc.doctors.checker}`);
    dashes();
    line('本报告仅对所检标本负责');
    line('如有疑问请咨询检验科');
    const bottom = y + lh * 0.6;
    // The roll's tint under the print, and the torn zig-zag foot.
    const g = s.g;
    g.save();
    g.globalCompositeOperation = 'multiply';
    g.fillStyle = '#f4f2ee';
    g.beginPath();
    g.moveTo(sx, top);
    g.lineTo(sx + sw, top);
    g.lineTo(sx + sw, bottom);
    for (let zx = sx + sw; zx > sx; zx -= 24) {
      g.lineTo(zx - 12, bottom + rng.range(8, 18));
      g.lineTo(Math.max(sx, zx - 24), bottom);
    }
    g.lineTo(sx, top);
    g.closePath();
    g.fill();
    g.strokeStyle = '#c8c5bf';
    g.lineWidth = 1;
    g.stroke();
    g.restore();
  },
};
