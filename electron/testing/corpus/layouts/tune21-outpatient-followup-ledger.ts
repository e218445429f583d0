import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten } from '../marks';
import type { Cell, Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { band, listed, printedOn } from './kit';
import { maskedMobile, rxItem } from './tune5-kit';
import { settled, suited, wrap } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { tickBoxes, vitalsOf } from './tune19-kit';
import { GENERAL21, local21, place21, relative21, TOWN21, upTo } from './tune21-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE'];
const PROGRAMME: readonly (readonly [DiseaseKey, string])[] = [['HYPERTENSION', '高血压'], ['DIABETES', '糖尿病'],
  ['CORONARY_HEART_DISEASE', '冠心病'], ['CEREBROVASCULAR_DISEASE', '脑卒中']];
const WAYS = ['门诊', '电话', '家庭', '门诊', '微信'];

/**
 * 家庭医生签约服务 慢病随访记录单 a Shanghai 镇 社区卫生服务中心 or a Jiangsu, Henan or Hubei township 卫生院 prints for a signed
 * resident: name, 出生日期 (not truth), 身份证号 (truth), the 签约日期 years before (not truth), the signing doctor and — in Shanghai —
 * the 1+1+1 组合 naming a district and a city hospital (other hospitals' names) or else the 上级医院; 管理病种 tick boxes, 主要诊断
 * numbered (counted); then 本次随访 with its 随访日期 (truth) and ☑门诊, vitals, an HbA1c from an earlier day, a 长处方 table
 * (8 or 12 weeks) with, in Shanghai, a 延伸处方 from the city hospital, the 下次随访日期 (not truth), the doctor's and a
 * relative's handwritten names; at the foot the earlier follow-ups newest first (电话 / 家庭 / 门诊, none the visit).
 */
