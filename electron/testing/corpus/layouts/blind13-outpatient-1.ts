import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, printedOn } from './kit';
import { ticks } from './tune7-kit';
import { sectionTable } from './tune8-kit';
import { suited } from './tune6-kit';
import { countyWords, denial, followUp, kin } from './tune10-kit';
import { HAINAN13, local13, nation13, partnerOf, PLATEAU13, XINJIANG13 } from './blind13-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS',
  'MALIGNANT_TUMOR_OUTPATIENT', 'LEUKEMIA', 'SEVERE_MENTAL_DISORDER', 'HEMOPHILIA', 'POST_ARTERIAL_STENT_ANTICOAGULATION'];

/**
 * 远程门诊 / 远程会诊 record of a Tibet, Qinghai, Xinjiang or Hainan hospital whose patient was seen by video by an expert of
 * its partner hospital: a coloured band with the hospital and its 远程医学中心, a bordered grid naming two hospitals and four
 * people (申请医院 — the issuer —, 会诊医院 — another —, 姓名 — truth —, 身份证号 — truth —, 申请医师 and 会诊专家 — other
 * names), 申请时间 a few days before 会诊时间 (the visit: truth), then a label-column table: 病历摘要 with denials and a
 * relative's disease, 辅助检查 dated before the visit, 初步诊断 of the applying doctor (not truth), 会诊意见, 会诊诊断 (truth)
 * and 处理建议 with a follow-up in a month (not truth); the expert's handwritten name and the date under it.
 */
