import { makeDoc, type Doc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey, Dx } from '../diseases';
import { handwritten, seal, signature } from '../marks';
import { idNumberIn, makePatient, personName } from '../people';
import type { Rng } from '../rng';
import type { Layout } from '../types';
import { px, st } from './common';
import { B3_CHILD, homeIn, mobile, sexFit, writeText } from './blind3-kit';
import { fillIn } from './kit';
import { needs } from './tune2-kit';

/** Blind layout (split 'blind'): see blind3-kit.ts. Not for reading while tuning the extractor. */

const KEYS: readonly DiseaseKey[] = ['PHENYLKETONURIA', 'CHILD_DISABILITY_REHAB', 'HEMOPHILIA', 'LEUKEMIA'];
const WARD: Partial<Record<DiseaseKey, string>> = { PHENYLKETONURIA: '儿童保健科', CHILD_DISABILITY_REHAB: '儿童康复科' };
const CHILDHOOD = ['缺铁性贫血', '营养不良（轻度）', '语言发育迟缓', '癫痫', '反复呼吸道感染', '维生素D缺乏性佝偻病'];
const COMPOUND = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '公孙', '慕容', '令狐', '夏侯'];
const FATHER = ['建军', '志刚', '海峰', '振宇', '文涛', '立伟', '永强', '红军', '春雷', '国栋'];
const BOY = ['浩然', '子轩', '宇轩', '俊熙', '梓豪', '沐阳', '博文', '思远', '皓宇', '一鸣'];
const GIRL = ['梓涵', '欣怡', '雨桐', '诗涵', '可馨', '一诺', '语汐', '若曦', '佳怡', '思琪'];

/** A child's name of these years: the family's surname, a given name parents choose now. */
function childName(rng: Rng, boy: boolean): string {
  const adult = personName(rng, boy ? '男' : '女', 0.1);
  const surname = COMPOUND.find((c) => adult.startsWith(c)) ?? adult.slice(0, 1);
  return surname + rng.pick(boy ? BOY : GIRL);
}

/** The patient is a child of 2 to 13 with a child's other diagnoses, living in the hospital's county. */
function child(doc: Doc, rng: Rng): Doc {
  const doctors = Object.values(doc.doctors);
  const p = makePatient(rng, doc.dates.issue, [2, 13], 0.1);
  let name = childName(rng, p.sex === '男');
  while (doctors.includes(name)) name = childName(rng, p.sex === '男');
  const region = (doc.hospital as { region?: string }).region;
  const patient = { ...p, name, idNumber: region ? idNumberIn(rng, p.birth, p.sex, [region]) : p.idNumber };
  const other: Dx[] = rng.chance(0.4) ? [{ text: rng.pick(CHILDHOOD), key: null }] : [];
  return { ...doc, patient, department: WARD[doc.primary] ?? '小儿血液科',
    dx: { ...doc.dx, western: [...doc.dx.western.filter((d) => d.key !== null), ...other] } };
}

/** The guardian: the father (the child's surname) or the mother. */
function guardian(doc: Doc, rng: Rng): [string, string] {
  const name = doc.patient.name;
  const son = doc.patient.sex === '男';
  if (rng.chance(0.55)) {
    const surname = COMPOUND.find((c) => name.startsWith(c)) ?? name.slice(0, 1);
    const given = rng.pick(FATHER.filter((g) => surname + g !== name));
    return [surname + given, son ? '父子' : '父女'];
  }
  let mother = personName(rng, '女', 0.04);
  while (mother === name) mother = personName(rng, '女', 0.04);
  return [mother, son ? '母子' : '母女'];
}

const PURPOSE: Partial<Record<DiseaseKey, readonly string[]>> = {
  CHILD_DISABILITY_REHAB: ['办理残疾人证', '申请残疾儿童康复救助', '申请门诊慢特病待遇'],
};

