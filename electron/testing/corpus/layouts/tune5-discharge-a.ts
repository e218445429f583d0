import { makeDoc } from '../case';
import { addDays, formatDate, parts } from '../dates';
import { KEYS } from '../diseases';
import { CITY, CITY_MORE, COUNTY, COUNTY_MORE, PROVINCES } from '../hospitals';
import { barcode } from '../marks';
import { physician } from '../people';
import type { Cell } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { forPatient, icdOf } from './kit';
import { FAR_PROVINCES, localTo, villageOf } from './tune3-kit';
import { coded, countyOf, fitting, mobile, onLine, postcode } from './tune5-kit';

const pad = (n: number): string => String(n).padStart(2, '0');

/** 2025年03月04日 08时: the hour only, the way the 2016 首页 asks for it. */
function dayHour(iso: string, minutes: number): string {
  const [y, m, d] = parts(iso);
  return `${y}年${pad(m)}月${pad(d)}日 ${pad(Math.floor(minutes / 60))}时`;
}

/** Items of the 首页's fee block (amounts are drawn per page). */
const FEES = ['一般医疗服务费', '一般治疗操作费', '护理费', '实验室诊断费', '影像学诊断费', '临床诊断项目费', '西药费', '中成药费', '治疗用一次性医用材料费'];

/** Codes of the symptoms and findings a 门（急）诊诊断 may be written as. */
const VAGUE_CODE: Record<string, string> = { 胸痛待查: 'R07.400', 头晕待查: 'R42.x00', 全血细胞减少原因待查: 'D61.900', 肺占位性病变: 'R91.x00',
  肾功能不全: 'N19.x00' };

/** ICD-9-CM-3 codes of the procedures the generator names. */
const OP_CODE: Record<string, string> = {
  冠状动脉造影术: '88.5501', 全脑血管造影术: '88.4101', 右颈内静脉长期透析导管置入术: '38.9501', 支气管镜下活检术: '33.2401', 骨髓穿刺术: '41.3101',
};

/**
 * 住院病案首页 (the 2016 national front sheet) printed from the HIS: coded boxes (性别 [1] 1.男 2.女), underlined
 * values, 入院时间 / 出院时间 to the hour with 实际住院 N 天, a 门（急）诊诊断 line with its code, the 出院诊断 table
 * (主要诊断 / 其他诊断, 疾病编码, 入院病情), a procedure table, a row of six signers and a 质控日期.
 */
