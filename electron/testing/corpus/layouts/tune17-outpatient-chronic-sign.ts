import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { SCHEME_NAMES, type DiseaseKey } from '../diseases';
import { handwritten, nameStamp } from '../marks';
import { personName } from '../people';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed } from './kit';
import { rxItem } from './tune5-kit';
import { para, settled, suited } from './tune6-kit';
import { handDate, type Hand } from './tune9-kit';
import { countyWords, followUp } from './tune10-kit';
import { GENERAL17, local17, province17, SCHEME17, TCM17 } from './tune17-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE',
  'SEVERE_MENTAL_DISORDER', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'TRANSPLANT_ANTI_REJECTION', 'HYPERTENSION'];

/**
 * 门诊慢特病 / 门诊特殊疾病 复诊记录 of a Sichuan, Chongqing, Yunnan, Guizhou or Guangxi county hospital (the scheme's name as the
 * province prints it): a title with a boxed 第N次复诊, a bordered patient grid (姓名 — truth —, 身份证号 — truth —, 病种 in the
 * scheme's words, its 认定编号 and 认定日期 years back — not truth), a line of 就诊日期 (truth) beside 上次复诊 (weeks before, not
 * truth), run-in 病情 / 检查 / 诊断 (numbered, truth), a bordered medicine table with 单次剂量, 频次, 天数 and 数量, 下次复诊 (not
 * truth), and a signature block of three cells: the doctor's handwritten name and date, the patient's or a relative's (代签,
 * another name) with a date, and the pharmacist's red stamp.
 */
