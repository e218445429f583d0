import { makeDoc, type Doc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { logo, seal, signature } from '../marks';
import type { Rng } from '../rng';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed } from './kit';
import { para } from './tune6-kit';
import { childAge, guardianOf } from './tune12-kit';
import { local16, MCH16 } from './tune16-kit';

const KEYS: readonly DiseaseKey[] = ['PHENYLKETONURIA', 'CHILD_DISABILITY_REHAB', 'CHILD_DISABILITY_REHAB'];
const BESIDE = ['营养性缺铁性贫血（轻度）', '双侧感音神经性听力损失（中度）', '癫痫（局灶性发作）', '佝偻病（活动期）', '急性上呼吸道感染'];

/** A child's record: the child's own diagnoses (a second finding beside the disease now and then, never a catalogue one). */
function childDoc(doc: Doc, rng: Rng): Doc {
  const main = doc.dx.western.filter((d) => d.key);
  const western = [...main, ...rng.sample(BESIDE, rng.int(0, 2)).map((text) => ({ text, key: null }))];
  return { ...doc, dx: { ...doc.dx, western } };
}

const SCREEN: Partial<Record<DiseaseKey, string>> = {
  PHENYLKETONURIA: '新生儿疾病筛查血苯丙氨酸（Phe）升高，召回复查确诊，予特殊奶粉喂养，',
  CHILD_DISABILITY_REHAB: '系G2P1，孕36+2周早产，出生体重2.1kg，生后有窒息抢救史，新生儿听力筛查未通过，',
};
const CARE: Partial<Record<DiseaseKey, string>> = {
  PHENYLKETONURIA: '予低苯丙氨酸饮食指导及营养评估，监测血苯丙氨酸浓度，家长掌握膳食计算方法',
  CHILD_DISABILITY_REHAB: '予Bobath运动疗法、作业疗法、言语认知训练、低频脉冲电治疗及针灸治疗，家长参与家庭康复训练',
};

/**
 * 出院小结 of a Hunan, Hubei, Jiangxi or Anhui county 妇幼保健院 for a child (苯丙酮尿症, 脑性瘫痪 / 孤独症 / 智力障碍, with
 * hearing loss or anaemia beside it now and then): a logo and the hospital's name left, a thin frame round the page, a header
 * of 患儿姓名 (truth), 出生日期 and 年龄 in years and months, the 监护人 with the guardian's name and ID (not the patient's) and
 * the child's 身份证号 (truth), the stay as 入院时间 / 出院时间 (truth), 出生史 with the birth date again, and 出院诊断 numbered
 * ① (truth) under 入院诊断 (not truth); a light sans 10.5–11 pt throughout.
 */
