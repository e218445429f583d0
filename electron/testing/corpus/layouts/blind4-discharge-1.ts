import { makeDoc } from '../case';
import { addDays, formatDate, parts, type DateStyle } from '../dates';
import type { DiseaseKey, Dx } from '../diseases';
import { TCM } from '../hospitals';
import { handwritten } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { fit, homeOf, local, printDay, TCM4, tcmOf, tongue, wrap } from './blind4-kit';

const KEYS: readonly DiseaseKey[] = ['DIABETES', 'DIABETES', 'CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE', 'HYPERTENSION',
  'CORONARY_HEART_DISEASE', 'POST_ARTERIAL_STENT_ANTICOAGULATION'];
const METHOD = ['益气养阴、活血通络', '平肝潜阳、化痰息风', '健脾化湿、活血化瘀', '滋补肝肾、益气活血'];
const FORMULA = ['补阳还五汤', '天麻钩藤饮', '参芪地黄汤', '血府逐瘀汤', '半夏白术天麻汤', '六味地黄汤'];
const THERAPY = ['针刺、艾灸', '中药穴位贴敷', '耳穴压豆', '中药熏洗', '针刺及推拿'];

type Block = { readonly head: string; readonly text: string; readonly keep?: readonly string[] } |
  { readonly head: string; readonly list: readonly { readonly label: string; readonly items: readonly string[] }[] };

/** A numbered list glued to its label line by line, the later items lined up under the first. */
function listLines(label: string, items: readonly string[], numbered: boolean): string[] {
  if (items.length === 0) return [];
  const one = items.length === 1 && !numbered;
  if (one) return [`${label}${items[0] ?? ''}`];
  return items.map((t, i) => `${i === 0 ? label : ''}${i + 1}.${t}`);
}

/**
 * County TCM hospital (other provinces) 出院记录 in serif prose: the patient is named only inside the opening sentence
 * (患者张三，男，67岁，…，身份证号：…), which also carries the stay (于…入院，于…出院，共住院N天); 入院诊断 and 出院诊断
 * each with 中医诊断 (病名 and 证) and 西医诊断 lines; a 舌脉 line, TCM treatment, the writing date under the signatures.
 */
