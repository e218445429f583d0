import { makeDoc, type Doc } from '../case';
import { addDays, clock, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, logo, seal } from '../marks';
import { idNumberIn, physician } from '../people';
import type { Rng } from '../rng';
import type { Layout } from '../types';
import { advice, px, st } from './common';
import { listed, pastHistory, type Mark } from './kit';
import { suited, wrap } from './tune6-kit';
import { countyWords, kin } from './tune10-kit';
import { mdCn } from './tune11-kit';
import { vertical, verticalH, ymd } from './blind8-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CEREBROVASCULAR_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'CORONARY_HEART_DISEASE', 'URAEMIA_DIALYSIS'];

type Branch = { readonly name: string; readonly group: string; readonly head: string; readonly address: string; readonly phone: string;
  readonly region: string };
const b = (name: string, group: string, head: string, address: string, phone: string, region: string): Branch =>
  ({ name, group, head, address, phone, region });

/** Township members of county 医共体 / 医疗集团 (the county hospital at the head of each is another hospital). */
const BRANCHES: readonly Branch[] = [
  b('兴化市戴南镇中心卫生院', '兴化市人民医院医疗集团', '兴化市人民医院', '江苏省泰州市兴化市戴南镇府前路8号', '0523-83412120', '321281'),
  b('丰城市荣塘镇卫生院', '丰城市人民医院紧密型医共体', '丰城市人民医院', '江西省宜春市丰城市荣塘镇荣兴街2号', '0795-6711120', '360981'),
  b('耒阳市新市镇中心卫生院', '耒阳市人民医院医共体', '耒阳市人民医院', '湖南省衡阳市耒阳市新市镇新南路15号', '0734-4521120', '430481'),
  b('阆中市老观镇中心卫生院', '阆中市人民医院医疗健康集团', '阆中市人民医院', '四川省南充市阆中市老观镇正街41号', '0817-6851120', '511381'),
  b('玉环市人民医院健共体楚门分院', '玉环市人民医院健康医疗集团', '玉环市人民医院', '浙江省台州市玉环市楚门镇中山路20号', '0576-87151120', '331083'),
  b('陇西县文峰镇卫生院', '陇西县医疗健康总院', '陇西县第一人民医院', '甘肃省定西市陇西县文峰镇三台路5号', '0932-6211120', '621122'),
  b('洪洞县医疗集团赵城医院', '洪洞县医疗集团', '洪洞县人民医院', '山西省临汾市洪洞县赵城镇府前街12号', '0357-6411120', '141024'),
  b('宣威市板桥街道卫生院', '宣威市紧密型县域医共体', '宣威市人民医院', '云南省曲靖市宣威市板桥街道板桥街66号', '0874-7651120', '530381'),
];

const branchOf = (doc: Doc): Branch => BRANCHES.find((x) => x.name === doc.hospital.name) ?? (BRANCHES[0] as Branch);

/** The patient of a branch lives in its county; the ward is the branch's 内科. */
function ofBranch(doc: Doc, rng: Rng): Doc {
  const p = doc.patient;
  return { ...doc, department: rng.pick(['内科', '内一科', '综合内科']),
    patient: { ...p, idNumber: idNumberIn(rng, p.birth, p.sex, [branchOf(doc).region]) } };
}

/**
 * 出院记录 of a township member of a county 医共体 (Jiangsu, Jiangxi, Hunan, Sichuan, Zhejiang, Gansu, Shanxi, Yunnan) on the
 * group's shared template: the group's name and logo over the branch's (the head county hospital is another hospital), a
 * borderless header with 身份证号 and the stay as 入院时间 / 出院时间 with the hour (truth), and the body as a bordered table
 * whose section labels stand vertically in a narrow left column. Decoys: on half the pages the patient was first treated at
 * the head hospital and 下转 to the branch (an earlier date, and the head hospital's name); 入院诊断 (not counted) before 出院诊断
 * (counted); a day of the stay in 诊疗经过; the 总院 expert who guided the case; a later 打印日期.
 */