export const tune21OutpatientFollowupLedger: Layout = {
  id: 'tune21-outpatient-followup-ledger',
  kind: 'outpatient',
  split: 'tune',
  style: 'Shanghai 社区卫生服务中心 / Jiangsu, Henan, Hubei 卫生院 家庭医生签约 慢病随访记录单 from the HIS: borderless key-value header '
    + 'with the 1+1+1 组合, shaded 本次随访 band, 长处方 table, a ledger of earlier follow-ups newest first, sans 10–10.5 pt',
  exercises: ['出生日期 and 签约日期 in the header (not truth)', '1+1+1 签约组合 / 上级医院: other hospitals\' names',
    '管理病种 ☑高血压 □糖尿病 … tick boxes', '主要诊断 numbered on one line (counted)', '本次随访 随访日期 (truth) with ☑门诊',
    'HbA1c with an earlier test day (not truth)', '长处方 table: 处方周期 8周 / 12周; 延伸处方 from a city hospital',
    '下次随访日期 weeks on (not truth)', 'a relative signs for the resident (another person\'s name)',
    'ledger of earlier follow-ups newest first: 电话 / 家庭 / 微信 / 门诊 rows (not the visit)', '打印日期 later (not truth)'],
  doc: (rng) => local21(countyWords(settled(suited(makeDoc(rng, { kind: 'outpatient', keys: KEYS, hospitals: TOWN21,
    compoundSurnames: 0.05 }))), rng, { outside: 0.15, near: 0.2, avoid: /急性|不稳定/u }), rng),
  draw(s, doc, rng) {
    s.ink = '#171717';
    const x0 = 120;
    const right = s.width - x0;
    const w = right - x0;
    const pt = rng.pick([10, 10.5]);
    const f: Style = st(rng.chance(0.25) ? 'serif' : 'sans', pt);
    const b: Style = st(f.face === 'serif' ? 'serifBold' : 'sansMedium', pt);
    const lh = px(pt) * 1.8;
    const p = doc.patient;
    const shanghai = place21(doc.hospital) === '上海';
    const ds: DateStyle = rng.pick(['iso', 'iso', 'cn', 'slash'] as const);
    const d = (iso: string): string => formatDate(iso, ds);

    s.put(s.width / 2, 140, doc.hospital.name, st('sansBold', 17, { align: 'center', spacing: 2 }));
    s.put(s.width / 2, 212, rng.pick(['家庭医生签约服务 慢病随访记录单', '签约居民慢性病随访记录']), st('sansBold', 14, { align: 'center' }));
    const small = st('sans', 8.5, { color: '#555' });
    s.put(right, 262, `打印日期：${formatDate(printedOn(doc), 'iso')}`, { ...small, align: 'right' });
    s.line(x0, 282, right, 282, 2);

    const stops = [x0, x0 + w * 0.34, x0 + w * 0.64];
    let y = 282 + lh * 1.1;
    // The earlier follow-ups, newest first (the ledger at the foot); the contract was signed before the oldest.
    const earlier: string[] = [];
    const count = rng.int(4, 7);
    while (earlier.length < count) earlier.push(addDays(earlier[earlier.length - 1] ?? doc.dates.visit, -rng.int(28, 95)));
    const signed = addDays(earlier[earlier.length - 1] ?? doc.dates.visit, -rng.int(3, 200));
    const rows: readonly (readonly (readonly [string, string])[])[] = [
      [['姓名：', p.name], ['性别：', p.sex], ['出生日期：', d(p.birth)]],
      [['身份证号：', p.idNumber], ['联系电话：', maskedMobile(rng)], ['签约日期：', d(signed)]],
      [['签约医生：', doc.doctors.attending], ['团队：', `家庭医生${rng.pick(['一', '二', '三', '四'])}团队`],
        ['档案编号：', `${p.idNumber.slice(0, 6)}${String(rng.int(0, 99999)).padStart(5, '0')}`]],
    ];
    for (const r of rows) {
      r.forEach(([l, v], i) => s.pair(stops[i] ?? x0, y, l, v, b, f));
      y += lh;
    }
    const district = upTo(doc.hospital);
    const city = upTo(GENERAL21.find((h) => h.name === district) ?? doc.hospital);
    const gl = s.put(x0, y, shanghai ? '签约组合（1+1+1）：' : '上级医院：', b);
    const group = shanghai ? `${doc.hospital.name.replace('上海市', '')}＋${district.replace('上海市', '')}＋${city}` : district;
    for (const t of wrap(s, group, w - gl, f, { keep: [district.replace('上海市', ''), city] })) {
      s.put(x0 + gl, y, t, f);
      y += lh;
    }
    const lw = s.put(x0, y, '管理病种：', b);
    tickBoxes(s, x0 + lw, y, PROGRAMME.map(([, n]) => n), PROGRAMME.filter(([k]) => doc.dx.keys.includes(k)).map(([, n]) => n), f);
    y += lh;
    const dl = s.put(x0, y, '主要诊断：', b);
    const dx = listed(doc.dx.western, rng.pick(['1.', '1、', '（1）'] as const));
    wrap(s, dx.join('  '), w - dl, f, { keep: dx }).forEach((t, i) => s.put(x0 + dl, y + i * lh, t, f));
    y += wrap(s, dx.join('  '), w - dl, f, { keep: dx }).length * lh;
    s.diagnoses(doc.dx.western);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });

    y = band(s, x0, y + lh * 0.6, w, '本次随访', st('sansBold', 11), '#e6ecf2') + lh * 0.5;
    s.pair(x0, y, '随访日期：', d(doc.dates.visit), b, f);
    const mw = s.put(stops[1] ?? x0, y, '随访方式：', b);
    tickBoxes(s, (stops[1] ?? x0) + mw, y, ['门诊', '家庭', '电话'], ['门诊'], f);
    y += lh;
    const v = vitalsOf(doc, rng);
    s.put(x0, y, `体征：血压 ${v.sbp}/${v.dbp}mmHg  心率 ${v.p}次/分  体重 ${v.weight}kg  BMI ${v.bmi}  腰围 ${rng.int(78, 102)}cm`, f);
    y += lh;
    const a1c = addDays(doc.dates.visit, -rng.int(8, 40));
    s.put(x0, y, `辅助检查：空腹血糖 ${v.glucose}mmol/L（本次指尖）  糖化血红蛋白 ${(rng.int(58, 92) / 10).toFixed(1)}%（${d(a1c)}）`, f);
    y += lh * 1.1;

    const weeks = rng.pick([4, 8, 12]);
    const cw = [w * 0.36, w * 0.16, w * 0.26, w * 0.22];
    const cells = (t: readonly string[], label = false): Cell[] => t.map((text, i) => ({ text, w: cw[i] ?? 100, label }));
    const meds = [...new Set(doc.medicines)].slice(0, 3).map((m) => rxItem(m, rng));
    y = s.grid(x0, y - lh * 0.6, px(pt) * 1.9, [cells(['药品名称', '单次剂量', '用法', '处方周期'], true),
      ...meds.map((m) => cells([m.name, m.dose, `${m.route} ${m.often}`, weeks > 4 ? `长处方 ${weeks}周` : '4周']))], f,
    { label: b, shade: '#f1f1f1', border: 1.2 }) + lh;
    if (shanghai && rng.chance(0.7)) {
      s.put(x0, y, `延伸处方：${city} ${rng.pick(['心内科', '内分泌科', '神经内科'])} 专家处方延续使用`, f);
      y += lh;
    }
    const grade = rng.pick(['控制满意', '控制满意', '控制不满意']);
    const gw = s.put(x0, y, '此次随访分类：', b);
    tickBoxes(s, x0 + gw, y, ['控制满意', '控制不满意', '不良反应', '并发症'], [grade], f);
    y += lh;
    s.pair(x0, y, '下次随访日期：', d(addDays(doc.dates.visit, weeks * 7)), b, f);
    y += lh * 1.4;
    const sw = s.put(x0, y, '随访医生签名：', b);
    handwritten(s, x0 + sw + 10, y, doc.doctors.attending, pt * 1.4, rng);
    const kin = relative21(doc, rng);
    const kw = s.put(stops[1] ?? x0, y, '居民（家属）签字：', b);
    const hw = handwritten(s, (stops[1] ?? x0) + kw + 10, y, kin.name, pt * 1.4, rng);
    s.put((stops[1] ?? x0) + kw + hw + 30, y, `（${{ 子: '儿子', 女: '女儿' }[kin.relation] ?? kin.relation}）`, f);

    y = band(s, x0, y + lh * 1.4, w, '既往随访记录（按时间倒序）', st('sansBold', 11), '#e6ecf2') + lh * 0.1;
    const lc = [w * 0.18, w * 0.1, w * 0.17, w * 0.16, w * 0.21, w * 0.18];
    const head: Cell[] = ['随访日期', '方式', '血压(mmHg)', '空腹血糖', '分类', '随访医生'].map((text, i) => ({ text, w: lc[i] ?? 100, label: true }));
    const ledger = earlier.map((day) => {
      const u = vitalsOf(doc, rng);
      return [d(day), rng.pick(WAYS), `${u.sbp}/${u.dbp}`, `${u.glucose}`, rng.pick(['控制满意', '控制满意', '控制不满意']),
        rng.pick([doc.doctors.attending, doc.doctors.resident])].map((text, i): Cell => ({ text, w: lc[i] ?? 100, align: 'center' }));
    });
    s.grid(x0, y - lh * 0.4, px(pt) * 1.85, [head, ...ledger], f, { label: b, shade: '#f1f1f1', border: 1.2 });
    s.put(s.width / 2, 2240, '第1页 共1页', { ...small, align: 'center' });
  },
};
