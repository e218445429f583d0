import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey, Dx } from '../diseases';
import { COUNTY, TCM, TOWNSHIP } from '../hospitals';
import { handwritten } from '../marks';
import type { Rng } from '../rng';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, pastHistory, type Mark } from './kit';
import { weekday } from './blind2-kit';
import { suspect } from './blind6-kit';
import { COUNTY7, TCM7, TOWN7 } from './blind7-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE',
  'POST_ARTERIAL_STENT_ANTICOAGULATION', 'URAEMIA_DIALYSIS'];

/** A home in a Liaocheng county (the patients are insured there wherever they were treated). */
function home7(rng: Rng): string {
  const [county, towns] = rng.pick([['阳谷县', ['阎楼镇', '定水镇', '李台镇']], ['莘县', ['大王寨镇', '朝城镇', '十八里铺镇']],
    ['东阿县', ['陈集镇', '大桥镇']], ['冠县', ['烟庄街道', '店子镇', '斜店乡']], ['临清市', ['金郝庄镇', '戴湾镇']],
    ['高唐县', ['固河镇', '赵寨子镇']], ['茌平区', ['贾寨镇', '温陈街道']], ['东昌府区', ['堂邑镇', '梁水镇']]] as const);
  const place = `${rng.pick(['前', '后', '东', '西', '北', '南'])}${rng.pick(['王', '刘', '李', '张', '孙', '马'])}${rng.pick(['庄', '村', '屯', '楼'])}`;
  return `${county}${rng.pick(towns)}${place}`;
}

/**
 * County / county TCM / township (Liaocheng, Dezhou, Tai'an, Xingtai, Puyang, Anhui, Jiangsu) 门诊病历 of a follow-up
 * visit: the patient on one or two lines in a rounded box (bare values between bars, or labelled), ■ sections, the last
 * visit and a lab table with their own dates, 中医诊断 / 西医诊断 at TCM hospitals, a suspected disease after the list,
 * the next visit date, the doctor's signature with a job number. Truth: the visit date, ID, the counted diagnoses only.
 */
