import { makeDoc } from '../case';
import { formatDate } from '../dates';
import type { DiseaseKey, Dx } from '../diseases';
import { COUNTY, COUNTY_MORE, TOWNSHIP } from '../hospitals';
import { DotMatrix } from '../dotmatrix';
import type { Layout } from '../types';
import { st } from './common';
import { forPatient } from './kit';
import { suited } from './tune6-kit';
import { abbreviated, suspected } from './tune11-kit';

const KEYS: readonly DiseaseKey[] = ['DIABETES', 'DIABETES', 'HYPERTENSION', 'URAEMIA_DIALYSIS', 'URAEMIA_DIALYSIS', 'CORONARY_HEART_DISEASE',
  'LEUKEMIA', 'POST_ARTERIAL_STENT_ANTICOAGULATION'];

/**
 * 检验报告单 of a county or township lab printed on a dot-matrix printer onto pre-printed two-part paper: the hospital
 * and the labels pre-printed in blue, everything else in pins. 临床诊断 in the ward's shorthand, comma-separated and
 * run on (T2DM,HTN 3级,CKD 5期,肺部感染可能), wrapping onto a second line when long; a suspicion not counted. 送检日期
 * (the sample) and 报告日期 (truth) on the last line, 打印 not printed.
 */
export const tune11ReportLabDotmatrix: Layout = {
  id: 'tune11-report-lab-dotmatrix',
  kind: 'report',
  split: 'tune',
  style: 'County / township lab 检验报告单 on pre-printed two-part paper: blue pre-printed title and ruling, data in 24-pin dot matrix, '
    + 'comma-run 临床诊断 in abbreviations, results in fixed columns',
  exercises: ['dot-matrix data over a pre-printed form (half-width ASCII, full-width CJK, missed pins, ribbon fading)',
    '临床诊断:T2DM,HTN 3级,CKD 5期,肺部感染可能 — comma / 、 separated, abbreviations, wrapping onto a second line (counted but the suspicion)',
    '送检日期 (sample) and 报告日期 (truth) as 2025.03.04 / 2025-03-04 on one line at the foot', 'ID number in the header line'],
  doc: (rng) => abbreviated(suited(forPatient(makeDoc(rng, { kind: 'report', keys: KEYS,
    hospitals: [...COUNTY, ...COUNTY_MORE, ...TOWNSHIP], compoundSurnames: 0.1 }), rng, COUNTY)), rng, 0.7),
  draw(s, doc, rng) {
    const blue = rng.pick(['#2a4f9e', '#3b5fa8', '#7a2a3a']);
    const x0 = 130;
    const right = s.width - x0;
    s.put(s.width / 2, 150, doc.hospital.name, st('serifBold', 18, { align: 'center', spacing: 4, color: blue }));
    s.put(s.width / 2, 220, '检 验 报 告 单', st('serifBold', 15, { align: 'center', spacing: 6, color: blue }));
    s.line(x0, 250, right, 250, 2.5, blue);
    const dm = new DotMatrix(s, x0 + rng.range(-8, 8), 320 + rng.range(-6, 6), 16, 56, rng.pick(['sans', 'sansMedium'] as const));
    dm.text(0, 0, `姓名:${doc.patient.name}`);
    dm.text(22, 0, `性别:${doc.patient.sex}`);
    dm.text(36, 0, `年龄:${doc.patient.age}岁`);
    dm.text(52, 0, `科别:${doc.department}`);
    dm.text(0, 1, `身份证号:${doc.patient.idNumber}`);
    dm.text(52, 1, `床号:${rng.chance(0.5) ? doc.bed : '--'}`);
    dm.text(0, 2, `标本:${rng.pick(['血清', '全血', '静脉血'])}`);
    dm.text(22, 2, `样本号:${rng.int(1, 480)}`);
    dm.text(52, 2, `病历号:${doc.recordNo}`);
    const doubt: Dx | null = rng.chance(0.6) ? suspected(doc, rng) : null;
    const shown = [...doc.dx.western.map((d) => d.text), ...(doubt ? [doubt.text] : [])];
    const sep = rng.pick([',', '，', '、'] as const);
    const lines = DotMatrix.wrap(`临床诊断:${shown.join(sep)}`, 84);
    lines.forEach((t, i) => dm.text(0, 3 + i, t));
    s.diagnoses(doc.dx.western);
    let row = 3 + lines.length;
    dm.rule(0, row, 84);
    row += 1;
    const c = [0, 4, 32, 44, 50, 68];
    ['No', '项目', '结果', '', '参考值', '单位'].forEach((t, i) => t && dm.text(c[i] ?? 0, row, t));
    row += 1;
    dm.rule(0, row, 84);
    row += 1;
    const tests = doc.labs.flatMap((p) => p.rows).slice(0, 14);
    tests.forEach((r, i) => {
      dm.text(c[0] ?? 0, row, String(i + 1).padStart(2, '0'));
      dm.text(c[1] ?? 4, row, `${r.name}(${r.abbr})`);
      dm.text(c[2] ?? 32, row, r.value);
      if (r.flag) dm.text(c[3] ?? 44, row, r.flag === '↑' ? 'H' : 'L');
      dm.text(c[4] ?? 50, row, r.range);
      dm.text(c[5] ?? 68, row, r.unit);
      row += 1;
    });
    dm.rule(0, row, 84);
    row += 1;
    const ds = rng.pick(['dotPad', 'iso', 'slash'] as const);
    dm.text(0, row, `送检日期:${formatDate(doc.dates.sample, ds)}`);
    dm.text(30, row, `报告日期:${formatDate(doc.dates.report, ds)}`);
    dm.text(60, row, `检验者:${doc.doctors.resident}`);
    row += 1;
    dm.text(60, row, `审核者:${doc.doctors.checker}`);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, reportDate: doc.dates.report });
    dm.flush(rng);
    s.put(x0, 2200, '注：本结果仅对该标本负责。', st('serif', 9, { color: blue }));
  },
};