export const blind3Certificate1: Layout = {
  id: 'blind3-certificate-1',
  kind: 'certificate',
  split: 'blind',
  style: 'blind3 layout 7',
  exercises: ['blind'],
  doc: (rng) => sexFit(child(makeDoc(rng, { kind: 'certificate', hospitals: B3_CHILD, keys: KEYS, aliases: true }), rng), rng),
  draw(s, doc, rng) {
    s.ink = '#1c1c1c';
    const x0 = 150;
    const x1 = s.width - 150;
    const w = x1 - x0;
    s.put(s.width / 2, 170, doc.hospital.name, st('serifBold', 15, { align: 'center', spacing: 6 }));
    s.put(s.width / 2, 216, `地址：${doc.hospital.address}\u3000电话：${doc.hospital.phone}`, st('sans', 9, { align: 'center', color: '#444' }));
    s.line(x0 - 10, 242, x1 + 10, 242, 3);
    s.line(x0 - 10, 250, x1 + 10, 250, 1);
    s.put(s.width / 2, 338, '诊 断 证 明', st('serifBold', 15, { align: 'center', spacing: 10 }));
    s.put(x1, 396, `编号：${doc.dates.issue.slice(0, 4)}${String(rng.int(1, 9999)).padStart(4, '0')}`, st('serif', 10, { align: 'right' }));

    const p = doc.patient;
    const lab = st('serif', 12);
    const val = st('sans', 12);
    const [who, relation] = guardian(doc, rng);
    let x = fillIn(s, x0, 480, '患儿姓名：', p.name, 230, lab, val) + 40;
    x = fillIn(s, x, 480, '性别：', p.sex, 90, lab, val) + 40;
    fillIn(s, x, 480, '出生日期：', formatDate(p.birth, 'cn'), 300, lab, val);
    x = fillIn(s, x0, 556, '身份证号：', p.idNumber, 520, lab, val) + 40;
    fillIn(s, x, 556, '年龄：', `${p.age}岁`, 140, lab, val);
    x = fillIn(s, x0, 632, '监护人：', `${who}（${relation}）`, 340, lab, val) + 40;
    fillIn(s, x, 632, '联系电话：', mobile(rng), 320, lab, val);
    fillIn(s, x0, 708, '家庭住址：', homeIn(doc, rng), 900, lab, val);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue });

    const body = st('serif', 13);
    const lh = px(13) * 2;
    const indent = px(13) * 2;
    // Phenylketonuria is confirmed weeks after birth (newborn screening); the others at least a year on.
    const later = addDays(doc.dates.issue, -rng.int(180, Math.max(200, p.age * 300)));
    const first = doc.primary === 'PHENYLKETONURIA' ? addDays(p.birth, rng.int(20, 60))
      : later > addDays(p.birth, 400) ? later : addDays(p.birth, 400);
    const last = addDays(doc.dates.issue, -rng.int(0, 12));
    const named = doc.dx.western.find((d) => d.key)?.text ?? '';
    let y = writeText(s, x0, 830, w, `该患儿因“${named}”于${formatDate(first, 'cn')}在我院${doc.department}首次确诊，此后定期门诊随访治疗，`
      + `${formatDate(last, 'cnShort')}来院复查。经检查，现诊断为：`, body, lh, indent);
    s.diagnoses(doc.dx.western);
    doc.dx.western.forEach((d, i) => s.put(x0 + indent, y + i * lh, `（${i + 1}）${d.text}`, body));
    y += doc.dx.western.length * lh;
    y = writeText(s, x0, y, w, `医学建议：${needs(doc)}，${doc.primary === 'HEMOPHILIA' ? '避免剧烈运动及外伤' : rng.pick(['定期复查', '家长加强看护'])}。`, body, lh, indent);
    const purpose = rng.pick(PURPOSE[doc.primary] ?? ['申请门诊慢特病待遇', '学校请假']);
    y = writeText(s, x0, y, w, `此证明仅用于${purpose}。`, body, lh, indent);

    const sy = y + 110;
    const f = st('serif', 12);
    const a = s.put(x0 + 40, sy, '主治医师：', f);
    handwritten(s, x0 + 50 + a, sy, doc.doctors.attending, 14, rng);
    const b = s.put(x0 + 620, sy, '科室主任：', f);
    signature(s, x0 + 630 + b, sy - 8, 160, rng);
    s.put(x1 - 40, sy + 120, doc.hospital.name, { ...f, align: 'right' });
    const dw = s.put(x1 - 40, sy + 190, formatDate(doc.dates.issue, rng.chance(0.5) ? 'cnNumeral' : 'cnNumeralO'), { ...f, align: 'right' });
    seal(s, x1 - 40 - dw / 2 + rng.range(-40, 40), sy + 150 + rng.range(-30, 20), rng.range(140, 160), doc.hospital.name, '诊断证明专用章', rng);
    s.put(x0, 2200, '注：1.本证明须加盖我院诊断证明专用章方有效；2.涂改无效；3.自开具之日起一个月内有效。', st('serif', 9.5, { color: '#333' }));
  },
};
