import { makeDoc } from '../case';
import { clock, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, logo } from '../marks';
import type { Rng } from '../rng';
import type { Cell, Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { para, suited } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { ALL_B15, coronaryTree, localB15, type Lesion, type Segment } from './blind15-kit';

const KEYS: readonly DiseaseKey[] = ['CORONARY_HEART_DISEASE', 'CORONARY_HEART_DISEASE', 'CORONARY_HEART_DISEASE',
  'POST_ARTERIAL_STENT_ANTICOAGULATION'];
const SEGMENTS: readonly Segment[] = ['LM', 'LAD近段', 'LAD中段', 'D1', 'LCX近段', 'OM1', 'RCA近段', 'RCA中段', 'RCA远段'];
const STENTS = ['Firebird2', 'Excel', 'Partner', 'XIENCE Xpedition', 'Resolute Integrity'];

/** What the angiogram shows: one to three new lesions (the worst stented), an old stent (restenosis or not), or both. */
function lesionsOf(old: boolean, fresh: boolean, rng: Rng): Lesion[] {
  const picks = rng.sample(SEGMENTS.filter((x) => x !== 'LM' || rng.chance(0.2)), 3);
  const before: Lesion[] = old ? [{ segment: picks[0] ?? 'LAD近段', percent: rng.pick([10, 20, 30, 70]), stent: true }] : [];
  if (!fresh) return before;
  const found = picks.slice(old ? 1 : 0, old ? 2 : rng.int(1, 3)).map((segment) => ({ segment, stent: false,
    percent: rng.pick([50, 60, 70, 75, 80, 85, 90, 95, 99]) }));
  const worst = found.reduce((a, c) => (c.percent > a.percent ? c : a));
  return [...before, ...found.map((l) => (l === worst && l.percent >= 75 && rng.chance(0.8) ? { ...l, stent: true } : l))];
}

const vessel = (seg: Segment): string => seg.replace(/近段|中段|远段/u, '');

/**
 * 冠状动脉造影（及介入治疗）报告 of a Xinjiang, Qinghai, Hainan or Shanghai hospital's 导管室: logo letterhead, a bordered grid with
 * 身份证号 (truth), 手术日期 and the procedure's times (not truth) and the 临床诊断 row (counted), the access and materials, the
 * findings vessel by vessel at the left beside a sketch of the coronary tree with the lesions ringed (read on its own), the
 * 造影结论 and the stent placed, the orders, and 报告日期 beside the operators' hands (truth).
 */
export const blind15Report2: Layout = {
  id: 'blind15-report-2',
  kind: 'report',
  split: 'blind',
  style: 'Xinjiang / Qinghai / Hainan / Shanghai 导管室 冠状动脉造影及介入治疗报告: logo letterhead, bordered grid with 临床诊断 row, '
    + 'findings by vessel beside a coronary-tree sketch with ringed lesions, stent line, serif or sans 10–11 pt',
  exercises: ['手术日期 and 手术时间 (not truth) vs 报告日期 at the foot (truth)', '临床诊断 in a grid row (counted)',
    'vessel abbreviations LM / LAD / LCX / RCA and percentages', 'a sketch with labels read as a block', 'stent sizes 3.0×29mm (numbers)'],
  doc: (rng) => localB15(countyWords(suited(makeDoc(rng, { kind: 'report', keys: KEYS, hospitals: ALL_B15, compoundSurnames: 0.05 })), rng,
    { outside: 0.1, near: 0.1, avoid: /缺血性心肌病|陈旧|下肢|瓣/u }), rng),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 115;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.5);
    const pt = rng.pick([10, 10.5, 11]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifBold' : 'sansBold', pt);
    const lh = px(pt) * 1.7;
    const p = doc.patient;
    const restudy = doc.dx.keys.includes('POST_ARTERIAL_STENT_ANTICOAGULATION');
    const lesions = lesionsOf(restudy, doc.dx.keys.includes('CORONARY_HEART_DISEASE'), rng);
    const old = restudy ? lesions[0] : undefined;
    const placed = lesions.find((l) => l.stent && l !== old);
    const tone = rng.pick(['#8a1c24', '#1b4f8a', '#222222']);

    logo(s, x0 + 42, 130, 42, tone, 'shield');
    s.put(x0 + 105, 128, doc.hospital.name, st('sansBold', 18, { color: tone, spacing: 2 }));
    s.put(x0 + 105, 172, '心血管内科 导管室', st(f.face, 10, { color: tone }));
    s.put(s.width / 2, 255, placed ? '冠状动脉造影及介入治疗报告' : '冠状动脉造影检查报告', st(b.face, 15, { align: 'center', spacing: 2 }));
    s.put(right, 172, `编号：DSA${doc.dates.sample.slice(0, 4)}-${rng.int(100, 2999)}`, { ...f, align: 'right' });

    const L = (t: string, cw: number): Cell => ({ text: t, w: cw, label: true });
    const V = (t: string, cw: number): Cell => ({ text: t, w: cw });
    const ds: DateStyle = rng.pick(['iso', 'cn', 'dotPad'] as const);
    const start = doc.times.sample;
    const dx = doc.dx.western.map((d) => d.text).join('，');
    let y = s.grid(x0, 290, px(pt) * 2, [
      [L('姓名', 130), V(p.name, 230), L('性别', 100), V(p.sex, 100), L('年龄', 100), V(`${p.age}岁`, 140), L('住院号', 130), V(doc.recordNo, 494)],
      [L('科室', 130), V(doc.department, 330), L('床号', 100), V(doc.bed, 140), L('身份证号', 130), V(p.idNumber, 594)],
      [L('手术日期', 130), V(formatDate(doc.dates.sample, ds), 330), L('手术时间', 240),
        V(`${clock(start)}-${clock(start + rng.int(35, 95))}`, 724)],
      [L('临床诊断', 130), V(dx, 1294)],
    ], f, { shade: '#f0eeee', label: b, border: 1.3 }) + lh;
    s.diagnoses(doc.dx.western);
    s.note({ name: p.name, idNumber: p.idNumber, reportDate: doc.dates.report });

    const access = rng.pick(['右桡动脉', '右桡动脉', '左桡动脉', '右股动脉']);
    y = para(s, x0, y, w, `手术过程：局麻下穿刺${access}成功，置入6F动脉鞘，经鞘注入肝素${rng.pick([2000, 3000])}U，以${rng.pick(['TIG 5F', 'JL3.5/JR4.0 6F'])}造影导管`
      + `行左、右冠状动脉多体位造影，造影剂${rng.pick(['碘克沙醇', '碘帕醇'])}${rng.int(80, 180)}ml。`, f, lh) + lh * 0.3;

    // Findings at the left; the sketch at the right is read on its own.
    const colW = w * 0.56;
    const top = y;
    s.put(x0, y, '造影结果：', b);
    y += lh;
    const find = (v: string): string => {
      const branch: Record<string, Segment> = { LAD: 'D1', LCX: 'OM1' };
      const here = lesions.filter((l) => vessel(l.segment) === v || branch[v] === l.segment);
      if (here.length === 0) return v === 'LM' ? '未见明显狭窄' : '管壁不规则，未见明显狭窄，TIMI血流3级';
      const part = (l: Lesion): string => (vessel(l.segment) === v ? l.segment.slice(v.length) : l.segment);
      return here.map((l) => (l === old ? `${part(l)}原支架内${l.percent >= 50 ? `再狭窄约${l.percent}%` : '通畅，内膜轻度增生'}`
        : `${part(l)}${rng.pick(['局限性', '节段性', '弥漫性'])}狭窄约${l.percent}%`)).join('；') + '，TIMI血流3级';
    };
    for (const v of ['LM', 'LAD', 'LCX', 'RCA']) {
      y = para(s, x0 + px(pt), y, colW - px(pt), `${v}：${find(v)}。`, f, lh, { keep: ['TIMI血流3级'] });
    }
    y = para(s, x0 + px(pt), y, colW - px(pt), `冠脉分布：${rng.pick(['右优势型', '右优势型', '左优势型', '均衡型'])}。`, f, lh);
    const boxW = w * 0.38;
    s.block(() => coronaryTree(s, right - boxW - 40, top - lh * 0.3, boxW, Math.max(y - top, lh * 9), lesions, st('sans', 9)));
    y = Math.max(y, top + lh * 9) + lh * 0.6;

    const run = (head: string, text: string): void => {
      const hw = s.put(x0, y, head, b);
      y = para(s, x0, y, w, text, f, lh, { indent: hw }) + lh * 0.2;
    };
    const severe = [...new Set(lesions.filter((l) => l !== old && l.percent >= 70).map((l) => vessel(l.segment)))];
    const stentSays = !old ? '' : old.percent >= 50 ? `${old.segment}支架内再狭窄` : '原支架通畅，未见明显再狭窄';
    const conclusion = severe.length === 0 ? `${stentSays || '冠状动脉粥样硬化'}，未见需介入干预的新发严重狭窄。`
      : `冠状动脉粥样硬化性心脏病，${['单', '双', '三'][severe.length - 1] ?? '三'}支病变（累及${severe.join('、')}）${stentSays ? `；${stentSays}` : ''}。`;
    run('造影结论：', conclusion);
    if (placed) {
      const size = `${rng.pick(['2.5', '2.75', '3.0', '3.5'])}×${rng.pick([18, 23, 29, 33])}mm`;
      run('介入治疗：', `于${placed.segment}病变处植入${rng.pick(STENTS)} ${size}药物洗脱支架1枚，以${rng.pick(['14', '16', '18'])}atm释放，`
        + '后扩张满意，复查造影残余狭窄<10%，TIMI血流3级，无夹层及无复流。');
    }
    run('术中情况：', `术中患者${rng.pick(['无胸痛', '诉轻度胸闷，含服硝酸甘油后缓解'])}，心率${rng.int(58, 92)}次/分，`
      + `血压${rng.int(112, 162)}/${rng.int(62, 96)}mmHg，无并发症，安返病房。`);
    run('术后医嘱：', `${placed ? '阿司匹林100mg qd联合替格瑞洛90mg bid双联抗血小板治疗12个月；' : ''}`
      + `穿刺处加压包扎${access.includes('股') ? '，平卧制动12小时' : '，腕部压迫器6小时后逐步减压'}；强化调脂，监测心电、血压。`);

    y = Math.max(y + lh * 1.6, rng.chance(0.5) ? 1500 : 2030);
    const ow = s.put(x0, y, '术者：', f);
    handwritten(s, x0 + ow + 10, y, doc.doctors.attending, pt * 1.25, rng);
    const aw = s.put(x0 + w * 0.26, y, '助手：', f);
    handwritten(s, x0 + w * 0.26 + aw + 10, y, doc.doctors.resident, pt * 1.25, rng);
    s.put(right, y, `报告日期：${formatDate(doc.dates.report, rng.pick(['iso', 'cn', 'isoTime'] as const), doc.times.report)}`,
      { ...f, align: 'right' });
  },
};
