import { makeDoc } from '../case';
import { imaging } from '../labs';
import { formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, qrCode } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed } from './kit';
import { lungTumour, para, settled, suited, wrap } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { keyImage, type Slice } from './tune8-kit';
import { ALL22, local22 } from './tune22-kit';

const KEYS: readonly DiseaseKey[] = ['CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE', 'MALIGNANT_TUMOR_OUTPATIENT',
  'CORONARY_HEART_DISEASE'];

/**
 * CT / MR 检查报告单 of a Xinjiang, Qinghai, 甘孜 / 阿坝, Guangxi or Hainan county hospital's 影像科 (a PACS print on glossy A4): the
 * header band with the hospital and the modality, one info line of 姓名 (truth) 性别 年龄 影像号 and one of 身份证号 (truth) 科室
 * 检查日期 (decoy: the scan, often the day before the report); then two columns: at the left six key images in a 2×3 grid (not
 * text), at the right, read on its own, 检查部位, 临床诊断 (counted), 检查所见 prose and 诊断意见 numbered (the radiologist's, not
 * counted); at the foot 报告医师 by hand, 审核医师 printed, 报告时间 with the hour (truth) and a QR code to the online films.
 */
export const tune22ReportCtImagesLeft: Layout = {
  id: 'tune22-report-ct-images-left',
  kind: 'report',
  split: 'tune',
  style: 'western / southern county hospital PACS CT / MR report: dark header band, six key images in a grid at the left, the '
    + 'text (部位, 临床诊断, 检查所见, 诊断意见) in a column at the right, 报告时间 with the hour, QR code; sans 10–11 pt',
  exercises: ['images left, text right (the right column read as one block)', '检查日期 (decoy) and 报告时间 (truth) apart',
    '临床诊断 inside the column (counted)', '诊断意见 numbered (not counted)', 'handwritten 报告医师, printed 审核医师', 'QR code'],
  doc: (rng) => {
    const d = local22(lungTumour(settled(suited(countyWords(makeDoc(rng, { kind: 'report', keys: KEYS, hospitals: ALL22 }), rng,
      { outside: 0.2, near: 0, avoid: /后遗症|恢复期/u }))), rng), rng);
    // The study agrees with the clinical diagnosis: a bleed is a CT's, an infarct an MR's.
    const bleed = d.dx.western.some((x) => /出血/u.test(x.text));
    let study = d.imaging;
    for (let i = 0; i < 12 && study && d.primary === 'CEREBROVASCULAR_DISEASE' && /出血/u.test(study.impression) !== bleed; i += 1) {
      study = imaging(rng, d.primary);
    }
    return { ...d, imaging: study };
  },
  draw(s, doc, rng) {
    s.ink = '#181818';
    const x0 = 110;
    const right = s.width - x0;
    const w = right - x0;
    const pt = rng.pick([10, 10.5, 11]);
    const f: Style = st('sans', pt);
    const b: Style = st('sansMedium', pt);
    const lh = px(pt) * 1.75;
    const p = doc.patient;
    const im = doc.imaging ?? { exam: '头颅CT平扫', findings: '', impression: '' };
    const mr = /MRI|MR/u.test(im.exam);
    const slice: Slice = /胸|冠状/u.test(im.exam) ? 'chest' : 'head';
    const ds: DateStyle = rng.pick(['iso', 'slash', 'cn']);
    const tone = rng.pick(['#1c3d6e', '#2b2b2b', '#0f5a5a']);

    s.g.fillStyle = tone;
    s.g.fillRect(x0, 90, w, 150);
    s.put(x0 + 30, 160, doc.hospital.name, st('sansBold', 18, { color: '#ffffff' }));
    s.put(x0 + 30, 215, '影像科  Department of Radiology', st('sans', 10, { color: '#dfe6ee' }));
    s.put(right - 30, 190, `${mr ? 'MR' : 'CT'} 检查报告单`, st('sansBold', 20, { align: 'right', color: '#ffffff', spacing: 2 }));

    let y = 300;
    const no = `${mr ? 'MR' : 'CT'}${doc.recordNo.slice(3)}`;
    const put4 = (cells: readonly (readonly [string, string])[]): void => {
      cells.forEach(([l, v], i) => s.pair(x0 + (w / cells.length) * i, y, l, v, b, f));
      y += lh;
    };
    put4([['姓名：', p.name], ['性别：', p.sex], ['年龄：', `${p.age}岁`], ['影像号：', no]]);
    const scanned = doc.dates.sample;
    s.pair(x0, y, '身份证号：', p.idNumber, b, f);
    s.pair(x0 + w * 0.42, y, '科室：', doc.department, b, f);
    s.pair(x0 + w * 0.7, y, '检查日期：', formatDate(scanned, ds), b, f);
    y += lh * 0.6;
    s.note({ name: p.name, idNumber: p.idNumber, reportDate: doc.dates.report });
    s.line(x0, y, right, y, 2, tone);
    y += 40;

    const top = y;
    const cell = 300;
    const gap = 14;
    for (let r = 0; r < 3; r += 1) {
      for (let c = 0; c < 2; c += 1) keyImage(s, x0 + c * (cell + gap), top + r * (cell + gap), cell, slice, rng);
    }
    const cx = x0 + 2 * cell + gap + 50;
    const cw = right - cx;
    let ty = top + lh * 0.8;
    s.block(() => {
      const sec = (head: string): void => {
        s.put(cx, ty, head, st('sansBold', pt + 0.5, { color: tone }));
        ty += lh * 1.1;
      };
      sec('检查部位及方法');
      s.put(cx, ty, im.exam, f);
      ty += lh * 1.4;
      sec('临床诊断');
      for (const t of wrap(s, doc.dx.western.map((d) => d.text).join('；'), cw, f, { keep: doc.dx.western.map((d) => d.text) })) {
        s.put(cx, ty, t, f);
        ty += lh;
      }
      s.diagnoses(doc.dx.western);
      ty += lh * 0.4;
      sec('检查所见');
      ty = para(s, cx, ty, cw, im.findings, f, lh, { indent: px(pt) * 2 });
      ty += lh * 0.4;
      sec('诊断意见');
      listed(im.impression.split(/[；;]/u).filter((x) => x !== '').map((text) => ({ text, key: null })), '1.').forEach((t) => {
        for (const part of wrap(s, t, cw, f)) {
          s.put(cx, ty, part, st('sansMedium', pt));
          ty += lh;
        }
      });
    });

    y = Math.max(top + 3 * (cell + gap), ty) + lh * 1.2;
    s.line(x0, y - lh * 0.7, right, y - lh * 0.7, 1.2, '#888');
    s.put(x0, y, '报告医师：', b);
    handwritten(s, x0 + s.measure('报告医师：', b) + 8, y, doc.doctors.resident, pt + 2, rng);
    s.pair(x0 + w * 0.3, y, '审核医师：', doc.doctors.checker, b, f);
    s.pair(x0 + w * 0.56, y, '报告时间：', formatDate(doc.dates.report, ds === 'cn' ? 'cnTime' : 'isoTime', doc.times.report), b, f);
    qrCode(s, right - 150, y + 30, 150, rng);
    y += lh * 1.2;
    s.put(x0, y, '本报告仅供临床参考，请结合临床。扫码可查看电子胶片。', st('sans', pt - 1.5, { color: '#555' }));
  },
};
