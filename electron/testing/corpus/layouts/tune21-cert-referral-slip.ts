import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, pastHistory, type Mark } from './kit';
import { blanks, ymdBlanks, type Blank } from './tune4-kit';
import { maskedMobile } from './tune5-kit';
import { settled, suited, wrap } from './tune6-kit';
import { countyWords, followUp } from './tune10-kit';
import { townWard } from './tune12-kit';
import { tickBoxes } from './tune19-kit';
import { local21, TOWN21, upTo, villageOf } from './tune21-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE',
  'URAEMIA_DIALYSIS', 'MALIGNANT_TUMOR_OUTPATIENT', 'SEVERE_MENTAL_DISORDER', 'POST_ARTERIAL_STENT_ANTICOAGULATION'];
const AIMS = ['进一步检查明确诊断', '调整治疗方案', '专科治疗', '门诊慢特病认定'];

/**
 * 双向转诊单（转出） of a Jiangsu, Henan or Hubei township 卫生院 or a Shanghai 社区卫生服务中心, printed from the 基层 HIS on the
 * national template: addressed to the county (or district) hospital it refers up to (another hospital's name), 现有患者 with the
 * name and 身份证号 (truth) in the sentence, a bordered grid — 初步印象 numbered (counted), 主要现病史, 主要既往史 with a past illness
 * (not counted), 治疗经过 since an earlier day (not truth), 转诊目的 tick boxes — 转诊医生's hand, the centre's seal and the 转诊日期
 * (the date of issue, truth). Under a scissors line the 回执 (receipt) the receiving hospital returns: its blanks filled by hand
 * with the day the patient arrived (later, not truth) and its own seal, or left empty.
 */
