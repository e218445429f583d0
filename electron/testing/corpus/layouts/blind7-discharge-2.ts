import { makeDoc, type Doc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { Dx } from '../diseases';
import { MCH } from '../hospitals';
import { handwritten, logo, nameStamp } from '../marks';
import type { Rng } from '../rng';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, type Mark } from './kit';
import { surnameOf } from './blind2-kit';
import { ageYm, childOf, printDay } from './blind4-kit';
import { dx, guardianOf, MCH7 } from './blind7-kit';

type Course = { final: readonly string[]; adm: string; said: string; dept: string; course: string; days: [number, number]; home: string };
const CH = 'CHILD_DISABILITY_REHAB';
const COURSES: Record<string, readonly Course[]> = {
  [CH]: [
    { final: ['脑性瘫痪（痉挛型双瘫）', '脑瘫（不随意运动型）', '脑性瘫痪'], adm: '运动发育落后', said: '运动发育落后，至今不能独走', dept: '儿童康复科',
      course: '予运动疗法、作业疗法、推拿及低频脉冲电治疗', days: [20, 30], home: '坚持家庭康复训练' },
    { final: ['孤独症谱系障碍', '儿童孤独症（自闭症）'], adm: '语言发育迟缓', said: '语言发育落后、不与人对视2年', dept: '儿童康复科',
      course: '予应用行为分析（ABA）训练、感觉统合训练及言语训练', days: [20, 28], home: '坚持家庭干预训练' },
    { final: ['智力障碍（中度）'], adm: '全面发育落后原因待查', said: '说话晚、学习困难3年', dept: '儿童保健科', course: '予认知训练、言语训练及家庭康复指导',
      days: [14, 21], home: '坚持家庭康复训练' },
  ],
  PHENYLKETONURIA: [
    { final: ['苯丙酮尿症（经典型）', '苯丙酮尿症'], adm: '高苯丙氨酸血症', said: '新生儿筛查发现血苯丙氨酸升高，定期复查', dept: '儿科',
      course: '予低苯丙氨酸饮食、特殊配方粉，监测血苯丙氨酸浓度', days: [5, 9], home: '坚持低苯丙氨酸饮食，定期监测血苯丙氨酸' },
  ],
  HEMOPHILIA: [
    { final: ['血友病A（重型）', '血友病A（中型）', '血友病B'], adm: '关节肿痛原因待查', said: '右膝关节肿痛、活动受限3天', dept: '儿科',
      course: '予输注凝血因子替代治疗、患肢制动、冰敷', days: [5, 10], home: '避免剧烈运动及外伤' },
  ],
  LEUKEMIA: [
    { final: ['急性淋巴细胞白血病（B细胞型 中危组）', '急性淋巴细胞白血病'], adm: '发热、全血细胞减少原因待查', said: '发热、面色苍白1周', dept: '小儿血液科',
      course: '行骨髓穿刺明确诊断后按CCCG-ALL-2020方案诱导化疗，并予水化、碱化、抗感染及成分输血', days: [12, 24], home: '注意防护，预防感染，每周复查血常规' },
  ],
};
const SEEN: Record<string, string> = { [CH]: '头颅MRI：双侧脑室旁白质软化灶。', PHENYLKETONURIA: '尿蝶呤谱分析未见异常。',
  HEMOPHILIA: '右膝关节彩超：关节腔积液。', LEUKEMIA: '骨髓象：原始及幼稚淋巴细胞占86%。' };
const EXTRA = ['支气管肺炎', '营养性缺铁性贫血', '维生素D缺乏症', '急性上呼吸道感染', '癫痫', '斜视'];

/** A child of the right age, the stay as long as the course, the diagnoses a children's ward writes. */
function childCase(base: Doc, rng: Rng): { doc: Doc; c: Course } {
  const c = rng.pick(COURSES[base.primary] ?? []);
  const ages: [number, number] = base.primary === 'LEUKEMIA' || base.primary === 'HEMOPHILIA' ? [3, 13] : [1, 9];
  let kid = childOf(base, rng, base.dates.admission, ages);
  while (base.primary === 'HEMOPHILIA' && kid.patient.sex === '女') kid = childOf(base, rng, base.dates.admission, ages);
  const days = rng.int(...c.days);
  const extra: Dx[] = rng.sample(base.primary === 'LEUKEMIA' ? ['骨髓抑制', '粒细胞缺乏伴发热'] : EXTRA, rng.int(0, 2)).map((t) => dx(t));
  const western = [dx(rng.pick(c.final), base.primary), ...extra];
  return { c, doc: { ...kid, department: c.dept, stayDays: days, complaint: c.said,
    dates: { ...kid.dates, discharge: addDays(kid.dates.admission, days) },
    dx: { ...kid.dx, western, admission: [dx(c.adm)], keys: [base.primary] } } };
}

