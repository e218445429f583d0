import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { st } from './common';
import { pastHistory, printedOn } from './kit';
import { lungTumour, suited } from './tune6-kit';
import { outcome } from './tune7-kit';
import { stamp } from './tune9-kit';
import { codeOf, countyWords, kin } from './tune10-kit';
import { mono } from './tune14-kit';
import { cols, localB14, monoWrap, nationB14, padCols, vitalsB14, XINJIANG14 } from './blind14-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'MALIGNANT_TUMOR_OUTPATIENT', 'LEUKEMIA'];

/** The record's width in columns (an 80-column character-mode report, two columns to a CJK character). */
const WIDTH = 80;

/**
 * 出院记录 of a Xinjiang 兵团 division hospital or county hospital whose old character-mode HIS still prints every page at a fixed pitch
 * on a laser printer: the system's banner with the print time (not truth), the hospital and title in expanded print, header lines
 * padded into columns with half-width colons (姓  名 — truth; 身份证号 — truth, often of the family's home county in Henan or
 * Sichuan; 入院时间 / 出院时间 with the hour — truth), dashed rules, sections wrapped at 76 columns: 入院情况 (history, denials,
 * a relative), 入院诊断 (not counted), 诊疗经过 with an operation day (not truth), 出院诊断 with ICD-10 and 转归 columns (counted),
 * 出院医嘱 with a 复查 day; the physician signs by hand between the printed fields.
 */
