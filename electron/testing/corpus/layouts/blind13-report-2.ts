import { makeDoc } from '../case';
import { formatDate } from '../dates';
import type { DiseaseKey, Dx } from '../diseases';
import { handwritten, logo } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed } from './kit';
import { para, suited } from './tune6-kit';
import { countyWords, WORDS } from './tune10-kit';
import { angiogram, coronaryTree, HAINAN13, local13, PLATEAU13, SHANGHAI13, XINJIANG13 } from './blind13-kit';

const KEYS: readonly DiseaseKey[] = ['CORONARY_HEART_DISEASE', 'CORONARY_HEART_DISEASE', 'POST_ARTERIAL_STENT_ANTICOAGULATION'];

/**
 * 冠状动脉造影及介入治疗报告 of a 心导管室 in Xinjiang, Qinghai, Tibet, Hainan or Shanghai: logo letterhead, a bordered grid
 * (姓名 — truth —, 身份证号 — truth —, 住院号, 病区, 手术日期 the day of the procedure, 术者 and 助手 — other names), 临床诊断
 * numbered in the grid's last row (truth; a stented patient's always names the coronary disease too), the procedure's data
 * (入路, 导管, 造影剂, 透视时间, 肝素), a sketch of the coronary tree with the lesions and stents beside the findings artery by
 * artery, 介入治疗 and 造影结论 naming the disease again (prose, not the truth list), 术后医嘱, and the 报告日期 (truth) with
 * the operator's handwritten name.
 */
