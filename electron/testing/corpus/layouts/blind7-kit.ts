import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Doc } from '../case';
import { addDays } from '../dates';
import type { DiseaseKey, Dx } from '../diseases';
import type { Hospital } from '../hospitals';
import { idNumber, personName, type Sex } from '../people';
import type { Rng } from '../rng';
import type { Sheet } from '../sheet';

/** Pieces the blind7 layouts share: hospitals of several provinces and levels, guardians, a coronary drawing, surgical stays. */

/** A hospital record. */
export const h = (name: string, address: string, phone: string, extra: Partial<Hospital> = {}): Hospital =>
  ({ name, address, phone, ...extra });

/** City hospitals of Shandong and the neighbouring provinces (Hebei, Henan, Jiangsu, Tianjin). */
export const CITY7: readonly Hospital[] = [
  h('濮阳市油田总医院', '河南省濮阳市华龙区大庆路95号', '0393-4822120'), h('邯郸市中心医院', '河北省邯郸市丛台区丛台路59号', '0310-2029120'),
  h('衡水市哈励逊国际和平医院', '河北省衡水市桃城区人民东路180号', '0318-2188120'), h('安阳市人民医院', '河南省安阳市北关区解放路72号', '0372-5999120'),
  h('济南市第四人民医院', '济南市市中区师范路50号', '0531-81313120'), h('滨州市人民医院', '滨州市滨城区黄河二路515号', '0543-3258120'),
  h('徐州医科大学附属医院', '江苏省徐州市泉山区淮海西路99号', '0516-85802120', { en: 'THE AFFILIATED HOSPITAL OF XUZHOU MEDICAL UNIVERSITY' }),
  h('天津市第一中心医院', '天津市南开区复康路24号', '022-23626120', { en: 'TIANJIN FIRST CENTRAL HOSPITAL' }),
];

/** County hospitals across the borders of Liaocheng (Dezhou, Tai'an, Xingtai, Puyang) and further (Anhui, Jiangsu). */
export const COUNTY7: readonly Hospital[] = [
  h('临西县人民医院', '河北省邢台市临西县临西镇育才街56号', '0319-8556120'), h('清丰县人民医院', '河南省濮阳市清丰县中原路318号', '0393-7222120'),
  h('南乐县人民医院', '河南省濮阳市南乐县昌州路西段9号', '0393-6222120'), h('夏津县人民医院', '德州市夏津县银城街道中山路158号', '0534-3222120'),
  h('东平县人民医院', '泰安市东平县东平街道佛山街28号', '0538-2822120'), h('清河县中心医院', '河北省邢台市清河县武松路西段66号', '0319-8122120'),
  h('萧县人民医院', '安徽省宿州市萧县龙城镇人民路102号', '0557-5022120'), h('丰县人民医院', '江苏省徐州市丰县中阳大道西段8号', '0516-89222120'),
];

export const TCM7: readonly Hospital[] = [
  h('夏津县中医院', '德州市夏津县银城街道府前街9号', '0534-3212120'), h('清丰县中医院', '河南省濮阳市清丰县顿丘路126号', '0393-7232120'),
  h('临西县中医院', '河北省邢台市临西县振兴路19号', '0319-8566120'), h('东平县中医医院', '泰安市东平县东平街道东山路6号', '0538-2832120'),
];

/** 妇幼保健院 and a children's hospital (the patient is a child). */
export const MCH7: readonly Hospital[] = [
  h('阳谷县妇幼保健院', '阳谷县狮子楼街道金水路36号', '0635-6212681'), h('莘县妇幼保健院', '莘县莘州街道东顺路西段', '0635-7322165'),
  h('冠县妇幼保健院', '冠县清泉街道红旗路南段', '0635-5162633'), h('东阿县妇幼保健院', '东阿县新城街道少岳路20号', '0635-3282311'),
  h('濮阳市妇幼保健院', '河南省濮阳市华龙区京开大道西段', '0393-4416120'), h('邯郸市妇幼保健院', '河北省邯郸市邯山区和平路169号', '0310-3022120'),
  h('山东大学齐鲁儿童医院', '济南市槐荫区经十路23976号', '0531-87950120', { en: "QILU CHILDREN'S HOSPITAL OF SHANDONG UNIVERSITY" }),
];

/** Township health centres and a community centre, in Liaocheng and just across the border. */
export const TOWN7: readonly Hospital[] = [
  h('阳谷县七级镇卫生院', '阳谷县七级镇驻地', '0635-6581120'), h('莘县观城镇中心卫生院', '莘县观城镇驻地', '0635-7591120'),
  h('东阿县牛角店镇卫生院', '东阿县牛角店镇驻地', '0635-3381021'), h('临清市尚店镇卫生院', '临清市尚店镇驻地', '0635-2761120'),
  h('冠县贾镇中心卫生院', '冠县贾镇驻地', '0635-5621120'), h('茌平区杜郎口镇卫生院', '聊城市茌平区杜郎口镇驻地', '0635-4671120'),
  h('清丰县马庄桥镇卫生院', '河南省濮阳市清丰县马庄桥镇驻地', '0393-7651120'),
  h('东昌府区新区街道社区卫生服务中心', '聊城市东昌府区新区街道湖南路', '0635-8396120'),
];

