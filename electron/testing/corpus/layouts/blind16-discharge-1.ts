import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import type { Rng } from '../rng';
import type { Layout } from '../types';
import { px, st } from './common';
import { suited } from './tune6-kit';
import { codeOf, countyWords } from './tune10-kit';
import { mergedGrid, type Merged } from './tune19-kit';
import { mobile } from './tune5-kit';
import { countyB16, hospitalsB16, kinB16, localB16, nationB16, provinceB16 } from './blind16-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'MALIGNANT_TUMOR_OUTPATIENT', 'LEUKEMIA', 'POST_ARTERIAL_STENT_ANTICOAGULATION'];
const money = (v: number): string => v.toFixed(2);
const OP_CODES: Record<string, string> = { 冠状动脉造影术: '88.5500', 全脑血管造影术: '88.4101', 支气管镜下活检术: '33.2400', 骨髓穿刺术: '41.3101',
  右颈内静脉长期透析导管置入术: '38.9501' };

/** The fees of a stay by item (金额 / 甲类 / 乙类 / 自费 / 其他), the total, and who paid what. */
function fees(days: number, operated: boolean, rng: Rng): { rows: string[][]; total: number; paid: number[] } {
  const base: Record<string, number> = { 床位费: days * rng.range(28, 60), 诊察费: days * rng.range(8, 20), 检查费: rng.range(600, 3200),
    化验费: rng.range(500, 2600), 治疗费: rng.range(200, 2400), 手术费: operated ? rng.range(1800, 6800) : 0, 护理费: days * rng.range(18, 40),
    卫生材料费: operated ? rng.range(900, 9000) : rng.range(40, 400), 西药费: rng.range(900, 7000), 中药饮片费: rng.chance(0.3) ? rng.range(60, 400) : 0,
    中成药费: rng.range(0, 900), 一般诊疗费: days * 10, 挂号费: 0, 其他费: rng.range(0, 120) };
  const rows = Object.entries(base).map(([item, v]) => {
    const sum = Number(v.toFixed(2));
    const own = sum > 0 && /材料|西药|中成药|检查/u.test(item) ? Number((sum * rng.range(0, 0.12)).toFixed(2)) : 0;
    const a = Number(((sum - own) * rng.range(0.55, 0.95)).toFixed(2));
    return [item, sum, a, Number((sum - own - a).toFixed(2)), own, 0] as const;
  });
  const [total, own] = [rows.reduce((n, r) => n + r[1], 0), rows.reduce((n, r) => n + r[4], 0)];
  const [fund, extra] = [total * rng.range(0.55, 0.72), total * rng.range(0, 0.08)];
  const aid = rng.chance(0.25) ? total * rng.range(0.02, 0.08) : 0;
  const selfPay = total - fund - extra - aid - own;
  const account = rng.chance(0.4) ? Math.min(selfPay + own, rng.range(100, 900)) : 0;
  const paid = [fund, extra, aid, selfPay, own, account, selfPay + own - account];
  return { rows: rows.map(([item, ...vs]) => [item, ...vs.map(money)]), total, paid };
}

/**
 * 医疗保障基金结算清单 (the national insurance settlement list) of a Xinjiang / 兵团 / Qinghai / Tibet / Hainan hospital, the page the
 * 医保办 prints at discharge and the patient hands in as proof of the stay. Four banded sections of ruled grids in 宋体 or 黑体
 * 9–10 pt: 基本信息 (出生日期 and a 联系人, not truth; the 证件号码 is truth), an empty 门诊慢特病诊疗信息 block, 住院诊疗信息 with
 * 入院时间 / 出院时间 to the hour (truth) and 实际住院天数, the 门（急）诊诊断 (not counted), 出院西医诊断 in two halves with codes
 * and 入院病情 (counted), 手术及操作 with its date inside the stay (not truth), and 医疗收费信息 with the 结算期间 (the stay), the fee
 * table and the fund's payments; 申报时间 after discharge in the header (not truth).
 */
