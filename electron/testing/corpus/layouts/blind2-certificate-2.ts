import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import { handwritten, seal, signature } from '../marks';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { BIG, mobileNo, SD_CITY, SD_COUNTY } from './blind-kit';
import { denying, plausible, resident } from './blind2-kit';
import { icdOf, pastHistory, printedOn } from './kit';
import { prose } from './tune2-kit';

/** Blind layouts (split 'blind'): see blind2-kit.ts. Not for reading while tuning the extractor. */

const SCHEME: Record<string, string> = {
  HYPERTENSION: '高血压', DIABETES: '糖尿病', CORONARY_HEART_DISEASE: '冠心病', CEREBROVASCULAR_DISEASE: '脑血管病', URAEMIA_DIALYSIS: '尿毒症透析治疗',
  HEMOPHILIA: '血友病', MALIGNANT_TUMOR_OUTPATIENT: '恶性肿瘤门诊治疗', SEVERE_MENTAL_DISORDER: '严重精神障碍', LEUKEMIA: '白血病',
  POST_ARTERIAL_STENT_ANTICOAGULATION: '动脉血管支架植入等术后抗凝治疗', TRANSPLANT_ANTI_REJECTION: '组织或器官移植抗排异治疗',
};

export const blind2Certificate2: Layout = {
  id: 'blind2-certificate-2',
  kind: 'certificate',
  split: 'blind',
  style: 'blind2 layout 8',
  exercises: ['blind'],
  doc: (rng) => plausible(resident(makeDoc(rng, { kind: 'certificate', hospitals: [...SD_CITY, ...SD_COUNTY, ...BIG.slice(0, 4)], aliases: true, outside: 0.15,
    compoundSurnames: 0.15 }), rng)),
  draw(s, doc, rng) {
    s.ink = '#171717';
    const x0 = 110;
    const x1 = s.width - 110;
    const w = x1 - x0;
    s.put(s.width / 2, 126, doc.hospital.name, st('sansBold', 17, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 200, rng.pick(['门诊慢特病诊断证明书', '门诊慢特病病种诊断证明']), st('sansBold', 16, { align: 'center', spacing: 2 }));
    const f = st('sans', 10.5);
    const small = st('sans', 9.5);
    const insured = doc.patient.age < 18 || rng.chance(0.5) ? '城乡居民基本医疗保险' : '职工基本医疗保险';
    s.put(x0, 268, `险种：${insured}`, small);
    s.put(x1, 268, `编号：MT${doc.dates.issue.replace(/-/g, '')}${String(rng.int(1, 999)).padStart(3, '0')}`, { ...small, align: 'right' });

    const p = doc.patient;
    const [sex, age] = sexAge(doc);
    const lab = st('sansMedium', 10.5);
    const L = (text: string, wd = 150) => ({ text, w: wd, label: true });
    const V = (text: string, wd: number) => ({ text, w: wd });
    const county = /^(.*?(?:县|市|区))/u.exec(doc.hospital.address)?.[1] ?? '';
    const scheme = SCHEME[doc.primary] ?? '高血压';
    let y = s.grid(x0, 296, 60, [
      [L('姓名'), V(p.name, 300), L('性别', 110), V(sex, 130), L('年龄', 110), V(age, 160), L('联系电话', 170), V(mobileNo(rng), w - 1130)],
      [L('身份证号'), V(p.idNumber, 600), L('参保地', 170), V(county, w - 920)],
      [L('现住址'), V(`${county}${rng.pick(['城区', '开发区', '城关街道'])}${rng.pick(['幸福路', '建设街', '育才小区', '向阳社区'])}${rng.int(1, 120)}号`, w - 150)],
      [L('申请病种'), V(scheme, w - 150)],
    ], f, { label: lab, shade: '#f1f1f1', border: 1.4 });
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue });

    y += 70;
    s.put(x0, y, '诊断情况', st('sansBold', 11));
    const dx = doc.dx.western;
    s.diagnoses(dx);
    const widths = [100, 780, 250, w - 1130];
    const since = (i: number): string => formatDate(i === 0 ? doc.dates.firstVisit : addDays(doc.dates.issue, -rng.int(30, 2400)), 'slash');
    y = s.grid(x0, y + 24, 54, [
      ['序号', '诊断名称', 'ICD-10', '首次确诊日期'].map((text, i) => ({ text, w: widths[i] ?? 0, label: true })),
      ...dx.map((d, i) => [String(i + 1), d.text, icdOf(d, i), since(i)].map((text, j) => ({ text, w: widths[j] ?? 0, align: j === 1 ? ('left' as const) : ('center' as const) }))),
    ], f, { label: lab, shade: '#f1f1f1', border: 1.4 });

    const lh = px(10.5) * 1.75;
    /** A bordered row: the label in a shaded cell on the left, the content beside it; returns the bottom edge. */
    const block = (top: number, label: string, content: (x: number, y: number, w: number) => number): number => {
      const bottom = content(x0 + 176, top + 50, w - 200) - lh + 30;
      s.g.fillStyle = '#f1f1f1';
      s.g.fillRect(x0, top, 150, bottom - top);
      s.rect(x0, top, 150, bottom - top, 1.4);
      s.rect(x0 + 150, top, w - 150, bottom - top, 1.4);
      s.put(x0 + 75, top + 50, label, { ...lab, align: 'center' });
      return bottom;
    };
    const lab0 = doc.labs[0]?.rows.slice(0, 3).map((r) => `${r.abbr} ${r.value}${r.flag}${r.unit}`).join('，') ?? '';
    const checked = addDays(doc.dates.issue, -rng.int(2, 40));
    const imaging = doc.imaging ? `${formatDate(addDays(checked, -rng.int(0, 20)), 'cnShort')}${doc.imaging.exam}：${doc.imaging.impression}。` : '';
    y = block(y + 40, '诊断依据', (x, yy, ww) => prose(s, x, yy, ww,
      `患者因“${doc.complaint}”多次就诊。既往史：${denying(doc, pastHistory(doc, rng))}。家族史：${doc.history.family}。`
      + `${formatDate(checked, 'cnShort')}查：${lab0}。${imaging}`, f, lh, { keep: [p.name] }));
    y = block(y, '治疗方案', (x, yy, ww) => prose(s, x, yy, ww, `${doc.medicines.join('；')}，长期规律治疗，定期复查。`, f, lh));
    y = block(y, '医师意见', (x, yy, ww) => {
      let cy = prose(s, x, yy, ww, `经诊治，该患者符合“${scheme}”病种认定标准，建议纳入门诊慢特病管理。`, f, lh);
      const sw = s.put(x, cy + 20, '诊断医师（签字）：', f);
      handwritten(s, x + sw + 12, cy + 20, doc.doctors.attending, 14, rng);
      s.put(x + ww, cy + 20, `开具日期：${formatDate(doc.dates.issue, 'cn')}`, { ...f, align: 'right' });
      cy += 20 + lh;
      return cy + 10;
    });

    // Two sign-offs side by side: the department head the same day, the insurance office later.
    const half = w / 2;
    const top = y + 40;
    const h = 250;
    s.rect(x0, top, half, h, 1.4);
    s.rect(x0 + half, top, half, h, 1.4);
    s.put(x0 + 24, top + 56, '科室负责人意见：同意', f);
    s.put(x0 + half + 24, top + 56, `医保办审核意见：${rng.pick(['同意', '符合'])}`, f);
    const hw = s.put(x0 + 24, top + 150, '签字：', f);
    signature(s, x0 + 40 + hw, top + 142, 150, rng);
    s.put(x0 + half - 24, top + 210, formatDate(doc.dates.issue, 'iso'), { ...f, align: 'right' });
    s.put(x0 + half + 24, top + 150, '（盖章）', f);
    const audited = addDays(doc.dates.issue, rng.int(1, 6));
    s.put(x1 - 24, top + 210, `审核日期：${formatDate(audited, 'iso')}`, { ...f, align: 'right' });
    seal(s, x0 + half + 300 + rng.range(-40, 40), top + 130 + rng.range(-20, 20), rng.range(118, 132), doc.hospital.name, '医疗保险办公室', rng);

    const note = st('sansLight', 8.5, { color: '#444' });
    s.put(x0, 2196, '说明：本证明仅用于门诊慢特病待遇认定，复印件无效；认定结果以医保经办机构审核为准。', note);
    s.put(x0, 2240, `打印时间：${formatDate(printedOn(doc) > audited ? printedOn(doc) : addDays(audited, 1), 'isoSec', doc.times.print)}`, note);
    s.put(x1, 2240, '第1页/共1页', { ...note, align: 'right' });
  },
};