export const tune5DischargeFrontPage: Layout = {
  id: 'tune5-discharge-front-page',
  kind: 'discharge',
  split: 'tune',
  style: 'County / city / other-province hospital 住院病案首页 from the HIS: dense 宋体 9.5–10.5 pt form, coded boxes, underlined values, bordered diagnosis and procedure tables, 病案号 barcode',
  exercises: ['姓名 on an underline among 出生日期 (a date of birth), 国籍, 出生地, 籍贯, 民族, 联系人姓名 (a second person)',
    '身份证号 on an underline', 'coded boxes: 性别 [1] 1.男 2.女, 婚姻, 入院途径, 离院方式, 医疗付费方式 (digits that are not dates)',
    '入院时间 2025年03月04日 08时 / 出院时间 … 10时 with 实际住院 11 天', '门（急）诊诊断 with its code (not counted)',
    '出院诊断 table: 主要诊断：… / 其他诊断：… with 疾病编码 and 入院病情 1 / 2 / 4 (counted), blank rows after them',
    '入院病情 legend 1.有，2.临床未确定，3.情况不明，4.无', '手术及操作 table with a date during the stay (not the stay)',
    '科主任 / 主任医师 / 主治医师 / 住院医师 / 责任护士 / 编码员 / 质控医师 (many names)', '质控日期 days after the discharge', '住院费用 amounts'],
  doc: (rng) => fitting(localTo(forPatient(makeDoc(rng, { kind: 'discharge',
    hospitals: [...COUNTY, ...COUNTY_MORE, ...CITY, ...CITY_MORE, ...PROVINCES, ...FAR_PROVINCES], keys: KEYS,
    aliases: true, outside: 0.15, yearEnd: 0.1, compoundSurnames: 0.15 }), rng, COUNTY), rng)),
  draw(s, doc, rng) {
    s.ink = '#111111';
    const x0 = 100;
    const right = s.width - x0;
    const w = right - x0;
    const pt = rng.pick([9.5, 10, 10.5]);
    const lab = st('serif', pt);
    const val = st(rng.pick(['serifSemi', 'sans'] as const), pt);
    const small = st('serif', pt - 1.5, { color: '#333' });
    const lh = px(pt) * 2;
    const gap = 26;

    const code = `${rng.int(10000000, 99999999)}-${rng.int(0, 9)}`;
    s.put(x0, 110, `医疗机构：${doc.hospital.name}`, lab);
    s.put(right, 110, `（组织机构代码：${code}）`, { ...lab, align: 'right' });
    s.put(s.width / 2, 200, '住 院 病 案 首 页', st('serifBold', 18, { align: 'center', spacing: 6 }));
    const bw = barcode(s, right - 330, 150, doc.recordNo, 50, 2.2);
    s.put(right - 330 + bw / 2, 232, doc.recordNo, st('sans', 8, { align: 'center' }));

    let y = 290;
    const pay = rng.pick(['1', '2', '2', '3', '7']);
    coded(s, x0, y, '医疗付费方式：', pay, '1.职工医保 2.居民医保 3.新农合 4.贫困救助 5.商业保险 6.全公费 7.全自费 8.其他', lab, val, small);
    y += lh;
    let x = onLine(s, x0, y, '健康卡号', String(rng.int(100000000, 999999999)), 260, lab, val) + gap;
    x = onLine(s, x, y, '第', String(rng.int(1, 6)), 60, lab, val);
    x += s.put(x + 6, y, '次住院', lab) + gap + 6;
    onLine(s, x, y, '病案号', doc.recordNo, 240, lab, val);

    const p = doc.patient;
    const child = p.age < 18;
    y += lh;
    x = onLine(s, x0, y, '姓名', p.name, 200, lab, val) + gap;
    x = coded(s, x, y, '性别', p.sex === '男' ? '1' : '2', '1.男 2.女', lab, val, small) + gap;
    x = onLine(s, x, y, '出生日期', formatDate(p.birth, 'cn'), 250, lab, val) + gap;
    x = onLine(s, x, y, '年龄', `${p.age}岁`, 100, lab, val) + gap;
    onLine(s, x, y, '国籍', '中国', 100, lab, val);
    y += lh;
    const home = countyOf(doc);
    x = onLine(s, x0, y, '出生地', home, 380, lab, val) + gap;
    const address = doc.hospital.address;
    const province = /^(.*?(?:省|自治区))/u.exec(address)?.[1] ?? (/^邯郸/u.test(address) ? '河北省' : /^濮阳/u.test(address) ? '河南省' : '山东省');
    x = onLine(s, x, y, '籍贯', province, 160, lab, val) + gap;
    onLine(s, x, y, '民族', rng.pick(['汉族', '汉族', '汉族', '回族']), 110, lab, val);
    y += lh;
    x = onLine(s, x0, y, '身份证号', p.idNumber, 480, lab, val) + gap;
    const job = child ? '学生' : p.age >= 60 ? rng.pick(['农民', '退（离）休人员', '农民']) : rng.pick(['农民', '工人', '个体经营者', '职员', '无业人员']);
    x = onLine(s, x, y, '职业', job, 200, lab, val) + gap;
    coded(s, x, y, '婚姻', child || p.age < 22 ? '1' : rng.pick(['2', '2', '2', '3']), '1.未婚 2.已婚 3.丧偶 4.离婚 9.其他', lab, val, small);
    y += lh;
    x = onLine(s, x0, y, '现住址', villageOf(doc, rng), 640, lab, val) + gap;
    x = onLine(s, x, y, '电话', mobile(rng), 260, lab, val) + gap;
    onLine(s, x, y, '邮编', postcode(doc, rng), 130, lab, val);
    y += lh;
    const contact = physician(rng, [p.name, doc.doctors.attending, doc.doctors.resident, doc.doctors.director, doc.doctors.checker]);
    x = onLine(s, x0, y, '联系人姓名', contact, 180, lab, val) + gap;
    x = onLine(s, x, y, '关系', child ? rng.pick(['父亲', '母亲']) : rng.pick(['配偶', '子', '女']), 110, lab, val) + gap;
    onLine(s, x, y, '电话', mobile(rng), 260, lab, val);
    y += lh;
    coded(s, x0, y, '入院途径', rng.pick(['1', '2', '2', '3']), '1.急诊 2.门诊 3.其他医疗机构转入 9.其他', lab, val, small);

    const ward = `${rng.pick(['一', '二', '三', '五'])}病区`;
    y += lh;
    x = onLine(s, x0, y, '入院时间', dayHour(doc.dates.admission, doc.times.admission), 330, lab, val) + gap;
    x = onLine(s, x, y, '入院科别', doc.department, 180, lab, val) + gap;
    x = onLine(s, x, y, '病房', ward, 110, lab, val) + gap;
    onLine(s, x, y, '转科科别', '', 150, lab, val);
    y += lh;
    x = onLine(s, x0, y, '出院时间', dayHour(doc.dates.discharge, doc.times.discharge), 330, lab, val) + gap;
    x = onLine(s, x, y, '出院科别', doc.department, 180, lab, val) + gap;
    x = onLine(s, x, y, '病房', ward, 110, lab, val) + gap;
    x = onLine(s, x, y, '实际住院', String(doc.stayDays), 70, lab, val);
    s.put(x + 8, y, '天', lab);
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    y += lh;
    const er = doc.dx.admission[0] ?? doc.dx.western[0];
    x = onLine(s, x0, y, '门（急）诊诊断', er?.text ?? '', 620, lab, val) + gap;
    onLine(s, x, y, '疾病编码', er ? (VAGUE_CODE[er.text] ?? icdOf(er, 0)) : '', 200, lab, val);

    const cw = [w - 520, 280, 240];
    const rowH = px(pt) * 2;
    const L = (text: string, i: number): Cell => ({ text, w: cw[i] ?? 200, label: true });
    const V = (text: string, i: number, align: 'left' | 'center' = 'center'): Cell => ({ text, w: cw[i] ?? 200, align });
    const onAdmission = (text: string, i: number): string => (i === 0 ? '1' : /肺部感染/u.test(text) ? '4' : rng.pick(['1', '1', '1', '2']));
    const dx = doc.dx.western;
    const blanks = Math.max(0, 4 - dx.length);
    y = s.grid(x0, y + 36, rowH, [
      ['出院诊断', '疾病编码', '入院病情'].map(L),
      ...dx.map((d, i) => [V(`${i === 0 ? '主要诊断' : '其他诊断'}：${d.text}`, 0, 'left'), V(icdOf(d, i), 1), V(onAdmission(d.text, i), 2)]),
      ...Array.from({ length: blanks }, () => [V('', 0), V('', 1), V('', 2)]),
    ], val, { label: lab, shade: '#f0f0f0', border: 1.3 });
    s.diagnoses(dx);
    y += lh * 0.8;
    s.put(x0, y, '入院病情：1.有，2.临床未确定，3.情况不明，4.无', small);

    y += lh;
    x = onLine(s, x0, y, '损伤、中毒的外部原因', '', 190, lab, val) + gap;
    x = onLine(s, x, y, '疾病编码', '', 120, lab, val) + gap;
    x = onLine(s, x, y, '病理诊断', '', 190, lab, val) + gap;
    onLine(s, x, y, '病理号', '', 120, lab, val);
    y += lh;
    x = coded(s, x0, y, '药物过敏', rng.pick(['1', '1', '2']), '1.无 2.有', lab, val, small) + gap;
    x = onLine(s, x, y, '过敏药物', '', 300, lab, val) + gap;
    coded(s, x, y, '死亡患者尸检', '', '1.是 2.否', lab, val, small);
    y += lh;
    x = coded(s, x0, y, '血型', rng.pick(['1', '2', '3', '4', '6', '6']), '1.A 2.B 3.O 4.AB 5.不详 6.未查', lab, val, small) + gap * 2;
    coded(s, x, y, 'Rh', rng.pick(['2', '4']), '1.阴 2.阳 3.不详 4.未查', lab, val, small);

    const d = doc.doctors;
    const nurse = physician(rng, [p.name, contact, d.attending, d.resident, d.director, d.checker]);
    const coder = physician(rng, [p.name, contact, nurse, d.attending, d.resident, d.director, d.checker]);
    y += lh;
    x = onLine(s, x0, y, '科主任', d.director, 150, lab, val) + gap;
    x = onLine(s, x, y, '主任（副主任）医师', d.director, 150, lab, val) + gap;
    x = onLine(s, x, y, '主治医师', d.attending, 150, lab, val) + gap;
    onLine(s, x, y, '住院医师', d.resident, 150, lab, val);
    y += lh;
    x = onLine(s, x0, y, '责任护士', nurse, 150, lab, val) + gap;
    x = onLine(s, x, y, '进修医师', '', 120, lab, val) + gap;
    x = onLine(s, x, y, '实习医师', '', 120, lab, val) + gap;
    onLine(s, x, y, '编码员', coder, 150, lab, val);
    y += lh;
    x = coded(s, x0, y, '病案质量', rng.pick(['1', '1', '2']), '1.甲 2.乙 3.丙', lab, val, small) + gap;
    x = onLine(s, x, y, '质控医师', d.checker, 150, lab, val) + gap;
    x = onLine(s, x, y, '质控护士', nurse, 150, lab, val) + gap;
    onLine(s, x, y, '质控日期', formatDate(addDays(doc.dates.discharge, rng.int(2, 9)), 'cn'), 250, lab, val);

    const op = OP_CODE[doc.procedure];
    const ow = [220, 260, 130, w - 1020, 170, 240];
    const O = (text: string, i: number, label = false): Cell => ({ text, w: ow[i] ?? 150, label, align: 'center' });
    y = s.grid(x0, y + 40, rowH, [
      ['手术及操作编码', '手术及操作日期', '手术级别', '手术及操作名称', '术者', '麻醉方式'].map((t, i) => O(t, i, true)),
      op ? [O(op, 0), O(formatDate(doc.dates.surgery, 'iso'), 1), O(rng.pick(['二级', '三级', '四级']), 2), O(doc.procedure, 3),
        O(d.attending, 4), O(rng.pick(['局部麻醉', '局麻', '表面麻醉']), 5)] : ow.map((_, i) => O('', i)),
      ow.map((_, i) => O('', i)),
    ], val, { label: lab, shade: '#f0f0f0', border: 1.3 });

    y += lh * 0.9;
    x = coded(s, x0, y, '离院方式', rng.pick(['1', '1', '1', '3']), '1.医嘱离院 2.医嘱转院 3.医嘱转社区/乡镇卫生院 4.非医嘱离院 5.死亡 9.其他', lab, val, small);
    y += lh;
    coded(s, x0, y, '是否有出院31天内再住院计划', '1', '1.无 2.有，目的：', lab, val, small);
    y += lh;
    const fees = FEES.map((n) => [n, rng.range(40, 2600)] as const);
    const total = fees.reduce((t, [, v]) => t + v, 0);
    x = onLine(s, x0, y, '住院费用（元）：总费用', total.toFixed(2), 200, lab, val) + gap;
    onLine(s, x, y, '自付金额', (total * rng.range(0.15, 0.45)).toFixed(2), 200, lab, val);
    y += lh * 0.3;
    fees.forEach(([n, v], i) => {
      if (i % 3 === 0) y += px(small.pt) * 1.7;
      s.put(x0 + 20 + (i % 3) * 480, y, `（${i + 1}）${n}：${v.toFixed(2)}`, small);
    });
  },
};
