import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { MCH, REHAB } from '../hospitals';
import { handwritten, logo } from '../marks';
import { physician } from '../people';
import type { Cell } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, maskedId, type Mark } from './kit';
import { para, suited } from './tune6-kit';
import { followUp } from './tune10-kit';
import { maskedMobile } from './tune5-kit';
import { childAge, COUNTY12, guardianOf, villageIn } from './tune12-kit';

const KEYS: readonly DiseaseKey[] = ['CHILD_DISABILITY_REHAB', 'CHILD_DISABILITY_REHAB', 'CHILD_DISABILITY_REHAB', 'PHENYLKETONURIA'];
const DOUBT = ['癫痫？', '注意缺陷多动障碍待排', '营养不良？', '视力障碍待查'];
/** A grandparent's disease (a mention that never counts for the child). */
const ELDERS = ['祖父有高血压病史', '外祖母患糖尿病多年', '祖母因脑出血去世', '外祖父有冠心病史', '祖父母体健'];

/**
 * 儿童康复 / 儿童保健 门诊病历 of a Liaocheng 妇幼保健院, the city's rehabilitation centre or a county hospital's 儿科: a
 * bordered grid with the child (患儿姓名, 出生日期, 4岁3月, 身份证号 — truth) over the guardian (监护人 with his or her own
 * ID, full or masked — not the patient), 就诊日期 in the grid (truth), a note in the parent's words, an earlier scan or
 * screening with its date, 诊断 (counted) with a doubtful item (not counted), and a training course from … to … (not truth).
 */
