import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { handwritten, nameStamp, qrCode } from '../marks';
import type { Cell } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, maskedId, pastHistory, reprinted } from './kit';
import { FAR21, farDoc } from './blind21-kit';

/**
 * 门诊病历 printed by the EMR of a far-off city hospital for a 慢病 复诊: serif hospital name and a 门诊病历（复诊） line, a QR
 * code to look the record up, a thin-ruled header grid with the patient's name (truth), a masked 证件号 (no full ID: null),
 * 就诊时间 to the second (truth) beside 挂号 and 上次就诊 dates (decoys); then inline-labelled paragraphs: 主诉, 现病史 with the
 * first diagnosis year, 既往史 (past and denied illnesses), 辅助检查 dated at an earlier visit (decoy), 诊断 (counted),
 * a 处方 list, the doctor's handwriting and red name stamp, 复诊 date (decoy) and the print time (decoy).
 */
export const blind21Outpatient1: Layout = {
  id: 'blind21-outpatient-1',
  kind: 'outpatient',
  split: 'blind',
  style: 'EMR 门诊病历（复诊） of a city hospital outside Shandong: QR code, thin-ruled header grid, masked 证件号, inline sections',
  exercises: ['masked 证件号 only (idNumber null)', '就诊时间 with seconds (truth) beside 上次就诊 and 挂号 (decoys)',
    'lab values dated at an earlier visit (decoy)', '诊断 list (counted) after history mentions', '复诊 and print dates (decoys)'],
  doc: (rng) => reprinted(farDoc(makeDoc(rng, { kind: 'outpatient', hospitals: FAR21, compoundSurnames: 0.1, aliases: true,
    outside: 0.2 }), rng)),
  draw(s, doc, rng) {
    const x0 = 130;
    const x1 = s.width - 130;
    const w = x1 - x0;
    const pt = rng.pick([10.5, 11, 11.5]);
    const sans = rng.chance(0.5);
    const f = st(sans ? 'sans' : 'serif', pt);
    const b = st(sans ? 'sansMedium' : 'serifSemi', pt);
    const lh = px(pt) * 1.6;
    const p = doc.patient;

    s.put(s.width / 2, 150, doc.hospital.name, st('serifBold', rng.pick([19, 21]), { align: 'center', spacing: 6 }));
    s.put(s.width / 2, 222, rng.pick(['门诊病历（复诊）', '门 诊 病 历', '门诊病历记录']), st('serifSemi', 14, { align: 'center', spacing: 3 }));
    qrCode(s, x1 - 130, 70, 130, rng);
    s.put(x1 - 65, 228, '扫码查看', st('sans', 8, { align: 'center', color: '#333' }));

    const ds: DateStyle = rng.pick(['isoSec', 'isoTime', 'slashTime'] as const);
    const last = addDays(doc.dates.visit, -rng.int(21, 95));
    const C = (text: string, cw: number): Cell => ({ text, w: cw });
    const rows: Cell[][] = [
      [C(`姓名：${p.name}`, 330), C(`性别：${p.sex}`, 200), C(`年龄：${p.age}岁`, 230), C(`门诊号：${doc.recordNo}`, 634)],
      [C(`科室：${doc.department}`, 330), C(`就诊时间：${formatDate(doc.dates.visit, ds, doc.times.visit)}`, 664),
        C(`费别：${rng.pick(['医保', '自费', '异地医保'])}`, 400)],
      [C(`证件号：${maskedId(p.idNumber)}`, 530), C(`上次就诊：${formatDate(last, 'iso')}`, 464),
        C(`挂号：${formatDate(doc.dates.visit, 'iso')} ${rng.pick(['普通号', '专家号'])}`, 400)],
    ];
    let y = s.grid(x0, 262, px(pt) * 2, rows, f, { border: 1 });
    s.note({ name: p.name, idNumber: null, visitDate: doc.dates.visit });
    y += lh * 1.2;

    const section = (label: string, text: string): void => {
      const lw = s.measure(label, b);
      s.put(x0, y, label, b);
      y = s.para(x0, y, w, text, f, lh, lw + 6);
      y += lh * 0.25;
    };
    const since = Number(doc.dates.firstVisit.slice(0, 4));
    section('主诉：', `${doc.complaint}，复诊。`);
    section('现病史：', `患者病程多年，${since}年起在我院定期复诊，长期规律服药，近期${rng.pick(['自觉症状平稳', '偶有头晕、乏力', '夜间睡眠欠佳'])}，`
      + `今来我院${doc.department}复诊，要求调整用药并办理慢病相关手续。`);
    section('既往史：', `${pastHistory(doc, rng)}。家族史：${doc.history.family}。过敏史：${rng.pick(['否认', '青霉素过敏'])}。`);
    section('体格检查：', `BP ${rng.int(118, 168)}/${rng.int(68, 98)}mmHg，HR ${rng.int(62, 94)}次/分，神清，心肺听诊未闻及明显异常，`
      + `双下肢${rng.pick(['无', '轻度'])}水肿。`);
    const lab = doc.labs[0];
    const rowsTxt = (lab?.rows ?? []).slice(0, 3).map((r) => `${r.abbr} ${r.value}${r.unit}${r.flag}`).join('，');
    section('辅助检查：', `${formatDate(last, 'cnShort')}本院${lab?.title ?? '血常规'}：${rowsTxt || '未见异常'}。`);

    s.put(x0, y, '诊断：', b);
    s.diagnoses(doc.dx.western);
    const dx = listed(doc.dx.western, rng.pick(['1.', '1、'] as const));
    const dxX = x0 + s.measure('诊断：', b) + 6;
    dx.forEach((line) => {
      s.put(dxX, y, line, f);
      y += lh;
    });
    y += lh * 0.25;
    s.put(x0, y, '处理：', b);
    y += lh;
    doc.medicines.slice(0, 4).forEach((m, i) => {
      s.put(x0 + 60, y, `R${i + 1}  ${m}`, f);
      s.put(x0 + 900, y, `×${rng.int(1, 4)}盒`, f);
      y += lh;
    });
    y = s.para(x0 + 60, y, w - 60, `嘱：规律用药，监测${rng.pick(['血压', '血糖', '血压及血糖'])}，${rng.pick([2, 4])}周后复诊，不适随诊。`, f, lh);

    y += lh * 0.8;
    const next = addDays(doc.dates.visit, rng.pick([14, 28, 30]));
    s.put(x0, y, `预约复诊：${formatDate(next, 'iso')}`, f);
    const sx = x1 - 520;
    s.put(sx, y, '医师签名：', b);
    handwritten(s, sx + s.measure('医师签名：', b) + 8, y, doc.doctors.attending, pt * 1.3, rng);
    if (rng.chance(0.6)) nameStamp(s, x1 - 110, y - 20, doc.doctors.attending, rng);
    s.line(x0, 2200, x1, 2200, 1, '#666');
    s.put(x0, 2240, `打印时间：${formatDate(doc.dates.print, 'isoTime', doc.times.print)}`, st('sans', 8.5, { color: '#444' }));
    s.put(x1, 2240, '本病历仅供参考，以医院存档为准', st('sans', 8.5, { color: '#444', align: 'right' }));
  },
};