/** A parent or grandparent who brings a child in: name, relation and a valid ID of their own (never the patient's). */
export function guardianOf(doc: Doc, rng: Rng, surname: string): { name: string; relation: string; id: string } {
  const relation = rng.pick(['父亲', '母亲', '母亲', '祖母', '父亲']);
  const sex: Sex = relation === '父亲' ? '男' : '女';
  const named = (): string => (relation === '父亲' ? surname + personName(rng, sex, 0).slice(1) : personName(rng, sex, 0));
  let name = named();
  while (name === doc.patient.name || Object.values(doc.doctors).includes(name)) name = named();
  const age = relation === '祖母' ? rng.int(52, 66) : rng.int(24, 40);
  const birth = addDays(doc.patient.birth, -Math.round((age - doc.patient.age) * 365.25) - rng.int(0, 300));
  return { name, relation, id: idNumber(rng, birth, sex) };
}

/** Diagnoses with the catalogue key of their own words (so a list built by a layout keeps the truth honest). */
export const dx = (text: string, key: string | null = null): Dx => ({ text, key });

/** Strokes the path `trace` draws, `width` px wide in `color`. */
export function stroke(g: SKRSContext2D, width: number, color: string, trace: () => void): void {
  g.strokeStyle = color;
  g.lineWidth = width;
  g.beginPath();
  trace();
  g.stroke();
}

/** A line drawing of the coronary tree (aortic root, LM, LAD, LCX, RCA), lesions as red bars, stents as hatched sleeves (not text). */
export type Lesion = { readonly vessel: 'LAD' | 'LCX' | 'RCA'; readonly stent: boolean };
export function coronaryTree(s: Sheet, x: number, y: number, w: number, hgt: number, marks: readonly Lesion[]): void {
  const g = s.g;
  type Pt = [number, number];
  const P = (u: number, v: number): Pt => [x + u * w, y + v * hgt];
  const path: Record<Lesion['vessel'], [Pt, Pt, Pt, Pt]> = {
    LAD: [P(0.36, 0.24), P(0.36, 0.45), P(0.42, 0.7), P(0.5, 0.98)],
    LCX: [P(0.36, 0.24), P(0.2, 0.3), P(0.08, 0.5), P(0.14, 0.8)],
    RCA: [P(0.6, 0.14), P(0.9, 0.2), P(0.98, 0.55), P(0.72, 0.92)],
  };
  g.save();
  g.lineCap = 'round';
  stroke(g, 26, '#333', () => { g.moveTo(...P(0.5, 0)); g.lineTo(...P(0.52, 0.14)); });
  stroke(g, 6, '#333', () => { g.moveTo(...P(0.47, 0.12)); g.lineTo(...P(0.36, 0.24)); });
  for (const [a, b, c, d] of Object.values(path)) stroke(g, 4.5, '#333', () => { g.moveTo(...a); g.bezierCurveTo(...b, ...c, ...d); });
  for (const m of marks) {
    const [a, b, c, d] = path[m.vessel];
    const [mx, my] = [(a[0] + 3 * b[0] + 3 * c[0] + d[0]) / 8, (a[1] + 3 * b[1] + 3 * c[1] + d[1]) / 8];
    if (!m.stent) stroke(g, 6, '#c01818', () => { g.moveTo(mx - 16, my - 5); g.lineTo(mx + 16, my + 5); });
    else {
      stroke(g, 2, '#222', () => g.rect(mx - 11, my - 22, 22, 44));
      for (let i = -2; i <= 2; i += 1) {
        stroke(g, 2, '#222', () => { g.moveTo(mx - 11, my + i * 8 - 6); g.lineTo(mx + 11, my + i * 8 + 6); });
      }
    }
  }
  g.restore();
}

