import { makeDoc } from '../case';
import { formatDate, type DateStyle } from '../dates';
import type { DiseaseKey, Dx } from '../diseases';
import { CITY_MORE, COUNTY, COUNTY_MORE } from '../hospitals';
import { barcode, handwritten, logo } from '../marks';
import type { Rng } from '../rng';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { forPatient, listed, type Mark } from './kit';
import { para, suited } from './tune6-kit';
import { outcome } from './tune7-kit';
import { PRIVATE } from './tune9-kit';
import { codeOf, countyWords, denial, kin } from './tune10-kit';

/** Whom a county medical ward discharges with a coded diagnosis table. */
const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'POST_ARTERIAL_STENT_ANTICOAGULATION',
  'MALIGNANT_TUMOR_OUTPATIENT', 'LEUKEMIA'];

/** 入院病情 as the 病案首页 codes it: 有 (present on admission), 临床未确定, 情况不明, 无 (arose in hospital). */
function onAdmission(d: Dx, i: number, rng: Rng): string {
  if (/感染|高钾/u.test(d.text)) return rng.pick(['无', '情况不明']);
  if (i === 0 || d.key) return rng.chance(0.85) ? '有' : '临床未确定';
  return rng.pick(['有', '有', '情况不明']);
}

/**
 * 出院记录 of a county, private or city hospital EMR whose 出院诊断 is a coded table the way the 病案首页 prints it:
 * 诊断类别 (主要诊断 / 其他诊断) | 诊断名称 | ICD-10 | 入院病情 | 出院情况. The stay is told one of three ways: a range
 * 住院时间：2025.03.04—2025.03.15（共11天）, two times with 时/分 on one row, or a sentence 于2025-03-04 10:20入院，住院11天，
 * 于2025-03-15出院 (truth every way). 入院诊断 numbered with a suspicion (not counted); a procedure date inside the stay.
 */