export const tune12OutpatientChildGuardian: Layout = {
  id: 'tune12-outpatient-child-guardian',
  kind: 'outpatient',
  split: 'tune',
  style: 'Liaocheng 妇幼保健院 / rehabilitation centre / county 儿科 儿童康复 or 儿童保健 门诊病历: logo letterhead, shaded grid with '
    + 'the child over the guardian, run-in sections, sans or serif 10.5–11.5 pt, therapist and doctor',
  exercises: ['患儿姓名 / 出生日期 / 年龄 4岁3月 / 身份证号 of the child (truth)', '监护人 name（母亲）and 监护人身份证号 (full or masked, not the patient)',
    '就诊日期 in the grid (truth); 出生日期, screening and MRI dates, the course 自…至… (not truth)',
    '家族史 naming a relative\'s disease (not counted)', '诊断 numbered (counted) with a ？ / 待排 item (not counted)'],
  doc: (rng) => suited(makeDoc(rng, { kind: 'outpatient', keys: KEYS, compoundSurnames: 0.05,
    hospitals: [...MCH, ...MCH, ...REHAB, ...COUNTY12.filter((x) => x.name.includes('人民医院'))] })),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 110;
    const w = s.width - 2 * x0;
    const serif = rng.chance(0.4);
    const pt = rng.pick([10.5, 11, 11.5]);
    const f = st(serif ? 'serif' : 'sans', pt);
    const b = st(serif ? 'serifBold' : 'sansBold', pt);
    const lh = px(pt) * 1.7;
    const p = doc.patient;
    const v = doc.dates.visit;
    const pku = doc.primary === 'PHENYLKETONURIA';
    const g = guardianOf(doc, rng);
    const color = rng.pick(['#c2185b', '#1f6fb2', '#2e7d32']);

    logo(s, x0 + 55, 140, 50, color, rng.pick(['ring', 'cross'] as const));
    s.put(x0 + 130, 135, doc.hospital.name, st(b.face, 19, { spacing: 2, color }));
    s.put(x0 + 130, 195, pku ? '儿童保健门诊病历' : '儿童康复门诊病历', st(b.face, 14, { spacing: 3 }));
    s.put(x0 + w, 195, `门诊号：${doc.recordNo}`, { ...f, align: 'right' });

    const ds: DateStyle = rng.pick(['cn', 'iso', 'cnShort'] as const);
    const L = (text: string, cw: number): Cell => ({ text, w: cw, label: true });
    const V = (text: string, cw: number): Cell => ({ text, w: cw });
    const shade = rng.pick(['#eeeeee', '#f6e9ef', '#e8f0f7']);
    const rows: Cell[][] = [
      [L('患儿姓名', 170), V(p.name, 230), L('性别', 110), V(p.sex, 110), L('出生日期', 170), V(formatDate(p.birth, ds), 250),
        L('年龄', 110), V(childAge(p.birth, v), 284)],
      [L('身份证号', 170), V(p.idNumber, 560), L('就诊日期', 170), V(formatDate(v, ds), 534)],
      [L('监护人', 170), V(`${g.name}（${g.relation}）`, 400), L('监护人身份证', 230), V(rng.chance(0.5) ? g.id : maskedId(g.id), 634)],
      [L('联系电话', 170), V(maskedMobile(rng), 400), L('家庭住址', 230), V(villageIn(doc, rng), 634)],
    ];
    let y = s.grid(x0, 250, px(pt) * 2.2, rows, f, { shade, label: b, border: 1.4 }) + lh * 1.3;
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: v });

    const run = (label: string, text: string, keep: readonly string[] = []): void => {
      const lw = s.put(x0, y, label, b);
      y = para(s, x0, y, w, text, f, lh, { indent: lw, keep }) + lh * 0.25;
    };
    const dx = doc.dx.western.find((d) => d.key === doc.primary)?.text ?? '';
    const found = addDays(p.birth, pku ? rng.int(18, 40) : rng.int(300, 700));
    const scan = formatDate(addDays(v, -rng.int(20, 200)), 'iso');
    const motor = /瘫/u.test(dx);
    const preterm = motor && rng.chance(0.6);
    const said = pku || motor ? followUp(doc) : /孤独/u.test(dx) ? '语言发育落后，不与人对视2年余' : '智力发育落后，学习困难3年';
    run('主诉：', `（${g.relation}代诉）${said}。`);
    run('现病史：', pku
      ? `患儿生后${rng.int(3, 7)}天新生儿疾病筛查血Phe升高，${formatDate(found, 'cnShort')}确诊，予低苯丙氨酸饮食治疗，`
        + `定期监测血Phe，控制${rng.pick(['尚可', '欠佳'])}。`
      : `患儿${formatDate(found, 'cnShort')}于${rng.pick(['山东省妇幼保健院', '聊城市人民医院'])}诊断为“${dx}”，此后在我院坚持康复训练，`
        + `目前${rng.pick(motor ? ['可扶站', '能独坐', '可扶走数步'] : ['能说简单词语', '可配合简单指令', '对呼名有反应'])}。`, [dx]);
    run('个人史：', preterm ? `G${rng.int(1, 3)}P1，早产（孕${rng.int(29, 34)}周），出生体重${(rng.int(14, 22) / 10).toFixed(1)}kg，生后有窒息史。`
      : `G1P1，足月顺产，出生体重${(rng.int(28, 38) / 10).toFixed(1)}kg，生后无窒息。`);
    run('家族史：', `父母非近亲结婚，${rng.pick(ELDERS)}，否认遗传病家族史。`);
    run(pku ? '体格检查：' : '发育评估：', pku
      ? `身高${rng.int(85, 140)}cm，体重${rng.int(11, 35)}kg，智力发育评估DQ ${rng.int(72, 96)}。`
      : motor ? `GMFM-88评分${rng.int(28, 70)}分，Gesell发育量表DQ ${rng.int(45, 75)}，肌张力${rng.pick(['增高', '偏低'])}。`
        : `${/孤独/u.test(dx) ? `CARS评分${rng.int(32, 44)}分` : `韦氏智力测验IQ ${rng.int(38, 62)}`}，Gesell发育量表DQ ${rng.int(45, 75)}。`);
    run('辅助检查：', pku ? `${scan}血苯丙氨酸${rng.int(140, 480)}μmol/L（参考20-120）。`
      : `${scan}头颅MRI：${rng.pick(['双侧脑室旁白质软化', '未见明显异常', '脑外间隙增宽'])}。`, [scan]);
    const how: Mark = rng.pick(['1.', '1、', '(1)'] as const);
    const extra = rng.chance(0.5) ? [{ text: rng.pick(DOUBT), key: null }] : [];
    s.put(x0, y, '诊断：', b);
    listed([...doc.dx.western, ...extra], how).forEach((t, i) => s.put(x0 + s.measure('诊断：', b), y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += lh * (doc.dx.western.length + extra.length + 0.3);
    const start = addDays(v, 1);
    const end = addDays(start, rng.pick([20, 29, 59]));
    run('处理：', pku ? `继续低苯丙氨酸饮食及特殊医学用途配方粉，${formatDate(addDays(v, 30), 'cnShort')}复查血Phe。`
      : `继续康复训练：运动疗法、作业疗法、言语训练，每日1次，疗程自${formatDate(start, 'cnShort')}至${formatDate(end, 'cnShort')}。`,
    [formatDate(start, 'cnShort'), formatDate(end, 'cnShort')]);

    y += lh * 1.2;
    const sw = s.put(x0 + w * 0.5, y, '医师签名：', f);
    handwritten(s, x0 + w * 0.5 + sw + 10, y, doc.doctors.attending, pt * 1.3, rng);
    if (!pku) s.pair(x0 + w * 0.5, y + lh * 1.3, '康复治疗师：', physician(rng, [p.name, g.name, doc.doctors.attending]), f);
    s.put(x0, 2215, `${doc.hospital.address}\u3000咨询电话：${doc.hospital.phone}`, st(f.face, 9, { color: '#555' }));
  },
};
