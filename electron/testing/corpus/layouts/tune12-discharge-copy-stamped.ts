import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, seal } from '../marks';
import { physician } from '../people';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, pastHistory, type Mark } from './kit';
import { copierEdges } from './tune3-kit';
import { handWidth } from './tune4-kit';
import { para, suited } from './tune6-kit';
import { countyWords, kin } from './tune10-kit';
import { mdCn } from './tune11-kit';
import { COUNTY12, TOWN12, townWard } from './tune12-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE'];
const SMALL = COUNTY12.filter((x) => /第二|新华/u.test(x.name));
const EARLIER = ['肺部感染', '急性支气管炎', '腰椎间盘突出症', '急性胃肠炎', '带状疱疹'];

/**
 * 出院小结 of a township 卫生院 or a county 二院, typed in a Word template and handed over as a certified photocopy: label
 * lines with 身份证号 and the stay (truth), run-in sections with an earlier stay in this hospital (a date that is not
 * truth), 入院诊断 inline (superseded), 出院诊断 one per line (counted), the doctor's signature with the day of discharge,
 * and in red the 病案室's copy stamp — 此复印件与原件相符 with a handwritten 复印日期 weeks later, the clerk and the
 * relative who asked for it (names that are not the patient's) — under the round 病案复印专用章.
 */
