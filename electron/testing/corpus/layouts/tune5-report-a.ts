import { makeDoc, type Doc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { CITY, CITY_MORE, COUNTY, COUNTY_MORE, PROVINCES } from '../hospitals';
import { handwritten, logo } from '../marks';
import type { Rng } from '../rng';
import type { Cell } from '../sheet';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { forPatient, printedOn } from './kit';
import { prose } from './tune2-kit';
import { FAR_PROVINCES, localTo } from './tune3-kit';
import { fitting } from './tune5-kit';

/** Whose hearts are looked at: hypertension, coronary disease and stents, dialysis, a stroke's source, diabetes. */
const ECHO_KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'CORONARY_HEART_DISEASE', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'URAEMIA_DIALYSIS',
  'CEREBROVASCULAR_DISEASE', 'DIABETES'];

type Echo = { readonly values: readonly (readonly [string, string, string])[]; readonly seen: string; readonly impression: readonly string[] };

/** Measurements (name, value with unit, normal range), findings and impression that fit the disease. */
function echo(doc: Doc, rng: Rng): Echo {
  const k = doc.primary;
  const thick = k === 'HYPERTENSION' || k === 'URAEMIA_DIALYSIS';
  const weak = k === 'CORONARY_HEART_DISEASE' || k === 'POST_ARTERIAL_STENT_ANTICOAGULATION';
  const ivs = thick ? rng.int(12, 15) : rng.int(9, 11);
  const lvd = weak ? rng.int(53, 61) : rng.int(44, 52);
  const ef = weak ? rng.int(40, 52) : rng.int(56, 68);
  const la = k === 'CEREBROVASCULAR_DISEASE' || thick ? rng.int(39, 46) : rng.int(30, 37);
  const ea = (thick || k === 'DIABETES' ? rng.range(0.55, 0.9) : rng.range(1.05, 1.5)).toFixed(2);
  const values: [string, string, string][] = [
    ['主动脉根部内径(AO)', `${rng.int(28, 36)}mm`, '20-37'], ['左房内径(LA)', `${la}mm`, '19-40'],
    ['室间隔厚度(IVS)', `${ivs}mm`, '6-11'], ['左室后壁厚度(LVPW)', `${ivs - rng.int(0, 2)}mm`, '6-11'],
    ['左室舒张末内径(LVDd)', `${lvd}mm`, '35-56'], ['左室收缩末内径(LVDs)', `${Math.round(lvd * (1 - ef / 160))}mm`, '20-37'],
    ['右室内径(RV)', `${rng.int(18, 24)}mm`, '7-23'], ['肺动脉内径(PA)', `${rng.int(19, 25)}mm`, '18-26'],
    ['射血分数(EF)', `${ef}%`, '50-70'], ['短轴缩短率(FS)', `${Math.round(ef / 1.9)}%`, '25-45'],
    ['E峰/A峰(E/A)', ea, '>1'], ['肺动脉收缩压(PASP)', `${rng.int(22, 38)}mmHg`, '<35'],
  ];
  const walls = weak ? `左室${rng.pick(['前壁、前间隔', '下壁、后壁', '心尖部及前壁'])}运动幅度减低，余室壁运动尚协调。` : '左室各节段室壁运动协调，';
  const seen = `${la > 40 ? '左房内径增大，余各房室腔大小正常' : '各房室腔内径大小正常'}。室间隔及左室后壁${thick ? '增厚，呈向心性' : '厚度正常'}，${walls}`
    + `主动脉瓣回声增强，开放尚可；二尖瓣前后叶呈镜像运动。CDFI：二尖瓣口收缩期见少量反流信号，${Number(ea) < 1 ? '舒张期二尖瓣口E峰<A峰' : '舒张期二尖瓣口E峰>A峰'}。`
    + `${k === 'URAEMIA_DIALYSIS' ? `心包腔内见少量液性暗区，左室后壁后方深约${rng.int(4, 8)}mm。` : '心包腔内未见明显液性暗区。'}`;
  const impression = [
    ...(thick ? ['左室壁增厚'] : []), ...(la > 40 ? ['左房增大'] : []), ...(weak ? ['节段性室壁运动异常', '左室收缩功能减低'] : []),
    '二尖瓣少量反流', ...(Number(ea) < 1 ? ['左室舒张功能减低'] : []), ...(k === 'URAEMIA_DIALYSIS' ? ['心包积液（少量）'] : []),
  ];
  return { values, seen, impression };
}