export const blind7Outpatient1: Layout = {
  id: 'blind7-outpatient-1',
  kind: 'outpatient',
  split: 'blind',
  style: 'blind7 layout 3',
  exercises: ['held out'],
  doc: (rng) => {
    const tcm = rng.chance(0.35);
    const hospitals = tcm ? [...TCM7, ...TCM] : [...COUNTY7, ...TOWN7, ...TOWN7, ...COUNTY, ...TOWNSHIP];
    return makeDoc(rng, { kind: 'outpatient', hospitals, tcm, keys: KEYS, aliases: true, compoundSurnames: 0.1 });
  },
  draw(s, base, rng) {
    const small = /卫生院|社区/u.test(base.hospital.name);
    const doc = small ? { ...base, department: rng.pick(['全科门诊', '内科', '慢病门诊']) } : base;
    const p = doc.patient;
    const serif = rng.chance(0.5);
    const pt = rng.pick([10.5, 11, 11.5]);
    const f = st(serif ? rng.pick(['serif', 'serifLight'] as const) : 'sans', pt);
    const b = st(serif ? 'serifBold' : 'sansBold', pt);
    const lh = px(pt) * 1.68;
    const [x0, x1] = [115, s.width - 115];
    const w = x1 - x0;
    const ds: DateStyle = rng.pick(['iso', 'cn', 'slash', 'dotPad'] as const);
    const visit = formatDate(doc.dates.visit, ds);

    s.put(s.width / 2, 150, doc.hospital.name, st(b.face, 18, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 220, `门诊病历${rng.pick(['（复诊）', '', '（慢病门诊）'])}`, st(b.face, 15, { align: 'center', spacing: 4 }));
    s.put(x1, 270, `门诊号：${doc.recordNo}`, st(f.face, pt - 1, { align: 'right' }));

    // The patient box: bare values between bars or labelled ones; the visit time in it when it fits.
    const labelled = rng.chance(0.5);
    const bar = rng.pick([' | ', '｜', '  |  ']);
    const tail = rng.chance(0.5) ? weekday(doc.dates.visit) : formatDate(doc.dates.visit, 'isoTime', doc.times.visit).slice(11);
    const time = `${visit}${ds === 'cn' ? '' : ' '}${tail}`;
    const dateInBox = rng.chance(0.6);
    const one = labelled
      ? [`姓名：${p.name}`, `性别：${p.sex}`, `年龄：${p.age}岁`, `科室：${doc.department}`]
      : [p.name, p.sex, `${p.age}岁`, doc.department];
    const lines = [one.join(bar), `身份证号：${p.idNumber}${bar}费别：${rng.pick(['居民医保', '职工医保', '自费'])}${bar}住址：${home7(rng)}`];
    const when = `${labelled ? '就诊时间：' : ''}${time}`;
    if (dateInBox && s.measure(lines[0] + bar + when, f) < w - 60) lines[0] += bar + when;
    else if (dateInBox) lines.push(`就诊时间：${time}`);
    const top = 295;
    const boxH = lh * (lines.length + 0.5);
    s.g.fillStyle = rng.pick(['#f1f1f1', '#ffffff', '#eef3f7']);
    s.g.beginPath();
    s.g.roundRect(x0, top, w, boxH, 18);
    s.g.fill();
    s.g.strokeStyle = '#777';
    s.g.lineWidth = 1.4;
    s.g.stroke();
    lines.forEach((t, i) => s.put(x0 + 26, top + lh * (0.95 + i), t, i === 0 ? f : st(f.face, pt - 0.5)));
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });

    let y = top + boxH + lh * 1.1;
    const head = (t: string): number => {
      s.g.fillStyle = '#222';
      s.g.fillRect(x0, y - px(pt) * 0.62, px(pt) * 0.5, px(pt) * 0.5);
      return px(pt) * 0.8 + s.put(x0 + px(pt) * 0.8, y, `${t}：`, b);
    };
    const section = (t: string, text: string): void => {
      y = s.para(x0, y, w, text, f, lh, head(t)) + lh * 0.2;
    };
    const prev = formatDate(addDays(doc.dates.visit, -rng.int(25, 90)), ds);
    const lab0 = doc.labs[0]?.rows[0];
    const was = lab0 ? (Number(lab0.value) * rng.range(0.8, 1.2)).toFixed(lab0.value.split('.')[1]?.length ?? 0) : '';
    const years = /病史(\d+)年/u.exec(doc.history.past)?.[1] ?? rng.int(3, 15);
    const first = doc.dx.western[0]?.text ?? '';
    section('主诉', rng.chance(0.5) ? `${doc.complaint}。` : `发现“${first}”${years}年，${rng.pick(['要求复诊开药', '来院复查', '近来控制欠佳'])}。`);
    section('现病史', `患者${years}年前诊断为“${first}”，长期使用${doc.medicines.slice(0, 2).join('、')}。`
      + `${prev}在我院复诊${lab0 ? `，查${lab0.name}${was}${lab0.unit}` : ''}，${rng.pick(['未调整用药', '调整用药', '嘱继续观察'])}。近期无明显不适，饮食睡眠可。`);
    section('既往史', `${pastHistory(doc, rng)}。${rng.pick(['否认药物过敏史', '对青霉素过敏'])}。家族史：${doc.history.family}。`);
    section('体格检查', `BP ${rng.int(120, 172)}/${rng.int(68, 100)}mmHg，P ${rng.int(60, 92)}次/分，神志清，双肺呼吸音清，心律齐，双下肢无水肿。`);

    // A small lab table with its own date.
    const rows = doc.labs.flatMap((l) => l.rows).slice(0, rng.int(2, 4));
    if (rows.length > 0) {
      head('辅助检查');
      y += lh;
      const labDay = formatDate(addDays(doc.dates.visit, -rng.int(1, 12)), 'iso');
      const cw = [w * 0.2, w * 0.34, w * 0.22, w * 0.24];
      const cell = (t: string, i: number, lab = false) => ({ text: t, w: cw[i] ?? 0, label: lab });
      const sm = st(f.face, pt - 1);
      y = s.grid(x0, y - lh * 0.7, lh * 0.95, [['检验日期', '项目', '结果', '参考范围'].map((t, i) => cell(t, i, true)),
        ...rows.map((r) => [labDay, r.name, `${r.value}${r.flag} ${r.unit}`, r.range].map((t, i) => cell(t, i)))], sm,
      { shade: '#f0f0f0', label: st(b.face, pt - 1), border: 1 }) + lh * 0.9;
    }

    const how: Mark = rng.pick(['1.', '1、', '(1)', '①'] as const);
    const counted: Dx[] = [...doc.dx.tcm, ...doc.dx.western];
    s.diagnoses(counted);
    const doubt = rng.chance(0.45) ? [{ text: suspect(doc, rng), key: null }] : [];
    if (doc.dx.tcm.length > 0) {
      section('中医诊断', listed(doc.dx.tcm, how).join('  '));
      section('西医诊断', listed([...doc.dx.western, ...doubt], how).join('  '));
    } else section(rng.pick(['诊断', '门诊诊断', '初步诊断']), listed([...doc.dx.western, ...doubt], how).join('  '));
    const rx = doc.medicines.map((m, i) => `${i + 1}.${m}`).join('  ');
    section('处理', `${rx}。`);
    const next = formatDate(addDays(doc.dates.visit, rng.pick([14, 28, 30, 60])), ds);
    section('医嘱', `低盐低脂饮食，监测血压、血糖，${next}复诊，不适随诊。`);

    y = Math.max(y + lh, 1600);
    const sw = s.put(x0 + w * 0.45, y, '医师签名：', f);
    const hw = handwritten(s, x0 + w * 0.45 + sw + 8, y, doc.doctors.attending, pt * 1.3, rng);
    s.put(x0 + w * 0.45 + sw + hw + 40, y, `工号：${rng.int(1001, 9899)}`, f);
    if (!dateInBox) s.put(x0 + w * 0.45, y + lh * 1.4, `就诊日期：${visit}`, f);
    s.line(x0, 2200, x1, 2200, 1, '#777');
    s.put(s.width / 2, 2240, `${doc.hospital.address}\u3000${doc.hospital.phone}`, st(f.face, 8.5, { align: 'center', color: '#444' }));
  },
};
