import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import { SCHEME_NAMES, type DiseaseKey } from '../diseases';
import type { LabRow } from '../labs';
import { handwritten, seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { homeAddress } from './tune2-kit';
import { issuedSoon } from './tune4-kit';
import { mobile } from './tune5-kit';
import { para, settled, suited, yearMonth } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { mergedGrid, tickBoxes, type Merged } from './tune19-kit';
import { ALL_B15, idPhoto, localB15, placeB15, REGION_B15, SCHEME_B15 } from './blind15-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE',
  'URAEMIA_DIALYSIS', 'MALIGNANT_TUMOR_OUTPATIENT', 'SEVERE_MENTAL_DISORDER', 'POST_ARTERIAL_STENT_ANTICOAGULATION'];
const COMMON: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS',
  'MALIGNANT_TUMOR_OUTPATIENT', 'SEVERE_MENTAL_DISORDER'];

/**
 * The regional 门诊慢特病 / 门诊特殊病 / 门诊大病 application form (认定申请表) of Xinjiang, Qinghai, Hainan or Shanghai as a
 * hospital fills it in: a ruled grid with a pasted ID photo, 出生日期 (not truth), 身份证号 (truth), the scheme's 病种 ticked (the
 * scheme's words, not diagnoses), boxes for the history (the first diagnosis by month; on some pages the recent stay in the
 * hospital — truth), dated test results (not truth), 临床诊断 (counted), the doctor's opinion and the hospital's 医保办 opinion
 * dated under the seal (the date of issue, truth), and the insurance office's box left blank for its own dates.
 */
