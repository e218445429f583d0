import { makeDoc } from '../case';
import { formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten } from '../marks';
import type { Cell } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { para, suited } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { local11, PLACES11, relative11 } from './blind11-kit';

const KEYS: readonly DiseaseKey[] = ['CORONARY_HEART_DISEASE', 'CORONARY_HEART_DISEASE', 'POST_ARTERIAL_STENT_ANTICOAGULATION'];

const VESSELS = [['LM', '左主干'], ['LAD', '前降支'], ['LCX', '回旋支'], ['RCA', '右冠状动脉']] as const;

/**
 * 心导管室 冠状动脉造影（CAG）及 PCI 报告 of a city or county hospital (Chongqing, Hubei, Hunan, Jiangxi, Guangxi, Xinjiang …):
 * centred title over a double rule, a bordered header grid (住院号, 病区床号, 手术日期 — decoy, the day of the procedure — and
 * 术者 / 助手 / 护士, other people's names), 临床诊断 (counted), a schematic of the coronary tree with the lesions marked,
 * a per-vessel table, 手术经过 prose, 结论, and 报告日期 beside the operator's handwriting (truth). No ID printed.
 */
export const blind11Report2: Layout = {
  id: 'blind11-report-2',
  kind: 'report',
  split: 'blind',
  style: 'City / county 心导管室 冠状动脉造影及介入治疗报告: double rule, bordered header grid with 手术日期 and the team, coronary tree '
    + 'schematic, per-vessel table, sans or serif 10–11 pt, no ID',
  exercises: ['手术日期 in the header (decoy)', '术者 / 助手 / 护士 names (decoys)', '临床诊断 (counted)', 'coronary schematic',
    '病变 table', '报告日期 at the signature (truth)', 'no ID'],
  doc: (rng) => countyWords(suited(local11(makeDoc(rng, { kind: 'report', keys: KEYS, hospitals: PLACES11, compoundSurnames: 0.05 }),
    rng)), rng, { outside: 0.2, near: 0.1, avoid: /陈旧性|缺血性心肌病/u }),
  draw(s, doc, rng) {
    const x0 = 115;
    const x1 = s.width - 115;
    const w = x1 - x0;
    const serif = rng.chance(0.4);
    const pt = rng.pick([10, 10.5, 11]);
    const f = st(serif ? 'serif' : 'sans', pt);
    const b = st(serif ? 'serifBold' : 'sansMedium', pt);
    const lh = px(pt) * 1.6;
    const rowH = px(pt) * 2.1;
    const p = doc.patient;

    s.put(s.width / 2, 140, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 19, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 210, '冠状动脉造影及介入治疗报告', st(serif ? 'serifBold' : 'sansBold', 16, { align: 'center', spacing: 2 }));
    s.line(x0, 240, x1, 240, 3);
    s.line(x0, 248, x1, 248, 1);
    const L = (t: string, cw: number): Cell => ({ text: t, w: cw, label: true });
    const V = (t: string, cw: number): Cell => ({ text: t, w: cw });
    const u = w / 8;
    const ds: DateStyle = rng.pick(['iso', 'cn', 'isoTime'] as const);
    const nurse = relative11(doc, rng).name.replace(/^./u, rng.pick(['陈', '龙', '吴', '田']));
    let y = s.grid(x0, 275, rowH, [
      [L('姓名', u * 0.8), V(p.name, u * 1.2), L('性别', u * 0.8), V(p.sex, u * 0.7), L('年龄', u * 0.8), V(`${p.age}岁`, u * 0.9),
        L('住院号', u), V(doc.recordNo, u * 1.8)],
      [L('病区', u * 0.8), V(`${doc.department}`, u * 1.2), L('床号', u * 0.8), V(doc.bed, u * 0.7), L('手术日期', u * 1.2),
        V(formatDate(doc.dates.sample, ds, doc.times.sample), u * 3.3)],
      [L('术者', u * 0.8), V(doc.doctors.director, u * 1.2), L('助手', u * 0.8), V(doc.doctors.resident, u * 1.5), L('护士', u * 0.8),
        V(nurse === p.name ? '田小红' : nurse, u * 1.2), L('入路', u * 0.7), V(rng.pick(['右桡动脉', '左桡动脉', '右股动脉']), u * 1.0)],
    ], f, { shade: '#efefef', label: b, border: 1.3 });
    s.note({ name: p.name, idNumber: null, reportDate: doc.dates.report });
    s.diagnoses(doc.dx.western);
    y = para(s, x0, y + lh * 1.1, w, `临床诊断：${doc.dx.western.map((x) => x.text).join('，')}`, f, lh) + lh * 0.4;

    const stent = doc.dx.keys.includes('POST_ARTERIAL_STENT_ANTICOAGULATION');
    const stenosis = VESSELS.map((_, i) => (i === 0 ? rng.pick([0, 0, 30]) : rng.pick([0, 30, 50, 70, 80, 90, 95])));
    if (Math.max(...stenosis) < 70) stenosis[1] = rng.pick([75, 85, 90]);
    // The tree: left main splitting into LAD and LCX on the left half, RCA on the right half. Not text.
    const g = s.g;
    const [tx, ty, th] = [x0 + 40, y, 420];
    g.save();
    g.strokeStyle = '#333';
    g.lineCap = 'round';
    const branch = (pts: number[], width: number): void => {
      g.lineWidth = width;
      g.beginPath();
      const [a = 0, b1 = 0, c = 0, d = 0, e = 0, k = 0, m = 0, n = 0] = pts;
      g.moveTo(tx + a, ty + b1);
      g.bezierCurveTo(tx + c, ty + d, tx + e, ty + k, tx + m, ty + n);
      g.stroke();
    };
    branch([160, 40, 190, 60, 210, 70, 230, 90], 9);
    branch([230, 90, 300, 160, 360, 280, 400, th - 20], 7);
    branch([230, 90, 180, 170, 140, 260, 90, th - 40], 6);
    branch([300, 160, 330, 200, 380, 210, 430, 230], 3);
    branch([520, 60, 620, 50, 690, 180, 660, th - 30], 8);
    g.restore();
    const mark = (x: number, yy: number, label: string, pct: number, left = false): void => {
      if (pct > 0) {
        g.fillStyle = '#c0282d';
        g.fillRect(tx + x - 9, ty + yy - 9, 18, 18);
      }
      const text = pct > 0 ? `${label} ${pct}%` : label;
      s.put(tx + x + (left ? -18 : 18), ty + yy + 8, text, st('sans', 9, { color: '#333', align: left ? 'right' : 'left' }));
    };
    mark(170, 40, VESSELS[0][0], stenosis[0] ?? 0);
    mark(340, 240, VESSELS[1][0], stenosis[1] ?? 0);
    mark(150, 290, VESSELS[2][0], stenosis[2] ?? 0);
    mark(676, 200, VESSELS[3][0], stenosis[3] ?? 0, true);

    const tableX = x0 + w * 0.56;
    const tw = w * 0.44;
    s.grid(tableX, ty, rowH, [
      [L('血管', tw * 0.3), L('狭窄程度', tw * 0.3), L('TIMI血流', tw * 0.4)],
      ...VESSELS.map(([, cn], i) => [V(cn, tw * 0.3), V((stenosis[i] ?? 0) === 0 ? '未见狭窄' : `${stenosis[i]}%`, tw * 0.3),
        V(`${(stenosis[i] ?? 0) >= 95 ? 2 : 3}级`, tw * 0.4)]),
    ], st(f.face, pt - 0.5), { shade: '#efefef', label: b, border: 1.2 });
    y = ty + th + lh;

    const worst = stenosis.indexOf(Math.max(...stenosis));
    const worstName = VESSELS[worst]?.[1] ?? '前降支';
    const placed = (stenosis[worst] ?? 0) >= 70;
    s.put(x0, y, '手术经过：', b);
    y = para(s, x0, y + lh, w, `常规消毒铺巾，局麻下穿刺成功后置入6F鞘管，行左、右冠状动脉造影。${stent ? '原支架内未见明显再狭窄。' : ''}`
      + `${placed ? `${worstName}病变处预扩张后植入${rng.pick(['2.75×24mm', '3.0×18mm', '3.5×29mm'])}药物洗脱支架1枚，复查造影残余狭窄<10%，`
        + 'TIMI血流3级。' : '病变未达介入指征，建议药物治疗。'}术程顺利，患者安返病房。`, f, lh, { indent: px(pt) * 2 }) + lh * 0.3;
    s.put(x0, y, '结论：', b);
    y = para(s, x0, y + lh, w, `冠状动脉粥样硬化，${worstName}${stenosis[worst]}%狭窄${placed ? `，${worstName}PCI术` : ''}。术后双联抗血小板`
      + '治疗至少12个月，监测穿刺部位。', f, lh, { indent: px(pt) * 2 });

    const fy = Math.max(y + lh * 2.2, 2000);
    const sw = s.put(x0, fy, '报告医师：', f);
    handwritten(s, x0 + sw + 10, fy, doc.doctors.director, pt * 1.3, rng);
    s.put(x1, fy, `报告日期：${formatDate(doc.dates.report, rng.pick(['cn', 'iso', 'slashTime'] as const), doc.times.report)}`,
      { ...f, align: 'right' });
  },
};
