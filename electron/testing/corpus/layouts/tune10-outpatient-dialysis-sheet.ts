import type { Doc } from '../case';
import { makeDoc } from '../case';
import { addDays, clock, daysBetween, formatDate, type DateStyle } from '../dates';
import type { Dx } from '../diseases';
import { CITY_MORE, COUNTY, COUNTY_MORE } from '../hospitals';
import { handwritten } from '../marks';
import type { Rng } from '../rng';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { weekday } from './tune3-kit';
import { suited, wrap } from './tune6-kit';
import { ticks } from './tune7-kit';
import { countyWords, groupedId, RENAL_EXTRAS } from './tune10-kit';

/** A dialysis patient's list: the kidney failure, the hypertension or diabetes beside it (肾性高血压 too), the renal extras. */
function dialysisDx(doc: Doc, rng: Rng): Doc {
  const d = countyWords(doc, rng, { outside: 0, near: 0, avoid: /^尿毒症$/u });
  const keyed: Dx[] = d.dx.western.filter((x) => x.key)
    .map((x) => (x.key === 'HYPERTENSION' && rng.chance(0.4) ? { ...x, text: '肾性高血压' } : x));
  const extras = rng.sample(RENAL_EXTRAS, rng.int(1, 2)).map(([text]) => ({ text, key: null }));
  return { ...d, department: '血液净化中心', dx: { ...d.dx, western: [...keyed, ...extras] } };
}

/**
 * 血液透析治疗记录单 of a county or city hospital's 血液净化中心 (an outpatient treatment record, one per session): a bordered
 * header with 透析日期 and its weekday (truth), 首次透析 years before and the session count, the diagnoses wrapped in one wide
 * cell (慢性肾脏病5期 / 终末期肾病 维持性血液透析 …, 肾性高血压, 肾性贫血), the prescription with ☑HD □HDF tick boxes, weights
 * and pressures before and after, an hourly monitoring table of clock times, the three previous sessions in a small table
 * (earlier dates, not the visit), 下次透析 two or three days on, nurses and the doctor signing.
 */
