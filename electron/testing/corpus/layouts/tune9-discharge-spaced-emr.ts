import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { COUNTY, COUNTY_MORE } from '../hospitals';
import { handwritten } from '../marks';
import type { Layout } from '../types';
import { footer, px, sexAge, st } from './common';
import { listed, pastHistory, reprinted, type Mark } from './kit';
import { labelRowTable } from './tune3-kit';
import { para, suited, wrap } from './tune6-kit';
import { outcome } from './tune7-kit';
import { admitted, leftOn, PRIVATE, spaced, stamp, type Stamp } from './tune9-kit';

/** Whom a county or private hospital's medical wards admit. */
const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS',
  'POST_ARTERIAL_STENT_ANTICOAGULATION'];

/** What the ward writes of the patient on the day he leaves. */
const CONDITION = ['患者无明显头晕、头痛，饮食睡眠可，二便正常', '患者一般情况可，未诉胸闷、胸痛，生命体征平稳',
  '患者精神可，症状较入院时明显好转', '患者神志清，精神可，查体同前，无新发不适'];

/**
 * 出院记录 printed from a county or private hospital's HIS from a Word-like template: labels spread over their boxes
 * (姓  名：, 住 院 号：, 入 院 诊 断：), the stay in a table with its labels over the values and seconds in the times
 * (入院日期（时间） | 出院日期/时间 | 住院天数 | 入院途径), the admission told as the ward says it (门诊以“…”收入我科, 经急诊拟“…”收入院,
 * through the ICU: 转入我科), and 出院诊断 as 同入院诊断, a list under its label alone, or run together with ；/ 、.
 */