export const blind14Discharge2: Layout = {
  id: 'blind14-discharge-2',
  kind: 'discharge',
  split: 'blind',
  style: 'Xinjiang 兵团 division / county hospital 出院记录 from a character-mode HIS on a laser printer: 80 fixed-pitch columns, '
    + 'expanded-print title, space-padded header fields with half-width colons, dashed rules, serif or sans ~11 pt',
  exercises: ['fixed-pitch header columns: 姓  名:张三 / 身份证号:… / 入院时间:2025-03-02 10:22 / 出院时间:… (truth)',
    'IDs of the family\'s home county (Henan, Sichuan, Gansu) on a Xinjiang page', 'system banner with the print time (not truth)',
    '入院诊断 with a ？ (not counted)', '出院诊断 in columns with ICD-10 and 转归 (counted)', '复查 date after discharge (not truth)',
    'handwritten signature between fixed-pitch fields'],
  doc: (rng) => localB14(countyWords(lungTumour(suited(makeDoc(rng, { kind: 'discharge', keys: KEYS, hospitals: XINJIANG14,
    compoundSurnames: 0.05, yearEnd: 0.1 })), rng), rng, { outside: 0.3, near: 0.2 }), rng),
  draw(s, doc, rng) {
    s.ink = '#1a1a1a';
    const pitch = rng.pick([16, 16.5, 17]);
    const x0 = Math.round((s.width - WIDTH * pitch) / 2);
    const f: Style = st(rng.pick(['serif', 'sans', 'serifMedium'] as const), (pitch * 2 * 0.9 * 72) / 200);
    const lh = pitch * 2.75;
    const colon = rng.pick([':', '：']);
    const p = doc.patient;
    let y = 150;
    const line = (text: string, col = 0): void => {
      mono(s, x0 + col * pitch, y, text, f, pitch);
    };
    /** A dashed rule under the last line; the next line a half line further down. */
    const dashed = (): void => {
      s.g.save();
      s.g.setLineDash([10, 7]);
      s.line(x0, y - lh * 0.65, x0 + WIDTH * pitch, y - lh * 0.65, 1.6);
      s.g.restore();
      y += lh * 0.5;
    };

    const printed = stamp(printedOn(doc), doc.times.print, 'iso');
    const banner = padCols(rng.pick(['住院医生工作站 Ver 3.2', 'HIS-住院管理 V2.06']), WIDTH - cols(printed)) + printed;
    mono(s, x0, y - 40, banner, st(f.face, f.pt * 0.8), pitch * 0.8);
    const big = pitch * 1.5;
    mono(s, x0 + ((WIDTH * pitch) - cols(doc.hospital.name) * big) / 2, y + 50, doc.hospital.name, st(f.face, f.pt * 1.45), big);
    const title = '出 院 记 录';
    mono(s, x0 + ((WIDTH * pitch) - cols(title) * big) / 2, y + 130, title, st(f.face, f.pt * 1.45), big);
    y += 230;
    const kv = (l: string, v: string): string => `${l}${colon}${v}`;
    const ward = `${rng.pick(['一', '二', '三', '四'])}病区`;
    const ai = formatDate(doc.dates.admission, 'isoTime', doc.times.admission);
    const di = formatDate(doc.dates.discharge, 'isoTime', doc.times.discharge);
    const header = [
      padCols(kv('住院号', doc.recordNo), 26) + padCols(kv('科室', doc.department), 26) + padCols(kv('病区', ward), 16) + kv('床号', doc.bed),
      padCols(kv('姓  名', p.name), 26) + padCols(kv('性别', p.sex), 14) + padCols(kv('年龄', `${p.age}岁`), 12) + kv('民族', nationB14(doc, rng)),
      padCols(kv('身份证号', p.idNumber), 40) + padCols(kv('职业', p.age >= 60 ? '退休' : rng.pick(['职工', '农民', '个体'])), 20)
        + kv('婚姻', '已婚'),
      padCols(kv('入院时间', ai), 40) + kv('出院时间', di),
      padCols(kv('住院天数', `${doc.stayDays}天`), 40) + kv('入院途径', rng.pick(['门诊', '急诊'])),
    ];
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    dashed();
    for (const h of header) {
      line(h);
      y += lh;
    }
    dashed();

    const section = (label: string, text: string): void => {
      line(`${label}${colon}`);
      y += lh;
      for (const t of monoWrap(text, WIDTH - 4)) {
        line(t, 4);
        y += lh;
      }
    };
    const op = doc.procedure !== '胃镜检查';
    const lab = doc.labs[0]?.rows.find((r) => r.flag !== '') ?? doc.labs[0]?.rows[0];
    section('入院情况', `患者因"${doc.complaint}"入院。查体:${vitalsB14(doc, rng, ',')}。既往史:${pastHistory(doc, rng)}。家族史:${kin(rng)}。`);
    section('入院诊断', doc.dx.admission.map((d, i) => `${i + 1}.${d.text}`).join('  '));
    section('诊疗经过', `入院后查${lab ? `${lab.name}${lab.value}${lab.unit}` : '血常规未见异常'},`
      + `${op ? `于${formatDate(doc.dates.surgery, 'iso')}行${doc.procedure},` : ''}予${doc.course}等治疗,病情好转。`);
    section('出院情况', rng.pick(['患者一般情况可,无明显不适,生命体征平稳,准予出院。', '症状缓解,饮食睡眠可,查体无新发阳性体征。']));
    line(padCols(`出院诊断${colon}`, 52) + padCols('ICD-10', 14) + '转归');
    y += lh;
    doc.dx.western.forEach((d, i) => {
      line(padCols(`${i + 1}.${d.text}`, 48) + padCols(codeOf(d, i), 14) + outcome(d, rng), 4);
      y += lh;
    });
    s.diagnoses(doc.dx.western);
    const follow = addDays(doc.dates.discharge, rng.pick([7, 14, 30]));
    const oral = doc.medicines.filter((m) => !/注射|疗法/u.test(m)).slice(0, 2);
    section('出院医嘱', `1.${oral.length > 0 ? `继续口服${oral.join('、')}` : '遵医嘱按期返院治疗'};2.低盐低脂饮食,监测血压血糖;`
      + `3.${formatDate(follow, 'iso')}门诊复查,不适随诊。`);
    dashed();
    line(`医师签名${colon}`);
    handwritten(s, x0 + 11 * pitch, y, doc.doctors.resident, f.pt * 1.2, rng);
    line(kv('上级医师', doc.doctors.attending), 30);
    line(kv('记录日期', formatDate(addDays(doc.dates.discharge, rng.chance(0.8) ? 0 : 1), 'iso')), 56);
    y += lh;
    line(padCols(kv('操作员', String(rng.int(1000, 9999))), 40) + padCols('', 24) + '第1页 共1页');
  },
};
