import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { COUNTY, COUNTY_MORE, PROVINCES } from '../hospitals';
import { handwritten } from '../marks';
import type { Cell } from '../sheet';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { forPatient, pastHistory, printedOn } from './kit';
import { FAR_PROVINCES, localTo } from './tune3-kit';
import { examOf, para, suited } from './tune6-kit';
import { outcome, runningHeader } from './tune7-kit';

/**
 * County hospital EMR 出院记录 as the ward prints it: a running header over a double rule (姓名 / 科室 / 床号 / 住院号)
 * that is the only place the name is labelled, a narrative that says 患者 and never the name, the stay as 入院日期 /
 * 出院日期 on one line, and one bordered table with 入院诊断 and 出院诊断 side by side (with 转归), so a row of the
 * reading-order text holds an admission diagnosis and a discharge diagnosis together.
 */
export const tune7DischargeRunningHeader: Layout = {
  id: 'tune7-discharge-running-header',
  kind: 'discharge',
  split: 'tune',
  style: 'County / other-province hospital EMR 出院记录: running header over a double rule, title under it, narrative sections, side-by-side 入院诊断 | 出院诊断 | 转归 table, serif or sans 10.5–11 pt',
  exercises: ['the name labelled only in the running header (姓名：张三  科室：…  床号：12床  住院号：…); the body says 患者',
    '身份证号 on a line of its own under the title, with 性别 / 年龄 / 职业 beside it',
    '入院日期 / 出院日期 with the hour on one line (2025年03月04日10时22分 / 2025-03-04 10:22), 共住院 N 天',
    'one bordered table: 序号 | 入院诊断 | 出院诊断 | 转归 (the number only in 序号) (治愈 / 好转 / 未愈), the two lists of different lengths side by side; only 出院诊断 counted, no ICD codes',
    'a suspected disease (冠心病？) among the 入院诊断, past illness, denials and family history in 入院情况',
    'an examination dated during the stay, a 复诊 date after it', '经治医师 handwritten, 上级医师 printed', '第1页 共1页 and 打印时间 (later)'],
  doc: (rng) => suited(localTo(forPatient(makeDoc(rng, { kind: 'discharge',
    hospitals: [...COUNTY, ...COUNTY_MORE, ...PROVINCES, ...FAR_PROVINCES], compoundSurnames: 0.12, yearEnd: 0.08 }), rng, COUNTY), rng)),
  draw(s, doc, rng) {
    s.ink = '#121212';
    const x0 = 120;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.5);
    const face = serif ? 'serif' : 'sans';
    const semi = serif ? 'serifSemi' : 'sansMedium';
    const pt = rng.pick([10.5, 11]);
    const f = st(face, pt);
    const b = st(semi, pt);
    const lh = px(pt) * 1.8;

    let y = runningHeader(s, doc, x0, right, 110, st(face, 9.5), rng);
    s.put(s.width / 2, y + 40, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 17, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, y + 110, '出 院 记 录', st(serif ? 'serifBold' : 'sansBold', 16, { align: 'center', spacing: 8 }));
    y += 190;

    const [sex, age] = sexAge(doc);
    s.pair(x0, y, '性别：', sex, b, f);
    s.pair(x0 + 200, y, '年龄：', age, b, f);
    s.pair(x0 + 400, y, '职业：', doc.patient.age >= 60 ? '退休' : rng.pick(['农民', '个体', '职员']), b, f);
    s.pair(x0 + 660, y, '身份证号：', doc.patient.idNumber, b, f);
    y += lh;
    const ds: DateStyle = rng.pick(['cnHour', 'isoTime', 'cnTime'] as const);
    s.pair(x0, y, '入院日期：', formatDate(doc.dates.admission, ds, doc.times.admission), b, f);
    s.pair(x0 + 640, y, '出院日期：', formatDate(doc.dates.discharge, ds, doc.times.discharge), b, f);
    s.put(right, y, `共住院${doc.stayDays}天`, { ...f, align: 'right' });
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    y += lh * 1.3;

    const section = (head: string, text: string, keep: readonly string[] = []): void => {
      s.put(x0, y, head, b);
      y = para(s, x0, y + lh, w, text, f, lh, { indent: px(pt) * 2, keep }) + lh * 0.3;
    };
    section('入院情况：', `患者因“${doc.complaint}”入院。既往史：${pastHistory(doc, rng)}。家族史：${doc.history.family}。`
      + `入院查体：T 36.${rng.int(2, 8)}℃，P ${rng.int(64, 96)}次/分，BP ${rng.int(120, 176)}/${rng.int(70, 100)}mmHg，神志清，精神可。`);

    // 入院诊断 | 出院诊断 side by side: the rows pair unrelated items.
    const adm = doc.dx.admission;
    const fin = doc.dx.western;
    const n = Math.max(adm.length, fin.length);
    const [c0, c3] = [90, 120];
    const c1 = (w - c0 - c3) / 2;
    const H = (text: string, cw: number): Cell => ({ text, w: cw, label: true });
    const rows: Cell[][] = [[H('序号', c0), H('入院诊断', c1), H('出院诊断', c1), H('转归', c3)]];
    for (let i = 0; i < n; i += 1) {
      const a = adm[i];
      const d = fin[i];
      rows.push([{ text: String(i + 1), w: c0, align: 'center' }, { text: a?.text ?? '', w: c1 },
        { text: d?.text ?? '', w: c1 }, { text: d ? outcome(d, rng) : '', w: c3, align: 'center' }]);
    }
    s.put(x0, y, '诊断情况：', b);
    y = s.grid(x0, y + lh * 0.5, px(pt) * 2, rows, st(face, pt - 0.5), { label: st(semi, pt - 0.5), shade: '#eeeeee', border: 1.5 }) + lh * 1.1;
    s.diagnoses(fin);

    const exam = examOf(doc);
    const examDay = formatDate(doc.dates.surgery, rng.pick(['cnShort', 'iso'] as const));
    section('诊疗经过：', `入院后完善相关检查，${examDay}行${exam}。予${doc.course}等治疗，患者症状较前好转。`
      + `复查${doc.labs[0]?.title ?? '血常规'}：${(doc.labs[0]?.rows ?? []).slice(0, 2).map((r) => `${r.abbr} ${r.value}${r.unit}`).join('，')}。`, [examDay, exam]);
    section('出院情况：', '患者一般情况可，无明显不适，生命体征平稳，饮食睡眠可，二便正常，准予出院。');
    const back = formatDate(addDays(doc.dates.discharge, rng.pick([7, 14, 30])), 'cnShort');
    section('出院医嘱：', `1.低盐低脂饮食，注意休息；2.继续口服：${doc.medicines.slice(0, 2).join('，')}；3.${back}后至${doc.department}门诊复诊，不适随诊。`, [back]);

    y += lh * 0.6;
    const lw = s.put(x0 + w * 0.42, y, '经治医师：', b);
    handwritten(s, x0 + w * 0.42 + lw + 8, y, doc.doctors.resident, pt * 1.3, rng);
    s.pair(x0 + w * 0.72, y, '上级医师：', doc.doctors.attending, b, f);

    const small = st(face, 9, { color: '#333' });
    s.line(x0, 2190, right, 2190, 1);
    s.put(x0, 2225, `打印时间：${formatDate(printedOn(doc), rng.pick(['isoTime', 'slashTime'] as const), doc.times.print)}`, small);
    s.put(right, 2225, '第1页  共1页', { ...small, align: 'right' });
  },
};
