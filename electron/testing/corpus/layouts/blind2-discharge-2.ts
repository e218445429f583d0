import { makeDoc, type Doc } from '../case';
import { addDays, clock, parts } from '../dates';
import type { DiseaseKey, Dx } from '../diseases';
import { handwritten, logo } from '../marks';
import { makePatient, personName } from '../people';
import type { Rng } from '../rng';
import type { Layout } from '../types';
import { px, st } from './common';
import { mobileNo, monthDay } from './blind-kit';
import { bare, CHILDREN, kin, resident } from './blind2-kit';
import { mark } from './kit';
import { prose } from './tune2-kit';

/** Blind layouts (split 'blind'): see blind2-kit.ts. Not for reading while tuning the extractor. */

const KEYS: readonly DiseaseKey[] = ['CHILD_DISABILITY_REHAB', 'HEMOPHILIA', 'LEUKEMIA', 'PHENYLKETONURIA'];
const WARD: Record<string, string> = {
  CHILD_DISABILITY_REHAB: '儿童康复科', HEMOPHILIA: '血液肿瘤科', LEUKEMIA: '血液肿瘤科', PHENYLKETONURIA: '内分泌遗传代谢科',
};
const BESIDES: Record<string, readonly string[]> = {
  CHILD_DISABILITY_REHAB: ['癫痫', '营养性缺铁性贫血', '维生素D缺乏', '支气管肺炎'],
  HEMOPHILIA: ['右膝关节血肿', '失血性贫血（轻度）', '左肘关节滑膜炎'],
  LEUKEMIA: ['骨髓抑制', '粒细胞缺乏伴发热', '肺部感染', '低蛋白血症'],
  PHENYLKETONURIA: ['营养性缺铁性贫血', '湿疹'],
};
const MEDICINES: Record<string, readonly string[]> = {
  CHILD_DISABILITY_REHAB: ['继续门诊康复训练 每周5次', '维生素D滴剂 400IU qd'], HEMOPHILIA: ['注射用重组人凝血因子Ⅷ 250IU 按需输注', '氨甲环酸片 0.25g tid'],
  LEUKEMIA: ['复方磺胺甲噁唑片 0.24g bid（每周3天）', '碳酸氢钠片 0.5g tid'], PHENYLKETONURIA: ['无苯丙氨酸配方粉 按体重配制', '盐酸沙丙蝶呤片 100mg qd'],
};
const ON_ADMISSION: Record<string, readonly string[]> = {
  CHILD_DISABILITY_REHAB: ['运动发育落后', '语言发育迟缓待查'], HEMOPHILIA: ['关节肿痛原因待查', '凝血功能异常'],
  LEUKEMIA: ['发热、血小板减少原因待查', '贫血原因待查'], PHENYLKETONURIA: ['高苯丙氨酸血症'],
};

/** A child's stay: the patient is 1 to 13, the other diagnoses are children's, the ward is a children's ward. */
function child(doc: Doc, rng: Rng): Doc {
  const patient = makePatient(rng, doc.dates.admission, [1, 12.5], 0.15);
  const keyed = doc.dx.western.filter((d) => d.key);
  const besides = rng.sample(BESIDES[doc.primary] ?? [], rng.int(0, 2)).map((text): Dx => ({ text, key: null }));
  const first: Dx = rng.chance(0.5) ? { text: rng.pick(ON_ADMISSION[doc.primary] ?? ['发热待查']), key: null } : (keyed[0] ?? { text: '发热待查', key: null });
  const admission = [first, ...(besides.length > 0 && rng.chance(0.5) ? [besides[0] as Dx] : [])];
  return { ...doc, patient, department: WARD[doc.primary] ?? '儿科', medicines: MEDICINES[doc.primary] ?? doc.medicines, dx: { ...doc.dx, western: [...keyed, ...besides], admission } };
}

/** 5岁3月: years and months on the day of admission. */
function ageMonths(birth: string, on: string): string {
  const [by, bm, bd] = parts(birth);
  const [y, m, d] = parts(on);
  const months = (y - by) * 12 + (m - bm) - (d < bd ? 1 : 0);
  const rest = months % 12;
  return `${Math.floor(months / 12)}岁${rest > 0 ? `${rest}月` : ''}`;
}

