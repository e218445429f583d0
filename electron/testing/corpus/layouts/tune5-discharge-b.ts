import { makeDoc, type Doc } from '../case';
import { formatDate, type DateStyle } from '../dates';
import { remoteHistory, type DiseaseKey, type Dx } from '../diseases';
import { CITY, CITY_MORE, COUNTY, COUNTY_MORE, PROVINCES, SPECIALTY } from '../hospitals';
import { handwritten, logo } from '../marks';
import type { Rng } from '../rng';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { forPatient, listed, printedOn, type Mark } from './kit';
import { prose } from './tune2-kit';
import { FAR_PROVINCES, localTo } from './tune3-kit';
import { fitting, later, overnight } from './tune5-kit';

/** The diseases a planned stay of under a day is for: a chemotherapy cycle, an angiogram, a dialysis line, a factor infusion. */
const SHORT_STAY: readonly DiseaseKey[] = ['MALIGNANT_TUMOR_OUTPATIENT', 'LEUKEMIA', 'CORONARY_HEART_DISEASE', 'POST_ARTERIAL_STENT_ANTICOAGULATION',
  'URAEMIA_DIALYSIS', 'HEMOPHILIA'];

/** The tumour hospital (the psychiatric one would change the disease). */
const TUMOUR = SPECIALTY.filter((h) => h.only?.includes('MALIGNANT_TUMOR_OUTPATIENT'));

/** The chemotherapy a tumour is given, by what the diagnosis names. */
const REGIMEN: readonly [RegExp, string][] = [[/淋巴瘤/u, 'R-CHOP'], [/骨髓瘤/u, 'VRd（硼替佐米+来那度胺+地塞米松）'], [/乳腺/u, 'TC（多西他赛+环磷酰胺）'],
  [/胃|结肠|直肠/u, 'XELOX（奥沙利铂+卡培他滨）'], [/食管|宫颈|鳞/u, '紫杉醇+顺铂'], [/肺|腺癌/u, '培美曲塞+卡铂'], [/./u, '吉西他滨+顺铂']];
const regimen = (doc: Doc): string => REGIMEN.find(([re]) => re.test(doc.dx.western[0]?.text ?? ''))?.[1] ?? '吉西他滨+顺铂';

/** Why the patient came in for a day, in the words of a 主诉. */
function complaint(doc: Doc, rng: Rng, cycle: number): string {
  const dx = doc.dx.western[0]?.text ?? '';
  switch (doc.primary) {
    case 'MALIGNANT_TUMOR_OUTPATIENT': return `确诊“${dx}”${rng.int(2, 14)}月，返院行第${cycle}周期化疗`;
    case 'LEUKEMIA': return `确诊“${dx}”${rng.int(2, 20)}月，乏力加重3天，要求输血治疗`;
    case 'CORONARY_HEART_DISEASE': return '反复活动后胸闷2年，加重1周，要求行冠状动脉造影';
    case 'POST_ARTERIAL_STENT_ANTICOAGULATION': return `冠状动脉支架植入术后${rng.int(1, 3)}年，返院复查冠状动脉造影`;
    case 'URAEMIA_DIALYSIS': return `维持性血液透析${rng.int(3, 40)}月，透析导管血流量不足1天`;
    default: return doc.complaint;
  }
}

/** What was done in the hours of the stay. */
function course(doc: Doc, rng: Rng, cycle: number): string {
  const day = formatDate(doc.dates.admission, 'cnShort');
  const tests = '入院后完善血常规、肝肾功能、电解质、凝血功能及心电图等检查';
  switch (doc.primary) {
    case 'MALIGNANT_TUMOR_OUTPATIENT': return `${tests}，未见化疗禁忌，于${day}予${regimen(doc)}方案第${cycle}周期化疗，`
      + '辅以止吐、护胃、水化等治疗，过程顺利，无明显恶心、呕吐及骨髓抑制。';
    case 'LEUKEMIA': return `${tests}，血红蛋白${rng.int(52, 68)}g/L，予输注去白悬浮红细胞2U，过程顺利，无输血反应，复查血红蛋白${rng.int(72, 86)}g/L。`;
    case 'CORONARY_HEART_DISEASE':
    case 'POST_ARTERIAL_STENT_ANTICOAGULATION': {
      const seen = doc.primary === 'CORONARY_HEART_DISEASE'
        ? rng.pick(['前降支中段狭窄约50%，回旋支及右冠未见明显狭窄', '右冠状动脉近段狭窄约40%，血流TIMI 3级'])
        : rng.pick(['前降支原支架内通畅，未见再狭窄', '原支架内轻度内膜增生，管腔狭窄约20%']);
      return `${tests}，于${day}在局麻下经右桡动脉行冠状动脉造影术，示${seen}，暂不需介入治疗，术后穿刺处加压包扎，无出血及血肿。`;
    }
    case 'URAEMIA_DIALYSIS': return `${tests}，于${day}在局麻下行${doc.procedure}，术后导管血流量良好，当日行血液透析4小时，过程顺利。`;
    default: return `${tests}，予${doc.course}等治疗，关节肿痛明显减轻。`;
  }
}

