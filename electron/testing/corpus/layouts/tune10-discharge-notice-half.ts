import { makeDoc } from '../case';
import { formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { COUNTY, COUNTY_MORE, TCM, TOWNSHIP } from '../hospitals';
import { handwritten, seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { forPatient, listed, type Mark } from './kit';
import { suited, wrap } from './tune6-kit';
import { ticks } from './tune7-kit';
import { PRIVATE } from './tune9-kit';
import { countyWords, groupedId } from './tune10-kit';

/** Whom a county ward sends home with a 出院证 the desk later sees. */
const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS',
  'POST_ARTERIAL_STENT_ANTICOAGULATION', 'MALIGNANT_TUMOR_OUTPATIENT', 'SEVERE_MENTAL_DISORDER'];

/** What the ward writes in 出院医嘱 on the slip (short: the full advice is in the 出院记录). */
const ADVICE = ['低盐低脂饮食，按时服药，定期门诊复查', '注意休息，监测血压、血糖，不适随诊', '继续口服药物治疗，1个月后门诊复查',
  '避免劳累及情绪激动，遵医嘱服药，不适及时就诊'];

/**
 * 出院证 / 出院通知单 of a county, TCM, township or private hospital: an A5 landscape slip filled in by the ward's HIS and
 * scanned on A4 glass (the lower half is the scanner lid). Labels without colons, the value a space or an underline
 * after them: 入院日期 2025年3月4日    出院日期 2025年3月15日    共住院11天 on one row (truth), sometimes with the hour
 * (2025年3月4日10时30分); 入院诊断 with a suspected disease (not counted), 出院诊断 numbered and run on (counted),
 * 出院情况 as tick boxes, the ward's date under the doctor (the discharge day), a 住院处 seal.
 */
export const tune10DischargeNoticeHalf: Layout = {
  id: 'tune10-discharge-notice-half',
  kind: 'discharge',
  split: 'tune',
  style: 'County / TCM / township / private hospital 出院证 or 出院通知单: A5 landscape slip on A4 glass, labels without colons '
    + '(pre-printed in blue or red with underlines, or all HIS-printed in black), serif labels, sans or serif values 11–12 pt, 住院处 seal',
  exercises: ['the stay on one row without colons: 入院日期 2025年3月4日    出院日期 2025年3月15日    共住院11天 (truth), '
    + 'sometimes 入院时间 2025年3月4日10时30分 with 时/分, or 2025.3.4 / 2025年03月04日', 'stays across the year end (some pages)',
  '住院号 beside the title, red No. serial, 科别 / 病区 / 床号 row', '姓名 张三 with 年龄 67岁 and the ID in groups 3715 0219 5803 0412 3X or whole',
  '入院诊断 run on with a ？ suspicion (not counted) on half the pages', '出院诊断 numbered 1. / 1、 / ① run on and wrapped (counted), '
    + 'county wordings (高血压病3级（极高危）, 急性冠脉综合征, 脑梗死后遗症, 慢性肾脏病5期 …) and non-catalogue diseases (帕金森病, 慢性阻塞性肺疾病)',
  '出院情况 □治愈 ☑好转 □未愈 □转院 □其他', 'the ward\'s date under the handwritten doctor (the discharge day)',
  '住院处 / 出院结算 seal over the bottom, lower half of the scan the grey scanner lid'],
  doc: (rng) => countyWords(suited(forPatient(makeDoc(rng, { kind: 'discharge', keys: KEYS,
    hospitals: [...COUNTY, ...COUNTY_MORE, ...TCM, ...TOWNSHIP, ...PRIVATE], compoundSurnames: 0.1, yearEnd: 0.2 }), rng, COUNTY)), rng),
  draw(s, doc, rng) {
    const H = 1170;
    s.g.fillStyle = '#efefec';
    s.g.fillRect(0, H, s.width, s.height - H);
    for (let i = 0; i < 14; i += 1) s.line(0, H + i, s.width, H + i, 1, `rgba(80, 80, 80, ${(0.3 * (14 - i)) / 14})`);
    s.ink = '#151515';

    const preprinted = rng.chance(0.6);
    const ink = preprinted ? rng.pick(['#1f4f9a', '#a0262c', '#1f6b4a']) : '#151515';
    const serifValues = rng.chance(0.4);
    const pt = rng.pick([11, 11.5, 12]);
    const lab: Style = st(preprinted ? 'serif' : 'serifSemi', pt, { color: ink });
    const val: Style = st(serifValues ? 'serif' : 'sans', pt);
    const lh = px(pt) * 2.15;
    const x0 = 150;
    const right = s.width - x0;
    const w = right - x0;
    s.rect(105, 70, s.width - 210, H - 130, 2.2, ink);

    s.put(s.width / 2, 150, doc.hospital.name, st('serifBold', 17, { align: 'center', spacing: 4, color: ink }));
    s.put(s.width / 2, 232, rng.pick(['出 院 证', '出院通知单', '出 院 通 知 书']), st('serifBold', 18, { align: 'center', spacing: 10, color: ink }));
    s.put(right, 150, `No.${String(rng.int(0, 9_999_999)).padStart(7, '0')}`, st('serifBold', 11.5, { align: 'right', color: '#c0262d' }));

    /** A row of label / value pairs, no colons: the value after a gap, on an underline when the form is pre-printed. */
    const row = (y: number, cells: readonly (readonly [string, string, number])[]): void => {
      let x = x0;
      for (const [l, v, cw] of cells) {
        const lw = s.put(x, y, l, lab);
        const vx = x + lw + px(pt) * 0.7;
        if (preprinted) s.line(vx - 6, y + 10, x + cw - 30, y + 10, 1.2, ink);
        s.put(vx + (preprinted ? 8 : 0), y, v, val);
        x += cw;
      }
    };
    let y = 310;
    row(y, [['住院号', doc.recordNo, w * 0.34], ['科别', doc.department, w * 0.3], ['病区', `${rng.pick(['一', '二', '三', '五'])}病区`, w * 0.2],
      ['床号', doc.bed, w * 0.16]]);
    y += lh;
    const id = rng.chance(0.55) ? groupedId(doc.patient.idNumber, rng.pick(['fours', 'six-fours'] as const)) : doc.patient.idNumber;
    row(y, [['姓名', doc.patient.name, w * 0.22], ['性别', doc.patient.sex, w * 0.14], ['年龄', `${doc.patient.age}岁`, w * 0.16],
      ['身份证号', id, w * 0.48]]);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, admissionDate: doc.dates.admission,
      dischargeDate: doc.dates.discharge });

    y += lh;
    const ds: DateStyle = rng.pick(['cnShort', 'cnShort', 'cn', 'dot', 'cnHour'] as const);
    const hour = ds === 'cnHour';
    row(y, [[hour ? '入院时间' : '入院日期', formatDate(doc.dates.admission, ds, doc.times.admission), w * 0.43],
      [hour ? '出院时间' : '出院日期', formatDate(doc.dates.discharge, ds, doc.times.discharge), w * 0.41],
      ['共住院', `${doc.stayDays}天`, w * 0.16]]);

    const how: Mark = rng.pick(['1.', '1、', '①'] as const);
    /** A label and a run-on list wrapped beside it (continuation lines under the list, not under the label). */
    const listRow = (label: string, items: readonly string[]): void => {
      const lw = s.put(x0, y, label, lab) + px(pt) * 0.7;
      const lines = wrap(s, items.join(rng.pick(['  ', '；'])), w - lw, val, { keep: items });
      lines.forEach((t, i) => s.put(x0 + lw, y + i * lh, t, val));
      y += (lines.length - 1) * lh;
    };
    if (rng.chance(0.5)) {
      y += lh;
      listRow('入院诊断', listed(doc.dx.admission, how));
    }
    y += lh;
    listRow('出院诊断', listed(doc.dx.western, how));
    s.diagnoses(doc.dx.western);

    y += lh;
    // A chronic disease is never 治愈: the ward ticks 好转, now and then 未愈.
    const fate = rng.chance(0.85) ? '好转' : '未愈';
    s.put(x0, y, '出院情况', lab);
    s.put(x0 + s.measure('出院情况', lab) + px(pt) * 0.7, y, ticks(['治愈', '好转', '未愈', '转院', '其他'], fate), val);
    y += lh;
    listRow('出院医嘱', [`${rng.pick(ADVICE)}。`]);

    y = Math.max(y + lh * 1.3, 900);
    const dw = s.put(x0 + w * 0.08, y, '经治医师', lab);
    handwritten(s, x0 + w * 0.08 + dw + 20, y, doc.doctors.resident, pt * 1.3, rng);
    s.put(x0 + w * 0.4, y, '科主任', lab);
    s.put(x0 + w * 0.4 + s.measure('科主任', lab) + px(pt) * 0.7, y, doc.doctors.director, val);
    const when = formatDate(doc.dates.discharge, rng.pick(['cnShort', 'cn'] as const));
    s.put(right, y, when, { ...val, align: 'right' });
    seal(s, right - 170 + rng.range(-60, 30), y - 20 + rng.range(-30, 30), rng.range(118, 132), doc.hospital.name,
      rng.pick(['住院处', '出院结算专用章', '住院收费专用章']), rng);
    s.put(x0, H - 85, '注：1.请持此证到住院处办理出院结算手续；2.本证不作诊断证明使用，遗失不补。', st('serif', 9, { color: ink }));
  },
};