export const blind4Discharge1: Layout = {
  id: 'blind4-discharge-1',
  kind: 'discharge',
  split: 'blind',
  style: 'County TCM hospital (Sichuan, Henan, Jiangxi, Jiangsu, Hunan, Jilin, '
    + 'Shandong) 出院记录 in serif prose, 10.5–12 pt, a small ward line over a double rule',
  exercises: ['the name only in the opening prose sentence (患者…，男，67岁，汉族，已婚，…), no 姓名 label anywhere',
    '身份证号 inside that sentence, after the home address', 'the stay told in prose: 于2025年3月4日10时20分入院，于…出院，共住院N天',
    '中医诊断 / 西医诊断 under both 入院诊断 and 出院诊断 (only the 出院 ones count; TCM 病名 with 证)',
    'a suspected disease among the admission diagnoses', 'past illness, denials and family history in 入院情况', '舌脉 lines',
    'a procedure date (3月6日) during the stay and a 复诊 date after it', 'the writing date beside the signatures (the discharge day)'],
  doc: (rng) => {
    const doc = fit(local(makeDoc(rng, { kind: 'discharge', hospitals: [...TCM4, ...TCM4, ...TCM], tcm: true, keys: KEYS,
      yearEnd: 0.1, compoundSurnames: 0.08 }), rng));
    const ward = doc.department === '心内科' || doc.department === '心血管内科' ? '心病科' : doc.department;
    return { ...doc, department: ward, dx: { ...doc.dx, tcm: tcmOf(doc, rng) } };
  },
  draw(s, doc, rng) {
    s.ink = '#1a1a1a';
    const x0 = 140;
    const right = s.width - x0;
    const w = right - x0;
    const p = doc.patient;
    const ds: DateStyle = rng.pick(['cnShort', 'cn', 'cnHour', 'cnHour'] as const);
    const adm = formatDate(doc.dates.admission, ds, doc.times.admission);
    const dis = formatDate(doc.dates.discharge, ds, doc.times.discharge);
    const idLabel = rng.pick(['身份证号：', '身份证号码：', '公民身份号码：']);
    const home = homeOf(doc, rng);
    const job = p.age >= 60 ? rng.pick(['农民', '退休', '无业']) : rng.pick(['农民', '个体', '务工', '职员']);
    const opening = `患者${p.name}，${p.sex}，${p.age}岁，${rng.pick(['汉族', '汉族', '汉族', '回族'])}，${p.age > 70 ? rng.pick(['已婚', '丧偶']) : '已婚'}，`
      + `${job}，住${home}，${idLabel}${p.idNumber}。因“${doc.complaint}”于${adm}入院，于${dis}出院，共住院${doc.stayDays}天。`;
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    const tcm = doc.dx.tcm;
    const western = doc.dx.western;
    s.diagnoses([...tcm, ...western]);
    const surgery = doc.dates.surgery;
    const [, sm, sd] = parts(surgery);
    const back = addDays(doc.dates.discharge, rng.pick([7, 14, 14, 30]));
    const backText = formatDate(back, 'cnShort');
    const lab = doc.labs[0];
    const labText = lab ? `复查${lab.title}：${lab.rows.slice(0, 2).map((r) => `${r.abbr} ${r.value}${r.unit}`).join('，')}` : '复查血常规未见明显异常';
    const bp = `${rng.int(120, 178)}/${rng.int(68, 102)}mmHg`;
    const numbered = rng.chance(0.6);
    const blocks: Block[] = [
      { head: '', text: opening, keep: [p.name, idLabel + p.idNumber, adm, dis, home] },
      { head: '入院情况：', text: `${doc.complaint}。既往史：${doc.history.past}；${doc.history.negated}。个人史：生于原籍，${rng.pick(['无烟酒嗜好', '吸烟30余年，已戒'])}。`
        + `家族史：${doc.history.family}。查体：T ${rng.int(362, 372) / 10}℃，P ${rng.int(62, 96)}次/分，R ${rng.int(16, 20)}次/分，BP ${bp}。${tongue(rng)}。` },
      { head: '入院诊断：', list: [{ label: '中医诊断：', items: tcm.slice(0, 1).map((d) => d.text) },
        { label: '西医诊断：', items: doc.dx.admission.map((d: Dx) => d.text) }] },
      { head: '诊疗经过：', text: `入院后完善血常规、肝肾功能、心电图等检查，西医予${doc.course}等治疗；中医以${rng.pick(METHOD)}为法，方选${rng.pick(FORMULA)}`
        + `加减，日一剂，水煎服，配合${rng.pick(THERAPY)}治疗。${sm}月${sd}日${labText}。经治疗患者症状较前好转。` },
      { head: '出院情况：', text: `患者诉${rng.pick(['症状', '不适症状', '诸症'])}较前明显减轻，神志清，精神可，纳眠可，二便调。${tongue(rng)}。` },
      { head: '出院诊断：', list: [{ label: '中医诊断：', items: tcm.map((d) => d.text) }, { label: '西医诊断：', items: western.map((d) => d.text) }] },
      { head: '出院医嘱：', text: `1.${rng.pick(['低盐低脂饮食', '糖尿病饮食', '清淡饮食'])}，畅情志，慎起居，适当活动；2.出院带药：${doc.medicines.slice(0, 3).join('，')}；`
        + `3.定期复查血常规、肝肾功能，于${backText}前后至我院${doc.department}门诊复诊，不适随诊。`, keep: [backText] },
    ];

    // The largest size at which the whole record fits above the signatures.
    const sizes = [12, 11.5, 11, 10.5, 10];
    const linesOf = (b: Block, f: Style): string[] =>
      'text' in b ? wrap(s, b.head + b.text, w, f, b.keep ?? [], b.head === '' ? px(f.pt) * 2 : 0)
        : [b.head, ...b.list.flatMap((l) => listLines(l.label, l.items, numbered))];
    const top = 360;
    let pt = 10;
    for (const size of sizes) {
      const f = st('serif', size);
      const n = blocks.reduce((k, b) => k + linesOf(b, f).length, 0);
      if (top + n * px(size) * 1.8 + blocks.length * 10 <= 1960) {
        pt = size;
        break;
      }
    }
    const f = st('serif', pt);
    const bold = st('serifSemi', pt);
    const lh = px(pt) * 1.8;

    s.put(s.width / 2, 165, doc.hospital.name, st('serifBold', 19, { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 245, '出 院 记 录', st('serifBold', 17, { align: 'center', spacing: 6 }));
    const small = st('serif', 9.5);
    const ward: readonly string[] = [`科别：${doc.department}`, `病区：${rng.pick(['一', '二', '三'])}病区`, `床号：${doc.bed}`,
      `住院号：${doc.recordNo}`];
    ward.forEach((t, i) => s.put(x0 + (i * w) / ward.length + (i === ward.length - 1 ? 30 : 0), 305, t, small));
    s.line(x0, 322, right, 322, 2.2);
    s.line(x0, 328, right, 328, 0.8);

    let y = top;
    for (const b of blocks) {
      if ('text' in b) {
        const lines = wrap(s, b.head + b.text, w, f, b.keep ?? [], b.head === '' ? px(pt) * 2 : 0);
        lines.forEach((t, i) => {
          const indent = b.head === '' && i === 0 ? px(pt) * 2 : 0;
          if (i === 0 && b.head !== '') {
            const hw = s.put(x0, y, b.head, bold, false);
            s.put(x0 + hw, y, t.slice(b.head.length), f, false);
            s.record(x0, y, t, x0 + s.measure(t, f) + 4);
          } else s.put(x0 + indent, y, t, f);
          y += lh;
        });
      } else {
        s.put(x0, y, b.head, bold);
        y += lh;
        for (const l of b.list) {
          const lines = listLines(l.label, l.items, numbered);
          const lw = s.measure(l.label, f);
          lines.forEach((t, i) => s.put(x0 + px(pt) * 2 + (i === 0 ? 0 : lw), y + i * lh, t, f));
          y += lines.length * lh;
        }
      }
      y += 10;
    }

    y = Math.max(y + lh, 2000);
    const lw = s.put(x0 + w * 0.3, y, '医师签名：', f);
    handwritten(s, x0 + w * 0.3 + lw + 8, y, doc.doctors.resident, pt * 1.3, rng);
    s.put(x0 + w * 0.62, y, `上级医师：${doc.doctors.attending}`, f);
    s.put(right, y + lh * 1.2, formatDate(doc.dates.discharge, ds === 'cnHour' ? 'cnShort' : ds), { ...f, align: 'right' });
    const foot = st('serif', 9, { color: '#444' });
    s.put(s.width / 2, 2250, `第 1 页  共 1 页\u3000\u3000${formatDate(printDay(doc, rng), 'iso')} 打印`, { ...foot, align: 'center' });
  },
};
