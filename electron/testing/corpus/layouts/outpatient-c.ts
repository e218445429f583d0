import { makeDoc, type Doc } from '../case';
import { addDays, formatDate } from '../dates';
import { ALL_KEYS, type DiseaseKey } from '../diseases';
import { CITY, CITY_MORE, COUNTY, COUNTY_MORE, TOWNSHIP } from '../hospitals';
import { signature } from '../marks';
import type { Rng } from '../rng';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { band, listed, padName, printedOn, spacedId, type Mark } from './kit';

/** A disease the doctor considered and ruled out: named in the history, never a diagnosis. */
const RULED_OUT: readonly [DiseaseKey, string, string][] = [
  ['CEREBROVASCULAR_DISEASE', '脑梗死', '头颅MRI'], ['CORONARY_HEART_DISEASE', '冠心病', '冠脉CTA'], ['DIABETES', '糖尿病', '糖耐量试验'],
  ['MALIGNANT_TUMOR_OUTPATIENT', '肺癌', '胸部增强CT'],
];
function ruledOut(rng: Rng, doc: Doc): string {
  const [, name, exam] = rng.pick(RULED_OUT.filter(([k]) => !doc.dx.keys.includes(k)));
  return `曾于外院疑诊“${name}”，经${exam}等检查已排除`;
}

/** `硝苯地平控释片 30mg qd` as a prescription row: name, dose, usage, amount. */
const rx = (m: string, n: number): string[] => {
  const [name = m, dose = '', ...rest] = m.split(' ');
  return [name, dose, rest.join(' ') || '遵医嘱', `${n}盒`];
};