export const blind13Report2: Layout = {
  id: 'blind13-report-2',
  kind: 'report',
  split: 'blind',
  style: 'Xinjiang / Qinghai / Tibet / Hainan / Shanghai 心导管室 冠状动脉造影及介入治疗报告: logo letterhead, bordered grid with 临床诊断, '
    + 'procedure data lines, coronary tree sketch beside the per-artery findings, 报告日期 with the operator\'s signature, '
    + 'sans or serif 10–11 pt',
  exercises: ['手术日期 in the grid (the same day or days before the 报告日期: truth = 报告日期)', '术者 / 助手 / 记录者 names beside the patient',
    '临床诊断 numbered in the grid (truth)', 'LAD / LCX / RCA findings with % and TIMI grades', 'stent brand and size 3.0×29mm',
    '造影结论 naming the disease in prose (not the truth list)', 'a sketch with labels read as a block'],
  doc: (rng) => {
    const d = local13(suited(countyWords(makeDoc(rng, { kind: 'report', keys: KEYS,
      hospitals: [...XINJIANG13, ...PLATEAU13, ...HAINAN13, ...SHANGHAI13] }), rng, { outside: 0.1, near: 0, avoid: /下肢|瓣/u })), rng);
    if (d.dx.keys.includes('CORONARY_HEART_DISEASE')) return d;
    // A stented patient comes back for his coronary disease: it is named beside the stent.
    const chd: Dx = { text: rng.pick(WORDS.CORONARY_HEART_DISEASE.slice(0, 4))[0], key: 'CORONARY_HEART_DISEASE' };
    return { ...d, dx: { ...d.dx, keys: [...d.dx.keys, 'CORONARY_HEART_DISEASE'], western: [chd, ...d.dx.western] } };
  },
  draw(s, doc, rng) {
    const x0 = 120;
    const right = s.width - 120;
    const w = right - x0;
    const serif = rng.chance(0.4);
    const pt = rng.pick([10, 10.5, 11]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifSemi' : 'sansMedium', pt);
    const lh = px(pt) * 1.6;
    const tone = rng.pick(['#9b1c2e', '#1d4f91', '#333333']);
    const p = doc.patient;

    logo(s, x0 + 46, 132, 44, tone, rng.pick(['cross', 'ring', 'shield'] as const));
    s.put(x0 + 112, 132, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 18, { color: tone, spacing: 2 }));
    s.put(x0 + 112, 178, rng.pick(['心血管内科 导管室', '心脏介入中心', '心内科 介入诊疗室']), st(f.face, 10.5, { color: '#444' }));
    s.put(s.width / 2, 262, rng.pick(['冠状动脉造影及介入治疗报告', '心血管介入诊疗报告', '冠状动脉造影+PCI手术报告']),
      st(serif ? 'serifBold' : 'sansBold', 16, { align: 'center', spacing: 2 }));

    const c = (text: string, k: number, label = false) => ({ text, w: w * k, label });
    const rowH = lh * 1.35;
    const day = formatDate(doc.dates.sample, rng.pick(['iso', 'cn', 'slash'] as const));
    let y = s.grid(x0, 300, rowH, [
      [c('姓名', 0.1, true), c(p.name, 0.17), c('性别', 0.09, true), c(p.sex, 0.08), c('年龄', 0.09, true), c(`${p.age}岁`, 0.1),
        c('住院号', 0.11, true), c(doc.recordNo, 0.26)],
      [c('身份证号', 0.1, true), c(p.idNumber, 0.3), c('病区', 0.08, true), c(`${doc.department} ${doc.bed}床`, 0.2),
        c('手术日期', 0.11, true), c(day, 0.21)],
      [c('术者', 0.1, true), c(doc.doctors.director, 0.17), c('助手', 0.09, true), c(doc.doctors.resident, 0.18),
        c('记录者', 0.09, true), c(doc.doctors.checker, 0.11), c('器械护士', 0.11, true), c(doc.doctors.attending, 0.15)],
    ], f, { label: b, shade: '#f0f0f0', border: 1.2 });
    const dxLines = listed(doc.dx.western, '1.');
    const dxH = Math.max(rowH, dxLines.length * lh + lh * 0.6);
    s.rect(x0, y, w * 0.1, dxH, 1.2);
    s.g.fillStyle = '#f0f0f0';
    s.g.fillRect(x0 + 1, y + 1, w * 0.1 - 2, dxH - 2);
    s.rect(x0 + w * 0.1, y, w * 0.9, dxH, 1.2);
    s.put(x0 + w * 0.05, y + lh * 0.95, '临床诊断', { ...b, align: 'center' });
    dxLines.forEach((t, i) => s.put(x0 + w * 0.1 + 14, y + lh * (0.95 + i), t, f));
    s.diagnoses(doc.dx.western);
    s.note({ name: p.name, idNumber: p.idNumber, reportDate: doc.dates.report });
    y += dxH + lh * 1.3;

    const cag = angiogram(doc, rng);
    const info = [`穿刺入路：${rng.pick(['右桡动脉', '左桡动脉', '右股动脉'])}，${rng.pick(['6F', '5F'])}鞘管；造影导管：TIG ${rng.pick(['5F', '6F'])}`
      + `${rng.pick(['，JL3.5/JR4.0', ''])}；指引导管：EBU ${rng.pick(['3.5', '3.75'])} 6F。`,
    `造影剂：${rng.pick(['碘克沙醇', '碘帕醇', '碘佛醇'])} ${rng.int(80, 220)}ml；透视时间：${rng.int(6, 28)}分${rng.int(0, 59)}秒；`
      + `肝素：${rng.pick(['5000', '6000', '7000'])}U。`];
    for (const t of info) y = para(s, x0, y, w, t, f, lh);
    y += lh * 0.6;

    s.put(x0, y, '造影所见：', b);
    const top = y + lh * 0.5;
    const sketch = 430;
    coronaryTree(s, x0, top, sketch, sketch * 1.05, cag.lesions, st('sans', 9));
    let ty = y + lh * 1.3;
    s.put(x0 + sketch + 40, y, `冠脉分布：${rng.pick(['右优势型', '右优势型', '均衡型', '左优势型'])}`, f);
    for (const t of cag.lines) ty = para(s, x0 + sketch + 40, ty, w - sketch - 40, t, f, lh) + lh * 0.2;
    y = Math.max(ty, top + sketch * 1.05 + lh) + lh * 0.4;

    const section = (label: string, text: string): void => {
      s.put(x0, y, label, b);
      y = para(s, x0, y, w, text, f, lh, { indent: s.measure(label, b) }) + lh * 0.35;
    };
    section('介入治疗：', cag.summary);
    const vessels = cag.lesions.filter((l) => l.narrowing >= 50).length;
    section('造影结论：', `冠状动脉粥样硬化性心脏病，${['', '单支', '双支', '三支'][Math.min(3, vessels)] ?? ''}病变`
      + `${cag.earlier ? '；原支架通畅' : ''}${cag.lesions.some((l) => l.stent) ? '，PCI术成功' : ''}。`);
    section('术后医嘱：', `${cag.lesions.some((l) => l.stent) ? '阿司匹林100mg qd联合替格瑞洛90mg bid双联抗血小板治疗至少12个月；' : ''}`
      + `强化他汀调脂；${rng.pick(['桡动脉压迫器6小时后逐步减压', '穿刺处加压包扎，右下肢制动12小时'])}；监测血压、心率及心电图变化。`);

    const by = Math.max(y + lh * 1.5, 1980);
    const sw = s.put(x0, by, '术者签名：', f);
    handwritten(s, x0 + sw + 8, by, doc.doctors.director, pt * 1.3, rng);
    s.pair(x0 + w * 0.36, by, '报告医师：', doc.doctors.resident, f);
    s.pair(x0 + w * 0.66, by, '报告日期：', formatDate(doc.dates.report, rng.pick(['iso', 'cn', 'isoTime'] as const), doc.times.report), f);
  },
};
