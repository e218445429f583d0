import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey, Dx } from '../diseases';
import { handwritten, logo, qrCode } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { footer, px, sexAge, st } from './common';
import { listed, reprinted, type Mark } from './kit';
import { maskedMobile } from './tune5-kit';
import { lungTumour, para, settled, suited, yearMonth } from './tune6-kit';
import { denial, followUp } from './tune10-kit';
import { suspected } from './tune11-kit';
import { CITY18, COUNTY18, local18, spread } from './tune18-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'MALIGNANT_TUMOR_OUTPATIENT', 'LEUKEMIA',
  'SEVERE_MENTAL_DISORDER', 'TRANSPLANT_ANTI_REJECTION', 'HEMOPHILIA'];

/** The specialist clinic a chronic patient is followed in. */
const CLINIC: Record<DiseaseKey, string> = {
  HYPERTENSION: '高血压专病门诊', DIABETES: '糖尿病专病门诊', CORONARY_HEART_DISEASE: '冠心病专病门诊', CEREBROVASCULAR_DISEASE: '脑血管病专病门诊',
  URAEMIA_DIALYSIS: '慢性肾脏病门诊', HEMOPHILIA: '血友病专病门诊', MALIGNANT_TUMOR_OUTPATIENT: '肺癌多学科门诊', SEVERE_MENTAL_DISORDER: '精神科专家门诊',
  LEUKEMIA: '血液病专家门诊', POST_ARTERIAL_STENT_ANTICOAGULATION: 'PCI术后随访门诊', TRANSPLANT_ANTI_REJECTION: '移植术后随访门诊',
  PHENYLKETONURIA: '遗传代谢病门诊', CHILD_DISABILITY_REHAB: '儿童康复门诊',
};
const EXAM: Partial<Record<DiseaseKey, string>> = {
  HYPERTENSION: '双肺呼吸音清，心界不大，心率{hr}次/分，律齐，双下肢无水肿', DIABETES: '双足背动脉搏动减弱，双足10g尼龙丝试验感觉减退',
  CEREBROVASCULAR_DISEASE: '神清语利，右侧肢体肌力4级，肌张力稍高，右侧巴氏征阳性', SEVERE_MENTAL_DISORDER: '意识清，接触被动，未引出明显幻觉妄想，自知力部分',
};

/**
 * 门诊病历 of a Beijing or Tianjin 三甲's specialist clinic (or a Hebei / Shandong hospital's 专病门诊) printed at the self-service
 * kiosk: logo and name at the top left with the e-record QR at the right, the clinic under the title, the patient in a shaded band
 * of two rows (门诊号, 费别, 身份证号 — truth —, a masked mobile and 就诊时间 — truth), then the note as labelled blocks down the page —
 * 主诉, 现病史 (the year it was found, not truth), 既往史 with denials, 查体, 辅助检查 dated weeks before (not truth), 诊断 one per line
 * (counted; a suspicion last, not counted), 处理 with the 复诊 date (not truth) — the doctor, and the kiosk's 打印时间 (not truth).
 */