/**
 * 超声心动图 / 心脏彩色多普勒超声报告: the patient in a colon-less header row (姓名 张三  性别 男 … 住院号 …), 临床诊断
 * naming the disease, a bordered measurement table in two halves, 超声所见 prose and a numbered 超声提示, the
 * 申请, 检查 and 报告 times (truth = 报告) and a later 打印时间.
 */
export const tune5ReportEcho: Layout = {
  id: 'tune5-report-echo',
  kind: 'report',
  split: 'tune',
  style: 'City / county / other-province hospital 超声心动图报告: logo letterhead, colon-less header rows, two-half bordered measurement table, sans or serif 10–11 pt',
  exercises: ['姓名 张三  性别 男  年龄 56岁  科室 …  床号 12  住院号 … in one colon-less header row', '身份证号, 检查号 UCG…, 仪器 model names with digits',
    '临床诊断 naming the disease (counted) beside an impression that does not', 'measurement table 项目 / 测值 / 参考值 twice across: mm, %, mmHg, E/A ratios',
    '超声所见 prose with sizes, 超声提示 numbered 1. 2.', '申请时间 (often the day before), 检查时间 and 报告时间 (truth = 报告时间, same day or the next)',
    '检查医师 handwritten, 记录员 printed', '打印时间 footer (later)'],
  doc: (rng) => {
    const doc = fitting(localTo(forPatient(makeDoc(rng, { kind: 'report', keys: ECHO_KEYS,
      hospitals: [...CITY, ...CITY_MORE, ...COUNTY, ...COUNTY_MORE, ...PROVINCES, ...FAR_PROVINCES], aliases: true, compoundSurnames: 0.15 }),
    rng, COUNTY), rng));
    // The findings describe native valves: a prosthetic valve's patient is written as a stent's here.
    const western = doc.dx.western.map((d) => (/瓣膜/u.test(d.text) ? { ...d, text: '冠状动脉支架植入术后' } : d));
    return { ...doc, dx: { ...doc.dx, western } };
  },
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 115;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.4);
    const face = serif ? 'serif' : rng.pick(['sans', 'sansLight'] as const);
    const bold = serif ? 'serifSemi' : 'sansMedium';
    const pt = rng.pick([10, 10.5, 11]);
    const f = st(face, pt);
    const b = st(bold, pt);
    const lh = px(pt) * 1.8;
    const tone = rng.pick(['#0d4f8b', '#7b1d1d', '#185c37']);

    logo(s, x0 + 52, 128, 48, tone, rng.pick(['ring', 'cross', 'shield'] as const));
    s.put(s.width / 2 + 30, 135, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 19, { align: 'center', spacing: 3, color: tone }));
    s.put(s.width / 2 + 30, 212, rng.pick(['超声心动图报告单', '心脏彩色多普勒超声检查报告', '经胸超声心动图检查报告']), st(serif ? 'serifBold' : 'sansBold', 16, { align: 'center' }));
    s.line(x0, 250, right, 250, 2.6, tone);

    const [sex, age] = sexAge(doc);
    const inpatient = rng.chance(0.65);
    const row = (y: number, cells: readonly (readonly [string, string])[], at: readonly number[]): void =>
      cells.forEach(([l, v], i) => {
        const x = x0 + (at[i] ?? 0);
        const lw = s.put(x, y, l, st(bold, pt, { color: '#444' }));
        s.put(x + lw + px(pt) * 0.6, y, v, i === 0 ? st(bold, pt + 0.5) : f);
      });
    row(315, [['姓名', doc.patient.name], ['性别', sex], ['年龄', age], ['科室', doc.department],
      inpatient ? ['床号', doc.bed] : ['类别', '门诊'], [inpatient ? '住院号' : '门诊号', doc.recordNo]], [0, 300, 470, 680, 980, 1150]);
    const model = rng.pick(['Philips EPIQ 7C', 'GE Vivid E95', 'Mindray Resona 7', 'Siemens ACUSON SC2000']);
    row(315 + lh, [['身份证号', doc.patient.idNumber], ['检查号', `UCG${doc.recordNo.slice(2)}`], ['仪器', model]], [0, 640, 960]);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber });
    const cl = s.put(x0, 315 + lh * 2, '临床诊断', st(bold, pt, { color: '#444' }));
    let y = prose(s, x0 + cl + px(pt) * 0.6, 315 + lh * 2, w - cl - 20, doc.dx.western.map((d) => d.text).join('；'), f, lh,
      { keep: doc.dx.western.map((d) => d.text) });
    s.diagnoses(doc.dx.western);
    s.put(x0, y, `检查项目  ${rng.pick(['经胸超声心动图（M型+二维+彩色多普勒+频谱多普勒）', '心脏彩色多普勒超声+组织多普勒'])}`, st(face, pt, { color: '#222' }));
    s.line(x0, y + 28, right, y + 28, 1.2);

    const e = echo(doc, rng);
    const half = Math.ceil(e.values.length / 2);
    const cw = [w / 2 - 330, 160, 170];
    const C = (text: string, i: number, label = false): Cell => ({ text, w: cw[i % 3] ?? 160, label, align: i % 3 === 0 ? 'left' : 'center' });
    const head = ['项目', '测值', '参考值', '项目', '测值', '参考值'].map((t, i) => C(t, i, true));
    const rows = Array.from({ length: half }, (_, r) => [e.values[r], e.values[r + half]].flatMap((v, j) =>
      v ? [C(v[0], j * 3), C(v[1], j * 3 + 1), C(v[2], j * 3 + 2)] : [C('', j * 3), C('', j * 3 + 1), C('', j * 3 + 2)]));
    y = s.grid(x0, y + 75, px(pt) * 1.85, [head, ...rows], st(face, pt - 0.5), { label: st(bold, pt - 0.5), shade: '#eef1f4', border: 1.2 });

    y += 80;
    s.put(x0, y, '超声所见：', st(bold, pt + 1));
    y = prose(s, x0, y + lh * 1.1, w, e.seen, f, lh * 1.05, { indent: px(pt) * 2 }) + 30;
    s.put(x0, y, '超声提示：', st(bold, pt + 1));
    y += lh * 1.1;
    e.impression.forEach((t, i) => s.put(x0 + px(pt) * 2, y + i * lh, `${i + 1}.${t}`, st(bold, pt)));
    y += e.impression.length * lh;

    const sameDay = rng.chance(0.75);
    const examAt = doc.times.sample;
    const reportDay = sameDay ? doc.dates.sample : addDays(doc.dates.sample, 1);
    const reportAt = sameDay ? Math.min(examAt + rng.int(15, 80), 23 * 60) : rng.int(8 * 60, 11 * 60);
    const applied = rng.chance(0.6) ? addDays(doc.dates.sample, -1) : doc.dates.sample;
    const ts: DateStyle = rng.pick(['isoTime', 'slashTime', 'cnTime'] as const);
    const by = Math.max(y + lh * 2, 1820);
    s.line(x0, by - lh, right, by - lh, 1.2);
    s.pair(x0, by, '申请时间：', formatDate(applied, ts, applied === doc.dates.sample ? examAt - rng.int(60, 150) : rng.int(15 * 60, 18 * 60)), b, f);
    s.pair(x0 + w / 2, by, '检查时间：', formatDate(doc.dates.sample, ts, examAt), b, f);
    s.pair(x0 + w / 2, by + lh, '报告时间：', formatDate(reportDay, ts, reportAt), b, f);
    s.note({ reportDate: reportDay });
    const mw = s.put(x0, by + lh, '检查医师：', b);
    handwritten(s, x0 + mw + 10, by + lh, doc.doctors.resident, pt * 1.3, rng);
    s.pair(x0, by + lh * 2.2, '记录员：', doc.doctors.checker, b, f);
    const small = st(face, 8.5, { color: '#555' });
    s.line(x0, 2190, right, 2190, 1);
    s.put(x0, 2230, '本报告仅反映检查时的情况，供临床医师参考，不作为诊断证明。', small);
    s.put(right, 2230, `打印时间：${formatDate(printedOn({ ...doc, dates: { ...doc.dates, report: reportDay } }), 'isoTime', doc.times.print)}`,
      { ...small, align: 'right' });
  },
};
