import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { COUNTY_MORE } from '../hospitals';
import { handwritten, logo } from '../marks';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { pastHistory, printedOn } from './kit';
import { drug, excluded } from './tune3-kit';
import { maskedMobile } from './tune5-kit';
import { para, settled, suited, wrap } from './tune6-kit';
import { PRIVATE, spaced, stamp, type Stamp } from './tune9-kit';

/** Whom a private hospital's clinic sees: chronic patients who come for their drugs, dialysis patients, psychiatric follow-ups. */
const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'SEVERE_MENTAL_DISORDER', 'POST_ARTERIAL_STENT_ANTICOAGULATION'];

/**
 * 门诊病历 of a private (民营) hospital printed from a Word-like template: a coloured letterhead with logo and 医保定点 line,
 * every label spread over its box (姓  名： / 性\u3000别： / 门 诊 号： / 现 病 史：), the visit under a hinted label with
 * seconds (就诊日期（时间）：2025-03-04 09:12:25 / 日期/时间：…), 诊  断： alone with the items one a row unnumbered, or run
 * together with ；/ 、, Rp. lines and a 复诊 date.
 */
export const tune9OutpatientPrivateSpaced: Layout = {
  id: 'tune9-outpatient-private-spaced',
  kind: 'outpatient',
  split: 'tune',
  style: 'Private (民营) / rural county hospital 门诊病历 from a Word-like template: coloured letterhead with logo, '
    + 'spaced labels in three borderless columns, sans or serif 10.5–11.5 pt',
  exercises: ['labels spread over their boxes: 姓  名 / 性\u3000别 / 年  龄 / 门 诊 号 / 现 病 史 / 既 往 史 / 诊  断 / 处  理',
    'the visit under a hinted label with seconds: 就诊日期（时间）：2025-03-04 09:12:25 / 日期/时间：2025/03/04 09:12:25 / '
      + '就诊时间：2025年03月04日 09:12:25 (truth)',
    '费别 居民医保 / 职工医保 / 自费, masked phone, 初诊/复诊', 'a disease ruled out in 现病史 (外院曾考虑“冠心病”，…后排除), past illness, denials',
    '诊  断： alone on its line with the items one a row, unnumbered and indented, or all on the label\'s line joined by ；/ 、 (counted)',
    'Rp. lines with doses, a 复诊 date two to four weeks on (not the visit)', '医师签名 handwritten, 打印时间 footer (later)'],
  doc: (rng) => settled(suited(makeDoc(rng, { kind: 'outpatient', keys: KEYS,
    hospitals: [...PRIVATE, ...PRIVATE, ...COUNTY_MORE.filter((h) => !h.name.includes('妇幼'))], compoundSurnames: 0.1 }))),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 120;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.4);
    const face = serif ? 'serif' : 'sans';
    const semi = serif ? 'serifSemi' : 'sansMedium';
    const pt = rng.pick([10.5, 11, 11.5]);
    const f = st(face, pt);
    const b = st(semi, pt);
    const lh = px(pt) * 1.75;
    const wide = rng.chance(0.35);
    const sp = (l: string): string => `${spaced(l, wide)}：`;
    const tone = rng.pick(['#0b5f8a', '#0f7a5c', '#a0282d', '#2d4f9e']);

    logo(s, x0 + 55, 150, 52, tone, rng.pick(['cross', 'ring', 'shield'] as const));
    s.put(x0 + 130, 150, doc.hospital.name, st('sansBold', 20, { color: tone, spacing: 2 }));
    s.put(x0 + 130, 205, rng.pick(['医保定点医疗机构', '城乡居民医保定点医院', '二级综合医院\u3000医保定点单位']), st('sans', 9.5, { color: tone }));
    s.put(right, 205, `咨询电话：${doc.hospital.phone}`, st('sans', 9.5, { align: 'right', color: tone }));
    s.line(x0, 235, right, 235, 3, tone);
    s.line(x0, 243, right, 243, 1, tone);
    s.put(s.width / 2, 320, '门 诊 病 历', st(serif ? 'serifBold' : 'sansBold', 17, { align: 'center', spacing: 8 }));

    const [sex, age] = sexAge(doc);
    const col = w / 3;
    let y = 405;
    const row = (cells: readonly (readonly [string, string])[]): void => {
      cells.forEach(([l, v], i) => s.pair(x0 + i * col, y, l, v, b, f));
      y += lh;
    };
    row([[sp('姓名'), doc.patient.name], [sp('性别'), sex], [sp('年龄'), age]]);
    row([[sp('科别'), doc.department], [sp('门诊号'), doc.recordNo], [sp('费别'), rng.pick(['居民医保', '职工医保', '自费'])]]);
    s.pair(x0 + col * 2, y, sp('电话'), maskedMobile(rng), b, f);
    row([['身份证号：', doc.patient.idNumber]]);
    const how: Stamp = rng.pick(['iso', 'slash', 'cn'] as const);
    const label = rng.pick(['就诊日期（时间）：', '日期/时间：', '就诊时间：', '就诊日期/时间：']);
    const first = rng.chance(0.25);
    s.pair(x0 + col * 2, y, '初/复诊：', first ? '初诊' : '复诊', b, f);
    row([[label, stamp(doc.dates.visit, doc.times.visit, how)]]);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.visit });
    s.line(x0, y - lh * 0.45, right, y - lh * 0.45, 1.2);
    y += lh * 0.5;

    const section = (head: string, text: string, keep: readonly string[] = []): void => {
      const hw = s.put(x0, y, head, b);
      y = para(s, x0, y, w, text, f, lh, { keep, indent: hw }) + lh * 0.25;
    };
    const parts = doc.complaint.split('，');
    section(sp('主诉'), doc.complaint);
    section(sp('现病史'), `患者${parts[0] ?? ''}，${first ? '未系统诊治' : rng.pick(['长期口服药物治疗', '在我院规律取药', '曾在外院住院治疗'])}，`
      + `${excluded(rng, doc)}。近期${parts[parts.length - 1] ?? ''}，无发热，饮食睡眠可，二便正常。`);
    section(sp('既往史'), `${pastHistory(doc, rng)}。`);
    section(sp('过敏史'), rng.pick(['否认药物及食物过敏史。', '青霉素过敏。', '否认。']));
    section(sp('体格检查'), `T ${rng.int(362, 372) / 10}℃，P ${rng.int(62, 98)}次/分，BP ${rng.int(120, 178)}/${rng.int(70, 104)}mmHg，`
      + '神志清，双肺呼吸音清，心律齐，腹软，双下肢无水肿。');
    const sugar = doc.dx.keys.includes('DIABETES') ? rng.range(7.6, 13.8) : rng.range(4.8, 6.9);
    section(sp('辅助检查'), `随机血糖${sugar.toFixed(1)}mmol/L；心电图：${rng.pick(['窦性心律', '窦性心律，ST-T改变', '大致正常心电图'])}。`);

    const texts = doc.dx.western.map((d) => d.text);
    const dxHead = rng.chance(0.7) ? sp('诊断') : '初步诊断：';
    s.diagnoses(doc.dx.western);
    if (rng.chance(0.6)) {
      s.put(x0, y, dxHead, b);
      texts.forEach((t, i) => s.put(x0 + px(pt) * 3, y + (i + 1) * lh, t, f));
      y += (texts.length + 1) * lh + lh * 0.25;
    } else {
      const hw = s.put(x0, y, dxHead, b);
      const lines = wrap(s, texts.join(rng.pick(['；', '、'])), w, f, { indent: hw, keep: texts });
      lines.forEach((t, i) => s.put(i === 0 ? x0 + hw : x0, y + i * lh, t, f));
      y += lines.length * lh + lh * 0.25;
    }

    s.put(x0, y, sp('处理'), b);
    const hw = s.measure(sp('处理'), b);
    const meds = doc.medicines.slice(0, 3);
    meds.forEach((m, i) => {
      const d = drug(m);
      s.put(x0 + hw, y + i * lh, `${i === 0 ? 'Rp. ' : '\u3000\u3000'}${d.name}\u3000${d.use}`, f);
    });
    y += meds.length * lh + lh * 0.25;
    const next = formatDate(addDays(doc.dates.visit, rng.pick([14, 21, 28])), rng.pick(['cnShort', 'cn'] as const));
    section(sp('医嘱'), `规律服药，监测血压、血糖，${next}复诊，不适随诊。`, [next]);

    y = Math.max(y + lh, 1940);
    const sw = s.put(x0 + w * 0.6, y, '医师签名：', b);
    handwritten(s, x0 + w * 0.6 + sw + 10, y, doc.doctors.attending, pt * 1.3, rng);
    const small = st(face, 9, { color: '#444' });
    s.line(x0, 2175, right, 2175, 1, tone);
    s.put(x0, 2215, `地址：${doc.hospital.address}`, small);
    s.put(right, 2215, `打印时间：${stamp(printedOn(doc), doc.times.print, how, 2)}`, { ...small, align: 'right' });
  },
};
