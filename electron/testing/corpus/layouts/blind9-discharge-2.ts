import { makeDoc, type Doc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { Dx } from '../diseases';
import { barcode, handwritten, logo } from '../marks';
import { idNumberIn, personName, type Sex } from '../people';
import type { Rng } from '../rng';
import type { Cell } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, type Mark } from './kit';
import { maskedMobile } from './tune5-kit';
import { para } from './tune6-kit';
import { kin, WORDS } from './tune10-kit';
import { mdCn, withCode } from './tune11-kit';
import { MIND9, local9, regionOf } from './blind9-kit';

/** What a psychiatric stay adds to the list (never counted), with its ICD-10 code. */
const OTHER: Record<string, string> = { 药源性锥体外系反应: 'G21.100', 高催乳素血症: 'E22.100', 药物性肝损害: 'K71.900',
  窦性心动过速: 'R00.001', 高脂血症: 'E78.500', 失眠: 'G47.000' };
const FIRST = ['精神病性障碍', '精神分裂症？', '急性短暂性精神病性障碍？', '心境障碍？', '精神障碍待查'];

/** A stay on a psychiatric ward: three to ten weeks, the disease in the ward's words, sometimes the metabolic diseases its drugs bring. */
function ward(doc: Doc, rng: Rng): Doc {
  const stayDays = rng.int(21, 68);
  const mind = { text: rng.pick(WORDS.SEVERE_MENTAL_DISORDER)[0], key: 'SEVERE_MENTAL_DISORDER' };
  const body: Dx[] = [...(rng.chance(0.25) ? [{ text: rng.pick(['2型糖尿病', '2型糖尿病伴血糖控制不佳']), key: 'DIABETES' }] : []),
    ...(doc.patient.age >= 35 && rng.chance(0.25) ? [{ text: rng.pick(['高血压病2级（高危）', '原发性高血压']), key: 'HYPERTENSION' }] : [])];
  const western = [mind, ...body, ...rng.sample(Object.keys(OTHER), rng.int(0, 2)).map((text) => ({ text, key: null }))];
  const admission = [{ text: rng.pick(FIRST), key: null }, ...body.slice(0, 1)];
  const department = `精神科${rng.pick(['一', '二', '三', '五'])}病区（${doc.patient.sex}病区）`;
  return { ...doc, department, stayDays, dates: { ...doc.dates, discharge: addDays(doc.dates.admission, stayDays) },
    dx: { ...doc.dx, western, admission } };
}

type Keeper = { readonly name: string; readonly relation: string; readonly id: string };

/** The guardian who brought the patient in: a parent, the spouse, a brother or sister, a grown child (registered in the same county). */
function keeper(doc: Doc, rng: Rng): Keeper {
  const p = doc.patient;
  const options: [string, Sex, number][] = [['配偶', p.sex === '男' ? '女' : '男', rng.range(-5, 5)], ['哥哥', '男', rng.range(-9, -1)],
    ['姐姐', '女', rng.range(-9, -1)]];
  if (p.age <= 58) options.push(['父亲', '男', -rng.range(24, 34)], ['母亲', '女', -rng.range(21, 32)]);
  if (p.age >= 44) options.push(['儿子', '男', rng.range(20, p.age - 20)], ['女儿', '女', rng.range(20, p.age - 20)]);
  const [relation, sex, years] = rng.pick(options);
  const birth = addDays(p.birth, Math.round(years * 365.25));
  const surname = [...p.name][0] ?? '';
  let name = personName(rng, sex, 0);
  if (!/配偶|母亲/u.test(relation)) name = surname + [...name].slice(1).join('');
  if (name === p.name) name = `${surname}${sex === '女' ? '桂兰' : '德明'}`;
  return { name, relation, id: idNumberIn(rng, birth, sex, [regionOf(doc)]) };
}