export const tune17OutpatientChronicSign: Layout = {
  id: 'tune17-outpatient-chronic-sign',
  kind: 'outpatient',
  split: 'tune',
  style: 'Sichuan / Chongqing / Yunnan / Guizhou / Guangxi county hospital 门诊慢特病 复诊记录: boxed visit count, bordered patient grid with '
    + '病种 and 认定编号, medicine table with days and quantities, three-cell signature block, serif or sans 10.5–11.5 pt',
  exercises: ['就诊日期 (truth) on one line with 上次复诊 weeks earlier (not truth)', '认定日期 years back in the grid (not truth)',
    '病种 in the scheme\'s words beside 临床诊断 (counted)',
    'medicine table: 单次剂量 0.5g, 频次 tid, 天数 28, 数量 2盒 (numbers that are not dates)', '下次复诊 weeks on (not truth)',
    'signature block: doctor and patient (or a relative signing 代签, another name) each with a handwritten date'],
  doc: (rng) => settled(local17(suited(countyWords(makeDoc(rng, { kind: 'outpatient', keys: KEYS,
    hospitals: [...GENERAL17, ...GENERAL17, ...TCM17] }),
    rng, { outside: 0.25, near: 0.1, avoid: /急性|不稳定|恢复期/u })), rng)),
  draw(s, doc, rng) {
    const x0 = 130;
    const right = s.width - 130;
    const w = right - x0;
    const serif = rng.chance(0.5);
    const pt = rng.pick([10.5, 11, 11.5]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifSemi' : 'sansMedium', pt);
    const bold = serif ? 'serifBold' : 'sansBold';
    const lh = px(pt) * 1.8;
    const p = doc.patient;
    const scheme = SCHEME17[province17(doc.hospital)];
    const ds: DateStyle = rng.pick(['cn', 'iso', 'cnShort'] as const);
    const days = rng.pick([28, 28, 30, 56, 84]);

    s.put(s.width / 2, 150, doc.hospital.name, st(bold, 19, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 228, `${scheme}复诊记录`, st(bold, 15, { align: 'center', spacing: 2 }));
    const count = `第${rng.int(2, 36)}次复诊`;
    const cwid = s.measure(count, b) + 40;
    s.rect(right - cwid, 182, cwid, 64, 2);
    s.put(right - cwid / 2, 226, count, { ...b, align: 'center' });

    const c = (text: string, k: number, label = false) => ({ text, w: w * k, label });
    const schemes = doc.dx.keys.map((k) => SCHEME_NAMES[k]).join('、');
    let y = s.grid(x0, 290, lh * 1.35, [
      [c('姓名', 0.11, true), c(p.name, 0.17), c('性别', 0.08, true), c(p.sex, 0.08), c('年龄', 0.08, true), c(`${p.age}岁`, 0.1),
        c('参保类型', 0.13, true), c(rng.pick(['城乡居民', '职工医保']), 0.25)],
      [c('身份证号', 0.11, true), c(p.idNumber, 0.41), c('门诊号', 0.13, true), c(doc.recordNo, 0.35)],
      [c('病种', 0.11, true), c(schemes, 0.89)],
      [c('认定编号', 0.11, true), c(`MT${doc.recordNo.slice(2)}${rng.int(10, 99)}`, 0.41), c('认定日期', 0.13, true),
        c(formatDate(addDays(doc.dates.visit, -rng.int(300, 1800)), ds), 0.35)],
    ], f, { label: b, shade: '#efefef', border: 1.5 });
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });

    y += lh * 1.2;
    const before = addDays(doc.dates.visit, -days - rng.int(0, 5));
    s.pair(x0, y, '就诊日期：', formatDate(doc.dates.visit, ds), b, f);
    s.pair(x0 + w * 0.42, y, '科室：', doc.department, b, f);
    s.pair(x0 + w * 0.7, y, '上次复诊：', formatDate(before, ds), b, f);
    y += lh * 1.3;
    const run = (label: string, text: string): void => {
      const lw = s.put(x0, y, label, b);
      y = para(s, x0 + lw, y, w - lw, text, f, lh) + lh * 0.2;
    };
    run('病情：', `${followUp(doc)}，规律用药，${rng.pick(['病情稳定', '近期控制尚可', '偶有波动'])}，无明显药物不良反应。`);
    run('检查：', `血压${rng.int(124, 168)}/${rng.int(70, 98)}mmHg，心率${rng.int(60, 92)}次/分，空腹血糖${rng.range(5.2, 9.8).toFixed(1)}mmol/L。`);
    const dl = s.put(x0, y, '诊断：', b);
    listed(doc.dx.western, '1、').forEach((t, i) => s.put(x0 + dl, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += lh * (doc.dx.western.length + 0.6);

    // The medicine table.
    s.put(x0, y, '本次用药：', b);
    y += lh * 0.5;
    const cols = [0.06, 0.34, 0.16, 0.12, 0.1, 0.1, 0.12];
    const meds = [...new Set(doc.medicines)].slice(0, 5).map((m) => rxItem(m, rng));
    const rows = [['序号', '药品名称', '规格', '单次剂量', '频次', '天数', '数量'],
      ...meds.map((m, i) => {
        const often = /q12h|bid|tid|qd|qn/u.exec(doc.medicines.find((x) => x.startsWith(m.name)) ?? '')?.[0] ?? 'qd';
        const [dose = '', count = '', packs = ''] = m.pack.split('×');
        const per = Number(/^\d+/u.exec(count)?.[0] ?? 0);
        // Enough boxes for the days (a tablet a dose); injections and powders as the prescription gives them.
        const daily = often === 'tid' ? 3 : /bid|q12h/u.test(often) ? 2 : 1;
        const unit = /[片粒]$/u.test(count) && per > 0 ? `${Math.ceil((days * daily) / per)}盒`
          : packs || count;
        return [String(i + 1), m.name, packs ? `${dose}×${count}` : dose, m.dose, often, String(days), unit];
      })];
    y = s.grid(x0, y, lh * 1.25, rows.map((r, j) => r.map((t, i) => ({ text: t, w: w * (cols[i] ?? 0), label: j === 0,
      align: i === 1 ? 'left' as const : 'center' as const }))), st(f.face, pt - 0.5), { label: b, shade: '#efefef', border: 1.2 });
    y += lh * 1.2;
    s.pair(x0, y, '医嘱：', `按时服药，监测血压、血糖，${days}天后复诊。`, b, f);
    s.pair(x0 + w * 0.66, y, '下次复诊：', formatDate(addDays(doc.dates.visit, days), ds), b, f);

    // The signature block.
    const hand: Hand = rng.pick(['hao', 'dot', 'ri'] as const);
    const relative = rng.chance(0.4);
    const sy = Math.max(y + lh * 3, 1600);
    const bh = lh * 4.2;
    const third = w / 3;
    [0, 1, 2].forEach((i) => s.rect(x0 + i * third, sy, third, bh, 1.5));
    const capY = sy + lh * 1.1;
    s.put(x0 + 20, capY, '医师签名：', b);
    s.put(x0 + third + 20, capY, relative ? '患者（家属）签名：' : '患者签名：', b);
    s.put(x0 + 2 * third + 20, capY, '药师审核：', b);
    const nameY = sy + lh * 2.4;
    handwritten(s, x0 + 40, nameY, doc.doctors.attending, pt * 1.35, rng);
    const surname = [...p.name].slice(0, [...p.name].length === 4 ? 2 : 1).join('');
    const other = personName(rng, rng.pick(['男', '女'] as const), 0);
    // A son or daughter carries the father's surname.
    const kid = p.sex === '男' ? surname + [...other].slice(1).join('') : other;
    const signer = relative && kid !== p.name ? `${kid}（${rng.pick(['子', '女'])}）代` : p.name;
    handwritten(s, x0 + third + 40, nameY, signer, pt * 1.35, rng);
    nameStamp(s, x0 + 2.5 * third, nameY + lh * 0.4, doc.doctors.checker, rng);
    const dateY = sy + bh - lh * 0.55;
    s.put(x0 + 20, dateY, '日期：', f);
    handwritten(s, x0 + 20 + s.measure('日期：', f) + 6, dateY, handDate(doc.dates.visit, hand), pt, rng);
    s.put(x0 + third + 20, dateY, '日期：', f);
    handwritten(s, x0 + third + 20 + s.measure('日期：', f) + 6, dateY, handDate(doc.dates.visit, hand), pt, rng);
    s.put(x0, sy + bh + lh * 1.3, '注：本记录一式两联，患者签字确认已知晓用药及复诊要求。', st(f.face, 9, { color: '#555' }));
  },
};