export const tune18OutpatientSpecialist: Layout = {
  id: 'tune18-outpatient-specialist',
  kind: 'outpatient',
  split: 'tune',
  style: 'Beijing / Tianjin 三甲 or Hebei / Shandong hospital 专病门诊 门诊病历 from the kiosk: logo, QR top right, clinic subtitle, shaded '
    + 'two-row patient band, 主诉 / 现病史 / 既往史 / 查体 / 辅助检查 / 诊断 / 处理 blocks with labels in a left column, sans 10.5–11 pt',
  exercises: ['就诊时间：2025-03-04 09:12 in the patient band (truth)', '身份证号 (truth) beside a masked mobile and the 门诊号',
    '现病史 with the month the disease was found (2019年6月, not truth)', '辅助检查 dated two to six weeks before the visit (not truth)',
    '诊断 one per line (counted) with a ？ / 待排 suspicion last (not counted)', '处理 with 复诊 on a date two or four weeks on (not truth)',
    'labels 主  诉 in a left column, blocks parted by thin rules', '打印时间 later in the footer (not truth)'],
  doc: (rng) => local18(lungTumour(reprinted(settled(suited(makeDoc(rng, { kind: 'outpatient', keys: KEYS,
    hospitals: [...CITY18, ...CITY18, ...COUNTY18], aliases: true, outside: 0.2, compoundSurnames: 0.08 })))), rng), rng),
  draw(s, doc, rng) {
    const x0 = 110;
    const right = s.width - 110;
    const w = right - x0;
    const pt = rng.pick([10.5, 11]);
    const f: Style = st(rng.chance(0.7) ? 'sans' : 'sansLight', pt);
    const b: Style = st('sansBold', pt);
    const lh = px(pt) * 1.7;
    const p = doc.patient;
    const tone = rng.pick(['#0d4f91', '#0f6d63', '#7c2030']);

    logo(s, x0 + 38, 118, 38, tone, rng.pick(['ring', 'cross'] as const));
    s.put(x0 + 94, 132, doc.hospital.name, st('sansBold', 16, { color: tone }));
    qrCode(s, right - 118, 62, 118, rng);
    s.put(right - 59, 208, '扫码查看电子病历', st('sans', 7.5, { align: 'center', color: '#444' }));
    s.put(s.width / 2, 250, '门 诊 病 历', st('sansBold', 17, { align: 'center', spacing: 6 }));
    s.put(s.width / 2, 305, `${doc.department} · ${CLINIC[doc.primary]}`, st('sansMedium', 11, { align: 'center', color: '#333' }));

    const [sex, age] = sexAge(doc);
    const hl: Style = st('sans', 10, { color: '#333' });
    const hv: Style = st('sansMedium', 10);
    const top = 340;
    s.g.fillStyle = rng.pick(['#eef2f7', '#f1f1ee', '#edf4f1']);
    s.g.fillRect(x0, top, w, px(10) * 4.2);
    const visit = formatDate(doc.dates.visit, rng.pick(['isoTime', 'isoSec', 'cnTime'] as const), doc.times.visit);
    const fee = rng.pick(['医保', '自费', '门特', /^(北京|天津)/u.test(doc.hospital.address) ? '异地医保' : '医保']);
    spread(s, x0 + 20, right - 20, top + px(10) * 1.6, [['姓名：', p.name], ['性别：', sex], ['年龄：', age],
      ['门诊号：', doc.recordNo], ['费别：', fee], ['', rng.pick(['复诊', '复诊', '初诊'])]], hl, hv);
    spread(s, x0 + 20, right - 20, top + px(10) * 3.3, [['身份证号：', p.idNumber], ['电话：', maskedMobile(rng)], ['就诊时间：', visit]], hl, hv);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });

    const labelW = 170;
    const tx = x0 + labelW;
    const tw = w - labelW;
    let y = top + px(10) * 4.2 + lh * 1.4;
    const block = (label: string, text: string, keep: readonly string[] = []): void => {
      s.put(x0 + 10, y, label, b);
      y = para(s, tx, y, tw, text, f, lh, { keep }) + lh * 0.15;
      s.line(x0, y - lh * 0.55, right, y - lh * 0.55, 0.8, '#b8b8b8');
      y += lh * 0.45;
    };
    const found = yearMonth(doc.dates.firstVisit);
    block('主  诉', `${followUp(doc)}。`);
    block('现 病 史', `患者${found}于${rng.pick(['我院', '外院', '当地医院'])}确诊，长期规律服药治疗，平素${rng.pick(['症状控制尚可', '未规律监测', '间断复查'])}。`
      + `近期${rng.pick(['无明显不适', '偶有乏力、头晕', '夜间睡眠欠佳'])}，饮食可，二便正常，今为复查及调整用药来诊。`, [found]);
    block('既 往 史', `${doc.history.past}。${denial(doc, rng)}。否认药物过敏史。`);
    const bp = `${rng.int(122, 176)}/${rng.int(68, 104)}mmHg`;
    block('查  体', `T 36.${rng.int(2, 8)}℃，BP ${bp}，${(EXAM[doc.primary] ?? '神志清，精神可，心肺腹查体未见明显异常')
      .replace('{hr}', String(rng.int(60, 92)))}。`, [bp]);
    const labDay = formatDate(addDays(doc.dates.visit, -rng.int(14, 42)), 'iso');
    const rows = doc.labs[0]?.rows.slice(0, 4) ?? [];
    const results = rows.map((r) => `${r.abbr} ${r.value}${r.unit}${r.flag}`);
    block('辅助检查', `${labDay}本院${doc.labs[0]?.title ?? '化验'}：${results.join('，')}。`, [labDay, ...results]);

    const mk: Mark = rng.pick(['1.', '1、'] as const);
    const extra: Dx[] = rng.chance(0.45) ? [suspected(doc, rng)] : [];
    const lines = listed([...doc.dx.western, ...extra], mk);
    s.put(x0 + 10, y, '诊  断', b);
    lines.forEach((t, i) => s.put(tx, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += lines.length * lh + lh * 0.15;
    s.line(x0, y - lh * 0.55, right, y - lh * 0.55, 0.8, '#b8b8b8');
    y += lh * 0.45;

    const weeks = rng.pick([2, 4]);
    const back = formatDate(addDays(doc.dates.visit, weeks * 7), rng.pick(['iso', 'cnShort'] as const));
    const meds = doc.medicines.slice(0, 3).map((m, i) => `${i + 1}.${m}`);
    block('处  理', `${meds.join('；')}；${meds.length + 1}.${rng.pick(['低盐低脂饮食，监测血压、血糖', '规律服药，定期复查'])}；`
      + `${meds.length + 2}.${weeks}周后（${back}）复诊，不适随诊。`, [...meds, `${weeks}周后（${back}）`]);

    y += lh * 0.8;
    const sw = s.put(x0 + w * 0.56, y, '医师签名：', b);
    if (rng.chance(0.5)) handwritten(s, x0 + w * 0.56 + sw + 10, y, doc.doctors.attending, pt * 1.3, rng);
    else s.put(x0 + w * 0.56 + sw + 10, y, `${doc.doctors.attending}（电子签名）`, f);
    footer(s, doc, { y: 2215, style: st('sans', 9, { color: '#444' }), page: `打印终端：自助机${rng.int(1, 24)}号`, print: 'isoSec',
      x0, x1: right });
  },
};
