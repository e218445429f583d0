import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { COUNTY_MORE, TOWNSHIP } from '../hospitals';
import { handwritten } from '../marks';
import type { Cell } from '../sheet';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { forPatient, listed, type Mark } from './kit';
import { localTo, villageOf } from './tune3-kit';
import { settled, suited } from './tune6-kit';
import { ticks } from './tune7-kit';

/** Who a family doctor follows up: the chronic diseases of the elderly. */
const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE'];
/** The 管理病种 in the public-health programme's words (not diagnoses). */
const PROGRAMME: Partial<Record<DiseaseKey, string>> = { HYPERTENSION: '高血压', DIABETES: '2型糖尿病', CORONARY_HEART_DISEASE: '冠心病', CEREBROVASCULAR_DISEASE: '脑卒中' };

/**
 * 家庭医生签约服务 / 慢病管理 随访记录 from a township health centre or community service centre: the signed contract's
 * date years before, this 随访日期 (truth), a table of home and clinic readings on earlier dates (not visits), 目前诊断,
 * medication, 随访评价 and 下次随访日期 weeks on.
 */
export const tune7OutpatientFollowup: Layout = {
  id: 'tune7-outpatient-followup',
  kind: 'outpatient',
  split: 'tune',
  style: 'Township health centre / community service centre 家庭医生签约 or 慢病管理 随访记录表: bordered form, tick boxes, readings table, sans or light sans 10–11 pt',
  exercises: ['姓名 in a bordered grid with 出生日期 (a date of birth), 身份证号, 签约日期 years before and 签约医生 / 团队',
    '管理病种 in the programme\'s words (高血压、2型糖尿病; not diagnoses)', '随访日期 2025-03-04 (truth) with 随访方式 ☑门诊 □家庭 □电话',
    '近期监测记录 table: 日期 / 血压 / 心率 / 空腹血糖 / 测量方式 (自测 / 随访) on earlier dates — readings, not visits',
    '体征 with BP, BMI, 空腹血糖 numbers', '目前诊断 numbered (counted)', '用药情况 with 服药依从性 ☑规律', '此次随访评价 ☑控制满意',
    '下次随访日期 weeks on (not the visit)', '随访医生 handwritten and 居民签字 handwritten (a second name: the patient again)'],
  doc: (rng) => settled(suited(localTo(forPatient(makeDoc(rng, { kind: 'outpatient', keys: KEYS,
    hospitals: [...TOWNSHIP, ...COUNTY_MORE.filter((h) => !h.name.includes('妇幼'))], compoundSurnames: 0.1 }), rng, TOWNSHIP), rng))),
  draw(s, doc, rng) {
    s.ink = '#161616';
    const x0 = 110;
    const right = s.width - x0;
    const w = right - x0;
    const face = rng.pick(['sans', 'sansLight'] as const);
    const pt = rng.pick([10, 10.5, 11]);
    const f = st(face, pt);
    const b = st('sansMedium', pt);
    const rh = px(pt) * 2.2;
    const L = (text: string, cw: number): Cell => ({ text, w: cw, label: true });
    const V = (text: string, cw: number): Cell => ({ text, w: cw });
    const opt = { label: b, shade: '#f2f2f2', border: 1.4 };

    const family = rng.chance(0.5);
    s.put(s.width / 2, 140, doc.hospital.name, st('sansMedium', 14, { align: 'center' }));
    s.put(s.width / 2, 215, family ? '家庭医生签约服务随访记录表' : '慢性病管理门诊随访记录',
      st('sansBold', 17, { align: 'center', spacing: 2 }));
    s.put(right, 270, `档案编号：${doc.patient.idNumber.slice(0, 6)}${String(rng.int(0, 99999)).padStart(5, '0')}`, st(face, 9.5, { align: 'right' }));

    const [sex, age] = sexAge(doc);
    const programme = doc.dx.keys.map((k) => PROGRAMME[k]).filter((t): t is string => t !== undefined);
    const signed = addDays(doc.dates.visit, -rng.int(400, 1500));
    const ds: DateStyle = rng.pick(['iso', 'cn', 'dotPad'] as const);
    const [a, c] = [190, 190];
    const v = (w - 2 * a) / 2;
    let y = s.grid(x0, 300, rh, [
      [L('姓名', a), V(doc.patient.name, v), L('性别 / 年龄', c), V(`${sex} / ${age}`, v)],
      [L('出生日期', a), V(formatDate(doc.patient.birth, 'iso'), v), L('身份证号', c), V(doc.patient.idNumber, v)],
      [L('现住址', a), V(villageOf(doc, rng), w - a)],
      [L('签约日期', a), V(formatDate(signed, ds), v), L('签约医生', c), V(`${doc.doctors.checker}（${rng.pick(['一', '二', '三'])}团队）`, v)],
      [L('管理病种', a), V(programme.join('、'), w - a)],
      [L('随访日期', a), V(formatDate(doc.dates.visit, ds), v), L('随访方式', c), V(ticks(['门诊', '家庭', '电话'], '门诊'), v)],
    ], f, opt);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.visit });

    const sbp = rng.int(128, 168);
    const dbp = rng.int(72, 98);
    const glu = (doc.dx.keys.includes('DIABETES') ? rng.range(6.2, 9.8) : rng.range(4.8, 6.0)).toFixed(1);
    const ht = rng.int(152, 176);
    const wt = rng.int(52, 82);
    y = s.grid(x0, y + 30, rh, [
      [L('症状', a), V(ticks(['无症状', '头痛头晕', '胸闷', '多饮多尿', '下肢水肿'], rng.pick(['无症状', '头痛头晕'])), w - a)],
      [L('体征', a), V(`血压 ${sbp}/${dbp}mmHg\u3000心率 ${rng.int(62, 90)}次/分\u3000身高 ${ht}cm\u3000体重 ${wt}kg`, w - a)],
      [L('辅助检查', a), V(`BMI ${(wt / (ht / 100) ** 2).toFixed(1)}kg/m²\u3000空腹血糖 ${glu}mmol/L（随访当日指尖血）`, w - a)],
    ], f, opt);

    // Readings taken on earlier days: home measurements and the last follow-ups.
    s.put(x0, y + 60, '近期监测记录（居民自测及既往随访）', b);
    const cw = [250, 260, 240, 360, w - 1110];
    const head: Cell[] = ['日期', '血压（mmHg）', '心率（次/分）', '空腹血糖（mmol/L）', '测量方式'].map((t, i) => L(t, cw[i] ?? 200));
    const rows: Cell[][] = [head];
    const dates: string[] = [];
    for (let i = 0; i < 4; i += 1) dates.unshift(addDays(dates[0] ?? doc.dates.visit, -rng.int(i === 0 ? 3 : 10, i === 0 ? 10 : 35)));
    for (const day of dates) {
      rows.push([day, `${sbp + rng.int(-14, 12)}/${dbp + rng.int(-8, 8)}`, String(rng.int(60, 92)), (Number(glu) + rng.range(-1.2, 1.5)).toFixed(1),
        rng.pick(['自测', '自测', '社区测量'])].map((t, i) => ({ text: t, w: cw[i] ?? 200, align: 'center' as const })));
    }
    y = s.grid(x0, y + 85, rh * 0.9, rows, f, opt);

    const how: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    const items = listed(doc.dx.western, how);
    const meds = doc.medicines.slice(0, 3);
    const blockH = Math.max(items.length, meds.length) * px(pt) * 1.75 + 30;
    const mid = x0 + w / 2;
    s.rect(x0, y + 30, w, blockH + 60, 1.4);
    s.line(mid, y + 30, mid, y + 90 + blockH, 1.4);
    s.put(x0 + 16, y + 75, '目前诊断：', b);
    s.put(mid + 16, y + 75, '用药情况：', b);
    items.forEach((t, i) => s.put(x0 + 40, y + 75 + (i + 1) * px(pt) * 1.75, t, f));
    meds.forEach((m, i) => s.put(mid + 40, y + 75 + (i + 1) * px(pt) * 1.75, m, f));
    s.diagnoses(doc.dx.western);
    y += blockH + 90;

    const next = addDays(doc.dates.visit, rng.pick([30, 30, 90]));
    y = s.grid(x0, y, rh, [
      [L('服药依从性', a), V(ticks(['规律', '间断', '不服药'], rng.pick(['规律', '规律', '间断'])), w - a)],
      [L('此次随访评价', a), V(ticks(['控制满意', '控制不满意', '不良反应', '并发症'], rng.pick(['控制满意', '控制不满意'])), w - a)],
      [L('健康指导', a), V('低盐低脂饮食，每日食盐<5g，适量运动，戒烟限酒，按时服药。', w - a)],
      [L('下次随访日期', a), V(formatDate(next, ds), v), L('转诊', c), V(ticks(['否', '是'], '否'), v)],
    ], f, opt);

    y += 110;
    const lw = s.put(x0, y, '随访医生签名：', b);
    handwritten(s, x0 + lw + 10, y, doc.doctors.checker, pt * 1.3, rng);
    const lw2 = s.put(x0 + w * 0.55, y, '居民（家属）签字：', b);
    handwritten(s, x0 + w * 0.55 + lw2 + 10, y, doc.patient.name, pt * 1.3, rng);
    s.put(x0, 2230, `${doc.hospital.name}\u3000联系电话：${doc.hospital.phone}`, st(face, 8.5, { color: '#444' }));
  },
};
