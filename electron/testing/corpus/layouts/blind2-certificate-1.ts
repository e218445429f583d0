import { makeDoc, type Doc } from '../case';
import { parts } from '../dates';
import type { DiseaseKey, Dx } from '../diseases';
import type { Hospital } from '../hospitals';
import { handwritten, nameStamp, seal, signature } from '../marks';
import type { Rng } from '../rng';
import type { Layout } from '../types';
import { st } from './common';
import { SD_COUNTY, SD_TOWN } from './blind-kit';
import { COMMUNITY, paper, plausible, resident, TCM_SMALL } from './blind2-kit';
import { doubtful, needs } from './tune2-kit';

/** Blind layouts (split 'blind'): see blind2-kit.ts. Not for reading while tuning the extractor. */

const COMMON: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE'];
const PLACES: readonly Hospital[] = [...SD_TOWN, ...COMMUNITY.slice(4), ...SD_COUNTY.slice(0, 7), ...TCM_SMALL];
const VILLAGES = ['东关村', '前屯村', '王庄村', '新河社区', '李家楼村', '后营村', '幸福家园小区'];
const REST = ['建议休息一周', '建议休息两周', '建议全休1个月', '注意休息，定期复查', '需长期服药，门诊随诊'];

function issued(rng: Rng): Doc {
  const hospital = rng.pick(PLACES);
  const small = /卫生院|社区/.test(hospital.name);
  const doc = makeDoc(rng, { kind: 'certificate', hospitals: [hospital], tcm: hospital.name.includes('中医'), keys: small ? COMMON : undefined,
    compoundSurnames: 0.12 });
  return plausible(resident(doc, rng));
}

