import { makeDoc } from '../case';
import { parts } from '../dates';
import { COUNTY, TOWNSHIP } from '../hospitals';
import { seal } from '../marks';
import type { Rng } from '../rng';
import type { Sheet, Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { blank, sane, TOWNSHIP5 } from './blind5-kit';

const ADVICE = ['注意休息，按时服药', '全休一周，门诊随诊', '需长期服药，定期复查', '低盐低脂饮食，不适随诊', '建议上级医院进一步诊治'];

/** 年 月 日 printed with blanks before each, the numbers written in by hand (or left empty); returns the x after 日. */
function dateBlanks(s: Sheet, x: number, y: number, iso: string | null, f: Style, pt: number, rng: Rng): number {
  const [yy, mm, dd] = iso ? parts(iso) : [0, 0, 0];
  let cx = x;
  for (const [v, unit, bw] of [[yy, '年', 110], [mm, '月', 64], [dd, '日', 64]] as const) {
    cx = blank(s, cx, y, bw, iso ? String(v) : '', pt, rng) + 6;
    cx += s.put(cx, y, unit, f) + 8;
  }
  return cx;
}

/** A box to tick, and the tick drawn by hand (not text). */
function box(s: Sheet, x: number, y: number, caption: string, ticked: boolean, f: Style, rng: Rng): number {
  const z = px(f.pt) * 0.8;
  s.rect(x, y - z, z, z, 1.6);
  if (ticked) {
    s.g.save();
    s.g.strokeStyle = '#1d2f80';
    s.g.lineWidth = 3.2;
    s.g.beginPath();
    s.g.moveTo(x + 4, y - z * 0.5 + rng.range(-3, 3));
    s.g.lineTo(x + z * 0.4, y - 2);
    s.g.lineTo(x + z * 1.2, y - z * 1.3);
    s.g.stroke();
    s.g.restore();
  }
  return z + 10 + s.put(x + z + 10, y, caption, f);
}

/**
 * 诊断证明书 torn from a carbonless book at a township health centre or a county hospital, photographed whole: the
 * counterfoil (存根) above a dashed cut with a half seal across it, the certificate below with everything after the
 * printed labels written in by hand — particulars, 门诊/住院 ticked, the stay in 年 月 日 blanks (empty for an outpatient),
 * the diagnoses one a ruled line, the date of issue under the seal.
 */
export const blind5Certificate2: Layout = {
  id: 'blind5-certificate-2',
  kind: 'certificate',
  split: 'blind',
  style: 'Township / county carbonless 诊断证明书 with its counterfoil: printed labels, hand-filled blanks, tick boxes, seal',
  exercises: ['every value by hand', 'dates in 年 月 日 blanks', 'stay blanks left empty for an outpatient', 'counterfoil repeating some facts',
    'half seal across the cut'],
  doc: (rng) => sane(makeDoc(rng, { kind: 'certificate', hospitals: [...TOWNSHIP, ...TOWNSHIP5, ...COUNTY], compoundSurnames: 0.08,
    keys: ['HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'MALIGNANT_TUMOR_OUTPATIENT',
      'SEVERE_MENTAL_DISORDER', 'HEMOPHILIA'] }), rng),
  draw(s, doc, rng) {
    const p = doc.patient;
    const face = rng.pick(['serif', 'serifLight'] as const);
    const pt = 12;
    const hp = rng.pick([12.5, 13, 13.5]);
    const f = st(face, pt);
    const red = '#b3262d';
    const x0 = 150;
    const x1 = s.width - x0;
    const no = String(rng.int(1, 99999)).padStart(7, '0');
    const stay = rng.chance(0.6);
    const dx = doc.dx.western;

    // Counterfoil.
    s.put(s.width / 2, 165, '诊断证明书（存根）', st('serifBold', 16, { align: 'center', spacing: 4 }));
    s.put(x1, 165, `No.${no}`, st('sansMedium', 12, { align: 'right', color: red }));
    let y = 265;
    let cx = x0 + s.put(x0, y, '姓名', f) + 8;
    cx = blank(s, cx, y, 200, p.name, hp, rng) + 20;
    cx += s.put(cx, y, '性别', f) + 8;
    cx = blank(s, cx, y, 70, p.sex, hp, rng) + 20;
    cx += s.put(cx, y, '年龄', f) + 8;
    blank(s, cx, y, 90, `${p.age}`, hp, rng);
    y += 80;
    const dl = s.put(x0, y, '诊断', f) + 8;
    blank(s, x0 + dl, y, x1 - x0 - dl, dx[0]?.text ?? '', hp, rng);
    y += 80;
    cx = x0 + s.put(x0, y, '开具日期', f) + 8;
    cx = dateBlanks(s, cx, y, doc.dates.issue, f, hp, rng) + 40;
    cx += s.put(cx, y, '医师', f) + 8;
    blank(s, cx, y, 200, doc.doctors.attending, hp, rng);

    // The cut, with a half seal across it.
    const cut = 520;
    s.g.save();
    s.g.setLineDash([18, 12]);
    s.line(80, cut, s.width - 80, cut, 1.6, '#666');
    s.g.restore();
    seal(s, s.width / 2 + rng.range(-200, 200), cut + rng.range(-20, 20), 110, doc.hospital.name, '骑缝章', rng);

    // The certificate.
    s.put(s.width / 2, 640, doc.hospital.name, st('serifBold', 19, { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 745, '诊 断 证 明 书', st('serifBold', 22, { align: 'center', spacing: 8 }));
    s.put(x1, 810, `No.${no}`, st('sansMedium', 12, { align: 'right', color: red }));
    y = 900;
    cx = x0 + s.put(x0, y, '姓名', f) + 8;
    cx = blank(s, cx, y, 200, p.name, hp, rng) + 20;
    cx += s.put(cx, y, '性别', f) + 8;
    cx = blank(s, cx, y, 70, p.sex, hp, rng) + 20;
    cx += s.put(cx, y, '年龄', f) + 8;
    cx = blank(s, cx, y, 90, `${p.age}岁`, hp, rng) + 20;
    cx += s.put(cx, y, '科别', f) + 8;
    blank(s, cx, y, x1 - cx, doc.department, hp, rng);
    y += 95;
    cx = x0 + s.put(x0, y, '身份证号', f) + 8;
    blank(s, cx, y, 620, p.idNumber, hp, rng);
    y += 95;
    cx = x0 + box(s, x0, y, '门诊', !stay, f, rng) + 40;
    cx += box(s, cx, y, '住院', stay, f, rng) + 40;
    cx += s.put(cx, y, '门诊/住院号', f) + 8;
    blank(s, cx, y, 300, doc.recordNo.slice(4), hp, rng);
    y += 95;
    cx = x0 + s.put(x0, y, '住院时间：自', f) + 8;
    cx = dateBlanks(s, cx, y, stay ? doc.dates.admission : null, f, hp, rng);
    cx += s.put(cx, y, '至', f) + 8;
    cx = dateBlanks(s, cx, y, stay ? doc.dates.discharge : null, f, hp, rng);
    cx += s.put(cx, y, '共', f) + 8;
    cx = blank(s, cx, y, 70, stay ? String(doc.stayDays) : '', hp, rng) + 6;
    s.put(cx, y, '天', f);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue,
      ...(stay ? { admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge } : {}) });

    // Diagnoses, one a ruled line.
    y += 110;
    s.put(x0, y, '诊断：', f);
    const lines = Math.max(3, dx.length);
    const dx0 = x0 + px(pt) * 3;
    for (let i = 0; i < lines; i += 1) {
      const d = dx[i];
      blank(s, dx0, y + i * 85, x1 - dx0, d ? `${dx.length > 1 ? `${i + 1}.` : ''}${d.text}` : '', hp, rng);
    }
    s.diagnoses(dx);
    y += lines * 85 + 30;
    cx = x0 + s.put(x0, y, '建议：', f) + 8;
    blank(s, cx, y, x1 - cx, rng.pick(ADVICE), hp, rng);

    // Doctor and date of issue, the seal over them.
    y += 170;
    const mid = x0 + (x1 - x0) * 0.52;
    cx = mid + s.put(mid, y, '医师：', f) + 8;
    blank(s, cx, y, 220, doc.doctors.attending, hp, rng);
    y += 100;
    dateBlanks(s, mid + px(pt) * 2, y, doc.dates.issue, f, hp, rng);
    seal(s, mid + 230 + rng.range(-40, 40), y - 60 + rng.range(-20, 20), rng.range(125, 145), doc.hospital.name,
      rng.pick(['诊断证明专用章', '公章', '医疗专用章']), rng);
    s.put(s.width / 2, 2170, '（本证明涂改无效，须加盖医院公章）', st(face, 10, { align: 'center', color: '#333' }));
  },
};
