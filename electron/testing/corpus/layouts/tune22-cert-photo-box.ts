import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, seal } from '../marks';
import type { Sheet, Style } from '../sheet';
import type { Layout } from '../types';
import type { Rng } from '../rng';
import { px, st } from './common';
import { listed, type Mark } from './kit';
import { para, suited, wrap } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { ALL22, local22, nation22 } from './tune22-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS',
  'MALIGNANT_TUMOR_OUTPATIENT', 'SEVERE_MENTAL_DISORDER', 'TRANSPLANT_ANTI_REJECTION'];

/** A one-inch ID photo glued into the box: a grey backdrop, head and shoulders (not text), or the empty box's own words. */
function photo(s: Sheet, x: number, y: number, w: number, h: number, glued: boolean, rng: Rng): void {
  s.rect(x, y, w, h, 1.5);
  if (!glued) {
    s.put(x + w / 2, y + h / 2, '粘贴照片处', st('sans', 9, { align: 'center', color: '#777' }));
    return;
  }
  const g = s.g;
  const m = 14;
  g.fillStyle = rng.pick(['#c9d6e6', '#d9d9d9', '#e7c9c9']);
  g.fillRect(x + m, y + m, w - 2 * m, h - 2 * m);
  g.fillStyle = '#5b5550';
  g.beginPath();
  g.ellipse(x + w / 2, y + h * 0.4, w * 0.2, h * 0.17, 0, 0, Math.PI * 2);
  g.fill();
  g.fillStyle = '#3a3f4a';
  g.beginPath();
  g.ellipse(x + w / 2, y + h - m, w * 0.4, h * 0.22, 0, Math.PI, Math.PI * 2);
  g.fill();
}

/**
 * 疾病诊断证明书 for a 门诊慢特病 application at a Hainan, Guangxi, Qinghai, Xinjiang or 甘孜 / 阿坝 county hospital: the title and a
 * 编号 at the top, a one-inch photo box at the right (mostly a photo, sometimes the empty 粘贴照片处) beside the header lines 姓名
 * (truth) 性别 年龄 民族 / 身份证号 (truth) / 住址; prose: a stay stated with both dates (truth, on some pages) or an outpatient
 * visit, 首次确诊 years before (decoy date), the numbered 诊断 (counted), 医疗建议; 医师 and 科主任 signing by hand, the 开具日期
 * (truth visitDate) over a 有效期至 (decoy, months later), the hospital's 诊断证明专用章 across the photo's corner and the date.
 */