/**
 * 妇幼保健院 / children's hospital (Liaocheng counties, Puyang, Handan, Jinan) 出院记录 of a children's ward: a tinted band
 * with logo and name, a bordered grid holding the child's birth date and ID and the guardian's name and ID, birth and family
 * history, sections headed 一、… or ◆, the guardian's signature. Truth: the child's name, ID and stay, the 出院诊断 only.
 */
export const blind7Discharge2: Layout = {
  id: 'blind7-discharge-2',
  kind: 'discharge',
  split: 'blind',
  style: 'blind7 layout 2',
  exercises: ['held out'],
  doc: (rng) => {
    const d = makeDoc(rng, { kind: 'discharge', hospitals: [...MCH7, ...MCH7, ...MCH],
      keys: [CH, CH, CH, 'PHENYLKETONURIA', 'HEMOPHILIA', 'LEUKEMIA'] });
    // Induction chemotherapy is given in the city, not at a county 妇幼保健院.
    return d.primary === 'LEUKEMIA' && !/市妇幼|儿童医院/u.test(d.hospital.name) ? { ...d, hospital: rng.pick(MCH7.slice(4)) } : d;
  },
  draw(s, base, rng) {
    const { doc, c } = childCase(base, rng);
    const p = doc.patient;
    const serif = rng.chance(0.4);
    const face = serif ? rng.pick(['serif', 'serifLight'] as const) : rng.pick(['sans', 'sansLight'] as const);
    const bold = serif ? 'serifBold' : 'sansBold';
    const pt = rng.pick([10.5, 11, 11.5]);
    const f = st(face, pt);
    const b = st(bold, pt);
    const lh = px(pt) * 1.7;
    const [x0, x1] = [100, s.width - 100];
    const w = x1 - x0;
    const [tint, ink] = rng.pick([['#f8dde6', '#b0305a'], ['#d5eeea', '#177565'], ['#dde9f8', '#2a5aa0']] as const);

    s.g.fillStyle = tint;
    s.g.fillRect(x0, 70, w, 130);
    logo(s, x0 + 70, 135, 44, ink, rng.pick(['ring', 'cross'] as const));
    s.put(x0 + 135, 140, doc.hospital.name, st(bold, 19, { color: ink, spacing: 2 }));
    s.put(x0 + 135, 180, doc.hospital.en ?? doc.hospital.address, st('sans', 8.5, { color: ink }));
    s.put(x1 - 20, 160, doc.hospital.phone, st('sans', 9, { color: ink, align: 'right' }));
    s.put(s.width / 2, 275, rng.pick(['出院记录', '出 院 记 录', '出院小结']), st(bold, 18, { align: 'center', spacing: 6 }));
    const small = st(face, pt - 0.5);
    s.put(x0, 330, `科室：${doc.department}`, small);
    s.put(x1, 330, `住院号：${doc.recordNo}`, { ...small, align: 'right' });

    const ds: DateStyle = rng.pick(['cn', 'iso', 'cnShort', 'dotPad'] as const);
    const g = guardianOf(doc, rng, surnameOf(p.name));
    const q = w / 8;
    const L = (t: string, k = 1) => ({ text: t, w: q * k, label: true });
    const V = (t: string, k = 1) => ({ text: t, w: q * k });
    const stay = [L('入院日期'), V(formatDate(doc.dates.admission, ds), 1.5), L('出院日期'), V(formatDate(doc.dates.discharge, ds), 1.5),
      L('住院天数', 0.9), V(`${doc.stayDays}天`, 0.6), L('床号', 0.7), V(doc.bed, 0.8)];
    const kin = [L('监护人'), V(`${g.name}（${g.relation}）`, 1.4), L('监护人身份证号', 1.4), V(g.id, 2), L('联系电话', 0.9),
      V(`1${rng.int(30, 89)}****${rng.int(1000, 9999)}`, 1.3)];
    const rows = [
      [L('姓名'), V(p.name, 1.5), L('性别'), V(p.sex, 0.6), L('年龄', 0.9), V(ageYm(p.birth, doc.dates.admission), 1), L('出生日期', 1),
        V(formatDate(p.birth, 'iso'), 1)],
      [L(rng.pick(['患儿身份证号', '身份证号'])), V(p.idNumber, 3), L('民族', 0.7), V('汉族', 0.8), L('住院次数', 1), V(`第${rng.int(1, 6)}次`, 1.5)],
      ...(rng.chance(0.5) ? [stay, kin] : [kin, stay]),
    ];
    let y = s.grid(x0, 365, lh * 1.15, rows, small, { shade: tint, label: st(bold, pt - 1) , border: 1.4 });
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    y += lh * 1.1;
    const han = rng.chance(0.5);
    let n = 0;
    const section = (label: string, text: string): void => {
      const head = han ? `${'一二三四五六七'[n] ?? ''}、${label}` : `◆ ${label}`;
      n += 1;
      s.put(x0, y, head, b);
      y = s.para(x0 + px(pt) * 2, y + lh, w - px(pt) * 2, text, f, lh) + lh * 0.2;
    };
    const birthText = `G${rng.int(1, 3)}P${rng.int(1, 2)}，孕${rng.int(36, 41)}周${rng.pick(['顺产', '剖宫产'])}，`
      + `出生体重${(rng.int(23, 39) / 10).toFixed(1)}kg，`
      + rng.pick(['生后无窒息抢救史', `生后有窒息史，Apgar评分1分钟${rng.int(4, 7)}分`]);
    const fam = doc.primary === 'HEMOPHILIA' ? `${rng.pick(['舅舅', '表哥'])}患血友病，父母体健` : rng.pick(['父母体健，非近亲结婚，否认家族遗传病史',
      `${rng.pick(['外祖父', '祖母', '祖父'])}患${rng.pick(['高血压病', '2型糖尿病', '脑梗死'])}，父母体健`]);
    section('入院情况', `患儿因“${c.said}”入院。出生史：${birthText}。既往史：否认肝炎、结核等传染病史，预防接种按计划进行。家族史：${fam}。`);
    const how: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    const lab = doc.labs[0]?.rows.slice(0, 3).map((r) => `${r.abbr} ${r.value}${r.unit}${r.flag}`).join('，') ?? '';
    section('辅助检查', `${formatDate(addDays(doc.dates.admission, 1), ds)}：${lab}。${SEEN[doc.primary] ?? ''}`);
    section('入院诊断', listed(doc.dx.admission, how).join('  '));
    section('诊疗经过', `入院后完善血常规、肝肾功能、头颅MRI等检查，${c.course}，患儿${rng.pick(['配合可', '一般情况好', '病情稳定'])}。`);
    section('出院情况', `患儿${rng.pick(['精神反应好', '一般情况可'])}，${rng.pick(['较入院时有进步', '症状好转', '无发热'])}，家属要求出院。`);
    s.diagnoses(doc.dx.western);
    section('出院诊断', listed(doc.dx.western, how).join('  '));
    const back = formatDate(addDays(doc.dates.discharge, rng.int(7, 30)), ds);
    section('出院医嘱', `${c.home}，${back}返院复诊${doc.primary === CH ? '并行下一疗程康复治疗' : ''}，如有不适随时就诊。`);

    y = Math.max(y + lh * 1.2, rng.pick([1500, 1750]));
    const dw = s.put(x0, y, '医师签名：', f);
    if (rng.chance(0.5)) nameStamp(s, x0 + dw + 110, y - 14, doc.doctors.attending, rng);
    else handwritten(s, x0 + dw + 10, y, doc.doctors.attending, pt * 1.3, rng);
    const gw = s.put(x0 + w * 0.5, y, '监护人签字：', f);
    handwritten(s, x0 + w * 0.5 + gw + 10, y, g.name, pt * 1.35, rng);
    s.put(x1, y + lh * 1.4, formatDate(doc.dates.discharge, ds), { ...f, align: 'right' });
    s.line(x0, 2185, x1, 2185, 1.2, ink);
    s.put(x0, 2225, `${doc.hospital.address}  打印日期：${formatDate(printDay(doc, rng), 'iso')}`, st(face, 8.5, { color: '#444' }));
    s.put(x1, 2225, '第1页/共1页', st(face, 8.5, { color: '#444', align: 'right' }));
  },
};
