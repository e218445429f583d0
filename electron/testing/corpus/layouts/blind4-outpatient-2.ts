import { makeDoc, type Doc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { MCH } from '../hospitals';
import { logo, nameStamp } from '../marks';
import { personName } from '../people';
import type { Rng } from '../rng';
import type { Layout } from '../types';
import { px, st } from './common';
import { ageYm, CHILD_KEYS, childOf, MCH4, printDay, wrap } from './blind4-kit';

const DEPT: Partial<Record<DiseaseKey, readonly string[]>> = {
  PHENYLKETONURIA: ['儿童保健科', '遗传代谢病门诊'], CHILD_DISABILITY_REHAB: ['儿童康复科', '儿童康复门诊'],
  HEMOPHILIA: ['儿科', '儿童血液科'], LEUKEMIA: ['儿童血液科', '儿科'],
};
const MEDS: Partial<Record<DiseaseKey, readonly string[]>> = {
  PHENYLKETONURIA: ['无苯丙氨酸特殊医学用途配方粉 按体重计算', '盐酸沙丙蝶呤片 100mg qd', '复合维生素片 1片 qd'],
  CHILD_DISABILITY_REHAB: ['运动疗法 每日1次', '作业疗法 每日1次', '言语训练 每日1次', '感觉统合训练 每周3次'],
  HEMOPHILIA: ['注射用重组人凝血因子Ⅷ 500IU 每周3次', '氨甲环酸片 0.25g tid'],
  LEUKEMIA: ['巯嘌呤片 25mg qn', '甲氨蝶呤片 10mg 每周1次', '复方磺胺甲噁唑片 0.5g bid'],
};
const COMPLAINT: Partial<Record<DiseaseKey, string>> = {
  LEUKEMIA: '确诊白血病1年余，维持化疗中，返院复查', HEMOPHILIA: '反复关节肿痛，左踝关节肿痛2天',
};

/** When the disease was found: a newborn screen, a delay noticed in the second year, a first bleed, the leukaemia's onset. */
function foundOn(doc: Doc, rng: Rng): string {
  const b = doc.patient.birth;
  const v = doc.dates.visit;
  const d = doc.primary === 'PHENYLKETONURIA' ? addDays(b, rng.int(5, 25)) : doc.primary === 'CHILD_DISABILITY_REHAB'
    ? addDays(b, rng.int(420, 700)) : doc.primary === 'HEMOPHILIA' ? addDays(b, rng.int(300, 900)) : addDays(v, -rng.int(380, 700));
  return d < v ? (d > b ? d : addDays(b, 10)) : addDays(v, -rng.int(60, 120));
}

/** What the history tells of the child's course (an earlier date in it). */
function story(doc: Doc, found: string): string {
  const when = formatDate(found, 'cnShort');
  switch (doc.primary) {
    case 'PHENYLKETONURIA': return `患儿于${when}新生儿疾病筛查发现血苯丙氨酸升高，经我院确诊，予低苯丙氨酸饮食治疗，定期监测血苯丙氨酸浓度，生长发育基本同正常同龄儿。`;
    case 'CHILD_DISABILITY_REHAB': return `患儿于${when}因运动、语言发育落后就诊，经评估确诊，在我院规律康复训练，现可扶走，能说简单词语。`;
    case 'HEMOPHILIA': return `患儿于${when}因外伤后出血不止确诊，此后反复关节出血，按需输注凝血因子，2天前玩耍后出现左踝关节肿痛，活动受限。`;
    default: return `患儿于${when}确诊，已完成诱导缓解及巩固治疗，目前口服维持化疗，近期无发热、出血，精神食欲可。`;
  }
}

/**
 * 妇幼保健院 children's clinic 门诊病历 from its EMR: the child's name (患儿姓名 / 姓名) among a guardian (a second name, with
 * the relation), 出生日期, the child's 身份证号 and age in years and months; 就诊时间; the history with the date the disease
 * was found and an earlier test's date; growth numbers; 诊断 numbered; 处理 and a 复诊 date; the doctor's stamp.
 */
export const blind4Outpatient2: Layout = {
  id: 'blind4-outpatient-2',
  kind: 'outpatient',
  split: 'blind',
  style: '妇幼保健院 (Sichuan, Henan, Hunan, Shandong) children\'s clinic EMR 门诊病历: logo, '
    + 'unbordered three-column header, sections, sans / light sans 10–11 pt, doctor\'s red name stamp',
  exercises: ['患儿姓名 / 姓名 beside 监护人 (a parent\'s name, 父 / 母) and 联系电话', 'age as 6岁3月 / 6岁3个月 beside 出生日期 (a date of birth)',
    'the child\'s 身份证号', '就诊时间 2025-03-04 09:12 / 2025年03月04日 09:12 (truth) with 初诊 / 复诊',
    'the date the disease was found (newborn screen, first bleed) in 现病史',
    'an earlier test\'s date in 辅助检查', 'growth numbers (身高 / 体重 / 头围)', '诊断 / 门诊诊断 numbered (counted)', '复诊 date after the visit',
    'doctor\'s red name stamp (not text)'],
  doc: (rng) => {
    const base = makeDoc(rng, { kind: 'outpatient', hospitals: [...MCH4, ...MCH4, ...MCH], keys: CHILD_KEYS });
    const kid = childOf(base, rng, base.dates.visit, base.primary === 'LEUKEMIA' ? [4, 12] : base.primary === 'HEMOPHILIA' ? [3, 12] : [2, 9]);
    const western = kid.dx.western.map((d) => (d.key === 'LEUKEMIA'
      ? { ...d, text: rng.pick(['急性淋巴细胞白血病', '急性淋巴细胞白血病（B细胞型）', '急性髓系白血病（M2）']) } : d));
    const k = kid.primary;
    return { ...kid, dx: { ...kid.dx, western }, department: rng.pick(DEPT[k] ?? ['儿科']), medicines: rng.sample(MEDS[k] ?? [], 2),
      complaint: COMPLAINT[k] ?? kid.complaint };
  },
  draw(s, doc, rng) {
    s.ink = '#161616';
    const x0 = 120;
    const right = s.width - x0;
    const w = right - x0;
    const p = doc.patient;
    const tone = rng.pick(['#c2386b', '#2b8a5e', '#2f6fb0']);
    const face = rng.pick(['sans', 'sansLight'] as const);
    const pt = rng.pick([10, 10.5, 11]);
    const f = st(face, pt);
    const b = st('sansMedium', pt);
    const lh = px(pt) * 1.75;

    logo(s, x0 + 42, 128, 40, tone, 'ring');
    s.put(x0 + 100, 142, doc.hospital.name, st('sansBold', 17, { color: tone, spacing: 2 }));
    s.put(right, 142, `门诊号：${doc.recordNo}`, st(face, 9.5, { align: 'right' }));
    s.put(s.width / 2, 240, '门 诊 病 历', st('sansBold', 16, { align: 'center', spacing: 6 }));
    s.line(x0, 270, right, 270, 3, tone);

    const father = rng.chance(0.45);
    const surname = [...p.name][0] ?? '王';
    let guardian = father ? `${surname}${personName(rng, '男', 0).slice(1)}` : personName(rng, '女', 0.03);
    if (guardian === p.name || Object.values(doc.doctors).includes(guardian)) guardian = `${surname}建军`;
    const mobile = `1${rng.pick(['38', '39', '52', '58', '77', '86'])}****${String(rng.int(0, 9999)).padStart(4, '0')}`;
    const ds: DateStyle = rng.pick(['isoTime', 'cnTime', 'slashTime'] as const);
    const cols = [x0, x0 + 540, x0 + 1010];
    const header: readonly (readonly string[])[] = [
      [`${rng.pick(['患儿姓名：', '姓名：'])}${p.name}`, `性别：${p.sex}`, `年龄：${ageYm(p.birth, doc.dates.visit, rng.chance(0.5))}`],
      [`出生日期：${formatDate(p.birth, rng.pick(['iso', 'cn'] as const))}`, `监护人：${guardian}（${father ? '父' : '母'}）`, `联系电话：${mobile}`],
      [`身份证号：${p.idNumber}`, `科室：${doc.department}`, `就诊类型：${rng.pick(['复诊', '复诊', '初诊'])}`],
      [`就诊时间：${formatDate(doc.dates.visit, ds, doc.times.visit)}`, `费别：${rng.pick(['城乡居民医保', '自费'])}`, '过敏史：否认'],
    ];
    header.forEach((r, i) => r.forEach((t, j) => s.put(cols[j] ?? x0, 330 + i * lh * 1.1, t, f)));
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });
    let y = 330 + 4 * lh * 1.1 - lh * 0.4;
    s.line(x0, y, right, y, 1.2, '#888888');
    y += lh * 1.2;

    const found = foundOn(doc, rng);
    const test = addDays(doc.dates.visit, -rng.int(20, 80));
    const testText = formatDate(test, rng.pick(['iso', 'cnShort'] as const));
    const age = p.age;
    const tall = (75 + age * 6.2 + rng.range(-4, 4)).toFixed(1);
    const kg = (8.5 + age * 2.1 + rng.range(-1.5, 2)).toFixed(1);
    const lab = doc.labs[0]?.rows[0];
    const aux = lab ? `${testText}我院查${lab.name}${lab.value}${lab.unit}${lab.flag}。` : `${testText}复查血常规未见明显异常。`;
    const back = addDays(doc.dates.visit, rng.pick([14, 28, 30, 90]));
    const backText = formatDate(back, rng.pick(['iso', 'cnShort'] as const));
    const dxLabel = rng.pick(['诊断：', '门诊诊断：', '初步诊断：']);
    const sections: [string, string][] = [
      ['主诉：', doc.complaint],
      ['现病史：', story(doc, found)],
      ['既往史：', '否认肝炎、结核等传染病史，否认手术及外伤史，预防接种按计划进行。'],
      ['个人史：', `${rng.pick(['G1P1', 'G2P1', 'G2P2', 'G3P2'])}，孕${rng.int(37, 40)}周${rng.pick(['顺产', '剖宫产'])}，`
        + `出生体重${rng.int(2700, 3800)}g，生后无窒息抢救史。`],
      ['家族史：', rng.chance(0.5) ? '父母体健，非近亲婚配，否认家族遗传病史。' : `父母非近亲婚配，${doc.history.family.replace(/^(父亲|母亲|其兄|其姐|其弟)/u, '祖父')}。`],
      ['体格检查：', `身高${tall}cm，体重${kg}kg，${age < 3 ? `头围${(45.5 + age * 1.6).toFixed(1)}cm，` : ''}神志清，精神反应可，心肺听诊未见异常，腹软，肝脾肋下未触及。`],
      ['辅助检查：', aux],
    ];
    for (const [label, text] of sections) {
      const lines = wrap(s, label + text, w, f, [testText, formatDate(found, 'cnShort')]);
      lines.forEach((t, i) => {
        if (i === 0) {
          const lw = s.put(x0, y, label, b, false);
          s.put(x0 + lw, y, t.slice(label.length), f, false);
          s.record(x0, y, t, x0 + s.measure(t, f) + 6);
        } else s.put(x0, y, t, f);
        y += lh;
      });
      y += lh * 0.25;
    }

    const lw = s.put(x0, y, dxLabel, b);
    doc.dx.western.forEach((d, i) => s.put(x0 + lw, y + i * lh, `${i + 1}.${d.text}`, f));
    s.diagnoses(doc.dx.western);
    y += doc.dx.western.length * lh + lh * 0.25;
    const hw = s.put(x0, y, '处理：', b);
    doc.medicines.forEach((m, i) => s.put(x0 + hw, y + i * lh, `${i + 1}.${m}`, f));
    y += doc.medicines.length * lh;
    s.put(x0 + hw, y, `${doc.medicines.length + 1}.${rng.pick(['注意饮食，预防感染', '家庭康复训练，避免磕碰', '定期监测，不适随诊'])}，${backText}复诊。`, f);
    y += lh * 2.4;

    const dw = s.put(x0 + w * 0.58, y, `医师：${doc.doctors.attending}`, f);
    nameStamp(s, x0 + w * 0.58 + dw + 170, y - 14, doc.doctors.attending, rng);
    const small = st(face, 8.5, { color: '#555' });
    s.line(x0, 2200, right, 2200, 1, tone);
    s.put(x0, 2235, `打印时间：${formatDate(printDay(doc, rng), 'isoTime', doc.times.print)}`, small);
    s.put(right, 2235, '第1页 共1页', { ...small, align: 'right' });
  },
};
