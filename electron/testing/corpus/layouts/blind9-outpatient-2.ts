import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { logo, nameStamp, qrCode } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, maskedId, printedOn, type Mark } from './kit';
import { drug } from './tune3-kit';
import { para, suited } from './tune6-kit';
import { ticks } from './tune7-kit';
import { countyWords, denial, followUp, kin } from './tune10-kit';
import { ARMY9, local9 } from './blind9-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'URAEMIA_DIALYSIS', 'MALIGNANT_TUMOR_OUTPATIENT', 'LEUKEMIA'];
const VISIT: readonly DateStyle[] = ['cnTime', 'isoTime', 'cnHour'];

/**
 * 门诊病历 of an army hospital of the 联勤保障部队 that treats civilians (Kunming, Lanzhou, Fuzhou, Shijiazhuang, Harbin): the long
 * name centred over 门诊病历 with a red cross, a bordered grid with 人员类别 ☑地方 □军人 □文职 □军属, a masked 证件号 (so no ID in
 * the truth), 就诊时间 (truth) beside 诊室, 费别, 就诊卡号 and 挂号序号; the record under 【主诉】【现病史】… labels in sans or serif
 * 11–11.5 pt; 【诊断】 one per line (counted); the doctor's red name stamp; a QR code and 打印时间 at the foot. Decoys: the
 * previous visit and 下次复诊 dates, a relative's disease, card and queue numbers.
 */