/**
 * 出院小结 of a city psychiatric hospital (精神卫生中心 / 第三人民医院 / 脑科医院) in the south-west, centre or north-west: logo
 * letterhead with the second name, 住院号 barcode, a shaded grid — 姓名, 身份证号, the stay (truth) — with the guardian's name and
 * his own valid 身份证号 (a decoy ID) and a masked phone, sections 一、… 七、 in sans or serif 10.5–11 pt. Decoys: the earlier stay
 * in this hospital as a date range, MECT from a day within the stay, 入院诊断 with a guess (not counted), the 复诊 day, the
 * guardian's and doctors' names. 出院诊断 with ICD-10 codes (counted), a metabolic disease beside the psychiatric one sometimes.
 */
export const blind9Discharge2: Layout = {
  id: 'blind9-discharge-2',
  kind: 'discharge',
  split: 'blind',
  style: 'City psychiatric hospital 出院小结 (south-west / centre / north-west): logo letterhead with second name, barcode, shaded grid with '
    + 'the guardian and his ID, sections 一、… 七、, sans or serif 10.5–11 pt, handwritten signature',
  exercises: ['监护人 with his own valid 身份证号 beside the patient\'s (not truth)', 'stay of three to ten weeks in the grid (truth)',
    'an earlier stay as a date range in 既往史 (not truth)', '出院诊断 with ICD codes (counted), 入院诊断 with a guess (not counted)'],
  doc: (rng) => local9(ward(makeDoc(rng, { kind: 'discharge', keys: ['SEVERE_MENTAL_DISORDER'], hospitals: MIND9, compoundSurnames: 0 }),
    rng), rng),
  draw(s, doc, rng) {
    s.ink = '#171717';
    const x0 = 110;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.45);
    const pt = rng.pick([10.5, 11]);
    const f = st(serif ? 'serif' : 'sans', pt);
    const b = st(serif ? 'serifBold' : 'sansBold', pt);
    const lh = px(pt) * 1.7;
    const p = doc.patient;
    const tone = rng.pick(['#1b5e9a', '#2a7a4b', '#7a2a5a']);

    logo(s, x0 + 48, 130, 46, tone, rng.pick(['ring', 'shield'] as const));
    s.put(x0 + 120, 135, doc.hospital.name, st('sansBold', 19, { color: tone, spacing: 2 }));
    if (doc.hospital.en) s.put(x0 + 120, 190, `（${doc.hospital.en}）`, st('sans', 11, { color: tone }));
    const bw = barcode(s, right - 300, 82, doc.recordNo, 58, 2.2);
    s.put(right - 300 + bw / 2, 175, `住院号：${doc.recordNo}`, st('sans', 9.5, { align: 'center' }));
    s.line(x0, 222, right, 222, 3, tone);
    s.put(s.width / 2, 300, '出 院 小 结', st(b.face, 17, { align: 'center', spacing: 8 }));

    const g = keeper(doc, rng);
    const ds: DateStyle = rng.pick(['cn', 'iso', 'cnShort'] as const);
    const L = (text: string, cw: number): Cell => ({ text, w: cw, label: true });
    const V = (text: string, cw: number): Cell => ({ text, w: cw });
    const rows: Cell[][] = [
      [L('姓名', 150), V(p.name, 230), L('性别', 110), V(p.sex, 90), L('年龄', 110), V(`${p.age}岁`, 120), L('病区', 130), V(doc.department, 494)],
      [L('身份证号', 150), V(p.idNumber, 440), L('婚姻', 110), V(rng.pick(['未婚', '已婚', '离异']), 120), L('住院次数', 160),
        V(`第${rng.int(2, 6)}次`, 454)],
      [L('入院日期', 150), V(formatDate(doc.dates.admission, ds), 330), L('出院日期', 150), V(formatDate(doc.dates.discharge, ds), 330),
        L('住院天数', 160), V(`${doc.stayDays}天`, 314)],
      [L('监护人', 150), V(g.name, 230), L('关系', 110), V(g.relation, 200), L('监护人身份证号', 220), V(g.id, 524)],
      [L('入院方式', 150), V(rng.pick(['非自愿住院（监护人送入）', '自愿住院', '门诊收入']), 550), L('联系电话', 190), V(maskedMobile(rng), 544)],
    ];
    let y = s.grid(x0, 350, px(pt) * 2.2, rows, f, { shade: '#eef1f4', label: b, border: 1.4 }) + lh * 1.2;
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    const before = addDays(doc.dates.admission, -rng.int(150, 900));
    const earlier = `${formatDate(before, 'cnShort')}至${formatDate(addDays(before, rng.int(25, 60)), 'cnShort')}`;
    const mect = addDays(doc.dates.admission, rng.int(2, 6));
    const [panss, after] = [rng.int(82, 112), rng.int(40, 62)];
    const how: Mark = rng.pick(['1.', '（1）'] as const);
    const section = (head: string, text: string, keep: readonly string[] = []): void => {
      s.put(x0, y, head, b);
      y = para(s, x0, y + lh, w, text, f, lh, { indent: px(pt) * 2, keep }) + lh * 0.35;
    };
    section('一、入院情况', `患者因“${doc.complaint}”由${g.relation}陪同入院。精神检查：意识清，接触被动，${rng.pick(['可引出言语性幻听', '存在被害妄想',
      '情感高涨，言语增多'])}，自知力缺乏。入院时PANSS评分${panss}分。`);
    section('二、既往史', `既往于${earlier}在我院住院治疗，好转出院后自行停药。${rng.pick(['否认高血压、冠心病史', '否认肝炎、结核等传染病史'])}。`
      + `家族史：${kin(rng)}。`, [earlier]);
    section('三、入院诊断', listed(doc.dx.admission, how).join('  '), doc.dx.admission.map((d) => d.text));
    section('四、诊疗经过', `入院后予${doc.medicines.join('、')}抗精神病治疗，自${mdCn(mect)}起行改良电休克治疗（MECT）${rng.int(6, 12)}次。`
      + `住院期间复查血常规、肝功能、心电图（QTc ${rng.int(400, 446)}ms）。出院前PANSS评分${after}分，精神症状明显缓解。`, [mdCn(mect)]);
    s.put(x0, y, '五、出院诊断', b);
    const coded = doc.dx.western.map((d, i) => (d.key ? withCode(d, i, '（）') : `${d.text}（${OTHER[d.text] ?? 'R69.x00'}）`));
    listed(coded.map((text) => ({ text, key: null })), how).forEach((t, i) => s.put(x0 + px(pt) * 2, y + lh * (i + 1), t, f));
    s.diagnoses(doc.dx.western);
    y += lh * (doc.dx.western.length + 1.35);
    section('六、出院情况', '精神症状基本缓解，自知力部分恢复，饮食睡眠可，无冲动伤人行为。');
    const back = formatDate(addDays(doc.dates.discharge, rng.pick([14, 28, 30])), 'cnShort');
    section('七、出院医嘱', `1.继续服用${doc.medicines[0] ?? ''}，由监护人保管药物并监督服药；2.${back}门诊复诊，复查血常规、肝功能；`
      + '3.纳入社区严重精神障碍患者管理，病情波动及时就诊。', [back]);

    y = Math.max(y + lh * 0.8, 1900);
    const aw = s.put(x0, y, '主治医师：', f);
    handwritten(s, x0 + aw + 10, y, doc.doctors.attending, pt * 1.3, rng);
    s.pair(x0 + w * 0.38, y, '科主任：', doc.doctors.director, f);
    s.pair(x0 + w * 0.68, y, '日期：', formatDate(doc.dates.discharge, 'cn'), f);
    s.line(x0, 2150, right, 2150, 1.2, '#777');
    s.put(x0, 2195, '本小结一式两份，一份交患者或监护人，一份存入病历。', st(f.face, 9, { color: '#444' }));
  },
};