export const blind2Certificate1: Layout = {
  id: 'blind2-certificate-1',
  kind: 'certificate',
  split: 'blind',
  style: 'blind2 layout 7',
  exercises: ['blind'],
  doc: issued,
  draw(s, doc, rng) {
    const tint = rng.pick(['#f9e8ea', '#f6f0d6', '#e9f2e8', '#fdfdfb']);
    paper(s, tint);
    const form = rng.pick(['#b23a48', '#2f5f8a', '#3b6e4a']);
    s.ink = form;
    const x0 = 150;
    const x1 = s.width - 150;
    const lab = st('serif', 13, { color: form });
    s.put(s.width / 2, 150, doc.hospital.name, st('serifBold', 18, { align: 'center', spacing: 6, color: form }));
    s.put(s.width / 2, 250, '诊 断 证 明 书', st('serifBold', 22, { align: 'center', color: form }));
    s.put(x0, 320, '（第二联\u3000交患者）', st('serif', 10, { color: form }));
    s.put(x1, 320, `№ ${String(rng.int(1, 99999)).padStart(7, '0')}`, st('sansBold', 13, { align: 'right', color: '#c62828' }));
    s.line(x0, 346, x1, 346, 2.4, form);

    const hand = (x: number, y: number, text: string, size = 15): number => handwritten(s, x, y, text, size, rng);
    /** A pre-printed label and a line to write on; the handwriting is set a little above the line. */
    const blank = (x: number, y: number, label: string, lineW: number, value: string): number => {
      const lw = s.put(x, y, label, lab);
      s.line(x + lw + 6, y + 10, x + lw + lineW, y + 10, 1.4, form);
      hand(x + lw + 24 + rng.range(0, 14), y + rng.range(-6, 2), value);
      return x + lw + lineW + 36;
    };
    const p = doc.patient;
    let x = blank(x0, 450, '姓名', 250, p.name);
    x = blank(x, 450, '性别', 90, p.sex);
    x = blank(x, 450, '年龄', 140, rng.chance(0.5) ? `${p.age}岁` : String(p.age));
    blank(x, 450, '科别', x1 - x - 80, /卫生院|社区/.test(doc.hospital.name) ? rng.pick(['内科', '全科', '内科']) : doc.department);

    const iw = s.put(x0, 550, '身份证号', lab);
    const box = 48;
    [...p.idNumber].forEach((ch, i) => {
      const bx = x0 + iw + 20 + i * box;
      s.rect(bx, 550 - box * 0.8, box, box, 1.4, form);
      hand(bx + 12 + rng.range(-3, 3), 550 + rng.range(-5, 2), ch, 13);
    });
    const county = /^(.*?(?:县|市|区))/u.exec(doc.hospital.address)?.[1] ?? '';
    blank(x0, 650, '住址', x1 - x0 - 80, `${county}${rng.pick(VILLAGES)}${rng.int(1, 99)}号`);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue });

    const ruled = (y: number, n: number, gap: number): void => {
      for (let i = 0; i < n; i += 1) s.line(x0, y + 12 + i * gap, x1, y + 12 + i * gap, 1.2, form);
    };
    const dxLines: string[] = [];
    const counted: Dx[] = [...doc.dx.tcm, ...doc.dx.western];
    doc.dx.tcm.forEach((d) => dxLines.push(`中医：${d.text}`));
    doc.dx.western.forEach((d, i) => dxLines.push(`${doc.dx.tcm.length > 0 && i === 0 ? '西医：' : ''}${i + 1}.${d.text}`));
    if (rng.chance(0.25)) dxLines.push(`${doc.dx.western.length + 1}.${doubtful(rng, doc).text}`);
    s.diagnoses(counted);
    const gap = 76;
    let y = 780;
    s.put(x0, y, '诊断：', lab);
    ruled(y + gap, Math.max(4, dxLines.length), gap);
    dxLines.forEach((t, i) => hand(x0 + 70 + rng.range(0, 30), y + (i + 1) * gap + rng.range(-6, 2), t));
    y += (Math.max(4, dxLines.length) + 1) * gap + 30;
    s.put(x0, y, '处理意见：', lab);
    ruled(y + gap, 3, gap);
    hand(x0 + 70 + rng.range(0, 30), y + gap - 2, `${needs(doc)}，`);
    hand(x0 + 70 + rng.range(0, 30), y + 2 * gap - 2, `${rng.pick(REST)}。`);
    y += 4 * gap + 60;

    const sw = s.put(x0, y, '医师签名：', lab);
    s.line(x0 + sw + 6, y + 10, x0 + sw + 330, y + 10, 1.4, form);
    signature(s, x0 + sw + 40, y - 6, 190, rng);
    if (rng.chance(0.5)) nameStamp(s, x0 + sw + 260, y - 70, doc.doctors.attending, rng);
    const hw = s.put(x0 + 820, y, '（医院盖章）', lab);
    const dy = y + 110;
    const [yy, mm, dd] = parts(doc.dates.issue);
    const printed20 = rng.chance(0.5);
    let dateX = x0 + 780;
    if (printed20) dateX += s.put(dateX, dy, '20', lab) + 8;
    const pieces: [string, string][] = [[printed20 ? String(yy).slice(2) : String(yy), '年'], [String(mm), '月'], [String(dd), '日']];
    for (const [n, unit] of pieces) {
      s.line(dateX, dy + 10, dateX + (n.length > 2 ? 130 : 80), dy + 10, 1.4, form);
      hand(dateX + 14 + rng.range(0, 8), dy + rng.range(-6, 2), n, 15);
      dateX += n.length > 2 ? 130 : 80;
      dateX += s.put(dateX + 6, dy, unit, lab) + 18;
    }
    seal(s, x0 + 820 + hw / 2 + rng.range(-40, 60), y + 40 + rng.range(-30, 30), rng.range(140, 160), doc.hospital.name, '诊断证明专用章', rng);
    const note = st('serif', 9.5, { color: form });
    s.line(x0, 2150, x1, 2150, 1, form);
    s.put(x0, 2196, '注：1.本证明书须加盖诊断证明专用章方有效；2.涂改无效；3.仅作病情证明，不作其他用途。', note);
    s.put(x0, 2240, '第一联 存根\u3000第二联 交患者\u3000第三联 病案室', note);
    s.ink = '#161616';
  },
};