/** The operations of a surgical ward, by disease: the final diagnoses, the 入院诊断 and what the patient said. */
export type Op = { dept: string; final: readonly Dx[]; op: string; anaes: string; adm: string; said: string; path?: string; then: string };
const T = 'MALIGNANT_TUMOR_OUTPATIENT';
export const OPS: Record<string, readonly Op[]> = {
  [T]: [
    { dept: '胃肠外科', final: [dx('胃窦腺癌（pT2N1M0 ⅡA期）', T)], op: '腹腔镜下根治性远端胃大部切除术（D2）', anaes: '全身麻醉', adm: '胃占位性病变',
      said: '上腹部隐痛2月，胃镜发现胃窦溃疡1周', path: '（胃窦）中分化腺癌，侵及固有肌层，淋巴结见转移（2/23）', then: '术后1月返院行辅助化疗' },
    { dept: '胸外科', final: [dx('右肺上叶浸润性腺癌（pT1cN0M0）', T)], op: '胸腔镜下右肺上叶切除+系统性淋巴结清扫术', anaes: '全身麻醉',
      adm: '右肺上叶结节', said: '体检发现右肺结节3月', path: '（右肺上叶）浸润性腺癌，腺泡为主型，支气管切缘未见癌', then: '术后1月复查胸部CT' },
    { dept: '普外科', final: [dx('乙状结肠腺癌（pT3N0M0）', T)], op: '腹腔镜下乙状结肠癌根治术', anaes: '全身麻醉', adm: '便血待查',
      said: '间断便血1月余', path: '（乙状结肠）溃疡型中分化腺癌，肠周淋巴结未见转移（0/15）', then: '肿瘤内科门诊评估辅助化疗' },
    { dept: '乳腺外科', final: [dx('左乳浸润性导管癌', T)], op: '左乳腺癌改良根治术', anaes: '全身麻醉', adm: '左乳肿物',
      said: '发现左乳肿物2月', path: '（左乳）浸润性导管癌Ⅱ级，ER(+) PR(+) HER-2(1+)', then: '2周后返院拆线并行辅助化疗' },
  ],
  CEREBROVASCULAR_DISEASE: [
    { dept: '神经外科', final: [dx('左侧基底节区脑出血', 'CEREBROVASCULAR_DISEASE')], op: '左侧基底节区血肿钻孔引流术', anaes: '局部麻醉',
      adm: '急性脑血管病', said: '突发右侧肢体无力6小时', then: '转康复科或当地医院继续康复治疗' },
    { dept: '神经外科', final: [dx('右侧丘脑出血破入脑室', 'CEREBROVASCULAR_DISEASE')], op: '侧脑室外引流术', anaes: '全身麻醉',
      adm: '意识障碍原因待查', said: '突发头痛伴呕吐、意识模糊3小时', then: '1月后复查头颅CT' },
  ],
  URAEMIA_DIALYSIS: [
    { dept: '血管外科', final: [dx('慢性肾脏病5期', 'URAEMIA_DIALYSIS'), dx('肾性贫血')], op: '左前臂自体动静脉内瘘成形术',
      anaes: '臂丛神经阻滞麻醉', adm: '肾功能不全', said: '发现肾功能异常4年，拟行规律透析', then: '内瘘成熟后（约6周）开始规律血液透析' },
  ],
  POST_ARTERIAL_STENT_ANTICOAGULATION: [
    { dept: '血管外科', final: [dx('左下肢动脉硬化闭塞症'), dx('左髂总动脉支架置入术后', 'POST_ARTERIAL_STENT_ANTICOAGULATION')],
      op: '左髂总动脉球囊扩张+支架置入术', anaes: '局部麻醉', adm: '左下肢缺血', said: '左下肢间歇性跛行1年，加重1月', then: '长期服用抗血小板药物' },
    { dept: '心脏外科', final: [dx('风湿性心脏病 二尖瓣重度狭窄'), dx('二尖瓣机械瓣膜置换术后', 'POST_ARTERIAL_STENT_ANTICOAGULATION')],
      op: '二尖瓣机械瓣置换术', anaes: '全身麻醉（体外循环）', adm: '风湿性心脏病', said: '活动后胸闷、气短2年', then: '终身华法林抗凝，监测INR' },
  ],
};
export const OP_KEYS: readonly DiseaseKey[] = [T, 'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'POST_ARTERIAL_STENT_ANTICOAGULATION'];

/** The operation fits the disease (and the sex); the companions the generator chose (with their history) stay. */
export function operated(doc: Doc, rng: Rng): { doc: Doc; op: Op } {
  const ops = (OPS[doc.primary] ?? []).filter((o) => doc.patient.sex === '女' || !o.dept.startsWith('乳腺'));
  const op = rng.pick(ops);
  const others = doc.dx.western.filter((d) => d.key !== doc.primary && !(doc.patient.sex === '女' && /前列腺/u.test(d.text)));
  const western = [...op.final, ...others];
  const keys = [...new Set(western.flatMap((d) => (d.key ? [d.key as DiseaseKey] : [])))];
  const admission = [dx(op.adm), ...doc.dx.admission.filter((d) => d.text.endsWith('？')).slice(0, 1)];
  return { doc: { ...doc, department: op.dept, procedure: op.op, complaint: op.said, dx: { ...doc.dx, western, admission, keys } }, op };
}
