import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey, Dx } from '../diseases';
import { CITY_MORE, COUNTY, COUNTY_MORE } from '../hospitals';
import { handwritten } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { forPatient, listed, type Mark } from './kit';
import { para, suited } from './tune6-kit';
import { runningHeader } from './tune7-kit';
import { denial, kin } from './tune10-kit';
import { abbreviated, historyItem, mdCn, suspected } from './tune11-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'LEUKEMIA'];

const at = (iso: string, minutes: number): string => formatDate(iso, 'isoTime', Math.min(minutes, 23 * 60 + 40));

/**
 * 病程记录 printed from a county or city EMR for the desk: the stay told only by the headers of its notes —
 * "2025-03-04 10:20 首次病程记录" (the admission, truth) … "2025-03-15 08:40 出院记录" (the discharge, 今日出院, truth) —
 * with a 主治医师查房 and sometimes a 术后首次病程 (operation day) or a 转科 note between. 初步诊断 with a suspicion
 * (not counted); the discharge note's 出院诊断 in the ward's shorthand (T2DM, HTN, CHD, CKD 5期, COPD), a past
 * operation (…术后) or a 个人史 item at the end (not counted).
 */
export const tune11DischargeCourseRecord: Layout = {
  id: 'tune11-discharge-course-record',
  kind: 'discharge',
  split: 'tune',
  style: 'County / city EMR 病程记录 printout: running header, note headers "date time + 首次病程记录 / 查房记录 / 出院记录", '
    + 'dense prose 10–10.5 pt sans or serif, handwritten signatures under each note',
  exercises: ['admission only as the first note header "2025-03-04 10:20 首次病程记录" (and 于…入院 inside it)',
    'discharge only as the last note header "2025-03-15 08:40 出院记录" with 今日出院 / 准予出院',
    'between: 主治医师首次查房记录 (next day), 术后首次病程记录 (operation day) or 转科记录 (not truth)',
    '初步诊断 numbered with a ？/待排/可能 suspicion (not counted)', '出院诊断 with abbreviations T2DM, HTN 3级, CHD, CKD 5期, ESRD, AML, COPD, AF',
    'history items in the list: 阑尾切除术后, 胆囊切除术后, 脑梗死个人史 (not counted)', '既往史 denial and a relative (not counted)'],
  doc: (rng) => abbreviated(suited(forPatient(makeDoc(rng, { kind: 'discharge', keys: KEYS,
    hospitals: [...COUNTY, ...COUNTY_MORE, ...CITY_MORE], compoundSurnames: 0.1, yearEnd: 0.15 }), rng, COUNTY)), rng, 0.7),
  draw(s, doc, rng) {
    s.ink = '#181818';
    const x0 = 120;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.4);
    const face = serif ? 'serif' : 'sans';
    const bold = serif ? 'serifBold' : 'sansBold';
    const pt = rng.pick([10, 10.5]);
    const f = st(face, pt);
    const b = st(bold, pt + 0.5);
    const lh = px(pt) * 1.6;

    s.put(s.width / 2, 130, doc.hospital.name, st(bold, 17, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 200, '病 程 记 录', st(bold, 15, { align: 'center', spacing: 6 }));
    let y = runningHeader(s, doc, x0, right, 265, st(face, 9.5), rng);
    s.pair(x0, y, '身份证号：', doc.patient.idNumber, st(face, 9.5));
    s.pair(x0 + w * 0.5, y, '性别/年龄：', `${doc.patient.sex}/${doc.patient.age}岁`, st(face, 9.5));
    y += lh * 1.4;
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, admissionDate: doc.dates.admission,
      dischargeDate: doc.dates.discharge });

    const titleLeft = rng.chance(0.65);
    const head = (iso: string, minutes: number, title: string): void => {
      const when = at(iso, minutes);
      if (titleLeft) {
        s.put(x0, y, when, b);
        s.put(x0 + s.measure(when, b) + 40, y, title, b);
      } else {
        s.put(s.width / 2, y, title, { ...b, align: 'center' });
        s.put(right, y, when, { ...f, align: 'right' });
      }
      y += lh * 1.15;
    };
    const body = (text: string, keep: readonly string[] = []): void => {
      y = para(s, x0, y, w, text, f, lh, { keep, indent: px(pt) * 2 });
    };
    const sign = (who: string): void => {
      const sw = s.put(right - 420, y, '医师签名：', f);
      handwritten(s, right - 420 + sw + 10, y, who, pt * 1.25, rng);
      y += lh * 1.35;
    };

    const first = Math.min(doc.times.admission + rng.int(40, 150), 23 * 60 + 30);
    const admitText = at(doc.dates.admission, doc.times.admission);
    head(doc.dates.admission, first, '首次病程记录');
    body(`患者${doc.patient.name}，${doc.patient.sex}，${doc.patient.age}岁，因“${doc.complaint}”于${admitText}入院。`
      + `病例特点：1.既往史：${doc.history.past}；${denial(doc, rng)}。家族史：${kin(rng)}。2.查体：BP ${rng.int(118, 186)}/${rng.int(66, 104)}mmHg，`
      + '神志清，双肺呼吸音粗，心律齐，双下肢无水肿。', [admitText]);
    const admission: Dx[] = [...doc.dx.admission.filter((d) => !/[？?]/u.test(d.text)), suspected(doc, rng)];
    const mk: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    const lw = s.put(x0 + px(pt) * 2, y, '初步诊断：', f);
    listed(admission, mk).forEach((t, i) => s.put(x0 + px(pt) * 2 + lw, y + i * lh, t, f));
    y += admission.length * lh;
    body(`诊疗计划：完善血常规、肝肾功能、心电图等检查，予${doc.course}等治疗，密切观察病情变化。`);
    sign(doc.doctors.resident);

    head(addDays(doc.dates.admission, 1), rng.int(8 * 60, 10 * 60), rng.pick(['主治医师首次查房记录', `${doc.doctors.attending}主治医师查房记录`]));
    body(`今日${doc.doctors.attending}主治医师查房，患者诉${rng.pick(['症状较前减轻', '夜间睡眠可', '仍感乏力'])}，`
      + `辅助检查回报：${doc.labs[0]?.rows.slice(0, 2).map((r) => `${r.abbr} ${r.value}${r.unit}`).join('，') ?? ''}。`
      + '上级医师分析病情后指示：继续当前治疗方案，注意监测生命体征。');
    sign(doc.doctors.resident);

    const middle = rng.pick(['op', 'transfer', 'none'] as const);
    if (middle === 'op' && doc.procedure !== '胃镜检查') {
      head(doc.dates.surgery, rng.int(14 * 60, 17 * 60), '术后首次病程记录');
      body(`患者于今日在局麻下行${doc.procedure}，术程顺利，术后安返病房，生命体征平稳，穿刺点无渗血，嘱制动6小时。`);
      sign(doc.doctors.attending);
    } else if (middle === 'transfer') {
      head(doc.dates.surgery, rng.int(9 * 60, 16 * 60), '转入记录');
      body(`患者因病情变化于${mdCn(doc.dates.surgery)}由重症医学科（ICU）转入我科继续治疗，转入时神志清，生命体征平稳。`, [mdCn(doc.dates.surgery)]);
      sign(doc.doctors.resident);
    }

    head(doc.dates.discharge, doc.times.discharge, rng.pick(['出院记录', '出院前病程记录', '出院小结']));
    body(`患者住院${doc.stayDays}天，${rng.pick(['现病情稳定，今日出院', '症状明显好转，经上级医师同意准予今日出院', '患者要求今日出院，予办理'])}。`
      + `出院医嘱：继续口服${doc.medicines.slice(0, 2).join('，')}，门诊随诊。`, doc.medicines);
    const extra: Dx[] = rng.chance(0.55) ? [historyItem(doc, rng)] : [];
    const shown = [...doc.dx.western, ...extra];
    const ow = s.put(x0 + px(pt) * 2, y, '出院诊断：', f);
    const how: Mark = rng.pick(['1.', '1、', '①'] as const);
    listed(shown, how).forEach((t, i) => s.put(x0 + px(pt) * 2 + ow, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += shown.length * lh + lh * 0.2;
    sign(doc.doctors.resident);

    s.line(x0, 2200, right, 2200, 1);
    s.put(s.width / 2, 2240, `第 ${rng.int(1, 3)} 页`, st(face, 9, { align: 'center', color: '#333' }));
  },
};