function course(doc: Doc, rng: Rng): string {
  const lab = (doc.labs[0]?.rows ?? []).slice(0, 3).map((r) => `${r.abbr} ${r.value}${r.unit}`).join('，');
  switch (doc.primary) {
    case 'CHILD_DISABILITY_REHAB':
      return `入院后完善血常规、肝肾功能、脑电图等检查，${monthDay(addDays(doc.dates.admission, 1))}行Gesell发育量表评估，发育商${rng.int(38, 68)}。`
        + '予运动疗法、作业疗法、言语训练、针灸及推拿等综合康复治疗，每日1次，家长同步接受家庭康复指导。';
    case 'HEMOPHILIA':
      return `入院后查凝血功能：${lab}。予输注重组人凝血因子Ⅷ ${rng.pick([250, 500, 750])}IU q12h，患肢制动、冰敷，关节肿痛逐渐消退。`;
    case 'LEUKEMIA':
      return `入院后完善血常规、骨髓穿刺及脑脊液检查，${lab}。于${monthDay(doc.dates.surgery)}开始${rng.pick(['CAM', 'VDLP', 'HD-MTX', 'DA'])}方案化疗，`
        + '同时予水化、碱化、止吐、护胃及预防感染等支持治疗，化疗过程顺利。';
    default:
      return `入院后查${lab}。予低苯丙氨酸特殊饮食、营养评估及饮食指导，定期监测血苯丙氨酸浓度，逐渐下降至目标范围。`;
  }
}

