import { makeDoc } from '../case';
import { addDays, clock, formatDate } from '../dates';
import { ALL_KEYS, type Dx } from '../diseases';
import { CITY, CITY_MORE, PROVINCES } from '../hospitals';
import type { Cell } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { forPatient, icdOf, pastHistory, printedOn } from './kit';
import { doubtful, prose } from './tune2-kit';
import { drug, FAR_PROVINCES, localTo } from './tune3-kit';
import { panel, plausible } from './tune4-kit';

/**
 * The patient's copy of an outpatient visit printed at a self-service kiosk or from the hospital's app: a greeting
 * naming the patient (尊敬的王秀英女士), 就诊人 in a rounded card beside 就诊时间 and the earlier 预约 time, a diagnosis
 * table whose 诊断类型 column marks the 疑似 row, a 复诊提醒 weeks on.
 */
export const tune4OutpatientPatientCopy: Layout = {
  id: 'tune4-outpatient-patient-copy',
  kind: 'outpatient',
  split: 'tune',
  style: 'City hospital (Shandong, Hebei, Henan, Sichuan, Guangdong … and far provinces) patient copy of the outpatient record from a kiosk or app: greeting, rounded cards, diagnosis table, light sans 10–10.5 pt',
  exercises: ['the name inside a greeting: 尊敬的王秀英女士：您好！ / 尊敬的张伟先生 / 患儿李明家长：您好！', '就诊人 label in a rounded card (the name again)',
    'the visit day in the greeting sentence (您于2025年3月4日在…就诊)', '就诊时间 2025-03-04 09:12 beside 预约时间 / 挂号时间 booked one to seven days earlier in the evening',
    '证件号码 in full, 手机号 masked 138****1234, 就诊卡号', 'diagnosis table 序号 / 诊断名称 / ICD-10 / 诊断类型: 主要诊断, 其他诊断, 疑似诊断 (the 疑似 row not counted)',
    '病历摘要 with past illness, denials and family history', '检查检验 results dated days before the visit', '复诊提醒 with a date weeks on',
    '打印时间 footer (later)', "children's diseases (患儿…家长)"],
  doc: (rng) => plausible(localTo(forPatient(makeDoc(rng, { kind: 'outpatient', hospitals: [...CITY_MORE, ...CITY, ...PROVINCES, ...FAR_PROVINCES],
    keys: ALL_KEYS, aliases: true, outside: 0.2, compoundSurnames: 0.2 }), rng, CITY), rng)),
  draw(s, doc, rng) {
    const x0 = 110;
    const w = s.width - 2 * x0;
    const right = s.width - x0;
    const tone = rng.pick(['#1565c0', '#00796b', '#ad1457', '#37474f']);
    const face = rng.pick(['sansLight', 'sans'] as const);
    const pt = rng.pick([10, 10.5]);
    const f = st(face, pt);
    const b = st('sansMedium', pt);
    const lh = px(pt) * 1.75;
    s.put(x0, 150, doc.hospital.name, st('sansBold', 17, { color: tone }));
    s.put(right, 150, rng.pick(['门诊病历（患者联）', '门诊就诊记录', '门诊就诊小结']), st('sansMedium', 14, { align: 'right' }));
    s.g.fillStyle = tone;
    s.g.fillRect(x0, 180, w, 6);

    const child = doc.patient.age < 14;
    const hello = child ? `患儿${doc.patient.name}家长：您好！` : `尊敬的${doc.patient.name}${doc.patient.sex === '男' ? '先生' : '女士'}：您好！`;
    s.put(x0, 265, hello, st('sansMedium', 12));
    s.put(x0, 265 + lh * 1.2, `您于${formatDate(doc.dates.visit, 'cnShort')}在我院${doc.department}就诊，以下为本次就诊记录，请妥善保管。`, f);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.visit });

    const booked = addDays(doc.dates.visit, -rng.int(1, 7));
    const phone = `1${rng.pick(['38', '59', '86', '77', '35'])}****${String(rng.int(0, 9999)).padStart(4, '0')}`;
    const card = [
      [['就诊人：', doc.patient.name], ['就诊科室：', doc.department]],
      [['证件号码：', doc.patient.idNumber], ['接诊医生：', doc.doctors.attending]],
      [['手机号码：', phone], ['就诊时间：', formatDate(doc.dates.visit, 'isoTime', doc.times.visit)]],
      [['就诊卡号：', `${rng.int(100000, 999999)}${rng.int(100000, 999999)}`],
        [rng.pick(['预约时间：', '挂号时间：']), `${formatDate(booked, 'iso')} ${clock(rng.int(19 * 60, 22 * 60 + 50))}`]],
    ] as const;
    const top = 400;
    panel(s, x0, top, w, 4 * 58 + 50, '#f4f6f8', '#cfd8dc');
    card.forEach((row, i) => row.forEach(([l, v], j) => s.pair(x0 + 30 + j * 720, top + 62 + i * 58, l, v, b, f)));

    let y = top + 4 * 58 + 130;
    const head = (title: string): void => {
      s.g.fillStyle = tone;
      s.g.fillRect(x0, y - px(12) * 0.8, 8, px(12) * 0.9);
      s.put(x0 + 22, y, title, st('sansMedium', 12));
      y += lh * 1.2;
    };
    const line = (label: string, text: string): void => {
      const lw = s.put(x0 + 22, y, label, b);
      y = prose(s, x0 + 22, y, w - 22, text, f, lh, { indent: lw }) + 4;
    };
    head('病历摘要');
    line('主诉：', `${doc.complaint}。`);
    line('既往史：', `${child ? `平素体健；${doc.history.negated}` : pastHistory(doc, rng)}。`);
    line('家族史：', `${doc.history.family}。`);
    const vit = child ? `体重${rng.int(12, 38)}kg，神志清，反应可` : `BP ${rng.int(120, 176)}/${rng.int(68, 102)}mmHg，神清，心肺未见明显异常`;
    line('体格检查：', `${vit}。`);

    y += 20;
    head('诊断信息');
    const items: { d: Dx; kind: string }[] = doc.dx.western.map((d, i) => ({ d, kind: i === 0 ? '主要诊断' : '其他诊断' }));
    if (rng.chance(0.5)) items.push({ d: doubtful(rng, doc), kind: '疑似诊断' });
    const cw = [130, 720, 260, w - 1110];
    const L = (text: string, i: number): Cell => ({ text, w: cw[i] ?? 200, label: true });
    const V = (text: string, i: number, align: 'left' | 'center' = 'center'): Cell => ({ text, w: cw[i] ?? 200, align });
    y = s.grid(x0, y - lh * 0.6, px(pt) * 2, [
      ['序号', '诊断名称', 'ICD-10', '诊断类型'].map(L),
      ...items.map(({ d, kind }, i) => [V(String(i + 1), 0), V(d.text, 1, 'left'), V(kind === '疑似诊断' ? '' : icdOf(d, i), 2), V(kind, 3)]),
    ], f, { label: b, shade: '#eef1f4', border: 1.2 });
    s.diagnoses(doc.dx.western);

    y += lh * 1.6;
    head('处方信息');
    for (const m of [...new Set(doc.medicines)].slice(0, 4)) {
      const { name, use } = drug(m);
      s.put(x0 + 22, y, name, f);
      s.put(x0 + 620, y, use, f);
      y += lh;
    }
    y += 20;
    head('检查检验');
    const tested = formatDate(addDays(doc.dates.visit, -rng.int(1, 12)), 'iso');
    const rows = (doc.labs[0]?.rows ?? []).slice(0, 3).map((r) => `${r.name} ${r.value}${r.unit}${r.flag}`);
    y = prose(s, x0 + 22, y, w - 22, `${tested}\u3000${doc.labs[0]?.title ?? '血常规'}：${rows.join('；')}`, f, lh) + 20;
    head('复诊提醒');
    const weeks = rng.pick([2, 4, 4, 12]);
    s.put(x0 + 22, y, `建议复诊时间：${formatDate(addDays(doc.dates.visit, weeks * 7), 'iso')}（${weeks}周后），请提前通过手机或自助机预约。`, f);

    const small = st(face, 8.5, { color: '#555' });
    s.line(x0, 2175, right, 2175, 1, '#b0bec5');
    s.put(x0, 2225, '本记录仅供患者本人参考，不作为诊断证明使用。', small);
    s.put(right, 2225, `打印时间：${formatDate(printedOn(doc), 'isoSec', doc.times.print)}`, { ...small, align: 'right' });
  },
};