export const blind9Outpatient2: Layout = {
  id: 'blind9-outpatient-2',
  kind: 'outpatient',
  split: 'blind',
  style: 'Army (联勤保障部队) hospital 门诊病历 for a civilian: centred long name, red cross, bordered grid with 人员类别 tick boxes and a '
    + 'masked 证件号, 【】 section labels, red name stamp, QR code, sans or serif 11–11.5 pt',
  exercises: ['masked 证件号 (no ID in the truth)', '就诊时间 in the grid (truth) beside 就诊卡号 and 挂号序号 digits',
    'previous visit in 现病史 and 下次复诊 (not the visit)', '【诊断】 one per line (counted)'],
  doc: (rng) => {
    const d = local9(countyWords(suited(makeDoc(rng, { kind: 'outpatient', keys: KEYS, hospitals: ARMY9, compoundSurnames: 0.06 })), rng,
      { outside: 0.25, near: 0.15 }), rng);
    return rng.chance(0.5) ? { ...d, complaint: followUp(d) } : d;
  },
  draw(s, doc, rng) {
    s.ink = '#161616';
    const x0 = 120;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.4);
    const pt = rng.pick([11, 11.5]);
    const f = st(serif ? 'serif' : 'sans', pt);
    const b = st(serif ? 'serifBold' : 'sansBold', pt);
    const lh = px(pt) * 1.75;
    const p = doc.patient;

    logo(s, x0 + 50, 165, 46, '#c8242c', 'cross');
    s.put(s.width / 2 + 40, 150, doc.hospital.name, st('serifBold', 18, { align: 'center', spacing: 1 }));
    s.put(s.width / 2 + 40, 225, '门 诊 病 历', st('serifBold', 16, { align: 'center', spacing: 10 }));
    s.line(x0, 262, right, 262, 2.4, '#c8242c');

    const [lw, vw] = [140, (w - 560) / 4];
    const L = (text: string): { text: string; w: number; label: boolean } => ({ text, w: lw, label: true });
    const V = (text: string, n = 1): { text: string; w: number } => ({ text, w: vw * n + lw * (n - 1) });
    const card = `${rng.int(1, 9)}${String(rng.int(0, 99999999999)).padStart(11, '0')}`;
    let y = s.grid(x0, 300, px(pt) * 2.2, [
      [L('姓名'), V(p.name), L('性别'), V(p.sex), L('年龄'), V(`${p.age}岁`), L('科室'), V(doc.department)],
      [L('人员类别'), V(ticks(['地方', '军人', '文职', '军属'], '地方'), 2), L('证件号'), V(maskedId(p.idNumber), 2)],
      [L('就诊时间'), V(formatDate(doc.dates.visit, rng.pick(VISIT), doc.times.visit), 2), L('诊室'), V(`${rng.int(1, 12)}诊室`),
        L('费别'), V(rng.pick(['医保', '自费', '异地医保']))],
      [L('就诊卡号'), V(card, 2), L('挂号序号'), V(String(rng.int(1, 60))), L('复诊'), V(rng.pick(['是', '否']))],
    ], f, { border: 1.3, label: b }) + lh * 1.3;
    s.note({ name: p.name, idNumber: null, visitDate: doc.dates.visit });

    const last = addDays(doc.dates.visit, -rng.int(25, 95));
    const lastText = formatDate(last, rng.pick(['cnShort', 'iso'] as const));
    const section = (head: string, text: string, keep: readonly string[] = []): void => {
      const hw = s.put(x0, y, head, b);
      y = para(s, x0, y, w, text, f, lh, { indent: hw + 8, keep }) + lh * 0.35;
    };
    section('【主诉】', `${doc.complaint}。`);
    section('【现病史】', `患者${lastText}曾于本院${doc.department}就诊，予${doc.medicines[0] ?? '药物'}等治疗，症状${rng.pick(['部分缓解', '控制尚可'])}。`
      + `今为${rng.pick(['复查', '续开药物', '症状加重'])}来诊。`, [lastText]);
    section('【既往史】', `${doc.history.past}。${denial(doc, rng)}。家族史：${kin(rng)}。`);
    section('【查体】', `BP ${rng.int(118, 172)}/${rng.int(68, 102)}mmHg，HR ${rng.int(58, 96)}次/分，神志清楚，双肺呼吸音清，心律齐，`
      + '各瓣膜区未闻及病理性杂音，双下肢不肿。');
    const lab = doc.labs[1]?.rows[0];
    section('【辅助检查】', lab ? `今日${doc.labs[1]?.title ?? ''}：${lab.abbr} ${lab.value}${lab.unit}${lab.flag}。` : '暂无。');

    const how: Mark = rng.pick(['1)', '1.', '①'] as const);
    s.put(x0, y, '【诊断】', b);
    listed(doc.dx.western, how).forEach((t, i) => s.put(x0 + px(pt) * 2, y + lh * (i + 1), t, f));
    s.diagnoses(doc.dx.western);
    y += lh * (doc.dx.western.length + 1.35);
    s.put(x0, y, '【处置】', b);
    doc.medicines.slice(0, 3).forEach((m, i) => {
      const { name, use } = drug(m);
      s.put(x0 + px(pt) * 2, y + lh * (i + 1), `Rp.${i + 1}  ${name}  ${use}`, f);
    });
    y += lh * (Math.min(3, doc.medicines.length) + 1.35);
    const next = formatDate(addDays(doc.dates.visit, rng.pick([14, 28])), rng.pick(['cnShort', 'iso'] as const));
    section('【医嘱】', `按时服药，监测血压、血糖；下次复诊：${next}。如有不适随时就诊。`, [next]);

    y = Math.max(y + lh, 1900);
    const dw = s.pair(right - 560, y, '接诊医师：', doc.doctors.attending, f);
    nameStamp(s, right - 560 + dw + 150, y - px(pt) * 0.35, doc.doctors.attending, rng);
    qrCode(s, x0, 2010, 150, rng);
    s.put(x0 + 180, 2070, '扫码查看电子病历', st('sans', 9.5));
    s.put(x0 + 180, 2120, `打印时间：${formatDate(printedOn(doc), 'isoTime', doc.times.print)}`, st('sans', 9.5));
    s.put(right, 2120, '本病历仅供就诊参考', st('sans', 9.5, { align: 'right', color: '#444' }));
  },
};
