import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { CITY, CITY_MORE } from '../hospitals';
import { handwritten, seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, type Mark } from './kit';
import { mobile } from './tune5-kit';
import { wrap } from './tune6-kit';
import { COUNTY26 } from './tune26-kit';

const KEYS: readonly DiseaseKey[] = ['CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE', 'MALIGNANT_TUMOR_OUTPATIENT', 'LEUKEMIA',
  'URAEMIA_DIALYSIS', 'DIABETES', 'HYPERTENSION', 'SEVERE_MENTAL_DISORDER'];
const REASONS = ['病情复杂，本院诊疗条件有限，需上级医院进一步明确诊断及治疗', '需行进一步检查及专科治疗，建议转上级医院',
  '经本院治疗效果欠佳，患者及家属要求转上级医院诊治'];

/** One ruled row: label cells (bold, centred) and value cells (wrapped); `fr` are column widths as fractions of `w`. */
type Cell = { readonly text: string; readonly fr: number; readonly label?: boolean; readonly lines?: readonly string[] };

/**
 * 转诊转院单 (referral out to a higher hospital) of a county general hospital, printed from the HIS for a 医保 patient and filled on
 * the outpatient floor: the hospital's name and 转诊转院单 with a 编号, then a full-width bordered grid — 姓名 (truth) / 性别 / 年龄,
 * 身份证号 (truth) / 医保类型, 转出医院 (this hospital) and 接收医院 (a city hospital: another hospital's name) each with a 科室,
 * 初步诊断 numbered (counted), 病情摘要 with the first visit's date and the past history (decoys), 转诊原因, the 转出医师 written by
 * hand with a phone, 科室意见 signed by the director, 医保经办意见 with the 备案有效期 (decoy) — and the 转诊日期 under the grid
 * beside the hospital's seal (truth visitDate). Sans or serif 10–11 pt.
 */