export const blind8Discharge1: Layout = {
  id: 'blind8-discharge-alliance-vertical',
  kind: 'discharge',
  split: 'blind',
  style: 'Township member of a county 医共体 (eight provinces) 出院记录 on the group template: group logo over the branch name, '
    + 'borderless header, body table with vertical section labels, serif or sans 10.5–11.5 pt',
  exercises: ['group name (naming the head county hospital) above the branch name', '入院时间 / 出院时间 with the hour as 2025-3-4 10:22, '
    + '20250304 10:22 or 2025年3月4日10时22分 (truth)', 'a 下转 story with an earlier stay at the head hospital (not truth)',
  '入院诊断 / 出院诊断 in rows with vertical labels', '总院指导专家 and a later 打印日期'],
  doc: (rng) => ofBranch(countyWords(suited(makeDoc(rng, { kind: 'discharge', keys: KEYS, 
    hospitals: BRANCHES.map(({ name, address, phone }) => ({ name, address, phone })),
    compoundSurnames: 0.08 })), rng, { outside: 0.25, near: 0.15 }), rng),
  draw(s, doc, rng) {
    const br = branchOf(doc);
    const x0 = 120;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.6);
    const pt = rng.pick([10.5, 11, 11.5]);
    const f = st(serif ? 'serif' : 'sans', pt);
    const bold = st(serif ? 'serifBold' : 'sansBold', pt);
    const lh = px(pt) * 1.62;
    const p = doc.patient;
    const color = rng.pick(['#1f5fa8', '#0f7a5a', '#a8322a']);

    logo(s, x0 + 50, 128, 40, color, rng.pick(['ring', 'shield'] as const));
    s.put(x0 + 110, 118, br.group, st(serif ? 'serifSemi' : 'sansMedium', 12, { color }));
    s.put(x0 + 110, 160, rng.pick(['成员单位', '医共体分院', '基层成员单位']), st(f.face, 9, { color: '#555' }));
    s.put(s.width / 2, 236, doc.hospital.name, st(bold.face, 19, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 312, '出 院 记 录', st(bold.face, 17, { align: 'center', spacing: 8 }));
    const small = st(f.face, pt - 0.5);
    s.put(x0, 372, `病区：${doc.department}病区\u3000床号：${doc.bed}`, small);
    s.put(right, 372, `住院号：${doc.recordNo.slice(3)}`, { ...small, align: 'right' });
    s.line(x0, 392, right, 392, 2.4);
    s.line(x0, 399, right, 399, 1);

    const how = rng.pick(['loose', 'compact', 'cnHour'] as const);
    const when = (iso: string, m: number): string => (how === 'cnHour' ? formatDate(iso, 'cnHour', m) : `${ymd(iso, how)} ${clock(m)}`);
    let y = 399 + lh * 1.1;
    const [c0, c1, c2] = [x0 + 10, x0 + w * 0.36, x0 + w * 0.68];
    s.pair(c0, y, '姓名：', p.name, bold, f);
    s.pair(c1, y, '性别：', p.sex, bold, f);
    s.pair(c2, y, '年龄：', `${p.age}岁`, bold, f);
    y += lh;
    s.pair(c0, y, '身份证号：', p.idNumber, bold, f);
    s.pair(c2, y, '职业：', p.age >= 60 ? rng.pick(['农民', '退休', '无']) : rng.pick(['农民', '务工', '个体']), bold, f);
    y += lh;
    const aw = s.pair(c0, y, '入院时间：', when(doc.dates.admission, doc.times.admission), bold, f);
    const dw = s.pair(c0 + aw + px(pt) * 2, y, '出院时间：', when(doc.dates.discharge, doc.times.discharge), bold, f);
    s.pair(c0 + aw + dw + px(pt) * 4, y, '住院：', `${doc.stayDays}天`, bold, f);
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    y += lh * 0.5;

    const down = rng.chance(0.5);
    const before = addDays(doc.dates.admission, -rng.int(7, 18));
    const adm = formatDate(doc.dates.admission, 'cnShort');
    const first = doc.dx.western[0]?.text ?? '';
    const story = down
      ? `患者因“${doc.complaint}”于${formatDate(before, 'cnShort')}在${br.head}住院，诊断为“${first}”，经治疗病情平稳，按医共体双向转诊`
        + `于${adm}下转我院继续治疗。`
      : `患者因“${doc.complaint}”于${adm}入住我院。`;
    const mark: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    const lab = doc.labs[0]?.rows[0];
    const day = addDays(doc.dates.admission, rng.int(1, Math.max(1, doc.stayDays - 2)));
    const rows: { label: string; lines: string[] }[] = [
      { label: '入院情况', lines: [`${story}既往史：${pastHistory(doc, rng)}。家族史：${kin(rng)}。`] },
      { label: '入院诊断', lines: listed(doc.dx.admission, mark) },
      { label: '诊疗经过', lines: [`入院后完善相关检查，予${doc.course}等治疗。${lab ? `${mdCn(day)}复查${lab.name}${lab.value}${lab.unit}。` : ''}`
        + `住院期间${down ? `${br.head}专家远程会诊1次，` : ''}病情逐渐好转。`] },
      { label: '出院诊断', lines: listed(doc.dx.western, mark) },
      { label: '出院情况', lines: ['神志清，精神可，饮食睡眠可，生命体征平稳，无明显不适，准予出院。'] },
      { label: '出院医嘱', lines: advice(doc) },
    ];
    s.diagnoses(doc.dx.western);
    const labelW = px(12) * 2.2;
    const cw = w - labelW - px(pt) * 1.6;
    const keep = [...doc.dx.admission, ...doc.dx.western].map((d) => d.text);
    const vl = st(bold.face, 12);
    let top = y + lh * 0.4;
    for (const r of rows) {
      const lines = r.lines.flatMap((t) => wrap(s, t, cw, f, { keep }));
      const h = Math.max(lines.length * lh + px(pt) * 1.2, verticalH(r.label, vl));
      s.rect(x0, top, labelW, h, 1.6);
      s.rect(x0 + labelW, top, w - labelW, h, 1.6);
      vertical(s, x0 + labelW / 2, top, top + h, r.label, vl);
      const first = top + (h - lines.length * lh) / 2 + lh * 0.7;
      lines.forEach((t, i) => s.put(x0 + labelW + px(pt) * 0.8, first + i * lh, t, f));
      top += h;
    }

    y = top + lh * 1.4;
    const sw = s.put(x0 + w * 0.5, y, '医师签名：', f);
    handwritten(s, x0 + w * 0.5 + sw + 8, y, doc.doctors.attending, pt * 1.3, rng);
    s.pair(x0 + w * 0.78, y, '上级医师：', doc.doctors.director, f);
    if (down) s.pair(x0 + 10, y, '总院指导专家：', physician(rng, [p.name, doc.doctors.attending, doc.doctors.director]), f);
    y += lh * 1.3;
    s.put(right, y, formatDate(doc.dates.discharge, rng.pick(['cn', 'cnShort'] as const)), { ...f, align: 'right' });
    if (rng.chance(0.5)) seal(s, right - 190, y - 40, 105, doc.hospital.name, '病案专用章', rng);
    const foot = st(f.face, 9, { color: '#555' });
    s.put(x0, 2236, `打印日期：${ymd(addDays(doc.dates.discharge, rng.int(1, 25)), 'loose')}`, foot);
    s.put(right, 2236, `${br.group}\u3000第1页/共1页`, { ...foot, align: 'right' });
  },
};