export const blind15Certificate1: Layout = {
  id: 'blind15-certificate-1',
  kind: 'certificate',
  split: 'blind',
  style: 'Xinjiang / Qinghai / Hainan / Shanghai 门诊慢特病（特殊病 / 大病）认定申请表 filled in by the hospital: ruled grid with a '
    + 'pasted photo, ticked 病种, boxed history / tests / 临床诊断 / opinions, seal over the 医保办 date, serif 10.5–11.5 pt',
  exercises: ['出生日期 in the grid (not truth)', 'ID photo (not text)', '病种 tick boxes in the scheme\'s words (not counted)',
    'a recent stay in the history on some pages (truth)', 'dated test results (not truth)', '医师 and 医保办 dates (the issue date)',
    'a blank 年 月 日 for the insurance office'],
  doc: (rng) => localB15(countyWords(settled(suited(issuedSoon(makeDoc(rng, { kind: 'certificate', keys: KEYS, hospitals: ALL_B15,
    compoundSurnames: 0.05 }), rng))), rng, { outside: 0.2, near: 0.1, avoid: /急性/u }), rng),
  draw(s, doc, rng) {
    s.ink = '#161616';
    const x0 = 130;
    const right = s.width - x0;
    const w = right - x0;
    const pt = rng.pick([10.5, 11, 11.5]);
    const f: Style = st('serif', pt);
    const b: Style = st('serifBold', pt);
    const val: Style = st(rng.pick(['sans', 'serif'] as const), pt);
    const lh = px(pt) * 1.55;
    const p = doc.patient;
    const place = placeB15(doc.hospital);
    const scheme = SCHEME_B15[place];

    s.put(s.width / 2, 135, `${REGION_B15[place]}基本医疗保险`, st('serifBold', 15, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 205, `${scheme}认定申请表`, st('serifBold', 18, { align: 'center', spacing: 5 }));
    s.put(x0, 275, `定点医疗机构：${doc.hospital.name}`, f);
    s.put(right, 275, `编号：${doc.dates.issue.slice(0, 4)}${String(rng.int(1, 99999)).padStart(5, '0')}`, { ...f, align: 'right' });

    // The grid, the photo pasted into the tall cell at the right.
    const cols = [150, 230, 120, 150, 150, 310, 284];
    const rowH = px(pt) * 2.3;
    const L = (text: string, more: Partial<Merged> = {}): Merged => ({ text, label: true, ...more });
    const V = (text: string, more: Partial<Merged> = {}): Merged => ({ text, ...more });
    const options = [...new Set([...doc.dx.keys, ...rng.sample(COMMON, 6)])].slice(0, 6).map((k) => SCHEME_NAMES[k]);
    while (options.reduce((n, o) => n + s.measure(`□${o}`, val) + px(pt), 0) > w - 200) options.pop();
    const chosen = doc.dx.keys.map((k) => SCHEME_NAMES[k]).filter((o) => options.includes(o));
    const top = 310;
    let y = mergedGrid(s, x0, top, cols, rowH, [
      [L('姓名'), V(p.name), L('性别'), V(p.sex), L('出生日期'), V(formatDate(p.birth, 'cn')), V('', { down: 4 })],
      [L('身份证号'), V(p.idNumber, { span: 3 }), L('联系电话'), V(mobile(rng))],
      [L('参保类别'), V(rng.pick(['城乡居民医保', '职工医保']), { span: 3 }), L('参保地'), V(REGION_B15[place].replace('维吾尔自治区', ''))],
      [L('家庭住址'), V(homeAddress(doc, rng), { span: 5 })],
      [L('申请病种'), V('', { span: 6 })],
    ], val, b, { shade: '#f2f2f2', border: 1.5 });
    idPhoto(s, x0 + w - 284 + 42, top + 16, 200, rowH * 4 - 32, p.sex, rng);
    tickBoxes(s, x0 + 170, top + rowH * 4.5 + px(pt) * 0.36, options, chosen, val);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue });

    const box = (title: string, body: () => void, minH = 0): void => {
      const y0 = y;
      y += lh * 0.95;
      s.put(x0 + 16, y, title, b);
      y += lh;
      body();
      y = Math.max(y, y0 + minH);
      s.rect(x0, y0, w, y - y0 + lh * 0.1, 1.5);
      y += lh * 0.1;
    };
    const text = (t: string, keep: readonly string[] = []): void => {
      y = para(s, x0 + 40, y, w - 80, t, val, lh, { keep }) + lh * 0.15;
    };
    const stay = rng.chance(0.5);
    const [a, d] = [formatDate(doc.dates.admission, 'cnShort'), formatDate(doc.dates.discharge, 'cnShort')];
    if (stay) s.note({ admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    const since = yearMonth(addDays(doc.dates.issue, -rng.int(400, Math.max(500, Math.min(3600, (p.age - 16) * 365)))));
    box('病史摘要：', () => text(`患者${since}确诊，长期规律治疗。`
      + `${stay ? `近期于${a}至${d}在我院${doc.department}住院治疗，` : ''}目前规律服用${doc.medicines.slice(0, 2).join('、')}，`
      + `需长期门诊治疗。`, [a, d]));
    const results = (rows: readonly LabRow[]): string => rows.slice(0, doc.dx.western.length > 3 ? 2 : 3)
      .map((r) => `${r.name} ${r.value}${r.unit}${r.flag}`).join('，');
    box('主要检查结果：', () => doc.labs.forEach((panel, i) => text(`${formatDate(addDays(doc.dates.issue, -rng.int(3, 60) - i * 20), 'iso')}`
      + `\u3000${panel.title}：${results(panel.rows)}`)));
    box('临床诊断：', () => doc.dx.western.forEach((x, i) => text(`${i + 1}.${x.text}`)));
    s.diagnoses(doc.dx.western);
    const issued = formatDate(doc.dates.issue, rng.pick(['cn', 'cnShort'] as const));
    box('经治医师意见：', () => {
      text(`患者所患疾病符合${scheme}认定标准，建议予以认定。`);
      const sw = s.put(x0 + w * 0.42, y, '医师签名：', f);
      handwritten(s, x0 + w * 0.42 + sw + 10, y, doc.doctors.attending, pt * 1.3, rng);
      s.put(right - 40, y, issued, { ...val, align: 'right' });
      y += lh * 0.6;
    });
    const sealY = y + lh * 1.6;
    box('医院医保办意见：', () => {
      text(rng.pick(['情况属实，同意申报。', '经审核，资料齐全，同意上报。']));
      s.put(right - 40, y, '（盖章）', { ...f, align: 'right' });
      s.put(right - 40, y + lh, issued, { ...val, align: 'right' });
      y += lh * 1.6;
    });
    seal(s, right - 200 + rng.range(-20, 20), sealY + lh * 0.6, rng.range(118, 135), doc.hospital.name, '医疗保险办公室', rng);
    box('医保经办机构审核意见：', () => {
      y += lh * 0.8;
      s.put(x0 + w * 0.1, y, '经办人：', f);
      s.put(x0 + w * 0.38, y, '复核人：', f);
      s.put(right - 40, y, '年\u3000\u3000月\u3000\u3000日', { ...f, align: 'right' });
      y += lh * 0.6;
    });
    s.put(x0, y + lh * 1.1, '注：本表一式两份，须附近期病历、检查报告复印件及身份证复印件。', st('serif', 9, { color: '#444' }));
  },
};
