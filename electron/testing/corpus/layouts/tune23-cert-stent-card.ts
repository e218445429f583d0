import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { handwritten, qrCode, seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed } from './kit';
import { para } from './tune6-kit';
import { coronary, HEART23, local23 } from './tune23-kit';

const VESSELS = ['前降支近中段', '回旋支中段', '右冠状动脉近段', '前降支中段', '右冠状动脉中远段'];
const STENTS = ['Firebird2 雷帕霉素洗脱支架', 'Excel 雷帕霉素洗脱支架', 'Partner 药物洗脱支架', 'Xience 依维莫司洗脱支架'];

/**
 * 冠状动脉支架植入证明卡 of a Henan / Hebei / Shandong 心血管病医院 or 胸科医院: a card in the upper half of the sheet with
 * rounded corners, the hospital reversed out of a red band and a QR code, the patient (姓名 — truth —, 身份证号 — truth), the stay
 * as 住院时间 a—b (truth) beside the 手术日期 and the operator (decoys), a bordered table of the stents, 出院诊断 (truth), the
 * 抗血小板 regimen with its stop date (decoy), and 发证日期 (truth: the certificate's date of issue) over the seal; the card's
 * 注意事项 in small type under it.
 */
export const tune23CertStentCard: Layout = {
  id: 'tune23-cert-stent-card',
  kind: 'certificate',
  split: 'tune',
  style: 'Henan / Hebei / Shandong 心血管病医院 冠状动脉支架植入证明卡: rounded card on the upper half of A4, hospital reversed out of a '
    + 'red band, QR, two-column patient block, bordered stent table, 发证日期 over the seal, small-print 注意事项, sans / serif 10–12 pt',
  exercises: ['住院时间 a—b in one cell (truth) beside 手术日期 and 术者 (decoys)', '发证日期 (truth visitDate) at the card\'s foot',
    'a stent table with lengths and diameters (numbers that are not dates)', '双联抗血小板 until a future date (decoy)',
    'white text on a red band'],
  doc: (rng) => local23(coronary(makeDoc(rng, { kind: 'certificate', keys: ['POST_ARTERIAL_STENT_ANTICOAGULATION'],
    hospitals: HEART23 }), rng), rng),
  draw(s, doc, rng) {
    const x0 = 170;
    const right = s.width - 170;
    const w = right - x0;
    const top = 150;
    const serif = rng.chance(0.4);
    const pt = rng.pick([10.5, 11, 11.5]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifSemi' : 'sansMedium', pt);
    const lh = px(pt) * 1.75;
    const red = rng.pick(['#b3202a', '#c0392b', '#a31f34']);
    const p = doc.patient;
    const ds: DateStyle = rng.pick(['dotPad', 'iso', 'cn'] as const);

    const band = 170;
    s.g.fillStyle = red;
    s.g.beginPath();
    s.g.roundRect(x0, top, w, band, [28, 28, 0, 0]);
    s.g.fill();
    s.put(x0 + 40, top + 78, doc.hospital.name, st('sansBold', 17, { color: '#ffffff', spacing: 2 }));
    s.put(x0 + 40, top + 138, '冠状动脉支架植入证明卡', st('sansMedium', 13, { color: '#ffffff', spacing: 3 }));
    qrCode(s, right - 150, top + 22, 126, rng);

    let y = top + band + lh * 1.2;
    const mid = x0 + w * 0.52;
    const rows: [string, string, string, string][] = [
      ['姓\u3000\u3000名：', p.name, '性别 / 年龄：', `${p.sex} / ${p.age}岁`],
      ['身份证号：', p.idNumber, '住 院 号：', doc.recordNo],
      ['住院时间：', `${formatDate(doc.dates.admission, ds)}—${formatDate(doc.dates.discharge, ds)}`, '手术日期：',
        formatDate(doc.dates.surgery, ds)],
      ['手术名称：', '经皮冠状动脉支架植入术', '术\u3000\u3000者：', doc.doctors.director],
    ];
    for (const [l1, v1, l2, v2] of rows) {
      s.pair(x0 + 40, y, l1, v1, b, f);
      s.pair(mid, y, l2, v2, b, f);
      y += lh;
    }
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge,
      visitDate: doc.dates.issue });

    y += lh * 0.1;
    const iw = w - 80;
    const cols = [0.08, 0.3, 0.4, 0.22].map((k) => k * iw);
    const n = rng.int(1, 3);
    const vessels = rng.sample(VESSELS, n);
    const stentRows = vessels.map((v, i) => [`${i + 1}`, v, rng.pick(STENTS),
      `${rng.pick(['2.5', '2.75', '3.0', '3.5'])}×${rng.pick([14, 18, 23, 29, 33])}mm`]);
    const sm = st(f.face, pt - 1);
    y = s.grid(x0 + 40, y - lh * 0.4, lh * 1.1, [['序号', '病变血管', '支架名称', '规格'], ...stentRows]
      .map((r, i) => r.map((t, j) => ({ text: t, w: cols[j]!, label: i === 0, align: j === 2 ? 'left' as const : 'center' as const }))),
    sm, { shade: '#f6e3e4', label: st(b.face, pt - 1), border: 1.5 });

    y += lh;
    const dl = s.put(x0 + 40, y, '出院诊断：', b);
    const lines = listed(doc.dx.western, rng.pick(['1.', '1、'] as const));
    lines.forEach((t, i) => s.put(x0 + 40 + dl + (i % 2) * (iw - dl) / 2, y + Math.floor(i / 2) * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += lh * Math.ceil(lines.length / 2);
    const until = formatDate(addDays(doc.dates.surgery, 365), 'cnShort');
    y = para(s, x0 + 40, y, iw, `抗栓方案：${doc.medicines.slice(0, 2).join('＋')}，双联抗血小板治疗至${until}，`
      + '未经医师同意不得自行停药。', f, lh);

    const by = y + lh * 1.3;
    s.put(x0 + 40, by, `发证日期：${formatDate(doc.dates.issue, 'cn')}`, b);
    const sw = s.put(mid, by, '经治医师：', f);
    handwritten(s, mid + sw + 8, by, doc.doctors.attending, pt * 1.3, rng);
    seal(s, right - 150, by - 30, 92, doc.hospital.name, '医务科', rng);
    const bottom = by + lh * 1.1;
    s.g.beginPath();
    s.g.roundRect(x0, top, w, bottom - top, 28);
    s.g.strokeStyle = red;
    s.g.lineWidth = 3;
    s.g.stroke();

    const small = st('sansLight', 9, { color: '#333' });
    let ny = bottom + lh * 1.2;
    s.put(x0, ny, '注意事项：', st('sansMedium', 9.5));
    ny += px(9) * 1.7;
    for (const t of ['1.请随身携带此卡，就医时出示，行磁共振检查前请告知医师支架情况。',
      '2.术后1、3、6、12个月门诊复查血常规、肝肾功能、血脂及心电图。',
      `3.如有胸痛持续不缓解，请立即拨打120或到就近医院就诊。咨询电话：${doc.hospital.phone}`]) {
      s.put(x0 + 20, ny, t, small);
      ny += px(9) * 1.7;
    }
  },
};