/**
 * 24小时内入出院记录 from a county or city EMR: admitted in the afternoon, discharged the next morning, the two times
 * with their hours in the header, a planned-stay 主诉 (确诊…返院行第3周期化疗), 入院诊断 and 出院诊断 (the same
 * disease written twice), the record signed and timed after the discharge.
 */
export const tune5Discharge24h: Layout = {
  id: 'tune5-discharge-24h',
  kind: 'discharge',
  split: 'tune',
  style: 'County / city / tumour-hospital EMR 24小时内入出院记录: logo letterhead, ward strip, label-value lines, sans or serif 10.5–11.5 pt, handwritten signature',
  exercises: ['a stay of under 24 hours over two days: 入院时间 2025-03-04 15:20 / 出院时间 2025-03-05 09:40 (also 2025年03月04日 15:20, 2025年3月4日15时20分, 2025/03/04 15:20)',
    '住院时长 in hours (a number that is not a day count)', '病区 / 床号 / 住院号 strip above a rule', '病史陈述者 and a planned-stay 主诉 that names the disease (确诊“右肺腺癌”6月，返院行第3周期化疗)',
    'past illness, denials and family history in 入院情况', '入院诊断 the same disease as 出院诊断 (only 出院诊断 counted), numbered 1. / （1） / ①',
    'a procedure or a chemotherapy cycle dated the admission day', '医师签名 handwritten, 记录时间 after the discharge, 打印时间 footer (later)'],
  doc: (rng) => {
    const doc = overnight(fitting(localTo(forPatient(makeDoc(rng, { kind: 'discharge', keys: SHORT_STAY,
      hospitals: [...COUNTY, ...COUNTY_MORE, ...CITY, ...CITY_MORE, ...TUMOUR, ...PROVINCES, ...FAR_PROVINCES],
      aliases: true, outside: 0.1, compoundSurnames: 0.15 }), rng, COUNTY), rng)), rng);
    // No one goes home the next morning with an infection being treated.
    return { ...doc, dx: { ...doc.dx, western: doc.dx.western.filter((d) => !/感染/u.test(d.text)) } };
  },
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 135;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.4);
    const face = serif ? rng.pick(['serif', 'serifLight'] as const) : rng.pick(['sans', 'sansLight'] as const);
    const pt = rng.pick([10.5, 11, 11.5]);
    const f = st(face, pt);
    const b = st(serif ? 'serifSemi' : 'sansMedium', pt);
    const lh = px(pt) * 1.8;
    const tone = rng.pick(['#1b5e9a', '#8b1e24', '#1f6b4a']);

    logo(s, x0 + 44, 132, 44, tone, rng.pick(['cross', 'ring', 'shield'] as const));
    s.put(x0 + 110, 150, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 18, { color: tone, spacing: 2 }));
    s.put(s.width / 2, 265, '24小时内入出院记录', st(serif ? 'serifBold' : 'sansBold', 17, { align: 'center', spacing: 3 }));
    const strip = st(face, 9.5);
    const sy = 335;
    s.put(x0, sy, `科室：${doc.department}`, strip);
    s.put(x0 + 430, sy, `病区：${rng.pick(['一', '二', '三', '六'])}病区`, strip);
    s.put(x0 + 720, sy, `床号：${doc.bed}床`, strip);
    s.put(right, sy, `住院号：${doc.recordNo}`, { ...strip, align: 'right' });
    s.line(x0, sy + 20, right, sy + 20, 2.2);

    const [sex, age] = sexAge(doc);
    const col = [x0, x0 + 470, x0 + 880];
    let y = sy + 100;
    s.pair(col[0] ?? x0, y, '姓名：', doc.patient.name, b, f);
    s.pair(col[1] ?? x0, y, '性别：', sex, b, f);
    s.pair(col[2] ?? x0, y, '年龄：', age, b, f);
    y += lh;
    s.pair(col[0] ?? x0, y, '民族：', rng.pick(['汉族', '汉族', '回族']), b, f);
    s.pair(col[1] ?? x0, y, '职业：', doc.patient.age < 18 ? '学生' : rng.pick(['农民', '退休', '工人', '个体']), b, f);
    s.pair(col[2] ?? x0, y, '婚姻：', doc.patient.age < 22 ? '未婚' : '已婚', b, f);
    y += lh;
    s.pair(col[0] ?? x0, y, '身份证号：', doc.patient.idNumber, b, f);
    s.pair(col[2] ?? x0, y, '病史陈述者：', doc.patient.age < 14 ? '患儿母亲' : rng.pick(['患者本人', '患者本人及家属']), b, f);
    y += lh;
    const ds: DateStyle = rng.pick(['isoTime', 'cnTime', 'cnHour', 'slashTime'] as const);
    const inAt = formatDate(doc.dates.admission, ds, doc.times.admission);
    const outAt = formatDate(doc.dates.discharge, ds, doc.times.discharge);
    s.pair(col[0] ?? x0, y, '入院时间：', inAt, b, f);
    s.pair(col[0] ?? x0, y + lh, '出院时间：', outAt, b, f);
    const hours = Math.round((24 * 60 + doc.times.discharge - doc.times.admission) / 60);
    s.pair(col[2] ?? x0, y + lh, '住院时长：', `${hours}小时`, b, f);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    y += lh * 2.6;

    const sec = (label: string, text: string, keep: readonly string[] = []): void => {
      const lw = s.put(x0, y, label, b);
      y = prose(s, x0, y, w, text, f, lh, { indent: lw, keep }) + 10;
    };
    const cycle = rng.int(2, 6);
    const chief = complaint(doc, rng, cycle);
    sec('主诉：', `${chief}。`);
    const vit = `T ${(36.2 + rng.int(0, 6) / 10).toFixed(1)}℃，P ${rng.int(64, 96)}次/分，R ${rng.int(16, 20)}次/分，BP ${rng.int(108, 156)}/${rng.int(62, 92)}mmHg`;
    const child = doc.patient.age < 14;
    const remote = child ? null : remoteHistory(rng, doc.dx.keys);
    const past = remote ? `${remote.remote}；${remote.negated}` : `平素体健；${doc.history.negated}`;
    sec('入院情况：', `${child ? '患儿' : '患者'}${doc.primary === 'MALIGNANT_TUMOR_OUTPATIENT' || doc.primary === 'LEUKEMIA' ? '因上述病情' : `因“${chief}”`}入院。`
      + `既往史：${past}。家族史：${doc.history.family}。查体：${vit}，神志清，精神可，心肺听诊未见明显异常。`);
    const how: Mark = rng.pick(['1.', '（1）', '①'] as const);
    const first = doc.dx.western[0];
    const admitted: readonly Dx[] = first ? [first, ...doc.dx.western.slice(1, rng.int(1, 2))] : doc.dx.admission;
    const listLine = (label: string, items: readonly Dx[]): void => {
      const lw = s.put(x0, y, label, b);
      listed(items, how).forEach((t, i) => s.put(x0 + lw, y + i * lh, t, f));
      y += items.length * lh + 10;
    };
    listLine('入院诊断：', admitted);
    sec('诊疗经过：', course(doc, rng, cycle));
    const punctured = ['CORONARY_HEART_DISEASE', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'URAEMIA_DIALYSIS'].includes(doc.primary);
    sec('出院情况：', `${child ? '患儿' : '患者'}${rng.pick(['无不适主诉', '一般情况可，无发热', '精神、饮食可'])}，生命体征平稳，`
      + `${punctured ? rng.pick(['穿刺处无渗血', '穿刺处无渗血，准予出院']) : rng.pick(['准予出院', '病情稳定，准予出院'])}。`);
    listLine('出院诊断：', doc.dx.western);
    s.diagnoses(doc.dx.western);
    const back: Partial<Record<DiseaseKey, string>> = {
      MALIGNANT_TUMOR_OUTPATIENT: '1周后复查血常规、肝肾功能，21天后返院行下一周期化疗', LEUKEMIA: '1周后复查血常规',
      URAEMIA_DIALYSIS: '按时规律透析，保持导管清洁干燥', HEMOPHILIA: '避免剧烈运动，关节肿痛时及时就诊',
    };
    const meds = [...new Set(doc.medicines)].filter((m) => !/注射|疗法|配方粉/u.test(m)).slice(0, 2);
    const take = meds.length > 0 && doc.primary !== 'MALIGNANT_TUMOR_OUTPATIENT' ? `继续口服：${meds.join('，')}` : '居家观察，注意体温变化';
    sec('出院医嘱：', `1.注意休息，清淡饮食；2.${take}；3.${back[doc.primary] ?? '1个月后心内科门诊复诊'}，不适随诊。`, meds);

    const by = Math.max(y + lh * 1.4, 1900);
    const mw = s.put(right - 560, by, '医师签名：', f);
    handwritten(s, right - 560 + mw + 12, by, doc.doctors.resident, pt * 1.3, rng);
    const recorded = later(doc.times.discharge, rng.int(20, 150));
    s.put(right - 560, by + lh * 1.3, `记录时间：${formatDate(doc.dates.discharge, 'iso')} ${recorded}`, f);
    const small = st(face, 8.5, { color: '#444' });
    s.line(x0, 2195, right, 2195, 1);
    s.put(x0, 2235, `打印时间：${formatDate(printedOn(doc), 'isoTime', doc.times.print)}`, small);
    s.put(s.width / 2, 2235, '第 1 页', { ...small, align: 'center' });
    s.put(right, 2235, `${doc.patient.name}  住院号：${doc.recordNo}`, { ...small, align: 'right' });
  },
};
