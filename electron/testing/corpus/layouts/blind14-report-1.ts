import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten } from '../marks';
import type { Cell, Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { para, settled, suited } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { spread } from './tune18-kit';
import { fundus, HAINAN14, localB14, QINGHAI14 } from './blind14-kit';

const KEYS: readonly DiseaseKey[] = ['DIABETES'];

/** DR stages as the screening programme grades them (0 none … 3 severe non-proliferative). */
const STAGE = ['无明显糖尿病视网膜病变（R0）', '轻度非增殖期（R1）', '中度非增殖期（R2）', '重度非增殖期（R3）'];
const SHORT = ['未见明显DR', '轻度NPDR', '中度NPDR', '重度NPDR'];

/**
 * 糖尿病视网膜病变筛查报告 of a Hainan or Qinghai county hospital's 眼科 (non-mydriatic fundus photography, AI-assisted): centred
 * letterhead, a borderless header spread across the page between rules (姓名, 身份证号 — truth; 检查号, 送检科室), a 临床诊断 line
 * (counted), 糖尿病病程 and the camera, two colour fundus photographs (OD / OS) with microaneurysms, haemorrhages and exudates as
 * graded, a bordered grading table, the AI result and 诊断意见 naming the retinopathy (the clinical diagnoses are the truth), a
 * 复查 month (not a date); 检查日期 (not truth) and 报告日期 (truth) by the signatures.
 */
export const blind14Report1: Layout = {
  id: 'blind14-report-1',
  kind: 'report',
  split: 'blind',
  style: 'Hainan / Qinghai county hospital 眼科 糖尿病视网膜病变筛查报告: centred letterhead, borderless spread header between rules, '
    + 'two colour fundus photographs, bordered grading table, AI result, sans or light sans 10.5–11 pt',
  exercises: ['姓名 / 身份证号 in a borderless header spread across the page (truth)', '临床诊断 on its own line (counted)',
    'fundus photographs OD / OS (not text)', 'grading table and 诊断意见 naming the retinopathy (not the clinical diagnoses)',
    '糖尿病病程 in years and a 复查 month (not dates)', '检查日期 before or on 报告日期 (truth = 报告日期)'],
  doc: (rng) => localB14(countyWords(settled(suited(makeDoc(rng, { kind: 'report', keys: KEYS, hospitals: [...HAINAN14, ...QINGHAI14],
    compoundSurnames: 0.06 }))), rng, { outside: 0.2, near: 0.1, avoid: /急性|不稳定/u }), rng),
  draw(s, doc, rng) {
    s.ink = '#161616';
    const x0 = 120;
    const right = s.width - x0;
    const w = right - x0;
    const pt = rng.pick([10.5, 11]);
    const f: Style = st(rng.pick(['sans', 'sansLight'] as const), pt);
    const b: Style = st('sansMedium', pt);
    const lh = px(pt) * 1.65;
    const p = doc.patient;

    s.put(s.width / 2, 140, doc.hospital.name, st('serifBold', 19, { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 215, '糖尿病视网膜病变筛查报告', st('sansBold', 15, { align: 'center', spacing: 2 }));
    s.put(s.width / 2, 262, '（免散瞳眼底彩色照相）', st('sans', 10, { align: 'center', color: '#444' }));
    let y = 340;
    s.line(x0, y - lh * 0.9, right, y - lh * 0.9, 2);
    spread(s, x0, right, y, [['姓名：', p.name], ['性别：', p.sex], ['年龄：', `${p.age}岁`], ['检查号：', `FP${doc.recordNo.slice(2)}`]], b, f);
    y += lh;
    spread(s, x0, right, y, [['身份证号：', p.idNumber], ['送检科室：', rng.pick(['内分泌科', '眼科', '全科医学科', doc.department])],
      ['申请医生：', doc.doctors.attending]], b, f);
    y += lh;
    const dxText = doc.dx.western.map((d) => d.text).join('；');
    y = para(s, x0, y, w, `临床诊断：${dxText}`, f, lh, { keep: doc.dx.western.map((d) => d.text) });
    s.diagnoses(doc.dx.western);
    const camera = rng.pick(['Topcon TRC-NW400', 'Canon CR-2 AF', 'Kowa nonmyd WX3D']);
    spread(s, x0, right, y, [['糖尿病病程：', `${rng.int(2, 18)}年`], ['检查设备：', camera], ['散瞳：', '否']], b, f);
    s.line(x0, y + lh * 0.55, right, y + lh * 0.55, 2);
    s.note({ name: p.name, idNumber: p.idNumber, reportDate: doc.dates.report });
    y += lh * 1.8;

    const roll = rng.next();
    const od = roll < 0.4 ? 0 : roll < 0.7 ? 1 : roll < 0.9 ? 2 : 3;
    const os = Math.max(0, Math.min(3, od + rng.pick([-1, 0, 0, 1])));
    const size = 620;
    const gap = w - 2 * size;
    [['右眼（OD）', 'OD', od], ['左眼（OS）', 'OS', os]].forEach(([label, eye, grade], i) => {
      const ix = x0 + i * (size + gap);
      s.put(ix + size / 2, y, String(label), st('sansMedium', 10.5, { align: 'center' }));
      fundus(s, ix, y + 24, size, eye as 'OD' | 'OS', Number(grade), rng);
    });
    y += size + 24 + lh * 1.5;

    const hi = doc.dx.keys.includes('HYPERTENSION');
    const other = (g: number): string => (hi && rng.chance(0.6) ? '动静脉交叉压迫征' : g >= 2 ? '黄斑区散在硬性渗出' : '视盘界清，色可');
    const cw = [w * 0.12, w * 0.14, w * 0.3, w * 0.14, w * 0.3];
    const c = (text: string, i: number, label = false): Cell => ({ text, w: cw[i] ?? 100, label });
    const quality = (): string => rng.pick(['合格', '合格', '合格', '尚可']);
    y = s.grid(x0, y - lh * 0.6, lh * 1.2, [
      ['眼别', '图像质量', 'DR分期', '黄斑水肿', '其他所见'].map((t, i) => c(t, i, true)),
      [c('右眼', 0), c(quality(), 1), c(STAGE[od] ?? '', 2), c(od >= 3 && rng.chance(0.5) ? '可疑' : '无', 3), c(other(od), 4)],
      [c('左眼', 0), c(quality(), 1), c(STAGE[os] ?? '', 2), c(os >= 3 && rng.chance(0.5) ? '可疑' : '无', 3), c(other(os), 4)],
    ], st(f.face, pt - 0.5), { shade: '#eeeeee', label: st('sansMedium', pt - 0.5), border: 1.2 }) + lh * 1.2;

    const worst = Math.max(od, os);
    s.put(x0, y, `AI辅助分析：右眼${SHORT[od] ?? ''}，左眼${SHORT[os] ?? ''}${worst >= 2 ? '，建议转诊眼科' : ''}（结果仅供参考，以医师阅片为准）`,
      st(f.face, pt - 0.5, { color: '#333' }));
    y += lh * 1.4;
    s.put(x0, y, '诊断意见：', st('sansBold', pt + 0.5));
    y += lh * 1.1;
    const says = worst === 0 ? '双眼未见明显糖尿病视网膜病变' : od === os ? `双眼糖尿病视网膜病变，${STAGE[od] ?? ''}`
      : `右眼${od === 0 ? '未见明显糖尿病视网膜病变' : `糖尿病视网膜病变，${STAGE[od] ?? ''}`}；左眼${os === 0 ? '未见明显糖尿病视网膜病变'
        : `糖尿病视网膜病变，${STAGE[os] ?? ''}`}`;
    y = para(s, x0 + px(pt) * 2, y, w - px(pt) * 2, `1.${says}。`, b, lh);
    const later = addDays(doc.dates.report, worst === 0 ? 365 : worst === 1 ? 180 : 90);
    y = para(s, x0 + px(pt) * 2, y, w - px(pt) * 2, `2.${worst >= 2 ? '建议眼科专科进一步检查（OCT、FFA）；' : ''}控制血糖、血压、血脂，`
      + `${later.slice(0, 4)}年${Number(later.slice(5, 7))}月复查眼底。`, f, lh);

    const fy = Math.max(y + lh * 1.5, 2010);
    s.line(x0, fy - lh * 0.9, right, fy - lh * 0.9, 1.2);
    s.pair(x0, fy, '检查日期：', formatDate(doc.dates.sample, 'iso'), b, f);
    s.pair(x0 + w * 0.5, fy, '报告日期：', formatDate(doc.dates.report, rng.pick(['iso', 'isoTime', 'cn'] as const), doc.times.report), b, f);
    const rw = s.put(x0, fy + lh * 1.5, '阅片医师：', b);
    handwritten(s, x0 + rw + 10, fy + lh * 1.5, doc.doctors.resident, pt * 1.3, rng);
    s.pair(x0 + w * 0.5, fy + lh * 1.5, '审核医师：', doc.doctors.director, b, f);
    s.put(x0, fy + lh * 2.9, '注：本报告为筛查结果，不能替代眼科全面检查；如视力突然下降请及时就诊。', st('sans', 8.5, { color: '#444' }));
  },
};