export const blind13Outpatient1: Layout = {
  id: 'blind13-outpatient-1',
  kind: 'outpatient',
  split: 'blind',
  style: 'Tibet / Qinghai / Xinjiang / Hainan hospital 远程门诊 or 远程会诊 record: coloured band with 远程医学中心, bordered grid of two '
    + 'hospitals and four people, label-column body table, expert\'s handwritten signature, sans or serif 10.5–11.5 pt',
  exercises: ['申请医院 and 会诊医院 (two hospital names; the issuer is the applying one)', '申请时间 days before 会诊时间 (truth = 会诊时间)',
    '申请医师 / 会诊专家 names beside the patient', '初步诊断 of the applicant (not truth) vs 会诊诊断 (truth)',
    '辅助检查 dated days before the visit', 'Tibetan names and 民族 藏族 / 土族 / 回族'],
  doc: (rng) => local13(suited(countyWords(makeDoc(rng, { kind: 'outpatient', keys: KEYS,
    hospitals: [...PLATEAU13, ...PLATEAU13, ...XINJIANG13, ...HAINAN13] }), rng, { outside: 0.2, near: 0.15 })), rng),
  draw(s, doc, rng) {
    const x0 = 120;
    const right = s.width - 120;
    const w = right - x0;
    const serif = rng.chance(0.4);
    const pt = rng.pick([10.5, 10.5, 11]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifSemi' : 'sansMedium', pt);
    const lh = px(pt) * 1.5;
    const tone = rng.pick(['#1d4f91', '#146b6b', '#6b3a8c']);
    const p = doc.patient;

    s.g.fillStyle = tone;
    s.g.fillRect(x0, 92, w, 110);
    s.put(x0 + 30, 165, doc.hospital.name, st('sansBold', 18, { color: '#ffffff', spacing: 2 }));
    s.put(right - 30, 165, rng.pick(['远程医学中心', '远程医疗会诊中心', '远程诊疗中心']), st('sansMedium', 12, { color: '#ffffff', align: 'right' }));
    const title = rng.pick(['远程门诊病历', '远程会诊报告单', '远程会诊记录单（门诊）']);
    s.put(s.width / 2, 290, title, st(serif ? 'serifBold' : 'sansBold', 17, { align: 'center', spacing: 4 }));
    const no = `YC${doc.dates.visit.replace(/-/g, '')}${String(rng.int(1, 999)).padStart(3, '0')}`;
    s.put(right, 350, `会诊编号：${no}`, st('sans', 9.5, { align: 'right', color: '#444' }));

    const ds: DateStyle = rng.pick(['isoTime', 'slashTime', 'cnTime'] as const);
    const asked = addDays(doc.dates.visit, -rng.int(1, 4));
    const partner = partnerOf(doc, rng);
    const c = (text: string, k: number, label = false) => ({ text, w: w * k, label });
    const rowH = lh * 1.35;
    let y = s.grid(x0, 380, rowH, [
      [c('申请医院', 0.13, true), c(doc.hospital.name, 0.4), c('申请科室', 0.13, true), c(doc.department, 0.34)],
      [c('会诊医院', 0.13, true), c(partner, 0.4), c('会诊科室', 0.13, true), c(doc.department, 0.34)],
      [c('姓名', 0.13, true), c(p.name, 0.2), c('性别', 0.1, true), c(p.sex, 0.1), c('年龄', 0.13, true), c(`${p.age}岁`, 0.12),
        c('民族', 0.1, true), c(nation13(doc, rng), 0.12)],
      [c('身份证号', 0.13, true), c(p.idNumber, 0.4), c('门诊号', 0.13, true), c(doc.recordNo, 0.34)],
      [c('申请时间', 0.13, true), c(formatDate(asked, ds, rng.int(8 * 60 + 30, 17 * 60)), 0.4), c('会诊时间', 0.13, true),
        c(formatDate(doc.dates.visit, ds, doc.times.visit), 0.34)],
      [c('申请医师', 0.13, true), c(doc.doctors.attending, 0.4), c('会诊专家', 0.13, true),
        c(`${doc.doctors.director}（${rng.pick(['主任医师', '副主任医师', '教授'])}）`, 0.34)],
      [c('会诊方式', 0.13, true), c(ticks(['视频会诊', '图文会诊', '联合门诊'], rng.chance(0.8) ? '视频会诊' : '联合门诊'), 0.87)],
    ], f, { label: b, shade: '#eef0f3', border: 1.3 });
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });

    const lab = doc.labs[0];
    const labDay = addDays(asked, -rng.int(0, 3));
    const values = (lab?.rows ?? []).slice(0, 4).map((r) => `${r.abbr} ${r.value}${r.unit}${r.flag}`).join('；');
    const labs = lab ? `${formatDate(labDay, 'iso')} ${lab.title}：${values}。` : '';
    const film = doc.imaging ? `${formatDate(addDays(labDay, -rng.int(5, 60)), 'iso')} ${doc.imaging.exam}：${doc.imaging.impression}。` : '';
    const back = addDays(doc.dates.visit, rng.pick([28, 30, 60]));
    y += lh * 0.6;
    y = sectionTable(s, x0, y, w, 200, [
      { label: '病历摘要', text: `患者${p.sex === '男' ? '男' : '女'}，${p.age}岁，因“${followUp(doc)}”就诊。${doc.history.past}；${denial(doc, rng)}。`
        + `家族史：${kin(rng)}。查体：BP ${rng.int(122, 176)}/${rng.int(66, 100)}mmHg，心肺听诊未见明显异常。` },
      { label: '辅助检查', text: `${labs}${film}`, keep: [formatDate(labDay, 'iso')] },
      { label: '会诊目的', text: rng.pick(['明确诊断，指导下一步治疗。', '评估病情，调整治疗方案。', '协助制定长期随访及用药方案。']) },
      { label: '初步诊断', text: listed(doc.dx.admission, '1.').join('；') },
      { label: '会诊意见', text: `结合病史、查体及辅助检查，诊断明确。建议继续${doc.course}，注意监测相关指标，定期随访；`
        + '当地医院门诊规律复查。' },
      { label: '会诊诊断', lines: listed(doc.dx.western, '1.') },
      { label: '处理建议', text: `1.${doc.medicines.slice(0, 2).join('；')}；2.${formatDate(back, 'cnShort')}前后可再次申请远程复诊；`
        + '3.病情变化随时当地就诊。' },
    ], f, b, lh, { shade: '#f6f6f6', border: 1.3 });
    s.diagnoses(doc.dx.western);

    y += lh * 1.5;
    const ew = s.put(x0 + w * 0.3, y, '会诊专家（签名）：', f);
    handwritten(s, x0 + w * 0.3 + ew + 8, y, doc.doctors.director, pt * 1.3, rng);
    s.pair(x0 + w * 0.68, y, '签发日期：', formatDate(doc.dates.visit, rng.pick(['cn', 'iso', 'cnShort'] as const)), f);
    const small = st('sans', 8.5, { color: '#555' });
    s.put(x0, 2200, '本记录经会诊专家审核后签发，由申请医院打印存档，仅供临床诊疗参考。', small);
    s.put(right, 2200, `打印：${formatDate(printedOn(doc), 'isoTime', doc.times.print)}`, { ...small, align: 'right' });
  },
};
