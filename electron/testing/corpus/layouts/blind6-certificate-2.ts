import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { COUNTY, COUNTY_MORE, TOWNSHIP } from '../hospitals';
import { handwritten, seal } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { mark, type Mark } from './kit';
import { COUNTY6, idText, relatives, reword, TOWNS6, village } from './blind6-kit';

/** A county / township 病情证明 for a chronic-disease application: a ruled facts table, a stay told or not, the list, an office sign-off. */
export const blind6Certificate2: Layout = {
  id: 'blind6-certificate-2',
  kind: 'certificate',
  split: 'blind',
  style: 'County / township chronic-disease proof with a ruled table',
  exercises: ['held out'],
  doc: (rng) => reword(makeDoc(rng, { kind: 'certificate', hospitals: [...COUNTY6, ...COUNTY, ...COUNTY_MORE, ...TOWNS6, ...TOWNSHIP],
    compoundSurnames: 0.1, yearEnd: 0.1 }), rng, { near: 0.3 }),
  draw(s, doc, rng) {
    const face = rng.pick(['sans', 'serif', 'serifLight'] as const);
    const bold = face === 'sans' ? 'sansBold' : 'serifBold';
    const pt = rng.pick([11.5, 12]);
    const f = st(face, pt);
    const b = st(bold, pt);
    const lh = px(pt) * 1.8;
    const x0 = 125;
    const w = s.width - 2 * x0;
    const p = doc.patient;

    s.put(s.width / 2, 170, doc.hospital.name, st(bold, 19, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 255, rng.pick(['病 情 证 明', '慢性病病情证明', '门诊慢特病病情证明书', '疾病证明（慢病申报用）']), st(bold, 17, { align: 'center', spacing: 3 }));

    const q = w / 6;
    const L = (text: string, cw: number) => ({ text, w: cw, label: true });
    const V = (text: string, cw: number) => ({ text, w: cw });
    const birth = formatDate(p.birth, rng.pick(['cn', 'iso', 'dotPad'] as const));
    const rows = [
      [L('姓名', q * 0.8), V(p.name, q * 1.2), L('性别', q * 0.8), V(p.sex, q * 0.7), L(rng.pick(['出生日期', '出生年月']), q), V(birth, q * 1.5)],
      [L(rng.pick(['身份证号码', '公民身份号']), q), V(idText(p.idNumber, rng.pick(['plain', 'group', 'quad'] as const)), q * 2.8), L('参保类别', q), V(rng.pick(['城乡居民', '城镇职工', '居民医保']), q * 1.2)],
      [L('家庭住址', q), V(village(doc, rng), q * 2.8), L('联系电话', q), V(`1${rng.int(30, 89)}${String(rng.int(0, 99999999)).padStart(8, '0')}`, q * 1.2)],
    ];
    let y = s.grid(x0, 320, 78, rows, f, { label: b, shade: rng.pick(['#efefef', '#ffffff']) });
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue });

    // The history of the illness: first diagnosed years ago (not a date the desk wants), a stay in this hospital (told or not).
    const ds: DateStyle = rng.pick(['cnShort', 'cn', 'iso', 'dot'] as const);
    const first = formatDate(doc.dates.firstVisit, rng.pick(['cnShort', 'iso'] as const)).replace(/(\d{4})年(\d+)月\d+日/u, '$1年$2月');
    y += lh * 1.3;
    const stay = rng.chance(0.55);
    const adm = formatDate(doc.dates.admission, ds);
    const dis = formatDate(doc.dates.discharge, ds);
    const told = stay ? rng.pick([
      `${adm}至${dis}在我院${doc.department}住院治疗${doc.stayDays}天。`,
      `于${adm}入住我院，${dis}好转出院。`,
      `曾于我院住院（入院：${adm}，出院：${dis}）。`,
    ]) : `现于我院门诊规律随访治疗。`;
    if (stay) s.note({ admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    const hist = `患者${rng.pick(['自', '于'])}${first}起${rng.pick(['确诊', '发病并确诊'])}，${told}${relatives(doc, rng)}。`;
    const hw = s.put(x0, y, rng.pick(['病史摘要：', '病情摘要：']), b);
    y = s.para(x0, y, w, hist, f, lh, hw);
    const lab = doc.labs[0]?.rows.filter((r) => r.flag).slice(0, 3).map((r) => `${r.name}${r.value}${r.unit}`).join('，');
    if (lab) {
      const lw = s.put(x0, y, rng.pick(['主要检查结果：', '诊断依据：']), b);
      y = s.para(x0, y, w, `${formatDate(addDays(doc.dates.issue, -rng.int(1, 60)), 'iso')} ${lab}。`, f, lh, lw);
    }

    y += lh * 0.4;
    s.put(x0, y, rng.pick(['诊断：', '目前诊断：', '临床诊断：']), b);
    y += lh;
    const how: Mark = rng.pick(['1.', '1、', '（1）', '①'] as const);
    const dx = doc.dx.western;
    s.diagnoses(dx);
    dx.forEach((d, i) => s.put(x0 + px(pt) * 2, y + i * lh, `${mark(i, how)}${d.text}`, f));
    y += dx.length * lh + lh * 0.4;
    y = s.para(x0, y, w, `${rng.pick(['需长期门诊服药治疗', '病情需长期药物控制', '需长期规律用药及定期复查'])}。特此证明。`, f, lh, px(pt) * 2);

    y = Math.max(y + lh * 1.2, 1650);
    const sw = s.put(x0, y, rng.pick(['经治医师：', '主管医师：']), f);
    handwritten(s, x0 + sw + 10, y, doc.doctors.attending, pt * 1.3, rng);
    s.put(x0 + w * 0.36, y, `科主任：${doc.doctors.director}`, f);
    const office = rng.pick(['医务科审核（盖章）', '医院（盖章）', '医保办（盖章）']);
    const cx = x0 + w * 0.8;
    s.put(cx, y + lh * 1.6, office, { ...f, align: 'center' });
    const dateText = formatDate(doc.dates.issue, rng.pick(['cnNumeral', 'cnNumeralO', 'cn', 'cnShort'] as const));
    s.put(cx, y + lh * 2.8, dateText, { ...f, align: 'center' });
    seal(s, cx + rng.range(-30, 30), y + lh * 2.1, rng.range(120, 140), doc.hospital.name, rng.pick(['医务科', '医疗保险办公室']), rng);
    s.put(x0, 2210, rng.pick(['本证明仅用于门诊慢特病申报，复印无效。', '此证明自开具之日起三个月内有效。']), st(face, 9.5, { color: '#444' }));
  },
};
