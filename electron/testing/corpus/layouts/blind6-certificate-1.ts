import { makeDoc } from '../case';
import { formatDate } from '../dates';
import { CITY, COUNTY, MCH } from '../hospitals';
import { handwritten, idBoxes, seal, signature } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { forPatient, mark, type Mark } from './kit';
import { CITY6, COUNTY6, reword, suspect } from './blind6-kit';

const REST = ['休息一周', '全休两周', '休息14天', '建议休息1月', '注意休息，定期复查', '门诊随诊，规律服药', '避免重体力劳动'];

/** A pre-printed 诊断证明书 pad filled by hand: printed labels and ID boxes (typed by the registration desk), the rest in ballpoint. */
export const blind6Certificate1: Layout = {
  id: 'blind6-certificate-1',
  kind: 'certificate',
  split: 'blind',
  style: 'Pre-printed certificate pad filled in by hand, ID in boxes',
  exercises: ['held out'],
  doc: (rng) => {
    const d = forPatient(makeDoc(rng, { kind: 'certificate', hospitals: [...COUNTY6, ...COUNTY, ...CITY6, ...CITY, ...MCH], compoundSurnames: 0.1 }), rng, COUNTY);
    return reword(d, rng, { near: 0.1 });
  },
  draw(s, doc, rng) {
    const face = rng.pick(['serif', 'serifMedium', 'sans'] as const);
    const bold = face === 'sans' ? 'sansBold' : 'serifBold';
    const pt = 12.5;
    const f = st(face, pt);
    const lh = px(pt) * 2.3;
    const hp = rng.pick([12.5, 13, 13.5]);
    const x0 = 150;
    const w = s.width - 2 * x0;
    const p = doc.patient;
    const ink = rng.pick(['#203060', '#1a1a1a', '#2b2b70']);
    s.ink = ink === '#1a1a1a' ? '#1a1a1a' : '#222222';

    s.put(s.width / 2, 180, doc.hospital.name, st(bold, 20, { align: 'center', spacing: 5 }));
    s.put(s.width / 2, 280, rng.pick(['诊 断 证 明 书', '疾 病 诊 断 证 明', '诊断证明']), st(bold, 20, { align: 'center', spacing: 6 }));
    s.put(x0 + w, 350, `${rng.pick(['编号', 'No'])}：${doc.recordNo.slice(4)}`, st('sans', 10, { align: 'right', color: '#b02020' }));
    s.put(x0, 350, rng.pick(['□门诊  □住院', '（门诊用）', '门诊']), st(face, 10.5));

    const under = (x: number, y: number, label: string, lw: number): number => {
      const w0 = s.put(x, y, label, f);
      s.line(x + w0, y + 10, x + w0 + lw, y + 10, 1.2, '#444');
      return x + w0 + 14;
    };
    let y = 450;
    handwritten(s, under(x0, y, '姓名', 230), y - 4, p.name, hp, rng);
    handwritten(s, under(x0 + w * 0.33, y, '性别', 90), y - 4, p.sex, hp, rng);
    handwritten(s, under(x0 + w * 0.52, y, '年龄', 120), y - 4, `${p.age}${rng.pick(['岁', ''])}`, hp, rng);
    handwritten(s, under(x0 + w * 0.74, y, '科别', 220), y - 4, doc.department.slice(0, 4), hp * 0.95, rng);
    y += lh;
    const lw = s.put(x0, y, rng.pick(['身份证号', '公民身份号码']), f);
    idBoxes(s, x0 + lw + 20, y, p.idNumber, 50, st('sansLight', 12, { color: '#333' }));
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue });
    y += lh * 1.2;

    s.put(x0, y, rng.pick(['诊断：', '临床诊断：', '诊断意见：']), st(bold, pt));
    const lines = 5;
    for (let i = 0; i < lines; i += 1) s.line(x0 + 200, y + 14 + i * lh, x0 + w, y + 14 + i * lh, 1, '#888');
    const how: Mark = rng.pick(['1.', '1、', '(1)'] as const);
    const dx = doc.dx.western.slice(0, lines - 1);
    s.diagnoses(dx);
    dx.forEach((d, i) => handwritten(s, x0 + 220, y + i * lh, `${dx.length > 1 ? mark(i, how) : ''}${d.text}`, hp, rng));
    if (rng.chance(0.35) && dx.length < lines) handwritten(s, x0 + 220, y + dx.length * lh, `建议排查${suspect(doc, rng).replace(/[？?]|待排|可能性大|疑似/gu, '')}`, hp * 0.9, rng);
    y += lines * lh + lh * 0.3;

    s.put(x0, y, rng.pick(['建议：', '医嘱：', '处理意见：']), st(bold, pt));
    s.line(x0 + 200, y + 14, x0 + w, y + 14, 1, '#888');
    handwritten(s, x0 + 220, y, rng.pick(REST), hp, rng);
    y += lh * 2.2;

    const sw = s.put(x0 + w * 0.5, y, '医师签名：', f);
    signature(s, x0 + w * 0.5 + sw + 10, y, 200, rng);
    y += lh * 1.3;
    const dw = s.put(x0 + w * 0.5, y, rng.pick(['日期：', '开具日期：', '时间：']), f);
    handwritten(s, x0 + w * 0.5 + dw + 10, y - 2, formatDate(doc.dates.issue, rng.pick(['cnShort', 'dot', 'cnShort', 'slash'] as const)), hp, rng);
    seal(s, x0 + w * 0.72 + rng.range(-40, 40), y - lh * 0.6, rng.range(120, 140), doc.hospital.name, rng.pick(['诊断证明专用章', '门诊部']), rng);

    const note = st(face, 9.5, { color: '#333' });
    const ny = 2080;
    s.line(x0, ny - 50, x0 + w, ny - 50, 1);
    s.put(x0, ny, '注：1.本证明书须加盖本院诊断证明专用章方有效；2.涂改无效；3.仅作病情证明，不作其他用途。', note);
    s.put(x0, ny + 45, `${doc.hospital.address}  电话：${doc.hospital.phone}`, note);
  },
};
