import { makeDoc, type Doc } from '../case';
import { addDays, daysBetween, formatDate, parts } from '../dates';
import { seal } from '../marks';
import { personName } from '../people';
import type { Rng } from '../rng';
import type { Sheet, Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { mobileNo, SD_CITY, SD_COUNTY } from './blind-kit';
import { along, kin, plausible, resident, underlined, words, type Piece } from './blind2-kit';
import { icdOf, printedOn } from './kit';

/** Blind layouts (split 'blind'): see blind2-kit.ts. Not for reading while tuning the extractor. */

const pad = (n: number): string => String(n).padStart(2, '0');
const spaced = (iso: string): string => {
  const [y, m, d] = parts(iso);
  return `${y} 年 ${pad(m)} 月 ${pad(d)} 日`;
};
const PROCEDURE_CODE: Record<string, string> = {
  冠状动脉造影术: '88.5500', 全脑血管造影术: '88.4101', 右颈内静脉长期透析导管置入术: '38.9500x004', 支气管镜下活检术: '33.2401',
  骨髓穿刺术: '41.3101', 胃镜检查: '44.1300x001',
};
const STREETS = ['城关街道东关村', '新城街道建设路', '城北街道后屯村', '开发区福康小区', '城南街道李庄村', '东城街道幸福家园'];
const JOBS = ['农民', '退休人员', '工人', '个体经营者', '无业人员', '职员'];
const PROVINCE: Record<string, string> = { '37': '山东省', '41': '河南省', '13': '河北省', '32': '江苏省', '34': '安徽省' };

/** Who is written down to contact, by the patient's age: a son or daughter, a spouse, a parent. */
function contact(rng: Rng, doc: Doc): [string, string] {
  const p = doc.patient;
  if (p.age < 30) return rng.chance(0.5) ? [kin(rng, doc, '男'), '父亲'] : [personName(rng, '女'), '母亲'];
  const rel = rng.pick(p.age > 55 ? ['子', '女', '配偶'] : ['配偶', '兄弟', '配偶']);
  if (rel === '配偶') return [personName(rng, p.sex === '男' ? '女' : '男'), rel];
  return [kin(rng, doc, rel === '女' ? '女' : '男'), rel];
}

export const blind2Discharge1: Layout = {
  id: 'blind2-discharge-1',
  kind: 'discharge',
  split: 'blind',
  style: 'blind2 layout 1',
  exercises: ['blind'],
  doc: (rng) => plausible(resident(makeDoc(rng, { kind: 'discharge', hospitals: [...SD_COUNTY, ...SD_CITY], aliases: true, outside: 0.15, yearEnd: 0.2,
    compoundSurnames: 0.15 }), rng)),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 92;
    const x1 = s.width - 92;
    const w = x1 - x0;
    const lab = st('serif', 9.5);
    const val = st('sans', 9.5);
    const small = st('serif', 8.5);
    const u = (label: string, value: string, minW: number): Piece => underlined(s, label, value, minW, lab, val);
    const t = (text: string, style: Style = lab): Piece => words(s, text, style);
    /** A label, the code in a small box, and what the codes mean. */
    const coded = (label: string, code: string, legend: string): Piece => (x, y) => {
      const lw = s.put(x, y, label, lab, false) + 8;
      const b = px(9.5) * 1.05;
      s.rect(x + lw, y - b * 0.82, b, b, 1.4);
      if (code) s.put(x + lw + b / 2, y - 1, code, { ...val, align: 'center' }, false);
      const legendW = legend ? s.put(x + lw + b + 10, y, legend, small, false) : 0;
      s.record(x, y, `${label}${code ? ` ${code}` : ''}${legend ? ` ${legend}` : ''}`, x + lw + b + 10 + legendW);
      return lw + b + 10 + legendW;
    };

    s.put(s.width / 2, 118, doc.hospital.name, st('serifBold', 15, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 186, '住 院 病 案 首 页', st('serifBold', 16, { align: 'center' }));
    const p = doc.patient;
    const pay = doc.patient.age < 18 || rng.chance(0.55) ? '2' : rng.pick(['1', '1', '7']);
    let y = 262;
    along(x0, y, [coded('医疗付费方式', pay, ''), u('健康卡号', '—', 210), t(`第 ${rng.int(1, 6)} 次住院`)], 60);
    s.put(x1, y, `病案号 ${doc.recordNo}`, { ...val, align: 'right' });
    s.line(x0, y + 22, x1, y + 22, 2.4);
    const step = 54;
    const county = /^(.*?(?:县|市|区))/u.exec(doc.hospital.address)?.[1] ?? '';
    const province = PROVINCE[p.idNumber.slice(0, 2)] ?? '山东省';
    const address = `${province}${county}${rng.pick(STREETS)}${rng.int(1, 88)}号`;
    const zip = `${rng.pick(['25', '26', '27'])}${String(rng.int(0, 9999)).padStart(4, '0')}`;
    const [who, rel] = contact(rng, doc);
    const married = p.age < 23 ? '1' : rng.pick(['2', '2', '2', '3']);
    const hourOf = (m: number): string => pad(Math.floor(m / 60) % 24);
    const ward = `${rng.pick(['一', '二', '三'])}病区`;
    const lines: Piece[][] = [
      [u('姓名', p.name, 170), coded('性别', p.sex === '男' ? '1' : '2', '1.男 2.女'), u('出生日期', spaced(p.birth), 280), u('年龄', `${p.age}`, 80),
        u('国籍', '中国', 100)],
      [u('（年龄不足1周岁的）年龄', '—', 90), t('月'), u('新生儿出生体重', '—', 100), t('克'), u('新生儿入院体重', '—', 100), t('克')],
      [u('出生地', `${province}${county}`, 380), u('籍贯', province, 180), u('民族', rng.pick(['汉族', '汉族', '汉族', '回族']), 110)],
      [u('身份证号', p.idNumber, 370), u('职业', rng.pick(JOBS), 150), coded('婚姻', married, '1.未婚 2.已婚 3.丧偶 4.离婚 9.其他')],
      [u('现住址', address, 560), u('电话', mobileNo(rng), 230), u('邮编', zip, 120)],
      [u('户口地址', rng.chance(0.6) ? '同现住址' : address, 640), u('邮编', zip, 120)],
      [u('工作单位及地址', '—', 560), u('单位电话', '—', 200), u('邮编', '—', 120)],
      [u('联系人姓名', who, 150), u('关系', rel, 90), u('地址', '同上', 280), u('电话', mobileNo(rng), 230)],
      [coded('入院途径', rng.pick(['1', '2', '2']), '1.急诊 2.门诊 3.其他医疗机构转入 9.其他')],
      [u('入院时间', `${spaced(doc.dates.admission)} ${hourOf(doc.times.admission)} 时`, 350), u('入院科别', doc.department, 180),
        u('病房', ward, 120), u('转科科别', '—', 120)],
      [u('出院时间', `${spaced(doc.dates.discharge)} ${hourOf(doc.times.discharge)} 时`, 350), u('出院科别', doc.department, 180),
        u('病房', ward, 120), u('实际住院', `${doc.stayDays}`, 70), t('天')],
    ];
    y += 70;
    for (const line of lines) {
      along(x0, y, line, 30);
      y += step;
    }
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    const outpatient = doc.dx.admission[0];
    along(x0, y, [u('门（急）诊诊断', outpatient?.text ?? '—', 720), u('疾病编码', outpatient ? icdOf(outpatient, 0) : '—', 200)], 30);

    // The diagnoses: the first is the principal one; the admission condition in codes.
    const dx = doc.dx.western;
    s.diagnoses(dx);
    const cols = [170, 790, 250, w - 1210];
    const cell = st('sans', 9.5);
    const rows = Array.from({ length: Math.max(5, dx.length) }, (_, i) => {
      const d = dx[i];
      const state = d ? (d.key || rng.chance(0.6) ? '1' : rng.pick(['2', '3'])) : '';
      return [
        { text: d ? (i === 0 ? '主要诊断' : '其他诊断') : '', w: cols[0] ?? 0, align: 'center' as const },
        { text: d?.text ?? '', w: cols[1] ?? 0 },
        { text: d ? icdOf(d, i) : '', w: cols[2] ?? 0, align: 'center' as const },
        { text: state, w: cols[3] ?? 0, align: 'center' as const },
      ];
    });
    const head = ['', '出院诊断', '疾病编码', '入院病情'].map((text, i) => ({ text, w: cols[i] ?? 0, label: true }));
    y = s.grid(x0, y + 32, 50, [head, ...rows], cell, { label: st('serifSemi', 9.5), border: 1.3 });
    s.put(x0, y + 36, '入院病情：1.有，2.临床未确定，3.情况不明，4.无', small);
    y += 36 + step;
    const director = doc.doctors.director;
    const printed = printedOn(doc);
    const qc = addDays(doc.dates.discharge, rng.int(1, Math.max(1, daysBetween(doc.dates.discharge, printed))));
    const staff = [personName(rng, '女', 0), personName(rng, '女', 0), personName(rng, '男', 0)];
    const tail: Piece[][] = [
      [u('损伤、中毒的外部原因', '—', 620), u('疾病编码', '—', 200)],
      [u('病理诊断', '—', 620), u('疾病编码', '—', 150), u('病理号', '—', 160)],
      [coded('药物过敏', rng.chance(0.85) ? '1' : '2', '1.无 2.有，过敏药物：'), u('', rng.chance(0.85) ? '—' : '青霉素', 170),
        coded('死亡患者尸检', '', '1.是 2.否')],
      [coded('血型', rng.pick(['6', '6', '1', '3']), '1.A 2.B 3.O 4.AB 5.不详 6.未查'), coded('Rh', rng.pick(['4', '4', '2']), '1.阴 2.阳 3.不详 4.未查')],
      [u('科主任', director, 140), u('主任（副主任）医师', rng.chance(0.5) ? director : doc.doctors.checker, 140), u('主治医师', doc.doctors.attending, 140),
        u('住院医师', doc.doctors.resident, 140)],
      [u('责任护士', staff[0] ?? '', 140), u('进修医师', '—', 140), u('实习医师', '—', 140), u('编码员', staff[1] ?? '', 140)],
      [coded('病案质量', rng.pick(['1', '1', '2']), '1.甲 2.乙 3.丙'), u('质控医师', staff[2] ?? '', 130), u('质控护士', staff[0] ?? '', 130),
        u('质控日期', spaced(qc), 250)],
    ];
    for (const line of tail) {
      along(x0, y, line, 30);
      y += step;
    }
    y = surgery(s, doc, x0, y - 10, rng);
    s.put(x0, 2232, `打印日期：${formatDate(printed, 'dotPad')}`, st('sans', 8.5, { color: '#333' }));
    s.put(s.width / 2, 2232, '第 1 页  共 2 页', st('sans', 8.5, { align: 'center', color: '#333' }));
    if (rng.chance(0.6)) {
      seal(s, x1 - 260 + rng.range(-60, 60), Math.min(y + 140, 2080) + rng.range(-30, 30), rng.range(125, 145), doc.hospital.name, '病案复印专用章', rng);
    }
  },
};

/** The procedures table (a date that is neither admission nor discharge). Returns the bottom edge. */
function surgery(s: Sheet, doc: Doc, x0: number, y: number, rng: Rng): number {
  const f = st('sans', 8);
  const widths = [160, 180, 100, 360, 100, 100, 100, 140, 134, 100];
  const head = ['手术及操作编码', '手术及操作日期', '手术级别', '手术及操作名称', '术者', 'Ⅰ助', 'Ⅱ助', '切口愈合等级', '麻醉方式', '麻醉医师']
    .map((text, i) => ({ text, w: widths[i] ?? 0, label: true }));
  const invasive = !/胃镜|骨髓/.test(doc.procedure);
  const row = [PROCEDURE_CODE[doc.procedure] ?? '—', formatDate(doc.dates.surgery, 'iso'), invasive ? rng.pick(['三级', '四级']) : '一级',
    doc.procedure, doc.doctors.attending, doc.doctors.resident, '—', invasive ? rng.pick(['Ⅰ/甲', '0类']) : '/',
    invasive ? '局部麻醉' : rng.pick(['表面麻醉', '—']), '—']
    .map((text, i) => ({ text, w: widths[i] ?? 0, align: i === 3 ? ('left' as const) : ('center' as const) }));
  const blank = widths.map((wd) => ({ text: '', w: wd }));
  return s.grid(x0, y, 46, [head, row, blank], f, { label: st('serifSemi', 8), border: 1.2 });
}
