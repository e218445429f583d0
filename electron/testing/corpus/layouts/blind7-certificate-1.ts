import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { KEYS, type Dx } from '../diseases';
import { COUNTY, COUNTY_MORE, TCM } from '../hospitals';
import { seal } from '../marks';
import { physician } from '../people';
import type { Layout } from '../types';
import { px, st } from './common';
import { forPatient, icdOf } from './kit';
import { ticks } from './tune7-kit';
import { COUNTY7, TCM7 } from './blind7-kit';

const USES = ['门诊慢特病申报', '商业保险理赔', '单位报销', '其他'];

/**
 * County general / county TCM hospital (Liaocheng, Dezhou, Tai'an, Xingtai, Puyang, Anhui, Jiangsu) 病案管理科 proof of a
 * stay copied from the 病案首页, issued weeks or months after it: certificate and record numbers, one sentence with the
 * patient, the ID and the stay, the 门（急）诊诊断 on a line of its own, a coded diagnosis table (主要 / 其他, 中医 rows at
 * TCM hospitals), an operation with its date, the use ticked, the archive date, the office and the date of issue under a
 * seal. Truth: the stay, the ID, the date of issue, the table's diagnoses (not the 门（急）诊诊断).
 */
export const blind7Certificate1: Layout = {
  id: 'blind7-certificate-1',
  kind: 'certificate',
  split: 'blind',
  style: 'blind7 layout 7',
  exercises: ['held out'],
  doc: (rng) => {
    const tcm = rng.chance(0.35);
    const keys = tcm ? KEYS.slice(0, 4) : KEYS.filter((k) => k !== 'HEMOPHILIA');
    const base = makeDoc(rng, { kind: 'certificate', hospitals: tcm ? [...TCM7, ...TCM] : [...COUNTY7, ...COUNTY, ...COUNTY_MORE], tcm,
      keys, yearEnd: 0.1, compoundSurnames: 0.1 });
    const issue = addDays(base.dates.discharge, rng.int(12, 160));
    return forPatient({ ...base, dates: { ...base.dates, visit: issue, issue } }, rng, COUNTY);
  },
  draw(s, doc, rng) {
    const p = doc.patient;
    const serif = rng.chance(0.6);
    const pt = rng.pick([11.5, 12, 12.5]);
    const f = st(serif ? 'serif' : 'sans', pt);
    const b = st(serif ? 'serifBold' : 'sansBold', pt);
    const lh = px(pt) * 1.8;
    const [x0, x1] = [130, s.width - 130];
    const w = x1 - x0;
    const ds: DateStyle = rng.pick(['cn', 'cnShort', 'iso'] as const);

    s.put(s.width / 2, 170, doc.hospital.name, st(b.face, 20, { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 255, rng.pick(['住院病案摘要证明', '出院诊断证明（病案摘录）', '住院信息证明']), st(b.face, 17, { align: 'center', spacing: 3 }));
    const small = st(f.face, pt - 1.5);
    s.put(x0, 320, `证明编号：BA${doc.dates.issue.slice(0, 4)}${String(rng.int(1, 9999)).padStart(5, '0')}`, small);
    s.put(x1, 320, `病案号：${doc.recordNo.slice(4)}`, { ...small, align: 'right' });

    let y = 410;
    const adm = formatDate(doc.dates.admission, ds);
    const dis = formatDate(doc.dates.discharge, ds);
    const who = `${p.name}（${p.sex}，${p.age}岁，身份证号：${p.idNumber}）`;
    const sentence = rng.chance(0.5)
      ? `兹证明${who}于${adm}因“${doc.complaint}”入住我院${doc.department}，${dis}出院，共住院${doc.stayDays}天。经查阅其住院病案，出院诊断如下：`
      : `患者${who}，${adm}至${dis}在我院${doc.department}住院治疗，住院${doc.stayDays}天。现根据其住院病案首页摘录如下：`;
    y = s.para(x0, y, w, sentence, f, lh, px(pt) * 2);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue });
    s.note({ admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    const first = doc.dx.admission.slice(0, rng.int(1, 2)).map((d) => d.text).join('，');
    y = s.para(x0, y + lh * 0.2, w, `门（急）诊诊断：${first || '待查'}`, f, lh);

    // The coded table: 主要诊断, 其他诊断, and the TCM rows at a TCM hospital.
    const cw = [w * 0.18, w * 0.46, w * 0.18, w * 0.18];
    const row = (a: readonly string[], label = false) => a.map((t, i) => ({ text: t, w: cw[i] ?? 0, label: label || i === 0 }));
    const west: readonly Dx[] = doc.dx.western;
    const state = (): string => rng.pick(['有', '有', '临床未确定', '情况不明']);
    const rows = [
      row(['类别', '出院诊断', 'ICD-10编码', '入院病情'], true),
      ...doc.dx.tcm.map((d, i) => row([i === 0 ? '中医主病' : '中医诊断', d.text, '—', state()])),
      ...west.map((d, i) => row([i === 0 ? '主要诊断' : '其他诊断', d.text, icdOf(d, i), state()])),
    ];
    const sm = st(f.face, pt - 1);
    y = s.grid(x0, y + lh * 0.1, lh * 1.1, rows, sm, { label: st(b.face, pt - 1), shade: rng.pick(['#f0f0f0', '#ffffff']), border: 1.4 });
    s.diagnoses([...doc.dx.tcm, ...west]);

    y += lh * 1.1;
    if (rng.chance(0.6)) {
      y = s.para(x0, y, w, `手术及操作：${doc.procedure}（${formatDate(doc.dates.surgery, ds)}）`, f, lh);
    }
    const filed = formatDate(addDays(doc.dates.discharge, rng.int(3, 9)), 'iso');
    y = s.para(x0, y, w, `离院方式：${rng.pick(['医嘱离院', '医嘱离院', '非医嘱离院'])}\u3000病案归档日期：${filed}`, f, lh);
    y = s.para(x0, y, w, `证明用途：${ticks(USES, USES[0] ?? '')}`, f, lh);
    y = s.para(x0, y + lh * 0.2, w, '本证明依据我院住院病案如实摘录，仅证明住院事实及出院诊断，涂改无效。', st(f.face, pt - 1, { color: '#333' }), lh, px(pt) * 2);

    y = Math.max(y + lh * 1.2, 1560);
    const clerk = physician(rng, [p.name, ...Object.values(doc.doctors)]);
    s.put(x0, y, `经办人：${clerk}`, f);
    s.put(x0, y + lh * 1.2, `复核：${doc.doctors.checker}`, f);
    const cx = x0 + w * 0.74;
    s.put(cx, y + lh * 0.2, `${doc.hospital.name}病案管理科`, { ...f, align: 'center' });
    s.put(cx, y + lh * 1.5, formatDate(doc.dates.issue, rng.pick(['cn', 'cnShort', 'cnNumeralO'] as const)), { ...f, align: 'center' });
    seal(s, cx + rng.range(-40, 40), y + lh * 0.9, rng.range(115, 135), doc.hospital.name, rng.pick(['病案管理专用章', '病案复印专用章']), rng);
    const foot = st(f.face, 9, { align: 'center', color: '#444' });
    s.put(s.width / 2, 2230, `地址：${doc.hospital.address}\u3000咨询电话：${doc.hospital.phone}`, foot);
  },
};
