import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { handwritten, seal } from '../marks';
import type { Cell, Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed } from './kit';
import { mobile } from './tune5-kit';
import { para } from './tune6-kit';
import { childAge, guardianOf } from './tune12-kit';
import { tickBoxes } from './tune19-kit';
import { ALL22, local22, nation22 } from './tune22-kit';

const KINDS = ['视力', '听力', '言语', '肢体', '智力', '孤独症'] as const;

/**
 * 残疾儿童康复救助 诊断评估表 of a county hospital's 儿童康复科 in Guangxi, Hainan, Qinghai, Xinjiang or 甘孜 / 阿坝 (the 残联's
 * form the hospital fills in and stamps): a number and the title, a ruled grid — 儿童姓名 (truth), 性别, 出生日期 (decoy), 民族,
 * 身份证号 (the child's, truth), then the 监护人 with 与儿童关系, the guardian's own 身份证号 (a valid decoy ID) and phone, the
 * 户籍地址; 残疾类别 as printed tick boxes; a 诊断 cell with the numbered diagnoses (counted), 首次诊断 months or years before
 * (decoy), an assessment with its scale scores, 康复建议 with a course 自…至… (decoys); the 评定医师's hand, the 评定机构's seal and
 * the 评定日期 (truth visitDate); a 监护人签字 line signed by the parent.
 */