export const tune12DischargeCopyStamped: Layout = {
  id: 'tune12-discharge-copy-stamped',
  kind: 'discharge',
  split: 'tune',
  style: 'Liaocheng township 卫生院 / county 二院 出院小结 from a Word template, 宋体 or sans 11–12 pt label lines and run-in sections, '
    + 'handed in as a certified photocopy: red 与原件相符 box with handwritten copy date and names, 病案复印专用章',
  exercises: ['姓名 … 科室 and 身份证号 on label lines; 入院日期 / 出院日期 / 住院天数 on one line (truth)',
    '曾于2023年5月12日因“肺部感染”在我院住院 (an earlier stay, not truth)', '入院诊断 inline (superseded, not counted)',
    '出院诊断 one per line (counted)', '复印日期 handwritten in the red copy box (not truth); 经办人 and 复印申请人（家属） names (not the patient)',
    'grey photocopy paper, toner edge on some pages'],
  doc: (rng) => townWard(countyWords(suited(makeDoc(rng, { kind: 'discharge', keys: KEYS, hospitals: [...TOWN12, ...SMALL],
    compoundSurnames: 0.1 })), rng, { outside: 0.25, near: 0.15 }), rng),
  draw(s, doc, rng) {
    if (rng.chance(0.5)) copierEdges(s, rng);
    else {
      s.g.fillStyle = '#f2f2ef';
      s.g.fillRect(0, 0, s.width, s.height);
    }
    s.ink = '#1c1c1c';
    const x0 = 150;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.65);
    const pt = rng.pick([11, 11.5, 12]);
    const f = st(serif ? 'serif' : 'sans', pt);
    const b = st(serif ? 'serifBold' : 'sansBold', pt);
    const lh = px(pt) * 1.75;
    const p = doc.patient;

    s.put(s.width / 2, 170, doc.hospital.name, st(b.face, 18, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 250, rng.pick(['出 院 小 结', '出院小结', '出 院 记 录']), st(b.face, 17, { align: 'center', spacing: 6 }));
    s.put(right, 320, `住院号：${doc.recordNo.slice(2)}`, { ...f, align: 'right' });
    const ds: DateStyle = rng.pick(['cn', 'cnShort', 'iso', 'dotPad'] as const);
    const stops = [x0, x0 + w * 0.3, x0 + w * 0.52, x0 + w * 0.74];
    let y = 400;
    [['姓名：', p.name], ['性别：', p.sex], ['年龄：', `${p.age}岁`], ['科室：', doc.department]]
      .forEach(([l, v], i) => s.pair(stops[i] ?? x0, y, l ?? '', v ?? '', f));
    y += lh;
    s.pair(x0, y, '身份证号：', p.idNumber, f);
    s.pair(stops[2] ?? x0, y, '床号：', `${doc.bed}床`, f);
    y += lh;
    const adm = formatDate(doc.dates.admission, ds);
    const dis = formatDate(doc.dates.discharge, ds);
    const aw = s.pair(x0, y, '入院日期：', adm, f);
    const dw = s.pair(x0 + aw + px(pt) * 2, y, '出院日期：', dis, f);
    s.pair(x0 + aw + dw + px(pt) * 4, y, '住院天数：', `${doc.stayDays}天`, f);
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    y += lh * 0.6;
    s.line(x0, y, right, y, 1.6);
    y += lh * 1.2;

    const how: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    const earlier = addDays(doc.dates.admission, -rng.int(200, 1100));
    const then = formatDate(earlier, rng.pick(['cnShort', 'cn'] as const));
    const before = `${then}曾因“${rng.pick(EARLIER)}”在我院住院治疗`;
    const day = addDays(doc.dates.admission, rng.int(1, Math.max(1, doc.stayDays - 2)));
    const run = (label: string, text: string, keep: readonly string[] = []): void => {
      const lw = s.put(x0, y, label, b);
      y = para(s, x0, y, w, text, f, lh, { indent: lw, keep }) + lh * 0.25;
    };
    run('入院情况：', `患者因“${doc.complaint}”入院。既往史：${pastHistory(doc, rng)}；${before}。家族史：${kin(rng)}。`, [then]);
    run('入院诊断：', listed(doc.dx.admission, how).join('  '), doc.dx.admission.map((d) => d.text));
    const lab = doc.labs[0]?.rows[0];
    run('诊疗经过：', `入院后予${doc.course}等治疗。${lab ? `${mdCn(day)}复查${lab.name}${lab.value}${lab.unit}。` : ''}`
      + '经治疗患者症状明显好转。', [mdCn(day)]);
    s.put(x0, y, '出院诊断：', b);
    listed(doc.dx.western, how).forEach((t, i) => s.put(x0 + s.measure('出院诊断：', b), y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += lh * (doc.dx.western.length + 0.25);
    run('出院情况：', '神志清，精神可，饮食睡眠可，无明显不适。');
    const up = rng.chance(0.35) ? '；病情变化及时转上级医院（聊城市人民医院）诊治' : '';
    run('出院医嘱：', `继续口服${doc.medicines.slice(0, 2).join('、')}，规律监测血压血糖，门诊随诊${up}。`, doc.medicines);

    y += lh * 0.8;
    const sx = x0 + w * 0.5;
    const lw = s.put(sx, y, '医师签名：', f);
    handwritten(s, sx + lw + 10, y, doc.doctors.attending, pt * 1.25, rng);
    y += lh * 1.2;
    s.put(sx, y, formatDate(doc.dates.discharge, rng.pick(['cn', 'cnShort'] as const)), f);

    // The copy stamp of the 病案室: a red box with two blanks filled in ballpoint, and the round seal half over it.
    const red = `rgb(${rng.int(196, 222)}, ${rng.int(30, 50)}, ${rng.int(40, 60)})`;
    const rs = st('serifBold', 11, { color: red });
    const bx = x0 + rng.range(0, w * 0.12);
    const by = Math.max(y + lh * 1.3, 1780);
    const copyDay = formatDate(addDays(doc.dates.discharge, rng.int(6, 70)), rng.pick(['dot', 'cnShort'] as const));
    const [asker, clerk] = [physician(rng, [p.name]), physician(rng, [p.name])];
    const bw = Math.max(560, s.measure('复印日期：', rs) + handWidth(s, copyDay, 12) + 60);
    s.rect(bx, by, bw, 210, 4, red);
    s.put(bx + bw / 2, by + 58, '此复印件与原件相符', { ...rs, align: 'center', spacing: 4 });
    const cw = s.put(bx + 30, by + 122, '复印日期：', rs);
    handwritten(s, bx + 30 + cw + 8, by + 122, copyDay, 12, rng);
    const ew = s.put(bx + 30, by + 182, '经办人：', rs);
    handwritten(s, bx + 30 + ew + 8, by + 182, clerk, 12, rng);
    seal(s, bx + bw + rng.range(-20, 60), by + rng.range(60, 140), rng.range(115, 130), doc.hospital.name, '病案复印专用章', rng);
    if (rng.chance(0.6)) {
      const aw2 = s.put(right - w * 0.38, by + 182, '复印申请人：', f);
      handwritten(s, right - w * 0.38 + aw2 + 8, by + 182, `${asker}（${rng.pick(['子', '女', '配偶'])}）`, 12, rng);
    }
  },
};