export const tune9DischargeSpacedEmr: Layout = {
  id: 'tune9-discharge-spaced-emr',
  kind: 'discharge',
  split: 'tune',
  style: 'County / private hospital HIS 出院记录 from a Word-like template: spaced labels, label-over-value stay table with seconds, '
    + 'run-in sections, sans or serif 10.5–11.5 pt, 打印时间 footer',
  exercises: ['labels spread over their boxes: 姓  名： / 性\u3000别： / 住 院 号： / 入 院 诊 断： / 出 院 诊 断：',
    'the stay in a bordered table, labels over values: 入院日期（时间） | 出院日期（时间） / 入院日期/时间 | 出院日期/时间 / 入 院 日 期 | 出 院 日 期, '
      + 'values with seconds 2025-01-02 10:30:25 / 2025/01/02 10:30:25 / 2025年01月02日 10:30:25',
    'the admission again in prose in the ward\'s words: 门诊以“…”收入我科 / 经急诊拟“…”收入院 / 收住我科 / 入住我院心内科',
    'an emergency admission to 重症医学科 and a transfer 转入我科 days later (not the admission)',
    'the discharge in prose: 于…办理出院 / 病情稳定后于…出院 / 自动出院 at the family\'s request',
    '出院诊断：同入院诊断 (the numbered admission list is then the final one), or the label alone with the items one a row unnumbered, '
      + 'some with 转归 words in a column, or run together with ；/ 、',
    'past illness, denials and family history in 入院情况 (not counted)', '医师签名 handwritten, 上级医师 printed, 打印时间 with seconds (later)'],
  doc: (rng) => suited(makeDoc(rng, { kind: 'discharge', keys: KEYS,
    hospitals: [...COUNTY, ...COUNTY_MORE.filter((h) => !h.name.includes('妇幼')), ...PRIVATE], compoundSurnames: 0.1, yearEnd: 0.2 })),
  draw(s, doc, rng) {
    s.ink = '#161616';
    const x0 = 130;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.5);
    const face = serif ? 'serif' : 'sans';
    const semi = serif ? 'serifSemi' : 'sansMedium';
    const pt = rng.pick([10.5, 11, 11.5]);
    const f = st(face, pt);
    const b = st(semi, pt);
    const lh = px(pt) * 1.7;
    const wide = rng.chance(0.3);
    const sp = (label: string): string => spaced(label, wide);

    s.put(s.width / 2, 150, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 18, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 235, '出 院 记 录', st(serif ? 'serifBold' : 'sansBold', 17, { align: 'center', spacing: 8 }));

    const [sex, age] = sexAge(doc);
    const col = w / 4;
    let y = 325;
    [[`${sp('姓名')}：`, doc.patient.name], [`${sp('性别')}：`, sex], [`${sp('年龄')}：`, age], [`${sp('科别')}：`, doc.department]]
      .forEach(([l, v], i) => s.pair(x0 + i * col, y, l ?? '', v ?? '', b, f));
    y += lh;
    s.pair(x0, y, `${sp('床号')}：`, `${doc.bed}床`, b, f);
    s.pair(x0 + col, y, `${sp('住院号')}：`, doc.recordNo, b, f);
    s.pair(x0 + 2 * col, y, '身份证号：', doc.patient.idNumber, b, f);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, admissionDate: doc.dates.admission,
      dischargeDate: doc.dates.discharge });

    const emergency = rng.chance(0.3);
    const icu = emergency && rng.chance(0.5);
    const how: Stamp = rng.pick(['iso', 'iso', 'slash', 'cn'] as const);
    const labels = rng.pick([['入院日期（时间）', '出院日期（时间）'], ['入院日期/时间', '出院日期/时间'], ['入 院 日 期', '出 院 日 期']]);
    const cw = Math.max(430, s.measure(stamp(doc.dates.admission, doc.times.admission, how), f) + 40);
    y = labelRowTable(s, x0, y + lh * 0.7, [
      { label: labels[0] ?? '', value: stamp(doc.dates.admission, doc.times.admission, how), w: cw },
      { label: labels[1] ?? '', value: stamp(doc.dates.discharge, doc.times.discharge, how, 1), w: cw },
      { label: rng.pick(['住院天数', '实际住院']), value: `${doc.stayDays}天`, w: 220 },
      { label: '入院途径', value: emergency ? '急诊' : '门诊', w: w - 2 * cw - 220 },
    ], b, f, { shade: '#efefef', border: 1.5 });
    y += lh * 1.4;

    const section = (head: string, text: string, keep: readonly string[] = []): void => {
      const hw = s.put(x0, y, head, b);
      y = para(s, x0, y, w, text, f, lh, { keep, indent: hw }) + lh * 0.3;
    };
    const ds: DateStyle = rng.pick(['cnShort', 'cn', 'cnHour'] as const);
    const adm = formatDate(doc.dates.admission, ds, doc.times.admission);
    const dis = formatDate(doc.dates.discharge, ds === 'cnHour' ? 'cnShort' : ds);
    const moved = formatDate(addDays(doc.dates.admission, rng.int(1, 3)), ds === 'cnHour' ? 'cnShort' : ds);
    const same = rng.chance(0.3);
    const admissionDx = same ? doc.dx.western : doc.dx.admission;
    const first = admissionDx[0]?.text ?? '';
    const came = icu ? `于${adm}经急诊拟“${first}”收入重症医学科` : admitted(doc, adm, first, emergency ? '急诊' : '门诊', rng);
    section('入院情况：', `患者${doc.patient.name}，${sex}，${age}，因“${doc.complaint}”${came}。既往史：${pastHistory(doc, rng)}。`
      + `家族史：${doc.history.family}。入院查体：T ${rng.int(362, 375) / 10}℃，BP ${rng.int(118, 186)}/${rng.int(68, 108)}mmHg，`
      + '神志清，精神可，双肺呼吸音清，心律齐，各瓣膜听诊区未闻及病理性杂音。', [adm, first]);

    const spacedDx = rng.chance(0.6);
    const dxHead = (l: string): string => `${spacedDx ? spaced(l, false) : l}：`;
    const mk: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    const ahw = s.put(x0, y, dxHead('入院诊断'), b);
    listed(admissionDx, mk).forEach((t, i) => s.put(x0 + ahw, y + i * lh, t, f));
    y += admissionDx.length * lh + lh * 0.3;

    const self = rng.chance(0.12);
    section('诊疗经过：', `入院后完善血常规、肝肾功能、电解质、心电图等检查，予${doc.course}等治疗`
      + `${icu ? `，${moved}病情平稳后转入${doc.department}继续治疗` : ''}。`, [moved]);
    section('出院情况：', `${self ? '患者症状较前稍缓解，仍诉乏力' : rng.pick(CONDITION)}。${leftOn(dis, self, rng)}，共住院${doc.stayDays}天。`, [dis]);

    const mode = same ? 'same' : rng.pick(['rows', 'rows', 'joined'] as const);
    const head = dxHead('出院诊断');
    s.diagnoses(doc.dx.western);
    if (mode === 'same') {
      s.put(x0, y, `${head}同入院诊断`, b);
      y += lh * 1.3;
    } else if (mode === 'rows') {
      s.put(x0, y, head, b);
      const fate = rng.chance(0.5);
      doc.dx.western.forEach((d, i) => {
        s.put(x0 + px(pt) * 2, y + (i + 1) * lh, d.text, f);
        if (fate) s.put(x0 + w * 0.62, y + (i + 1) * lh, self ? '未愈' : outcome(d, rng), f);
      });
      y += (doc.dx.western.length + 1) * lh + lh * 0.3;
    } else {
      const hw = s.put(x0, y, head, b);
      const texts = doc.dx.western.map((d) => d.text);
      const lines = wrap(s, texts.join(rng.pick(['；', '、'])), w, f, { indent: hw, keep: texts });
      lines.forEach((t, i) => s.put(i === 0 ? x0 + hw : x0, y + i * lh, t, f));
      y += lines.length * lh + lh * 0.3;
    }

    const back = formatDate(addDays(doc.dates.discharge, rng.pick([7, 14, 30])), 'cnShort');
    section('出院医嘱：', `1.低盐低脂饮食，适当活动，避免劳累；2.出院带药：${doc.medicines.slice(0, 2).join('，')}；`
      + `3.${back}来院复查，不适随诊。`, [back, ...doc.medicines]);

    y = Math.max(y + lh * 1.2, 1900);
    const sw = s.put(x0 + w * 0.42, y, '医师签名：', b);
    handwritten(s, x0 + w * 0.42 + sw + 10, y, doc.doctors.resident, pt * 1.3, rng);
    s.pair(x0 + w * 0.72, y, '上级医师：', doc.doctors.attending, b, f);
    footer(s, reprinted(doc), { y: 2235, style: st(face, 9), page: '第1页 共1页', print: 'isoSec', x0, x1: right });
  },
};