export const blind16Discharge1: Layout = {
  id: 'blind16-discharge-1',
  kind: 'discharge',
  split: 'blind',
  style: 'Xinjiang / 兵团 / Qinghai / Tibet / Hainan hospital 医疗保障基金结算清单 (national settlement list): banded sections of ruled '
    + 'grids, coded options, diagnoses in two halves, fee table, serif or sans 9–10 pt',
  exercises: ['入院时间 / 出院时间 as 2025年03月04日10时 in grid cells (truth)', '出生日期, 申报时间 and a 手术及操作日期 (not truth)',
    '结算期间 repeating the stay', '门（急）诊诊断 before the discharge diagnoses (not counted)',
    '出院西医诊断 in two side-by-side halves with 疾病代码 and 入院病情 (counted)', '联系人 name and phone; money columns'],
  doc: (rng) => localB16(countyWords(suited(makeDoc(rng, { kind: 'discharge', keys: KEYS, yearEnd: 0.1,
    hospitals: hospitalsB16(['city', 'county']), compoundSurnames: 0.05 })), rng, { outside: 0.3, near: 0.15 }), rng),
  draw(s, doc, rng) {
    s.ink = '#141414';
    const x0 = 92;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.6);
    const pt = rng.pick([9, 9.5, 10]);
    const val = st(serif ? 'serif' : 'sans', pt);
    const lab = st(serif ? 'serifSemi' : 'sansMedium', pt);
    const rh = px(pt) * rng.range(1.75, 1.85);
    const p = doc.patient;
    const hc = `H${p.idNumber.slice(0, 6)}${String(rng.int(1, 99999)).padStart(5, '0')}`;
    const cnHour = (iso: string, m: number): string => `${formatDate(iso, 'cn')}${String(Math.floor(m / 60)).padStart(2, '0')}时`;

    s.put(s.width / 2, 140, '医疗保障基金结算清单', st(serif ? 'serifBold' : 'sansBold', 17, { align: 'center', spacing: 4 }));
    s.put(right, 190, `清单流水号：${String(rng.int(1, 9999999)).padStart(10, '0')}`, st(val.face, 8.5, { align: 'right' }));
    const filed = addDays(doc.dates.discharge, rng.int(1, 9));
    let y = 240;
    s.pair(x0, y, '定点医疗机构名称：', doc.hospital.name, lab, val);
    s.pair(x0 + w * 0.5, y, '定点医疗机构代码：', hc, lab, val);
    s.pair(x0 + w * 0.8, y, '医保结算等级：', provinceB16(doc.hospital) === '兵团' || /市人民/u.test(doc.hospital.name) ? '三级' : '二级', lab, val);
    y += px(pt) * 1.7;
    s.pair(x0, y, '医保编号：', `${rng.int(10, 99)}${String(rng.int(0, 99999999)).padStart(8, '0')}`, lab, val);
    s.pair(x0 + w * 0.3, y, '病案号：', doc.recordNo, lab, val);
    s.pair(x0 + w * 0.55, y, '申报时间：', formatDate(filed, 'cn'), lab, val);
    y += px(pt) * 1.2;
    const band = (title: string): void => {
      s.g.fillStyle = '#e4e4e4';
      s.g.fillRect(x0, y, w, rh);
      s.rect(x0, y, w, rh, 1.6);
      s.put(x0 + 14, y + rh / 2 + px(pt) * 0.36, title, lab);
      y += rh;
    };
    const L = (text: string, span = 1): Merged => ({ text, label: true, span });
    const V = (text: string, span = 1): Merged => ({ text, span });
    const grid = (cols: number[], rows: Merged[][]): void => {
      const k = w / cols.reduce((a, b) => a + b, 0);
      y = mergedGrid(s, x0, y, cols.map((c) => c * k), rh, rows, val, lab, { border: 1.3 });
    };
    const kin = kinB16(doc, rng);
    band('一、基本信息');
    grid([7, 9, 9, 8, 9, 11, 5, 5, 5, 10], [
      [L('姓名'), V(p.name), L('性别'), V(p.sex), L('出生日期'), V(formatDate(p.birth, 'cn')), L('年龄'), V(`${p.age}`), L('国籍'), V('中国')],
      [L('民族'), V(nationB16(doc, rng)), L('患者证件类别'), V('居民身份证'), L('患者证件号码'), V(p.idNumber, 3), L('职业'),
        V(rng.pick(['农民', '退休人员', '个体经营者', '无业', '职工']))],
      [L('现住址'), V(`${countyB16(doc.hospital)}${rng.pick(['团结路', '幸福巷', '新华街', '建设路'])}${rng.int(1, 200)}号`, 3),
        L('联系人姓名'), V(kin.name), L('关系'), V(kin.tie), L('电话'), V(mobile(rng))],
      [L('医保类型'), V(rng.pick(['职工基本医疗保险', '城乡居民基本医疗保险']), 2), L('参保地'),
        V(provinceB16(doc.hospital) === '兵团' ? doc.hospital.name.replace(/医院$/u, '').replace('新疆生产建设', '') : countyB16(doc.hospital), 2),
        L('特殊人员类型', 2), V('—', 2)],
    ]);
    band('二、门诊慢特病诊疗信息');
    grid([10, 15, 10, 15, 10, 15], [[L('诊断科别'), V(''), L('就诊日期'), V(''), L('诊断代码'), V('')]]);
    band('三、住院诊疗信息');
    grid([12, 21, 9, 21, 9, 28], [
      [L('住院医疗类型'), V('1  1.住院 2.日间手术'), L('入院途径'), V(`${rng.pick(['1', '2', '2'])}  1.急诊 2.门诊 3.转入 9.其他`),
        L('治疗类别'), V('1  1.西医 2.中医 3.中西医结合')],
      [L('入院时间'), V(cnHour(doc.dates.admission, doc.times.admission)), L('入院科别'), V(doc.department), L('转科科别'), V('—')],
      [L('出院时间'), V(cnHour(doc.dates.discharge, doc.times.discharge)), L('出院科别'), V(doc.department), L('实际住院'),
        V(`${doc.stayDays}天`)],
    ]);
    const first = doc.dx.admission[0] ?? doc.dx.western[0]!;
    grid([24, 40, 15, 21], [[L('门（急）诊诊断（西医诊断）'), V(first.text), L('疾病代码'), V(codeOf(first, 0))],
      [L('门（急）诊诊断（中医诊断）'), V('—'), L('病证代码'), V('—')]]);
    const dx = doc.dx.western;
    const half = Math.ceil(dx.length / 2);
    const cell = (i: number): Merged[] => {
      const d = dx[i];
      return d ? [V(d.text), V(codeOf(d, i)), V(i === 0 || d.key ? '1' : rng.pick(['1', '1', '3']))] : [V(''), V(''), V('')];
    };
    grid([24, 10, 7, 24, 10, 7], [
      [L('出院西医诊断'), L('疾病代码'), L('入院病情'), L('出院西医诊断'), L('疾病代码'), L('入院病情')],
      ...Array.from({ length: half }, (_, i) => [...cell(i), ...cell(i + half)]),
    ]);
    s.diagnoses(dx);
    s.put(x0 + 12, y + px(pt) * 1.2, `诊断代码计数：${dx.length}    入院病情：1.有 2.临床未确定 3.情况不明 4.无`, val);
    y += px(pt) * 1.7;
    const operated = doc.procedure !== '胃镜检查';
    grid([26, 13, 14, 10, 12, 12], [
      [L('手术及操作名称'), L('手术及操作代码'), L('手术及操作日期'), L('麻醉方式'), L('术者医师'), L('麻醉医师')],
      operated ? [V(doc.procedure), V(OP_CODES[doc.procedure] ?? '88.5500'), V(formatDate(doc.dates.surgery, 'iso')),
        V('局部麻醉'), V(doc.doctors.director), V('—')] : [V('—'), V('—'), V('—'), V('—'), V('—'), V('—')],
      [L('呼吸机使用时间'), V('0天0小时0分钟'), L('离院方式'), V('1  1.医嘱离院 2.医嘱转院 3.转社区 4.非医嘱离院 9.其他', 3)],
      [L('特级护理天数'), V('0'), L('一级护理天数'), V(`${Math.min(3, doc.stayDays)}`), L('二级护理天数'), V(`${Math.max(0, doc.stayDays - 3)}`)],
      [L('主诊医师姓名'), V(doc.doctors.attending), L('主诊医师代码'), V(`D${p.idNumber.slice(0, 6)}${rng.int(10000, 99999)}`), L('责任护士'),
        V(doc.doctors.checker)],
    ]);
    band('四、医疗收费信息');
    const f = fees(doc.stayDays, operated, rng);
    grid([10, 20, 10, 20, 10, 20], [
      [L('业务流水号'), V(`${doc.recordNo}${rng.int(10, 99)}`), L('票据代码'), V(`${p.idNumber.slice(0, 2)}060125`), L('票据号码'),
        V(String(rng.int(1, 99999999)).padStart(10, '0'))],
      [L('结算期间'), V(`${formatDate(doc.dates.admission, 'iso')} 至 ${formatDate(doc.dates.discharge, 'iso')}`, 3), L('结算方式'),
        V('医保联网结算')],
    ]);
    const fee = (i: number): Merged[] => (f.rows[i] ?? ['', '', '', '', '', '']).map((t, j) => (j === 0 ? L(t) : V(t)));
    grid([11, 9, 9, 8, 7, 5, 11, 9, 9, 8, 7, 5], [
      ['项目名称', '金额', '甲类', '乙类', '自费', '其他', '项目名称', '金额', '甲类', '乙类', '自费', '其他'].map((t) => L(t)),
      ...Array.from({ length: 7 }, (_, i) => [...fee(i), ...fee(i + 7)]),
    ]);
    const pay = ['金额合计', '医保统筹基金支付', '补充医疗保险支付', '医疗救助支付', '个人自付', '个人自费', '个人账户支付', '个人现金支付'];
    const paid = [f.total, ...f.paid].map(money);
    grid([12, 13, 12, 13, 12, 13, 12, 13], [0, 4].map((r) => pay.slice(r, r + 4).flatMap((t, i) => [L(t), V(paid[r + i] ?? '')])));
    y += px(pt) * 1.6;
    s.put(x0, y, `医保支付方式：${rng.pick(['3', '4'])}  1.按项目 2.单病种 3.按病种分值 4.疾病诊断相关分组（DRG） 5.按床日 9.其他`, val);
    y += px(pt) * 1.9;
    let fx = x0;
    for (const [l, v] of [['定点医疗机构填报部门：', '医保办'], ['填报人：', doc.doctors.resident],
      ['医保机构：', `${countyB16(doc.hospital)}医疗保障局`], ['医保机构经办人：', '']] as const) fx += s.pair(fx, y, l, v, lab, val) + px(pt) * 2;
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
  },
};