export const tune22CertChildRehab: Layout = {
  id: 'tune22-cert-child-rehab',
  kind: 'certificate',
  split: 'tune',
  style: 'county hospital 儿童康复科 残疾儿童康复救助 诊断评估表 (a 残联 form): ruled grid of the child over the guardian, 残疾类别 tick '
    + 'boxes, diagnosis cell, assessment and 康复建议 prose, 评定日期 under the seal, 监护人签字; serif 11–12 pt',
  exercises: ['the child\'s 身份证号 (truth) above the guardian\'s (a valid decoy ID)', '出生日期 and 首次诊断 dates (decoys)',
    '残疾类别 tick boxes', 'numbered 诊断 in a grid cell (counted)', '康复 course 自…至… (decoy)', '评定日期 (truth visitDate)',
    'guardian signs by hand (not the patient)'],
  doc: (rng) => {
    const made = makeDoc(rng, { kind: 'certificate', keys: ['CHILD_DISABILITY_REHAB'], hospitals: ALL22, compoundSurnames: 0.03 });
    const d = local22(made, rng);
    // A child's list: the catalogue diagnosis, and now and then a child's other condition (not counted).
    const own = d.dx.western.filter((x) => x.key !== null);
    const other = rng.chance(0.5) ? [{ text: rng.pick(['癫痫', '营养不良', '共同性内斜视', '睡眠障碍']), key: null }] : [];
    return { ...d, dx: { ...d.dx, western: [...own, ...other] } };
  },
  draw(s, doc, rng) {
    s.ink = '#161616';
    const x0 = 130;
    const right = s.width - x0;
    const w = right - x0;
    const pt = rng.pick([11, 11.5, 12]);
    const f: Style = st('serif', pt);
    const b: Style = st('serifBold', pt);
    const lh = px(pt) * 1.8;
    const p = doc.patient;
    const g = guardianOf(doc, rng);
    const v = doc.dates.issue;
    const ds: DateStyle = rng.pick(['cn', 'cnShort', 'iso']);
    const dx = doc.dx.western;
    const said = dx.map((d) => d.text).join('');
    const kinds = [/瘫/u.test(said) ? '肢体' : '', /孤独/u.test(said) ? '孤独症' : '', /智力/u.test(said) ? '智力' : '',
      /孤独|智力/u.test(said) && rng.chance(0.5) ? '言语' : ''].filter((k) => k !== '');

    s.put(right, 120, `编号：${doc.hospital.phone.slice(0, 4)}-${doc.recordNo.slice(4)}`, st('serif', 10, { align: 'right' }));
    s.put(s.width / 2, 200, '残疾儿童康复救助', st('serifBold', 20, { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 275, '诊 断 评 估 表', st('serifBold', 20, { align: 'center', spacing: 8 }));
    s.put(x0, 340, `评定机构：${doc.hospital.name}（${doc.department}）`, f);

    const L = (text: string, cw: number): Cell => ({ text, w: cw, label: true });
    const V = (text: string, cw: number): Cell => ({ text, w: cw });
    const a = 200;
    const rest = (used: number): number => w - used;
    const rows: Cell[][] = [
      [L('儿童姓名', a), V(p.name, 260), L('性别', 120), V(p.sex, 120), L('出生日期', a), V(formatDate(p.birth, ds), rest(a + 260 + 240 + a))],
      [L('身份证号', a), V(p.idNumber, 580), L('民族', 120), V(nation22(doc, rng), 150), L('年龄', 120), V(childAge(p.birth, v), rest(a + 970))],
      [L('监护人', a), V(g.name, 260), L('与儿童关系', 240), V(g.relation, 150), L('联系电话', a), V(mobile(rng), rest(a + 650 + a))],
      [L('监护人身份证号', a + 80), V(g.id, rest(a + 80))],
      [L('户籍地址', a), V(doc.hospital.address.replace(/[^县市]+$/u, '') + rng.pick(['城关社区', '团结村', '新华村', '幸福社区']), rest(a))],
    ];
    const rh = px(pt) * 2.3;
    let y = s.grid(x0, 380, rh, rows, f, { shade: '#f1f1f1', label: b, border: 1.5 });
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: v });

    const boxTop = y;
    y += rh * 0.65;
    s.put(x0 + 20, y, '残疾类别：', b);
    tickBoxes(s, x0 + 20 + s.measure('残疾类别：', b), y, KINDS, kinds, f);
    y += lh * 1.2;
    s.put(x0 + 20, y, '诊断：', b);
    listed(dx, '1.').forEach((t, i) => s.put(x0 + 20 + s.measure('诊断：', b), y + i * lh, t, f));
    s.diagnoses(dx);
    y += lh * dx.length + lh * 0.2;
    const first = addDays(v, -rng.int(120, 900));
    const motor = /瘫/u.test(said);
    y = para(s, x0 + 20, y, w - 40, `首次诊断时间：${formatDate(first, ds)}。评估：${motor
      ? `GMFM-88评分${rng.int(28, 70)}分，粗大运动功能分级GMFCS ${rng.pick(['Ⅱ', 'Ⅲ', 'Ⅳ'])}级`
      : /孤独/u.test(said) ? `CARS评分${rng.int(32, 44)}分，Gesell发育量表DQ ${rng.int(45, 75)}`
        : `韦氏儿童智力量表IQ ${rng.int(38, 62)}，适应行为评定${rng.pick(['中度', '重度'])}缺陷`}。`, f, lh, { keep: [formatDate(first, ds)] });
    const start = addDays(v, rng.int(1, 10));
    const end = addDays(start, rng.pick([89, 179, 364]));
    y = para(s, x0 + 20, y + lh * 0.2, w - 40, `康复建议：${motor ? '运动疗法、作业疗法、矫形器适配' : '言语训练、认知及行为干预'}，`
      + `建议康复训练期限自${formatDate(start, ds)}至${formatDate(end, ds)}。`, f, lh, { keep: [formatDate(start, ds), formatDate(end, ds)] });
    y += lh * 0.6;
    s.put(x0 + 20, y, '评定医师：', b);
    handwritten(s, x0 + 20 + s.measure('评定医师：', b) + 10, y, doc.doctors.attending, pt + 2, rng);
    y += lh * 1.4;
    s.put(right - 40, y, `评定日期：${formatDate(v, ds)}`, { ...f, align: 'right' });
    seal(s, right - 260, y - lh * 0.8, 118, doc.hospital.name, '诊断证明专用章', rng);
    y += lh * 0.9;
    s.rect(x0, boxTop, w, y - boxTop, 1.5);

    y += lh * 1.2;
    s.put(x0, y, '监护人签字：', b);
    handwritten(s, x0 + s.measure('监护人签字：', b) + 10, y, g.name, pt + 2, rng);
    y += lh * 1.6;
    const top2 = y - lh * 0.8;
    s.put(x0 + 20, y, '县（市）残联审核意见：', b);
    y += lh * 3;
    s.put(x0 + w * 0.45, y, '审核人：', b);
    s.line(x0 + w * 0.45 + s.measure('审核人：', b), y + 8, x0 + w * 0.7, y + 8, 1);
    s.put(right - 40, y, '年\u3000\u3000月\u3000\u3000日', { ...f, align: 'right' });
    y += lh * 0.9;
    s.rect(x0, top2, w, y - top2, 1.5);
    y += lh * 1.1;
    s.put(x0, y, '注：本表一式三份，评定机构、县残联、监护人各执一份；涂改无效。', st('serif', pt - 2, { color: '#444' }));
  },
};