export const blind2Discharge2: Layout = {
  id: 'blind2-discharge-2',
  kind: 'discharge',
  split: 'blind',
  style: 'blind2 layout 2',
  exercises: ['blind'],
  doc: (rng) => resident(child(makeDoc(rng, { kind: 'discharge', hospitals: CHILDREN, keys: KEYS, yearEnd: 0.15 }), rng), rng),
  draw(s, doc, rng) {
    const x0 = 120;
    const w = s.width - 2 * x0;
    const tone = rng.pick(['#c2185b', '#00838f', '#ef6c00', '#5e35b1']);
    logo(s, x0 + 40, 118, 40, tone, 'ring');
    s.put(x0 + 100, 138, doc.hospital.name, st('sansBold', 18, { color: tone }));
    s.g.fillStyle = tone;
    s.g.beginPath();
    s.g.roundRect(s.width - x0 - 300, 82, 300, 80, 40);
    s.g.fill();
    s.put(s.width - x0 - 150, 137, '出院记录', st('sansBold', 16, { color: '#ffffff', align: 'center', spacing: 6 }));
    s.line(x0, 190, s.width - x0, 190, 2, tone);

    const p = doc.patient;
    const father = rng.chance(0.6);
    const guardian = father ? kin(rng, doc, '男') : personName(rng, '女', 0.05);
    const lab = st('sans', 10, { color: '#555' });
    const val = st('sansMedium', 10.5);
    const at = (d: string, m: number): string => `${bare(d)} ${clock(m)}`;
    const panel: [string, string][][] = [
      [['患儿姓名：', p.name], ['性别：', p.sex], ['年龄：', ageMonths(p.birth, doc.dates.admission)]],
      [['住院号：', doc.recordNo], ['科室：', doc.department], ['床号：', `${doc.bed}床`]],
      [['监护人：', `${guardian}（${father ? '父亲' : '母亲'}）`], ['联系电话：', mobileNo(rng)], ['医保类型：', rng.pick(['居民医保', '居民医保', '自费'])]],
      [['身份证号：', p.idNumber], ['', ''], ['出生日期：', bare(p.birth)]],
      [['入院时间：', at(doc.dates.admission, doc.times.admission)], ['出院时间：', at(doc.dates.discharge, doc.times.discharge)],
        ['住院天数：', `${doc.stayDays}天`]],
    ];
    const top = 222;
    const rh = 58;
    s.g.fillStyle = '#f4f4f4';
    s.g.fillRect(x0, top, w, panel.length * rh + 26);
    const cols = [x0 + 24, x0 + 560, x0 + 1000];
    panel.forEach((row, i) => row.forEach(([l, v], j) => {
      if (l) s.pair(cols[j] ?? x0, top + 56 + i * rh, l, v, lab, val);
    }));
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    const body = st('sans', 10);
    const head = st('sansBold', 10.5, { color: tone });
    const lh = px(10) * 1.72;
    let y = top + panel.length * rh + 110;
    const heading = (title: string): void => {
      s.g.fillStyle = tone;
      s.g.fillRect(x0, y - 24, 10, 26);
      s.put(x0 + 22, y, title, head);
      y += lh * 1.05;
    };
    const birthWeight = `${(2.6 + rng.range(0, 1.2)).toFixed(1)}kg`;
    const weight = `${Math.round(8 + p.age * 2.6 + rng.range(-2, 3))}kg`;
    const para = (text: string): void => {
      const keep = [doc.dates.admission, addDays(doc.dates.admission, 1), doc.dates.surgery].map(monthDay);
      y = prose(s, x0 + 22, y, w - 22, text, body, lh, { indent: px(10) * 2, keep: [...keep, birthWeight, weight] }) + 12;
    };
    const list = (items: readonly Dx[]): void => {
      items.forEach((d, i) => s.put(x0 + 22 + px(10) * 2, y + i * lh, `${mark(i, '①')}${d.text}`, body));
      y += items.length * lh + 12;
    };
    const [gp, term] = [rng.int(1, 3), rng.chance(0.7) ? '足月顺产' : '足月剖宫产'];
    const family = doc.primary === 'HEMOPHILIA' ? '其舅父患“血友病A”，父母非近亲结婚。'
      : `父母体健，非近亲结婚；${rng.pick(['祖父', '外祖父', '祖母'])}患“${rng.pick(['高血压病', '2型糖尿病', '冠心病', '脑梗死'])}”，否认家族遗传病史。`;
    heading('入院情况');
    para(`患儿因“${doc.complaint}”由家长陪同入院。个人史：G${gp}P${gp}，${term}，出生体重${birthWeight}。`
      + `既往史：平素体质一般，否认肝炎、结核等传染病史，否认手术、外伤史，预防接种按计划进行。家族史：${family}`
      + `查体：T ${(36.3 + rng.range(0, 0.6)).toFixed(1)}℃，体重${weight}，神志清，精神反应可，心肺听诊未见异常。`);
    heading('入院诊断');
    list(doc.dx.admission);
    heading('诊疗经过');
    para(course(doc, rng));
    heading('出院情况');
    para(rng.pick(['患儿一般情况可，无发热，饮食睡眠可，病情好转，家长要求出院，经上级医师同意后办理出院。',
      '患儿精神反应好，生命体征平稳，治疗效果满意，准予出院。']));
    heading('出院诊断');
    list(doc.dx.western);
    s.diagnoses(doc.dx.western);
    heading('出院医嘱');
    const back = addDays(doc.dates.discharge, rng.pick([14, 21, 28, 30]));
    const orders = [`1.${doc.primary === 'CHILD_DISABILITY_REHAB' ? '坚持家庭康复训练，注意安全，防跌倒' : '注意休息，避免剧烈活动，预防感染'}。`,
      `2.${doc.medicines.slice(0, 2).join('；')}。`, `3.于${bare(back)}门诊复诊，不适随诊。`];
    for (const o of orders) {
      s.put(x0 + 22 + px(10) * 2, y, o, body);
      y += lh;
    }
    const sy = Math.max(y + lh * 1.6, 1980);
    const sw = s.put(x0 + 40, sy, '主治医师：', body);
    handwritten(s, x0 + 40 + sw + 14, sy, doc.doctors.attending, 14, rng);
    s.put(x0 + 560, sy, `住院医师：${doc.doctors.resident}`, body);
    s.put(s.width - x0, sy, `记录日期：${bare(doc.dates.discharge)}`, { ...body, align: 'right' });
    s.line(x0, 2190, s.width - x0, 2190, 1, tone);
    s.put(x0, 2236, `${doc.hospital.address}\u3000${doc.hospital.phone}`, st('sansLight', 8.5, { color: '#555' }));
    s.put(s.width - x0, 2236, '1/1', st('sansLight', 8.5, { align: 'right', color: '#555' }));
  },
};
