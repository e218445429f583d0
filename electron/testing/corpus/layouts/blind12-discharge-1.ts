import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { seal } from '../marks';
import type { Cell, Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { suited } from './tune6-kit';
import { codeOf, countyWords } from './tune10-kit';
import { onAdmission } from './tune16-kit';
import { contact12, home12, local12, nation12, SOUTHWEST12 } from './blind12-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'MALIGNANT_TUMOR_OUTPATIENT', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'LEUKEMIA'];
const FEES = ['床位费', '诊察费', '检查费', '化验费', '治疗费', '手术费', '护理费', '卫生材料费', '西药费', '中成药费', '一般诊疗费', '其他费'];
const pad = (n: number): string => String(n).padStart(2, '0');
/** ICD-9-CM-3 codes of the generator's procedures. */
const OP: Record<string, string> = { 冠状动脉造影术: '88.5501', 全脑血管造影术: '88.4101', 右颈内静脉长期透析导管置入术: '38.9501',
  支气管镜下活检术: '33.2401', 骨髓穿刺术: '41.3101' };

/**
 * 医疗保障基金结算清单 (the national settlement list every hospital uploads and prints on discharge) of a Sichuan, Chongqing,
 * Guizhou, Yunnan or Guangxi county or city hospital, 宋体 9–10 pt in one bordered grid: 一、基本信息 with 出生日期 (not truth),
 * 患者证件号码 (truth) and a 联系人 (another person's name); 二、门诊慢特病诊疗信息 left blank; 三、住院诊疗信息 with 入院时间 /
 * 出院时间 to the hour (truth), the 门（急）诊诊断 (not counted), the 出院西医诊断 rows 主要诊断 / 其他诊断 beside an empty 中医
 * half (counted), a 手术及操作 row dated within the stay; 四、医疗收费信息 with 结算期间 (the stay again), 申报时间 weeks later
 * (not truth) and the fee table; 医疗保险 seal.
 */
export const blind12Discharge1: Layout = {
  id: 'blind12-discharge-1',
  kind: 'discharge',
  split: 'blind',
  style: 'Southwest county / city hospital 医疗保障基金结算清单: one dense bordered 宋体 grid in four numbered parts, coded cells, '
    + 'twin-half diagnosis table, fee table, serif 9–10 pt',
  exercises: ['入院时间 / 出院时间 as 2025年03月04日10时 (truth) among 出生日期, 申报时间 and a 手术及操作日期',
    '患者证件号码 in the basic-information grid (truth), 联系人姓名 of a relative', '门（急）诊诊断 with its code (not counted)',
    '出院西医诊断 主要诊断 / 其他诊断 rows with codes and 入院病情 digits (counted)', '结算期间 from … 至 … and the fee table'],
  doc: (rng) => local12(countyWords(suited(makeDoc(rng, { kind: 'discharge', keys: KEYS, hospitals: SOUTHWEST12, yearEnd: 0.08,
    compoundSurnames: 0.05 })), rng, { outside: 0.25, near: 0.15 }), rng),
  draw(s, doc, rng) {
    s.ink = '#111111';
    const x0 = 90;
    const w = s.width - 2 * x0;
    const pt = rng.pick([9, 9.5, 10]);
    const f: Style = st('serif', pt);
    const b: Style = st('serifSemi', pt);
    const rowH = px(pt) * 1.78;
    const p = doc.patient;
    const hour = (iso: string, m: number): string => `${formatDate(iso, 'cn')}${pad(Math.floor(m / 60))}时`;
    const L = (text: string, cw: number): Cell => ({ text, w: cw, label: true });
    const V = (text: string, cw: number): Cell => ({ text, w: cw });
    const grid = (y: number, rows: readonly (readonly Cell[])[]): number => s.grid(x0, y, rowH, rows, f, { label: b, border: 1.2 });

    s.put(s.width / 2, 130, '医疗保障基金结算清单', st('serifBold', 17, { align: 'center', spacing: 6 }));
    const serial = `${doc.hospital.phone.slice(0, 4).replace('0', '5')}${doc.dates.discharge.replace(/-/g, '')}${rng.int(100000, 999999)}`;
    const code = `H${doc.patient.idNumber.slice(0, 6)}${String(rng.int(10, 999)).padStart(5, '0')}`;
    const filed = addDays(doc.dates.discharge, rng.int(8, 30));
    let y = 190;
    s.put(x0, y, `清单流水号：${serial}`, f);
    s.put(x0 + w, y, `申报时间：${formatDate(filed, 'cn')}`, { ...f, align: 'right' });
    y += rowH * 0.85;
    s.put(x0, y, `定点医疗机构名称：${doc.hospital.name}`, f);
    s.put(x0 + w * 0.5, y, `定点医疗机构代码：${code}`, f);
    s.put(x0 + w, y, `病案号：${doc.recordNo}`, { ...f, align: 'right' });
    y += rowH * 0.85;
    s.put(x0, y, `医保结算等级：${/市.*医院$/u.test(doc.hospital.name) ? '三级' : '二级'}`, f);
    s.put(x0 + w * 0.5, y, `医保编号：${rng.int(10, 99)}${p.idNumber.slice(6, 14)}${rng.int(1000, 9999)}`, f);
    y += rowH * 0.5;

    const part = (title: string): void => {
      s.put(x0 + 6, y + rowH * 0.72, title, b);
      y += rowH;
    };
    const contact = contact12(doc, rng);
    const phone = `1${rng.pick(['39', '58', '80', '99', '36'])}${rng.int(1000, 9999)}${rng.int(1000, 9999)}`;
    part('一、基本信息');
    y = grid(y, [
      [L('姓名', 120), V(p.name, 220), L('性别', 100), V(`${p.sex === '男' ? 1 : 2}（1.男 2.女）`, 230), L('出生日期', 150),
        V(formatDate(p.birth, 'cn'), 260), L('年龄', 100), V(String(p.age), 110), L('国籍', 100), V('中国', 84)],
      [L('民族', 120), V(nation12(doc, rng), 220), L('证件类别', 150), V('居民身份证', 180), L('患者证件号码', 200), V(p.idNumber, 604)],
      [L('职业', 120), V(p.age >= 60 ? '退（离）休人员' : rng.pick(['农民', '自由职业者', '职员']), 220), L('现住址', 150), V(home12(doc, rng), 984)],
      [L('联系人姓名', 170), V(contact.name, 200), L('关系', 100), V(contact.relation, 120), L('联系人电话', 170), V(phone, 260),
        L('医保类型', 150), V(rng.pick(['城乡居民医保', '职工基本医疗保险']), 304)],
    ]);
    part('二、门诊慢特病诊疗信息');
    y = grid(y, [[L('诊断科别', 170), V('', 300), L('就诊日期', 170), V('', 300), L('诊断代码', 170), V('', 364)]]);
    part('三、住院诊疗信息');
    const first = doc.dx.admission[0] ?? { text: '高血压病', key: null };
    y = grid(y, [
      [L('住院医疗类型', 200), V('1（1.住院 2.日间手术）', 420), L('入院途径', 170), V(`${rng.pick([1, 2, 2, 2])}（1.急诊 2.门诊 3.其他医疗机构转入 9.其他）`, 684)],
      [L('入院时间', 170), V(hour(doc.dates.admission, doc.times.admission), 330), L('入院科别', 170), V(doc.department, 250),
        L('转科科别', 170), V('', 384)],
      [L('出院时间', 170), V(hour(doc.dates.discharge, doc.times.discharge), 330), L('出院科别', 170), V(doc.department, 250),
        L('实际住院（天）', 200), V(String(doc.stayDays), 354)],
      [L('门（急）诊诊断（西医）', 330), V(first.text, 530), L('疾病代码', 170), V(codeOf(first, 0), 444)],
    ]);
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    const dxW = [130, 540, 150, 130, 110, 174, 110, 130];
    const head = ['', '出院西医诊断', '疾病代码', '入院病情', '', '出院中医诊断', '疾病代码', '入院病情'];
    const dxRows: Cell[][] = [head.map((t, i) => L(t, dxW[i] ?? 0))];
    doc.dx.western.forEach((d, i) => dxRows.push([L(i === 0 ? '主要诊断' : '其他诊断', 130), V(d.text, 540), V(codeOf(d, i), 150),
      { text: String(onAdmission(d, rng)), w: 130, align: 'center' }, L(i === 0 ? '主病' : i === 1 ? '主证' : '', 110), V('', 174),
      V('', 110), V('', 130)]));
    y = grid(y, dxRows);
    s.diagnoses(doc.dx.western);
    s.put(x0 + 6, y + rowH * 0.7, `诊断代码计数：${doc.dx.western.length}\u3000\u3000入院病情：1.有 2.临床未确定 3.情况不明 4.无`, f);
    y += rowH;
    const op = doc.procedure !== '胃镜检查';
    y = grid(y, [
      [L('主要手术及操作', 420), L('代码', 140), L('麻醉方式', 150), L('术者医师', 160), L('麻醉医师', 160), L('手术及操作日期', 444)],
      [V(op ? doc.procedure : '', 420), V(OP[doc.procedure] ?? '', 140), V(op ? '局部麻醉' : '', 150),
        V(op ? doc.doctors.director : '', 160), V('', 160), V(op ? formatDate(doc.dates.surgery, 'cn') : '', 444)],
      [L('离院方式', 170), V('1（1.医嘱离院 2.医嘱转院 3.医嘱转社区 4.非医嘱离院 5.死亡）', 850), L('主诊医师', 150),
        V(doc.doctors.attending, 304)],
    ]);
    part('四、医疗收费信息');
    const period = `${formatDate(doc.dates.admission, 'cn')} 至 ${formatDate(doc.dates.discharge, 'cn')}`;
    y = grid(y, [[L('业务流水号', 170), V(`${serial.slice(-10)}${rng.int(10, 99)}`, 330), L('结算期间', 170), V(period, 804)]]);
    const amounts = FEES.map(() => rng.range(40, 2600));
    const total = amounts.reduce((a, c) => a + c, 0);
    const fw = [190, 165, 165, 165];
    const feeRow = (i: number): Cell[] => {
      const a = amounts[i] ?? 0;
      const own = rng.chance(0.3) ? a * rng.range(0.05, 0.2) : 0;
      return [V(FEES[i] ?? '', fw[0] ?? 0), V(a.toFixed(2), fw[1] ?? 0), V((a - own).toFixed(2), fw[2] ?? 0),
        V(own.toFixed(2), fw[3] ?? 0)];
    };
    const heads = ['项目名称', '金额', '甲乙类', '自费'].map((t, i) => L(t, fw[i] ?? 0));
    const fees: Cell[][] = [[...heads, L('', 104), ...heads.map((c) => ({ ...c }))]];
    for (let i = 0; i < FEES.length / 2; i += 1) fees.push([...feeRow(i), V('', 104), ...feeRow(i + FEES.length / 2)]);
    fees.push([L('金额合计', 190), V(total.toFixed(2), 165), L('统筹基金支付', 247), V((total * rng.range(0.55, 0.72)).toFixed(2), 165),
      L('个人负担', 165), V('', 542)]);
    y = grid(y, fees);
    y += rowH * 1.1;
    s.put(x0, y, '医保机构\u3000经办人：', f);
    s.put(x0 + w * 0.38, y, `定点医疗机构（签章）\u3000填报人：${doc.doctors.checker}`, f);
    seal(s, x0 + w * 0.62, y - 20, 105, doc.hospital.name, '医疗保险专用章', rng);
  },
};