export const tune10DischargeDxTable: Layout = {
  id: 'tune10-discharge-dx-table',
  kind: 'discharge',
  split: 'tune',
  style: 'County / private / city hospital EMR 出院记录: logo or plain letterhead, borderless label lines, the stay as a range, a time row '
    + 'or a sentence, coded 出院诊断 table with 主要诊断 / 其他诊断 and 入院病情 / 出院情况 columns, sans or serif 10.5–11.5 pt',
  exercises: ['the stay as 住院时间：2025.03.04—2025.03.15（共11天） / 2025年3月4日—2025年3月15日',
    'or 入院时间：2025年3月4日10时30分    出院时间：2025年3月15日9时05分 with 时/分 on one row',
    'or a sentence in 入出院情况: 于2025-03-04 10:20入院，住院11天，于2025-03-15出院 (truth each way)', 'stays across the year end (some pages)',
    '入院诊断 numbered with a ？ suspicion (not counted)', '诊疗经过 with a procedure date inside the stay (not truth)',
    '既往史 with 否认糖尿病史 / 否认“冠心病、糖尿病”病史 and 家族史 父亲有高血压病史 (not counted)',
    '出院诊断 table: 诊断类别 | 诊断名称 | ICD-10 | 入院病情 (有 / 临床未确定 / 情况不明 / 无) | 出院情况 (治愈 / 好转 / 未愈), '
      + 'the first row 主要诊断, the rest 其他诊断 (all counted)', 'county wordings with their codes: 急性冠脉综合征 I24.900, 主动脉瓣机械瓣置换术后, '
      + '慢性肾衰竭（尿毒症期）, and non-catalogue diseases or look-alikes (慢性肾脏病3期, 空腹血糖受损) in the table',
    '复诊 date in 出院医嘱 (later)', 'handwritten 医师签名 with 记录时间 on the discharge day'],
  doc: (rng) => countyWords(suited(forPatient(makeDoc(rng, { kind: 'discharge', keys: KEYS,
    hospitals: [...COUNTY, ...COUNTY_MORE, ...PRIVATE, ...CITY_MORE], compoundSurnames: 0.12, yearEnd: 0.2 }), rng, COUNTY)), rng,
  { outside: 0.5, avoid: /后遗症|恢复期/u }),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 125;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.45);
    const face = serif ? 'serif' : rng.pick(['sans', 'sansLight'] as const);
    const semi = serif ? 'serifSemi' : 'sansMedium';
    const bold = serif ? 'serifBold' : 'sansBold';
    const pt = rng.pick([10.5, 11, 11.5]);
    const f = st(face, pt);
    const b = st(semi, pt);
    const lh = px(pt) * 1.75;

    const tone = rng.pick(['#1b4f8f', '#7d1d27', '#151515']);
    if (rng.chance(0.6)) {
      logo(s, x0 + 42, 125, 40, tone, rng.pick(['cross', 'ring', 'shield'] as const));
      s.put(x0 + 104, 140, doc.hospital.name, st(bold, 18, { color: tone, spacing: 2 }));
      const bw = barcode(s, right - 300, 88, doc.recordNo, 56, 2.2);
      s.put(right - 300 + bw / 2, 172, doc.recordNo, st('sans', 8.5, { align: 'center' }));
    } else s.put(s.width / 2, 140, doc.hospital.name, st(bold, 18, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 240, rng.pick(['出院记录', '出 院 记 录', '出院小结']), st(bold, 16, { align: 'center', spacing: 6 }));
    s.line(x0, 270, right, 270, 2);

    const [sex, age] = sexAge(doc);
    const col = w / 4;
    let y = 325;
    [['姓名：', doc.patient.name], ['性别：', sex], ['年龄：', age], ['科室：', doc.department]].forEach(([l, v], i) =>
      s.pair(x0 + i * col, y, l ?? '', v ?? '', b, f));
    y += lh;
    s.pair(x0, y, '床号：', `${doc.bed}床`, b, f);
    s.pair(x0 + col, y, '住院号：', doc.recordNo, b, f);
    s.pair(x0 + 2 * col, y, '身份证号：', doc.patient.idNumber, b, f);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, admissionDate: doc.dates.admission,
      dischargeDate: doc.dates.discharge });
    y += lh * 1.2;

    const how = rng.pick(['range', 'times', 'sentence'] as const);
    if (how === 'range') {
      const ds: DateStyle = rng.pick(['dotPad', 'dotPad', 'cnShort', 'iso'] as const);
      s.pair(x0, y, '住院时间：', `${formatDate(doc.dates.admission, ds)}—${formatDate(doc.dates.discharge, ds)}（共${doc.stayDays}天）`, b, f);
      y += lh * 1.2;
    } else if (how === 'times') {
      s.pair(x0, y, '入院时间：', formatDate(doc.dates.admission, 'cnHour', doc.times.admission), b, f);
      s.pair(x0 + w * 0.42, y, '出院时间：', formatDate(doc.dates.discharge, 'cnHour', doc.times.discharge), b, f);
      s.pair(x0 + w * 0.8, y, '住院天数：', `${doc.stayDays}天`, b, f);
      y += lh * 1.2;
    }

    const section = (head: string, text: string, keep: readonly string[] = []): void => {
      const hw = s.put(x0, y, head, b);
      y = para(s, x0, y, w, text, f, lh, { keep, indent: hw }) + lh * 0.35;
    };
    if (how === 'sentence') {
      const adm = formatDate(doc.dates.admission, 'isoTime', doc.times.admission);
      const dis = formatDate(doc.dates.discharge, 'iso');
      section('入出院情况：', `患者因“${doc.complaint}”于${adm}入院，住院${doc.stayDays}天，于${dis}出院。`, [adm, dis]);
    }
    section('入院情况：', `${how === 'sentence' ? '' : `患者因“${doc.complaint}”入院。`}既往史：${doc.history.past}；${denial(doc, rng)}。`
      + `家族史：${kin(rng)}。查体：T ${(rng.int(362, 374) / 10).toFixed(1)}℃，P ${rng.int(64, 98)}次/分，`
      + `BP ${rng.int(120, 182)}/${rng.int(68, 104)}mmHg，神志清，双肺呼吸音清，心律齐，双下肢无水肿。`);

    const mk: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    const hw = s.put(x0, y, '入院诊断：', b);
    listed(doc.dx.admission, mk).forEach((t, i) => s.put(x0 + hw, y + i * lh, t, f));
    y += doc.dx.admission.length * lh + lh * 0.35;
    const op = formatDate(doc.dates.surgery, 'cnShort');
    section('诊疗经过：', `入院后完善相关检查，予${doc.course}等治疗。${doc.procedure === '胃镜检查' ? '' : `于${op}行${doc.procedure}，术后恢复可。`}`, [op]);
    section('出院情况：', rng.pick(['患者一般情况可，生命体征平稳，无明显不适', '患者症状较入院时明显好转，饮食睡眠可，二便正常']) + '。');

    s.put(x0, y, '出院诊断：', b);
    y += lh * 0.55;
    const cols = [
      { head: '诊断类别', w: 190 }, { head: '诊断名称', w: w - 190 - 230 - 200 - 200 }, { head: 'ICD-10', w: 230 },
      { head: '入院病情', w: 200 }, { head: '出院情况', w: 200 },
    ];
    const rh = px(pt) * 1.9;
    const shade = rng.chance(0.6);
    const cell = (cx: number, cy: number, cw: number, text: string, left: boolean, style = f): void => {
      s.rect(cx, cy, cw, rh, 1.3);
      s.put(left ? cx + 14 : cx + cw / 2, cy + rh / 2 + px(pt) * 0.36, text, left ? style : { ...style, align: 'center' });
    };
    if (shade) {
      s.g.fillStyle = '#eeeeee';
      s.g.fillRect(x0, y, w, rh);
    }
    let cx = x0;
    for (const c of cols) {
      cell(cx, y, c.w, c.head, false, b);
      cx += c.w;
    }
    y += rh;
    doc.dx.western.forEach((d, i) => {
      const values = [i === 0 ? '主要诊断' : '其他诊断', d.text, codeOf(d, i), onAdmission(d, i, rng), outcome(d, rng)];
      let x = x0;
      cols.forEach((c, j) => {
        cell(x, y, c.w, values[j] ?? '', j === 1);
        x += c.w;
      });
      y += rh;
    });
    s.diagnoses(doc.dx.western);
    y += lh * 1.1;

    const back = rng.pick(['1周', '2周', '1个月']);
    section('出院医嘱：', `1、低盐低脂饮食，注意休息；2、继续口服${doc.medicines.slice(0, 2).join('，')}；3、出院${back}后门诊复查，不适随诊。`,
      doc.medicines);

    y += lh * 1.6;
    const sw = s.put(x0 + w * 0.36, y, '医师签名：', b);
    handwritten(s, x0 + w * 0.36 + sw + 12, y, doc.doctors.resident, pt * 1.3, rng);
    s.pair(x0 + w * 0.66, y, '上级医师：', doc.doctors.attending, b, f);
    y += lh * 1.3;
    const written = Math.min(doc.times.discharge + rng.int(10, 90), 23 * 60);
    s.pair(x0 + w * 0.36, y, '记录时间：', formatDate(doc.dates.discharge, 'isoTime', written), b, f);
    s.line(x0, 2190, right, 2190, 1);
    s.put(s.width / 2, 2228, '第 1 页 / 共 1 页', st(face, 9, { align: 'center', color: '#333' }));
  },
};