export const tune21CertReferralSlip: Layout = {
  id: 'tune21-cert-referral-slip',
  kind: 'certificate',
  split: 'tune',
  style: 'Jiangsu / Henan / Hubei 卫生院 or Shanghai 社区卫生服务中心 双向转诊单（转出） from the 基层 HIS: addressed line, patient in the '
    + 'sentence, bordered grid with 初步印象, tick boxes, seal and date, a dashed cut line and a 回执 filled by hand or blank, serif 11.5–12 pt',
  exercises: ['addressed to the receiving hospital (another hospital\'s name) and its 回执 seal', '现有患者王秀英，女，67岁，身份证号…: the '
    + 'name and ID inside the sentence (truth)', '初步印象 numbered in a grid cell (counted)', '主要既往史 with a past illness (not counted)',
    '治疗经过 since an earlier day (not truth)', '转诊目的 ☑ tick boxes', '转诊日期 beside the seal (date of issue, truth)',
    'dashed cut line; 回执 with ＿年＿月＿日 filled by hand on a later day (not truth) or left blank'],
  doc: (rng) => local21(townWard(countyWords(settled(suited(makeDoc(rng, { kind: 'certificate', keys: KEYS, hospitals: TOWN21,
    compoundSurnames: 0.05 }))), rng, { outside: 0.2, near: 0.1 }), rng), rng),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 130;
    const right = s.width - x0;
    const w = right - x0;
    const pt = rng.pick([11.5, 12]);
    const f: Style = st('serif', pt);
    const v: Style = st(rng.chance(0.5) ? 'sans' : 'serif', pt);
    const b: Style = st('serifBold', pt);
    const lh = px(pt) * 1.65;
    const p = doc.patient;
    const up = upTo(doc.hospital);

    s.put(s.width / 2, 150, doc.hospital.name, st('serifBold', 17, { align: 'center', spacing: 2 }));
    s.put(s.width / 2, 232, '双向转诊单（转出）', st('serifBold', 19, { align: 'center', spacing: 4 }));
    const serial = `ZZ${doc.dates.issue.replace(/-/g, '').slice(2)}${String(rng.int(1, 99)).padStart(2, '0')}`;
    s.put(right, 292, `编号：${serial}`, st('sans', 10, { align: 'right' }));

    let y = 360;
    s.put(x0, y, `${up}：`, v);
    y += lh * 1.2;
    const age = `${p.age}岁`;
    const intro = `现有患者${p.name}，性别${p.sex}，年龄${age}，身份证号${p.idNumber}，因病情需要，需转入贵单位，请予以接诊。`;
    wrap(s, intro, w, v, { indent: px(pt) * 2, keep: [p.idNumber, p.name] }).forEach((t, i) => {
      s.put(x0 + (i === 0 ? px(pt) * 2 : 0), y, t, v);
      y += lh;
    });
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue });
    s.diagnoses(doc.dx.western);

    // The grid: a label column, the text wrapping in the rest; each row as tall as its text.
    const labW = 200;
    const mk: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    const since = addDays(doc.dates.issue, -rng.int(3, 20));
    const rows: readonly (readonly [string, readonly string[]])[] = [
      ['联系电话', [`${maskedMobile(rng)}    家庭住址：${villageOf(doc, rng).address}`]],
      ['初步印象', listed(doc.dx.western, mk)],
      ['主要现病史\n（转出原因）', [`${followUp(doc)}，近期${rng.pick(['症状控制欠佳', '血压血糖波动明显', '症状加重'])}，本院条件有限，建议上级医院诊治。`]],
      ['主要既往史', [`${pastHistory(doc, rng)}。`]],
      ['治疗经过', [`${formatDate(since, 'cnShort')}起予${doc.medicines.slice(0, 2).join('、')}等治疗，效果欠佳。`]],
    ];
    y += lh * 0.2;
    const top = y;
    for (const [label, texts] of rows) {
      const lines = texts.flatMap((t) => wrap(s, t, w - labW - 30, v, { keep: [...doc.medicines, formatDate(since, 'cnShort')] }));
      const heads = label.split('\n');
      const h = Math.max(lines.length, heads.length) * lh + lh * 0.5;
      heads.forEach((t, i) => s.put(x0 + labW / 2, y + lh * (0.95 + i), t, { ...b, align: 'center' }));
      lines.forEach((t, i) => s.put(x0 + labW + 16, y + lh * (0.95 + i), t, v));
      s.rect(x0, y, labW, h, 1.5);
      s.rect(x0 + labW, y, w - labW, h, 1.5);
      y += h;
    }
    s.rect(x0, top, w, y - top, 2.2);
    y += lh * 1.05;
    const tw = s.put(x0, y, '转诊目的：', b);
    tickBoxes(s, x0 + tw, y, AIMS, [rng.pick(AIMS.slice(0, 3)), ...(rng.chance(0.4) ? [AIMS[3] ?? ''] : [])], f);
    y += lh * 1.45;
    const sw = s.put(x0, y, '转诊医生（签字）：', f);
    handwritten(s, x0 + sw + 10, y, doc.doctors.attending, pt * 1.3, rng);
    s.put(x0 + w * 0.5, y, `联系电话：${doc.hospital.phone}`, f);
    y += lh * 1.3;
    const issued = formatDate(doc.dates.issue, rng.pick(['cn', 'cnShort'] as const));
    s.put(right, y, `${doc.hospital.name}（盖章）`, { ...f, align: 'right' });
    y += lh * 1.1;
    s.put(right, y, `转诊日期：${issued}`, { ...f, align: 'right' });
    seal(s, right - 220 + rng.range(-30, 30), y - lh * 0.9, rng.range(110, 128), doc.hospital.name, '转诊专用章', rng);

    // The cut line and the 回执.
    y += lh * 1.6;
    s.g.setLineDash([14, 10]);
    s.line(x0 - 20, y, right + 20, y, 1.5, '#555');
    s.g.setLineDash([]);
    const cut = st('sans', 9, { align: 'center', color: '#555' });
    const cw = s.measure('沿此线剪开', cut);
    s.g.fillStyle = '#ffffff';
    s.g.fillRect(s.width / 2 - cw / 2 - 16, y - 20, cw + 32, 40);
    s.put(s.width / 2, y + 10, '沿此线剪开', cut);
    y += lh * 1.7;
    s.put(s.width / 2, y, '双向转诊回执', st('serifBold', 15, { align: 'center', spacing: 4 }));
    y += lh * 1.3;
    s.put(x0, y, `${doc.hospital.name}：`, f);
    y += lh * 1.3;
    const filled = rng.chance(0.6);
    const hp = pt * 1.2;
    const arrived = addDays(doc.dates.issue, rng.int(1, 5));
    const hand = (t: string, min: number): Blank => ({ hand: filled ? t : '', w: min });
    const blank = (items: readonly (string | Blank)[]): number => blanks(s, x0 + px(pt) * 2, y, items, f, hp, rng, '#333');
    blank(['你单位转来的患者', hand(p.name, 200), '已于',
      ...ymdBlanks(arrived, 110, 70).map((x) => (typeof x === 'string' ? x : hand(x.hand, x.w ?? 70))), '到我院']);
    y += lh * 1.35;
    blank([hand(rng.pick(['心内科', '内分泌科', '神经内科', doc.department]), 200), '就诊。']);
    y += lh * 1.6;
    const rw = s.put(x0 + px(pt) * 2, y, '接诊医生：', f);
    if (filled) handwritten(s, x0 + px(pt) * 2 + rw + 10, y, doc.doctors.director, hp, rng);
    s.put(right, y, `${up}（盖章）`, { ...f, align: 'right' });
    if (filled) seal(s, right - 200, y - lh * 0.6, rng.range(105, 120), up, '门诊部', rng);
  },
};