export const tune26OutpatientReferralUp: Layout = {
  id: 'tune26-outpatient-referral-up',
  kind: 'outpatient',
  split: 'tune',
  style: 'County hospital 医保 转诊转院单 (referral up to a city hospital): full-width bordered grid with 转出医院 / 接收医院, 初步诊断, '
    + '病情摘要, 转诊原因, 科室 and 医保经办意见, 转诊日期 and seal under the grid; sans or serif 10–11 pt',
  exercises: ['转诊日期 under the grid (truth visitDate)', 'two hospital names on the page: 转出 (this) and 接收 (another)',
    '初步诊断 numbered in a tall grid cell (counted)', '首诊日期 and past history in 病情摘要 (decoys)', '备案有效期至 (a later decoy date)',
    'handwritten doctor and director names', 'a phone number in the grid'],
  doc: (rng) => makeDoc(rng, { kind: 'outpatient', keys: KEYS, hospitals: COUNTY26 }),
  draw(s, doc, rng) {
    s.ink = '#181818';
    const x0 = 130;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.45);
    const pt = rng.pick([10, 10.5, 11]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifBold' : 'sansBold', pt);
    const lh = px(pt) * 1.6;
    const p = doc.patient;
    const ds: DateStyle = rng.pick(['cn', 'iso', 'cnShort'] as const);
    const to = rng.pick([...CITY, ...CITY_MORE]);

    s.put(s.width / 2, 170, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 16, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 255, '转 诊 转 院 单', st('serifBold', 15, { align: 'center', spacing: 6 }));
    s.put(right, 320, `编号：ZZ${doc.recordNo.slice(0, 4)}${String(rng.int(0, 99999)).padStart(5, '0')}`, st(f.face, 9.5, { align: 'right' }));
    s.put(x0, 320, rng.pick(['■普通转诊\u3000□急诊转诊', '转诊类型：普通（门诊）']), st(f.face, 9.5));

    let y = 345;
    const row = (cells: readonly Cell[], extra = 0): number => {
      const filled = cells.map((c) => c.lines ?? (c.label ? [c.text] : wrap(s, c.text, c.fr * w - 28, f)));
      const h = Math.max(...filled.map((l) => l.length)) * lh + lh * 0.5 + extra;
      let x = x0;
      cells.forEach((c, i) => {
        const cw = c.fr * w;
        s.rect(x, y, cw, h, 1.6);
        const lines = filled[i] ?? [];
        const top = y + (h - lines.length * lh) / 2 + lh * 0.72;
        lines.forEach((t, k) => s.put(c.label ? x + cw / 2 : x + 14, top + k * lh, t, c.label ? { ...b, align: 'center' } : f));
        x += cw;
      });
      const at = y;
      y += h;
      return at;
    };
    const L = 0.17;
    row([{ text: '姓名', fr: L, label: true }, { text: p.name, fr: 0.2 }, { text: '性别', fr: 0.12, label: true },
      { text: p.sex, fr: 0.16 }, { text: '年龄', fr: 0.12, label: true }, { text: `${p.age}岁`, fr: 0.23 }]);
    row([{ text: '身份证号', fr: L, label: true }, { text: p.idNumber, fr: 0.48 }, { text: '医保类型', fr: 0.12, label: true },
      { text: rng.pick(['城乡居民', '城镇职工']), fr: 0.23 }]);
    row([{ text: '转出医院', fr: L, label: true }, { text: doc.hospital.name, fr: 0.48 }, { text: '科室', fr: 0.12, label: true },
      { text: doc.department, fr: 0.23 }]);
    row([{ text: '接收医院', fr: L, label: true }, { text: to.name, fr: 0.48 }, { text: '科室', fr: 0.12, label: true },
      { text: doc.department, fr: 0.23 }]);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });
    const how: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    row([{ text: '初步诊断', fr: L, label: true }, { text: '', fr: 1 - L, lines: listed(doc.dx.western, how) }]);
    s.diagnoses(doc.dx.western);
    const first = formatDate(doc.dates.firstVisit, ds);
    const summary = `患者${doc.complaint}，${first}于本院首诊，${doc.history.past}。近期经${doc.course}治疗，`
      + `症状改善不明显。查体：BP ${rng.int(120, 170)}/${rng.int(70, 100)}mmHg，神志清，心肺听诊无明显异常。`;
    row([{ text: '病情摘要', fr: L, label: true }, { text: summary, fr: 1 - L }]);
    row([{ text: '转诊原因', fr: L, label: true }, { text: rng.pick(REASONS), fr: 1 - L }]);
    const who = row([{ text: '转出医师', fr: L, label: true }, { text: '', fr: 0.48 }, { text: '联系电话', fr: 0.12, label: true },
      { text: mobile(rng), fr: 0.23 }], lh * 0.3);
    handwritten(s, x0 + L * w + 24, who + lh * 1.15, doc.doctors.attending, pt * 1.4, rng);
    const dept = row([{ text: '科室意见', fr: L, label: true }, { text: '同意转诊。\u3000科主任：', fr: 1 - L }], lh * 0.3);
    handwritten(s, x0 + L * w + 24 + s.measure('同意转诊。\u3000科主任：', f) + 10, dept + lh * 1.15, doc.doctors.director,
      pt * 1.4, rng);
    const until = formatDate(addDays(doc.dates.visit, rng.pick([30, 90, 180])), ds);
    row([{ text: '医保经办意见', fr: L, label: true },
      { text: `同意转诊备案，备案有效期至${until}，请持本单及社保卡到接收医院就诊。`, fr: 1 - L }]);

    y += lh * 2.2;
    const dl = s.put(x0 + w * 0.55, y, '转诊日期：', b);
    s.put(x0 + w * 0.55 + dl, y, formatDate(doc.dates.visit, ds), f);
    seal(s, x0 + w * 0.78, y - lh * 0.6, 96, doc.hospital.name, rng.pick(['医务科', '医疗保险办公室']), rng);
    y += lh * 2.4;
    const notes = ['说明：1.本单一式三联，转出医院、接收医院、医保经办机构各存一联。',
      '2.未办理转诊备案手续自行外出就医的，按规定降低报销比例。'];
    for (const n of notes) {
      s.put(x0, y, n, st(f.face, 9, { color: '#444' }));
      y += px(9) * 1.7;
    }
  },
};