export const tune16DischargeMchChild: Layout = {
  id: 'tune16-discharge-mch-child',
  kind: 'discharge',
  split: 'tune',
  style: 'Hunan / Hubei / Jiangxi / Anhui county 妇幼保健院 儿童 出院小结: logo letterhead, thin page frame, child header with '
    + 'years-and-months age and guardian with ID, 出生史 prose, 入院 and 出院诊断 lists, light sans 10.5–11 pt',
  exercises: ['患儿姓名 and the child\'s 身份证号 (truth) beside the 监护人 name and ID (not truth)',
    '出生日期 and age 4岁7月 (not dates of the stay)', '入院时间 / 出院时间 (truth) and 住院天数',
    '入院诊断 (not truth) above 出院诊断 ① (truth), hearing loss or anaemia beside PKU / cerebral palsy (not catalogue)',
    'next 复诊 date after discharge in the advice (not truth)'],
  doc: (rng) => local16(childDoc(makeDoc(rng, { kind: 'discharge', keys: KEYS, hospitals: MCH16, compoundSurnames: 0.03 }), rng), rng),
  draw(s, doc, rng) {
    const x0 = 150;
    const right = s.width - 150;
    const w = right - x0;
    const pt = rng.pick([10.5, 11]);
    const f: Style = st('sansLight', pt);
    const b: Style = st('sansMedium', pt);
    const lh = px(pt) * 1.8;
    const p = doc.patient;
    const g = guardianOf(doc, rng);
    const green = rng.pick(['#2f7a4f', '#b0416a', '#2c6aa0']);
    s.rect(90, 80, s.width - 180, s.height - 160, 1.5, green);

    logo(s, x0 + 60, 190, 55, green, 'ring');
    s.put(x0 + 140, 185, doc.hospital.name, st('sansBold', 19, { color: green }));
    s.put(x0 + 140, 240, provinceAddress(doc), st('sans', 9, { color: '#555' }));
    s.put(right, 215, '出院小结', st('sansBold', 18, { align: 'right' }));
    s.line(x0, 280, right, 280, 3, green);

    let y = 340;
    const col = [x0, x0 + w * 0.34, x0 + w * 0.66];
    const ds = rng.pick(['cn', 'iso'] as const);
    const cells: [string, string][][] = [
      [['患儿姓名：', p.name], ['性别：', p.sex], ['年龄：', childAge(p.birth, doc.dates.admission)]],
      [['出生日期：', formatDate(p.birth, ds)], ['科室：', doc.department], ['住院号：', doc.recordNo]],
      [['身份证号：', p.idNumber], ['', ''], ['床号：', `${doc.bed}床`]],
      [['监护人：', `${g.name}（${g.relation}）`], ['监护人身份证号：', g.id], ['', '']],
      [['入院时间：', formatDate(doc.dates.admission, ds)], ['出院时间：', formatDate(doc.dates.discharge, ds)],
        ['住院天数：', `${doc.stayDays}天`]],
    ];
    for (const row of cells) {
      row.forEach(([l, v], i) => { if (l) s.pair(col[i] ?? x0, y, l, v, b, f); });
      y += lh;
    }
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    s.line(x0, y - lh * 0.4, right, y - lh * 0.4, 1, '#999');

    y += lh * 0.5;
    const birth = `${formatDate(p.birth, 'cnShort')}出生，${SCREEN[doc.primary] ?? ''}`;
    const sections: [string, string][] = [
      ['入院情况：', `患儿因“${doc.complaint}”入院。${birth}现${childAge(p.birth, doc.dates.admission)}。`],
      ['诊疗经过：', `入院后完善血常规、血生化、${doc.primary === 'PHENYLKETONURIA' ? '血氨基酸谱、尿蝶呤谱' : '头颅MRI、脑干听觉诱发电位'}`
        + `及Gesell发育量表评估，${CARE[doc.primary] ?? doc.course}，患儿配合可，病情稳定。`],
    ];
    for (const [l, t] of sections) y = para(s, x0, y, w, l + t, f, lh, { keep: [p.name] }) + lh * 0.35;
    const adm = doc.dx.admission.filter((d) => d.key && !d.text.includes('？')).map((d) => d.text);
    s.put(x0, y, `入院诊断：${[...adm, '发育迟缓'].join('；')}`, f);
    y += lh * 1.3;
    const dl = s.put(x0, y, '出院诊断：', b);
    listed(doc.dx.western, '①').forEach((t, i) => s.put(x0 + dl, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += lh * (doc.dx.western.length + 0.4);
    const back = addDays(doc.dates.discharge, rng.pick([14, 28, 30]));
    y = para(s, x0, y, w, `出院医嘱：1.继续${doc.medicines.slice(0, 2).join('、')}；2.家庭康复训练，定期评估；3.于${formatDate(back, 'cnShort')}`
      + `来我院${doc.department}复诊，监护人${g.name}已知晓。`, f, lh);

    const by = Math.max(y + lh * 3, 1500);
    s.put(x0 + w * 0.5, by, '经治医师：', f);
    signature(s, x0 + w * 0.5 + s.measure('经治医师：', f) + 10, by, 150, rng);
    s.put(right, by + lh * 1.4, formatDate(doc.dates.discharge, 'cnShort'), { ...f, align: 'right' });
    seal(s, right - 150, by, 100, doc.hospital.name, '医疗专用章', rng);
    s.put(s.width / 2, 2200, '温馨提示：请妥善保管本小结，复诊时携带。', st('sans', 9, { align: 'center', color: '#666' }));
  },
};

const provinceAddress = (doc: Doc): string => `${doc.hospital.address}\u3000${doc.hospital.phone}`;
