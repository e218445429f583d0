import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, type Mark } from './kit';
import { handWidth } from './tune4-kit';
import { settled, suited } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { Carbon, hospitalsB16, localB16 } from './blind16-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'MALIGNANT_TUMOR_OUTPATIENT', 'SEVERE_MENTAL_DISORDER'];
const ADVICE = ['需长期门诊服药治疗，定期复查', '建议长期规律用药，门诊随诊', '注意休息，避免劳累，定期复查', '病情需长期治疗及随访'];
const PAPER = [['#f6efc6', '#ebe2b0'], ['#f7e2e4', '#e9cdd1'], ['#e3edf7', '#cddceb'], ['#e6f2e1', '#d0e4c8']] as const;

/**
 * 诊断证明书, the second (patient's) copy of a carbonless (NCR) pad of a Xinjiang / Qinghai / Hainan county hospital or 卫生院, scanned
 * on A4 glass: the tinted copy sheet smaller than the glass, the form pre-printed in red or blue-black serif (title, red No., labels on
 * underlines, ruled 诊断 and 处理意见 lines), everything filled in by hand and come through in violet carbon — the name, the full ID
 * (truth), a 就诊日期 days before (not truth), the numbered diagnoses (counted), the advice, the doctor's name and the 开具日期
 * (truth) — with the round seal stamped on the copy itself over the date.
 */
export const blind16Certificate2: Layout = {
  id: 'blind16-certificate-2',
  kind: 'certificate',
  split: 'blind',
  style: 'Xinjiang / Qinghai / Hainan county hospital or 卫生院 诊断证明书 second copy of a carbonless pad: tinted sheet on A4 glass, form '
    + 'pre-printed in red or blue-black serif 12–13 pt, every value handwritten and pressed through in violet carbon, seal over the date',
  exercises: ['every value in violet carbon handwriting (name, ID, dates, diagnoses)',
    '开具日期 written by hand beside a printed label (truth)',
    '就诊日期 written days before the issue (not truth)', 'numbered diagnoses on ruled lines (counted)', 'tinted paper smaller than the scan',
    'red No. and 第二联 note'],
  doc: (rng) => localB16(countyWords(settled(suited(makeDoc(rng, { kind: 'certificate', keys: KEYS,
    hospitals: hospitalsB16(['county', 'town'], ['新疆', '青海', '海南']), compoundSurnames: 0.05 }))), rng,
  { outside: 0.15, near: 0.05, avoid: /急性|不稳定|（cT/u }), rng),
  draw(s, doc, rng) {
    const [tint, edge] = rng.pick(PAPER);
    const [left, top, right, bottom] = [rng.int(120, 170), rng.int(80, 130), s.width - rng.int(110, 160), rng.int(2050, 2150)];
    s.g.fillStyle = 'rgba(0, 0, 0, 0.12)';
    s.g.fillRect(left + 8, top + 8, right - left, bottom - top);
    s.g.fillStyle = tint;
    s.g.fillRect(left, top, right - left, bottom - top);
    s.rect(left, top, right - left, bottom - top, 1, edge);
    const ink = rng.pick(['#b3272f', '#1f2f5c', '#3a3a3a']);
    s.ink = ink;
    const pt = rng.pick([12, 12.5, 13]);
    const lab: Style = st(rng.pick(['serif', 'serifSemi'] as const), pt, { color: ink });
    const hand = rng.pick([13.5, 14, 15]);
    const lh = px(pt) * 2.5;
    const x0 = left + 70;
    const x1 = right - 70;
    const w = x1 - x0;
    const pen = new Carbon(s);
    const p = doc.patient;

    s.put((left + right) / 2, top + 120, doc.hospital.name, st('serifBold', 20, { align: 'center', spacing: 4, color: ink }));
    s.put((left + right) / 2, top + 210, '诊 断 证 明 书', st('serifBold', 21, { align: 'center', spacing: 12, color: ink }));
    s.put(x1, top + 280, `No ${String(rng.int(1, 999999)).padStart(7, '0')}`, st('serif', 13, { align: 'right', color: '#c0262e' }));
    s.put(x0, top + 280, '（第二联 患者留存）', st(lab.face, 10.5, { color: ink }));

    /** A printed label with an underline of `lineW` px, the value written by hand on it. Returns the right edge. */
    const field = (x: number, y: number, label: string, value: string, lineW: number): number => {
      const lw = s.put(x, y, label, lab);
      const need = Math.max(lineW, handWidth(s, value, hand) + 30);
      s.line(x + lw + 4, y + 10, x + lw + need, y + 10, 1.3, ink);
      if (value !== '') pen.write(x + lw + 18, y - 6, value, hand, rng);
      return x + lw + need;
    };
    let y = top + 400;
    let x = field(x0, y, '姓名', p.name, 210);
    x = field(x + 30, y, '性别', p.sex, 90);
    x = field(x + 30, y, '年龄', `${p.age}岁`, 110);
    field(x + 30, y, '科别', doc.department.replace(/科$/u, ''), Math.max(90, x1 - x - 30 - s.measure('科别', lab)));
    y += lh;
    field(x0, y, '身份证号', p.idNumber, 560);
    y += lh;
    const seen = addDays(doc.dates.issue, -rng.int(0, 6));
    x = field(x0, y, rng.pick(['门诊号', '病历号']), doc.recordNo, 300);
    field(x + 40, y, '就诊日期', formatDate(seen, 'cnShort'), Math.max(200, x1 - x - 40 - s.measure('就诊日期', lab)));
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue });

    y += lh * 1.1;
    const ruled = (label: string, lines: readonly string[], n: number): void => {
      s.put(x0, y, label, lab);
      for (let i = 0; i < n; i += 1) {
        const ly = y + lh * (i + 1);
        s.line(x0 + 60, ly + 10, x1, ly + 10, 1.1, ink);
        const t = lines[i];
        if (t) pen.write(x0 + 90, ly - 6, t, hand, rng);
      }
      y += lh * (n + 1.2);
    };
    const how: Mark = rng.pick(['1.', '1、', '①'] as const);
    ruled('诊断：', listed(doc.dx.western, how), Math.max(4, doc.dx.western.length));
    s.diagnoses(doc.dx.western);
    ruled('处理意见：', [`${rng.pick(ADVICE)}。`], 2);

    y += lh * 0.4;
    field(x0 + w * 0.45, y, '医师签名', doc.doctors.attending, 260);
    y += lh * 1.3;
    const dx = field(x0 + w * 0.45, y, '开具日期', formatDate(doc.dates.issue, 'cnShort'), 330);
    s.put(x0, bottom - 90, '注：本证明书须加盖医院诊断证明专用章方有效，涂改无效。', st(lab.face, 10, { color: ink }));
    pen.press(rng);
    seal(s, dx - rng.range(120, 200), y - rng.range(10, 60), rng.range(112, 128), doc.hospital.name,
      rng.pick(['诊断证明专用章', '门诊部', '医务科']), rng);
  },
};