export const tune22CertPhotoBox: Layout = {
  id: 'tune22-cert-photo-box',
  kind: 'certificate',
  split: 'tune',
  style: 'Hainan / Guangxi / western county hospital 疾病诊断证明书 for a 慢特病 application: photo box right of the header, prose stay '
    + 'or visit, numbered 诊断, two hand signatures, 开具日期 over 有效期至, seal across the photo; serif 12–13 pt',
  exercises: ['photo box (a photo or 粘贴照片处) beside the header', 'stay stated in a sentence on some pages (truth)',
    '首次确诊 date years before (decoy)', '有效期至 months after the issue (decoy)', '开具日期 (truth visitDate)',
    'seal across the photo corner', 'Uyghur / Tibetan names, 民族'],
  doc: (rng) => local22(countyWords(suited(makeDoc(rng, { kind: 'certificate', keys: KEYS, hospitals: ALL22 })), rng,
    { outside: 0.25, near: 0.1 }), rng),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 150;
    const right = s.width - x0;
    const w = right - x0;
    const pt = rng.pick([12, 12.5, 13]);
    const f: Style = st('serif', pt);
    const b: Style = st('serifBold', pt);
    const lh = px(pt) * 1.9;
    const p = doc.patient;
    const ds: DateStyle = rng.pick(['cn', 'cnShort']);

    s.put(s.width / 2, 180, doc.hospital.name, st('serifBold', 18, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 270, '疾病诊断证明书', st('serifBold', 22, { align: 'center', spacing: 10 }));
    s.put(right, 340, `编号：${doc.recordNo.slice(2)}${rng.int(10, 99)}`, st('serif', 10, { align: 'right' }));

    const pw = 276;
    const ph = 354;
    const px0 = right - pw;
    const py0 = 380;
    photo(s, px0, py0, pw, ph, rng.chance(0.8), rng);
    let y = py0 + lh;
    const head = (l: string, v: string): void => {
      s.pair(x0, y, l, v, b, f);
      const lw = s.measure(l, b);
      s.line(x0 + lw, y + 10, px0 - 50, y + 10, 1, '#666');
      y += lh * 1.15;
    };
    head('姓\u3000\u3000名：', p.name);
    head('性别 / 年龄：', `${p.sex}  ${p.age}岁`);
    head('民\u3000\u3000族：', nation22(doc, rng));
    head('身份证号：', p.idNumber);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue });
    y = Math.max(y, py0 + ph) + lh * 1.3;

    const stay = rng.chance(0.55);
    const first = formatDate(addDays(doc.dates.firstVisit, -rng.int(0, 400)), ds);
    const where = stay
      ? `该患者于${formatDate(doc.dates.admission, ds)}至${formatDate(doc.dates.discharge, ds)}在我院${doc.department}住院治疗，共${doc.stayDays}天。`
      : `该患者于${formatDate(doc.dates.visit, ds)}来我院${doc.department}门诊就诊。`;
    if (stay) s.note({ admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    const prose = `${where}患者自诉于${first}首次在外院确诊，长期门诊随访治疗，需长期规律用药。`;
    y = para(s, x0, y, w, prose, f, lh, { indent: 2 * px(pt), keep: [first] });
    y += lh * 0.3;
    s.put(x0, y, '诊断：', b);
    const mk: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    listed(doc.dx.western, mk).forEach((t) => {
      s.put(x0 + s.measure('诊断：', b), y, t, f);
      y += lh;
    });
    s.diagnoses(doc.dx.western);
    y += lh * 0.3;
    s.put(x0, y, '医疗建议：', b);
    for (const t of wrap(s, `病情需长期门诊治疗，建议申请${rng.pick(['门诊慢特病', '门诊特殊慢性病', '门诊慢性病'])}待遇，定期复查。`,
      w - s.measure('医疗建议：', b), f)) {
      s.put(x0 + s.measure('医疗建议：', b), y, t, f);
      y += lh;
    }

    y = Math.max(y + lh * 2, 1750);
    s.put(x0, y, '医师签名：', b);
    handwritten(s, x0 + s.measure('医师签名：', b) + 10, y, doc.doctors.attending, pt + 2, rng);
    s.put(x0 + w * 0.5, y, '科主任签名：', b);
    handwritten(s, x0 + w * 0.5 + s.measure('科主任签名：', b) + 10, y, doc.doctors.director, pt + 2, rng);
    y += lh * 1.6;
    const issued = formatDate(doc.dates.issue, ds);
    s.pair(x0 + w * 0.5, y, '开具日期：', issued, b, f);
    y += lh;
    s.pair(x0 + w * 0.5, y, '有效期至：', formatDate(addDays(doc.dates.issue, rng.pick([90, 180])), ds), st('serif', pt - 1.5),
      st('serif', pt - 1.5));
    seal(s, x0 + w * 0.66, y - lh * 1.2, 120, doc.hospital.name, '诊断证明专用章', rng);
    seal(s, px0 + pw - 20, py0 + ph - 20, 95, doc.hospital.name, '诊断证明专用章', rng);
    y += lh * 1.4;
    s.put(x0, y, '注：本证明涂改无效，未加盖诊断证明专用章无效。', st('serif', pt - 2.5, { color: '#444' }));
  },
};