export const tune10OutpatientDialysisSheet: Layout = {
  id: 'tune10-outpatient-dialysis-sheet',
  kind: 'outpatient',
  split: 'tune',
  style: 'County / city hospital 血液净化中心 血液透析治疗记录单: bordered header grid, prescription lines with tick boxes, hourly monitoring '
    + 'table, previous-sessions table, sans or serif 10–10.5 pt, handwritten signatures',
  exercises: ['透析日期 2025-03-04 星期二 / 2025年03月04日 in the header grid (truth)', '首次透析日期 years before and 第356次 (not the visit)',
    '诊断 wrapped in one wide cell: 慢性肾脏病5期（CKD5D） / 慢性肾衰竭（尿毒症期） / 终末期肾病 维持性血液透析, with 2型糖尿病…, 肾性高血压 '
      + '(hypertension), 肾性贫血 / 继发性甲状旁腺功能亢进 (not counted)', 'ID in groups or whole, 透析号 HD…, 血管通路 左前臂自体动静脉内瘘',
    '透析方式 ☑HD □HDF □HP, 抗凝, 透析液, 干体重, 透前 / 透后 体重 and BP', 'monitoring table of clock times only (07:40, 08:40 …)',
    '前三次透析 table with the previous sessions two or three days apart (dates that are not the visit)',
    '下次透析 two or three days on (not the visit)', '上机护士 / 下机护士 printed, 责任医师 handwritten'],
  doc: (rng) => dialysisDx(suited(makeDoc(rng, { kind: 'outpatient', keys: ['URAEMIA_DIALYSIS'],
    hospitals: [...COUNTY, ...COUNTY_MORE.filter((h) => !h.name.includes('妇幼')), ...CITY_MORE], compoundSurnames: 0.1 })), rng),
  draw(s, doc, rng) {
    s.ink = '#161616';
    const x0 = 110;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.35);
    const face = serif ? 'serif' : 'sans';
    const bold = serif ? 'serifBold' : 'sansBold';
    const pt = rng.pick([10, 10.5]);
    const f: Style = st(face, pt);
    const b: Style = st(serif ? 'serifSemi' : 'sansMedium', pt);
    const lh = px(pt) * 1.75;
    const rh = px(pt) * 2.1;

    s.put(s.width / 2, 130, `${doc.hospital.name}${rng.pick(['血液净化中心', '血液透析室'])}`, st(bold, 16, { align: 'center', spacing: 2 }));
    s.put(s.width / 2, 205, '血液透析治疗记录单', st(bold, 15, { align: 'center', spacing: 5 }));

    /** A bordered row of cells; label cells shaded. */
    const gridRow = (y: number, cells: readonly (readonly [string, number, boolean])[], h = rh): number => {
      let cx = x0;
      for (const [t, cw, label] of cells) {
        if (label) {
          s.g.fillStyle = '#efefef';
          s.g.fillRect(cx, y, cw, h);
        }
        s.rect(cx, y, cw, h, 1.3);
        if (label) s.put(cx + cw / 2, y + h / 2 + px(pt) * 0.36, t, { ...b, align: 'center' });
        else s.put(cx + 12, y + h / 2 + px(pt) * 0.36, t, f);
        cx += cw;
      }
      return y + h;
    };
    const ds: DateStyle = rng.pick(['iso', 'iso', 'cn'] as const);
    // About three sessions a week since the first one.
    const count = Math.max(12, Math.round((daysBetween(doc.dates.firstVisit, doc.dates.visit) / 7) * rng.range(2.5, 3)));
    const hd = `HD${String(rng.int(1, 999)).padStart(4, '0')}`;
    const id = rng.chance(0.5) ? groupedId(doc.patient.idNumber, rng.pick(['fours', 'six-fours'] as const)) : doc.patient.idNumber;
    let y = 250;
    y = gridRow(y, [['姓名', 150, true], [doc.patient.name, 230, false], ['性别', 110, true], [doc.patient.sex, 110, false],
      ['年龄', 110, true], [`${doc.patient.age}岁`, 140, false], ['透析号', 150, true], [hd, w - 1000, false]]);
    y = gridRow(y, [['身份证号', 150, true], [id, 560, false], ['透析日期', 150, true],
      [`${formatDate(doc.dates.visit, ds)}  ${weekday(doc.dates.visit)}`, w - 860, false]]);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.visit });
    const texts = doc.dx.western.map((d) => d.text);
    const lines = wrap(s, texts.join('；'), w - 150 - 30, f, { keep: texts });
    const dh = Math.max(rh, lines.length * lh + px(pt) * 0.9);
    s.g.fillStyle = '#efefef';
    s.g.fillRect(x0, y, 150, dh);
    s.rect(x0, y, 150, dh, 1.3);
    s.rect(x0 + 150, y, w - 150, dh, 1.3);
    s.put(x0 + 75, y + dh / 2 + px(pt) * 0.36, '诊断', { ...b, align: 'center' });
    lines.forEach((t, i) => s.put(x0 + 165, y + px(pt) * 0.45 + lh * (i + 0.72), t, f));
    s.diagnoses(doc.dx.western);
    y += dh;
    const access = rng.pick(['左前臂自体动静脉内瘘', '右前臂自体动静脉内瘘', '右颈内静脉长期导管']);
    y = gridRow(y, [['首次透析', 150, true], [formatDate(doc.dates.firstVisit, ds), 260, false], ['透析次数', 150, true],
      [`第${count}次`, 150, false], ['血管通路', 150, true], [access, w - 860, false]]);

    // The prescription and the patient before and after, as lines.
    y += lh * 1.3;
    const dry = rng.int(450, 800) / 10;
    const gain = rng.int(12, 38) / 10;
    const after = dry + rng.int(-3, 5) / 10;
    const start = rng.pick([7 * 60 + rng.int(20, 50), 12 * 60 + rng.int(0, 30), 17 * 60 + rng.int(0, 20)]);
    const hours = rng.pick([4, 4, 4, 3.5]);
    const bpPre = `${rng.int(132, 186)}/${rng.int(70, 102)}`;
    const bpPost = `${rng.int(112, 150)}/${rng.int(62, 90)}`;
    const mode = rng.chance(0.8) ? 'HD' : 'HDF';
    const rows = [
      `透析方式：${ticks(['HD', 'HDF', 'HP', 'HD+HP'], mode)}\u3000透析器：${rng.pick(['F15', 'FX80', 'B-16P', 'Rexeed-15L'])}`,
      `抗凝方式：${rng.pick(['低分子肝素钙 4000IU', '普通肝素 首剂20mg 追加8mg/h', '无肝素'])}\u3000透析液：K 2.0 Ca 1.5 Na 138 mmol/L`,
      `处方时间：${hours}h\u3000目标超滤：${gain.toFixed(1)}L\u3000干体重：${dry.toFixed(1)}kg\u3000血流量：${rng.pick([200, 220, 250, 280])}ml/min`,
      `透前：体重 ${(dry + gain).toFixed(1)}kg\u3000BP ${bpPre}mmHg\u3000P ${rng.int(66, 96)}次/分\u3000`
        + `透后：体重 ${after.toFixed(1)}kg\u3000BP ${bpPost}mmHg\u3000P ${rng.int(64, 92)}次/分`,
      `上机时间：${clock(start)}\u3000下机时间：${clock(start + hours * 60)}`,
    ];
    for (const r of rows) {
      s.put(x0, y, r, f);
      y += lh;
    }

    // Hourly monitoring: clock times only.
    y += lh * 0.4;
    s.put(x0, y, '透析过程监测', b);
    s.put(right, y, '（血压、静脉压、跨膜压 mmHg；血流量 ml/min；超滤 ml）', st(face, pt - 1.5, { align: 'right', color: '#333' }));
    y += lh * 0.5;
    const mcols = [150, 210, 130, 210, 200, 200, 180];
    const heads = ['时间', '血压', '脉搏', '血流量', '静脉压', '跨膜压', '累计超滤', '签名'];
    const mw = [...mcols, w - mcols.reduce((a, c) => a + c, 0)];
    y = gridRow(y, heads.map((t, i) => [t, mw[i] ?? 0, true] as const));
    const nurse = doc.doctors.checker;
    const marks = [...Array(Math.floor(hours) + 1).keys()].map((h) => h * 60);
    if (hours % 1 !== 0) marks.push(hours * 60);
    for (const m of marks) {
      const cells = [clock(start + m), `${rng.int(112, 176)}/${rng.int(62, 98)}`, `${rng.int(64, 94)}`, `${rng.pick([200, 220, 250])}`,
        `${rng.int(80, 160)}`, `${rng.int(40, 120)}`, `${Math.round((gain * 1000 * m) / (hours * 60) / 10) * 10}`, nurse];
      y = gridRow(y, cells.map((t, i) => [t, mw[i] ?? 0, false] as const));
    }

    // The previous sessions (not the visit).
    y += lh * 0.9;
    s.put(x0, y, '前三次透析情况', b);
    y += lh * 0.5;
    const pw = [260, 230, 230, 210, 260];
    const pcols = [...pw, w - pw.reduce((a, c) => a + c, 0)];
    y = gridRow(y, ['日期', '透前体重 kg', '透后体重 kg', '超滤量 L', '透前血压', '备注'].map((t, i) => [t, pcols[i] ?? 0, true] as const));
    let back = doc.dates.visit;
    const earlier: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      back = addDays(back, -rng.pick([2, 3]));
      earlier.unshift(back);
    }
    for (const d of earlier) {
      const g = rng.int(12, 38) / 10;
      const cells = [formatDate(d, ds), (dry + g).toFixed(1), (dry + rng.int(-2, 4) / 10).toFixed(1), g.toFixed(1),
        `${rng.int(130, 180)}/${rng.int(70, 100)}`, rng.pick(['顺利', '顺利', '透中低血压', '穿刺困难'])];
      y = gridRow(y, cells.map((t, i) => [t, pcols[i] ?? 0, false] as const));
    }

    y += lh * 1.2;
    const next = addDays(doc.dates.visit, rng.pick([2, 3]));
    const line = access.includes('导管') ? '导管通畅，出口处无红肿渗出' : '内瘘震颤良好';
    s.put(x0, y, `病情记录：患者透析过程顺利，${rng.pick(['无低血压、肌肉痉挛等不适', '诉轻度乏力，余无不适'])}，${line}。`, f);
    y += lh;
    s.put(x0, y, `下次透析：${formatDate(next, ds)}（${weekday(next)}）\u3000${rng.pick(['每周3次', '每周3次', '每周2次', '两周5次'])}`, f);
    y += lh * 1.6;
    s.pair(x0, y, '上机护士：', nurse, b, f);
    s.pair(x0 + w * 0.3, y, '下机护士：', doc.doctors.resident, b, f);
    const sw = s.put(x0 + w * 0.62, y, '责任医师：', b);
    handwritten(s, x0 + w * 0.62 + sw + 12, y, doc.doctors.attending, pt * 1.3, rng);
    const printed = `打印：${formatDate(doc.dates.visit, 'iso')} ${clock(start + hours * 60 + 20)}`;
    s.put(right, 2230, printed, st(face, 8.5, { align: 'right', color: '#555' }));
  },
};