/** County / township 门（急）诊病历 in a framed booklet page: one-row bordered header, Rp. table. */
export const outpatientBookletFrame: Layout = {
  id: 'outpatient-booklet-frame',
  kind: 'outpatient',
  split: 'tune',
  style: 'County / township 门（急）诊病历, framed page, eight-cell header row, sans 11 pt, no ID number',
  exercises: ['姓名/性别/年龄/科别 in one bordered row', 'two-character names padded 张　伟', '时间 2025年03月04日 09:12',
    '医师 name above the grid, right of the title', '初步诊断 / 诊断 / 临床诊断 labels', 'a ruled-out disease in 现病史',
    'Rp. table with doses and amounts', 'handwritten signature', 'no ID number on the page'],
  doc: (rng) => makeDoc(rng, { kind: 'outpatient', hospitals: [...COUNTY_MORE.slice(0, 4), ...COUNTY, ...TOWNSHIP], aliases: true,
    outside: 0.2, compoundSurnames: 0.2 }),
  draw(s, doc, rng) {
    const x0 = 130;
    const w = s.width - 2 * x0;
    s.rect(x0 - 40, 70, w + 80, s.height - 140, 2.5);
    s.rect(x0 - 30, 80, w + 60, s.height - 160, 1);
    s.put(s.width / 2, 185, doc.hospital.name, st('sansBold', 18, { align: 'center', spacing: 6 }));
    s.put(s.width / 2, 260, '门（急）诊病历', st('sansMedium', 15, { align: 'center' }));
    s.put(s.width - x0, 260, `医师：${doc.doctors.attending}`, st('sans', 10, { align: 'right' }));
    const f = st('sans', 11);
    const lab = st('sansMedium', 10.5);
    const [sex, age] = sexAge(doc);
    const L = (text: string, wd: number) => ({ text, w: wd, label: true });
    const V = (text: string, wd: number) => ({ text, w: wd, align: 'center' as const });
    const time = formatDate(doc.dates.visit, 'cnTime', doc.times.visit);
    const bottom = s.grid(x0, 300, 64, [
      [L('姓名', 110), V(padName(doc.patient.name, rng.pick(['\u3000', ' '])), 250), L('性别', 110), V(sex, 110), L('年龄', 110), V(age, 150),
        L('科别', 110), V(doc.department, w - 950)],
      [L('门诊号', 110), V(doc.recordNo, 360), L('费别', 110), V(rng.pick(['居民医保', '职工医保', '自费']), 260),
        L('时间', 110), V(time, w - 950)],
    ], f, { label: lab, border: 1.8 });
    s.note({ name: doc.patient.name, visitDate: doc.dates.visit });

    const lh = px(11) * 1.75;
    let y = bottom + 80;
    const section = (label: string, text: string): void => {
      const lw = s.put(x0, y, label, lab);
      y = s.para(x0, y, w, text, f, lh, lw + 6) + 8;
    };
    section('主诉：', `${doc.complaint}。`);
    const when = rng.pick(['近期', '1周前', '半月前']);
    section('现病史：', `患者${when}症状加重，${ruledOut(rng, doc)}。院外服用${doc.medicines[0] ?? '药物'}，效果欠佳，今来诊。`);
    section('既往史：', `${doc.history.past}；${doc.history.negated}。否认药物过敏史。`);
    section('家族史：', `${doc.history.family}。`);
    section('查体：', `BP ${rng.int(118, 182)}/${rng.int(66, 106)}mmHg，HR ${rng.int(60, 98)}次/分，神清，心肺听诊无明显异常，双下肢不肿。`);
    const q = (doc.labs[0]?.rows ?? []).slice(0, 2).map((r) => `${r.abbr} ${r.value}${r.unit}`).join('，');
    section('辅助检查：', `${formatDate(addDays(doc.dates.visit, -rng.int(1, 6)), 'cnShort')}本院查${q}。`);
    const label = rng.pick(['初步诊断：', '诊断：', '临床诊断：']);
    const how: Mark = rng.pick(['1、', '（1）', '1.'] as const);
    const lw = s.put(x0, y, label, lab);
    listed(doc.dx.western, how).forEach((t, i) => s.put(x0 + lw + 6, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += doc.dx.western.length * lh + 16;
    s.put(x0, y, '处理：', lab);
    s.put(x0 + 90, y, 'Rp.', st('serifBold', 12));
    const cols = [x0 + 160, x0 + 700, x0 + 900, x0 + 1180];
    doc.medicines.forEach((m, i) => rx(m, rng.int(1, 4)).forEach((t, j) => s.put(cols[j] ?? x0, y + (i + 1) * lh, t, f)));
    y += (doc.medicines.length + 1) * lh + 16;
    section('医嘱：', `低盐低脂饮食，规律服药，${rng.pick(['2周', '1个月'])}后复诊，不适随诊。`);
    const sw = s.put(s.width - x0 - 460, Math.max(y + lh * 2, 1950), '医师签名：', f);
    signature(s, s.width - x0 - 460 + sw + 12, Math.max(y + lh * 2, 1950) - 8, 190, rng);
    s.put(s.width / 2, 2215, '请妥善保管本病历，复诊时带来', st('sansLight', 9, { align: 'center', color: '#444' }));
  },
};

/** City hospital 门诊病历 with the patient's facts in a grey sidebar, sections under shaded bars. */
export const outpatientSidebarCity: Layout = {
  id: 'outpatient-sidebar-city',
  kind: 'outpatient',
  split: 'tune',
  style: 'City hospital EMR outpatient record, colour header band, facts stacked in a left sidebar, sans 10.5 pt',
  exercises: ['label above value (姓名 / 司马玉兰) in a sidebar', 'ID printed in groups', '就诊时间 2025-06-03 09:12:35',
    '上次就诊 and 复诊 dates as distractors', '接诊医生 stacked like the patient name', 'sections under shaded bars',
    '① / 1) numbering', 'diagnoses outside the catalogue', "children's diseases (脑瘫, 苯丙酮尿症)", 'compound surnames (often)'],
  doc: (rng) => makeDoc(rng, { kind: 'outpatient', hospitals: [...CITY_MORE, ...CITY.slice(0, 4)], keys: ALL_KEYS, aliases: true,
    outside: 0.25, compoundSurnames: 0.35 }),
  draw(s, doc, rng) {
    const tone = rng.pick(['#0d3f8f', '#00555f', '#1b5e20']);
    s.g.fillStyle = tone;
    s.g.fillRect(0, 60, s.width, 130);
    s.put(110, 145, doc.hospital.name, st('sansBold', 19, { color: '#ffffff' }));
    s.put(s.width - 110, 145, '门诊病历', st('sansMedium', 17, { color: '#ffffff', align: 'right' }));
    const side = { x: 100, w: 400 };
    s.g.fillStyle = '#f1f3f5';
    s.g.fillRect(side.x, 230, side.w, 1880);
    const small = st('sansLight', 9, { color: '#555' });
    const big = st('sansMedium', 11);
    const [sex, age] = sexAge(doc);
    const last = addDays(doc.dates.visit, -rng.int(14, 60));
    const items: [string, string][] = [
      ['姓名', doc.patient.name], ['性别 / 年龄', `${sex} / ${age}`], ['身份证号', spacedId(doc.patient.idNumber)],
      ['就诊卡号', `${rng.int(10, 99)}${doc.recordNo}`], ['医保类型', rng.pick(['职工医保', '居民医保', '异地医保'])], ['就诊科室', doc.department],
      ['接诊医生', doc.doctors.attending], ['就诊时间', formatDate(doc.dates.visit, 'isoSec', doc.times.visit)], ['上次就诊', formatDate(last, 'iso')],
    ];
    s.block(() => {
      items.forEach(([k, v], i) => {
        s.put(side.x + 24, 300 + i * 120, k, small);
        s.put(side.x + 24, 350 + i * 120, v, big);
      });
    });
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.visit });

    const x0 = side.x + side.w + 50;
    const w = s.width - 100 - x0;
    const f = st('sans', 10.5);
    const head = st('sansMedium', 10.5, { color: tone });
    const lh = px(10.5) * 1.8;
    let y = 300;
    const section = (title: string, text: string): void => {
      y = band(s, x0, y, w, title, head, '#e8eef4') + 14;
      y = s.para(x0 + 14, y, w - 14, text, f, lh) + 30;
    };
    section('主诉', `${doc.complaint}。`);
    section('现病史', `患者${formatDate(last, 'cnShort')}于我院复诊，予${doc.medicines.slice(0, 2).join('、') || '药物'}治疗，`
      + `${rng.pick(['症状较前好转', '症状时轻时重', '病情稳定'])}，无新发不适，今来复诊。`);
    const child = doc.patient.age < 14;
    section('既往史', child ? `足月顺产，${rng.pick(['生后无窒息', '生后有窒息史', '新生儿期黄疸'])}。${doc.history.negated}。`
      : `${doc.history.past}。${doc.history.negated}。家族史：${doc.history.family}。`);
    section('体格检查', child ? `体重${rng.int(11, 35)}kg，神志清，反应可，心肺腹查体未见明显异常。`
      : `BP ${rng.int(110, 170)}/${rng.int(62, 100)}mmHg，神志清，精神可，心肺腹查体未见明显异常。`);
    const q = (doc.labs[0]?.rows ?? []).slice(0, 3).map((r) => `${r.abbr}：${r.value}${r.unit}`).join('；');
    section('辅助检查', `${q}。`);
    y = band(s, x0, y, w, '临床诊断', head, '#e8eef4') + 14;
    const how: Mark = rng.pick(['①', '1)'] as const);
    listed(doc.dx.western, how).forEach((t, i) => s.put(x0 + 14, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += doc.dx.western.length * lh + 30;
    section('处理意见', doc.medicines.map((m, i) => `${i + 1}.${m}`).join('  '));
    const next = formatDate(addDays(doc.dates.visit, rng.pick([14, 28, 30])), 'iso');
    section('医嘱', `${child ? '坚持家庭康复训练' : '遵医嘱服药，监测血压血糖'}，建议${next}复诊。`);
    const printed = formatDate(printedOn(doc), 'slashTime', doc.times.print);
    s.put(s.width - 100, 2180, `第1页/共1页\u3000打印时间：${printed}`, st('sansLight', 9, { align: 'right' }));
  },
};
