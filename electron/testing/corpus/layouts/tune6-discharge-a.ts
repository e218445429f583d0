import { makeDoc } from '../case';
import { addDays, clock, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey, Dx } from '../diseases';
import { COUNTY_MORE, PROVINCES_TCM, TCM } from '../hospitals';
import { handwritten, logo, nameStamp } from '../marks';
import type { Rng } from '../rng';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { addressLine, listed, pastHistory, printedOn, type Mark } from './kit';
import { localTo } from './tune3-kit';
import { para, suited, TCM_KEYS, tcmDx, type TcmJoin, wrap } from './tune6-kit';

/** The county TCM hospitals (茌平区中医医院 among the newer list). */
const HOSPITALS = [...TCM, ...PROVINCES_TCM, ...COUNTY_MORE.filter((h) => h.name.includes('中医'))];

/** The ward a TCM hospital admits the disease to, and the one it may be moved to during the stay. */
const WARD: Partial<Record<DiseaseKey, readonly [string, string]>> = {
  DIABETES: ['内分泌科', '老年病科'], CEREBROVASCULAR_DISEASE: ['脑病科', '针灸康复科'], HYPERTENSION: ['心病科', '老年病科'],
  CORONARY_HEART_DISEASE: ['心病科', '老年病科'], POST_ARTERIAL_STENT_ANTICOAGULATION: ['心病科', '老年病科'], URAEMIA_DIALYSIS: ['肾病科', '血液净化中心'],
};

/** How the TCM side treats the disease (治法). */
const HERBS: Partial<Record<DiseaseKey, string>> = {
  DIABETES: '益气养阴、活血通络', CEREBROVASCULAR_DISEASE: '化痰息风、活血通络', HYPERTENSION: '平肝潜阳、滋养肝肾',
  CORONARY_HEART_DISEASE: '益气活血、通脉止痛', POST_ARTERIAL_STENT_ANTICOAGULATION: '益气活血、通脉止痛', URAEMIA_DIALYSIS: '健脾补肾、泄浊化瘀',
};

/** Tongue and pulse as TCM notes write them. */
const tonguePulse = (rng: Rng): string => `舌${rng.pick(['淡红', '暗红', '红', '淡暗'])}，苔${rng.pick(['薄白', '白腻', '黄腻', '少'])}，`
  + `脉${rng.pick(['弦细', '沉细', '弦滑', '细数', '细涩'])}`;

/**
 * 出院记录 of a county TCM hospital: logo and name at the left of the header, the patient in a boxed column at the right
 * (姓名 … 住院号, 身份证号, 入院 / 出院 with the hour), sections under headings on their own lines, a 转科 note during
 * the stay, and 出院诊断 on its own line with 中医诊断 (病名 + 证型) and 西医诊断 blocks under it.
 */
export const tune6DischargeTcmColumn: Layout = {
  id: 'tune6-discharge-tcm-column',
  kind: 'discharge',
  split: 'tune',
  style: 'County TCM hospital (Shandong, Jiangsu, Sichuan, Hebei, Henan) 出院记录: logo and name left, patient facts in a boxed right-hand column, headings on their own lines, serif or sans 10.5–11.5 pt',
  exercises: ['patient facts in a bordered column at the right beside the logo (姓　名 / 性别年龄 / 科　室 / 床　号 / 住院号 / 身份证号 / 入院 / 出院)',
    '入院时间 / 出院时间 2025.03.04 09:30 / 2025年03月04日 09:30 / 2025-03-04 09:30 in the column',
    '科室 with a 转科 note (康复科（由脑病科转入）) and the transfer date during the stay in 诊疗经过',
    'section headings on their own lines, text indented under them', '入院诊断 中医 + 西医 inline (not counted)',
    '出院诊断 heading alone, then 中医诊断 消渴病 气阴两虚证 / 眩晕病（肝阳上亢证） / 胸痹心痛病　心血瘀阻证 and 西医诊断 numbered (both counted)',
    'past illness, denials and family history, 舌脉', '经治医师 handwritten, 上级医师 printed with a red name stamp', 'address footer, 打印日期 (later), 第1页 共1页'],
  doc: (rng) => {
    const doc = suited(localTo(makeDoc(rng, { kind: 'discharge', hospitals: HOSPITALS, keys: TCM_KEYS, aliases: true, yearEnd: 0.12,
      outside: 0.08, compoundSurnames: 0.12 }), rng));
    // A county TCM ward's patients: stents rather than valves, strokes rather than a subarachnoid bleed.
    const swap = (t: string): string => (/瓣膜/u.test(t) ? '冠状动脉支架植入术后' : /蛛网膜下腔/u.test(t) ? '脑梗死' : t);
    return { ...doc, dx: { ...doc.dx, western: doc.dx.western.map((d) => ({ ...d, text: swap(d.text) })) } };
  },
  draw(s, doc, rng) {
    s.ink = '#161616';
    const x0 = 120;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.6);
    const face = serif ? rng.pick(['serif', 'serifLight'] as const) : 'sans';
    const bold = serif ? 'serifBold' : 'sansBold';
    const semi = serif ? 'serifSemi' : 'sansMedium';
    const tone = rng.pick(['#7a1f1f', '#1f5a3a', '#6b4a12']);

    // Left: logo, hospital, title. Right: the patient column.
    logo(s, x0 + 62, 175, 60, tone, rng.pick(['ring', 'cross'] as const));
    s.put(x0 + 150, 170, doc.hospital.name, st(bold, 19, { color: tone, spacing: 2 }));
    s.put(x0 + 150, 222, rng.pick(['（中西医结合诊疗中心）', '（国家中医药管理局二级甲等中医医院）', '']), st(face, 9, { color: tone }));
    s.put(x0 + 150, 330, rng.pick(['出 院 记 录', '出院记录', '出 院 小 结']), st(bold, 20, { spacing: 6 }));

    const [ward, later] = WARD[doc.primary] ?? ['内科', '老年病科'];
    const moved = rng.chance(0.55) && doc.stayDays >= 6 && (later !== '老年病科' || doc.patient.age >= 60);
    const [sex, age] = sexAge(doc);
    const ds: DateStyle = rng.pick(['dotPad', 'cn', 'iso'] as const);
    const when = (iso: string, m: number): string => `${formatDate(iso, ds)} ${clock(m)}`;
    const colX = 1000;
    const colW = right - colX;
    const rowH = px(10) * 1.95;
    const cf = st(face, 10);
    const cb = st(semi, 10);
    const rows: [string, string][] = [
      ['姓\u3000名：', doc.patient.name], ['性别年龄：', `${sex}\u3000${age}`], ['科\u3000室：', moved ? `${later}（由${ward}转入）` : ward],
      ['床　号：', `${doc.bed}床`], ['住院号：', doc.recordNo], ['身份证号：', doc.patient.idNumber],
      ['入院时间：', when(doc.dates.admission, doc.times.admission)], ['出院时间：', when(doc.dates.discharge, doc.times.discharge)],
      ['住院天数：', `${doc.stayDays}天`],
    ];
    const top = 98;
    s.g.fillStyle = '#f5f2ea';
    s.g.fillRect(colX, top, colW, rows.length * rowH + 20);
    s.rect(colX, top, colW, rows.length * rowH + 20, 1.6, tone);
    rows.forEach(([l, v], i) => s.pair(colX + 20, top + 10 + rowH * (i + 0.72), l, v, cb, i === 0 ? st(semi, 11) : cf));
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    const ruleY = top + rows.length * rowH + 60;
    s.line(x0, ruleY, right, ruleY, 3, tone);
    s.line(x0, ruleY + 7, right, ruleY + 7, 1, tone);

    // The sections, composed first so the size can shrink until they fit above the signatures.
    const cn = (iso: string): string => formatDate(iso, 'cnShort');
    const join: TcmJoin = rng.pick([' ', '（）', '\u3000'] as const);
    const tcm = tcmDx(doc, rng, join);
    const how: Mark = rng.pick(['1.', '（1）', '①'] as const);
    const transfer = addDays(doc.dates.admission, rng.int(2, Math.max(2, doc.stayDays - 3)));
    const back = addDays(doc.dates.discharge, rng.pick([14, 30]));
    const meds = [...new Set(doc.medicines)].slice(0, 2);
    const before: [string, string, readonly string[]][] = [
      ['入院情况：', `患者因“${doc.complaint}”于${cn(doc.dates.admission)}入院。既往史：${pastHistory(doc, rng)}。家族史：${doc.history.family}。`
        + `查体：BP ${rng.int(118, 176)}/${rng.int(66, 102)}mmHg，神清，精神${rng.pick(['可', '欠佳', '一般'])}，${tonguePulse(rng)}。`, []],
      ['入院诊断：', `中医诊断：${tcm[0]?.text ?? ''}\u3000西医诊断：${listed(doc.dx.admission, how).join('  ')}`,
        [...tcm.map((d) => d.text), ...listed(doc.dx.admission, how)]],
      ['诊疗经过：', `入院后完善血常规、生化全项、心电图、${doc.primary === 'CEREBROVASCULAR_DISEASE' ? '头颅MRI' : '心脏彩超'}等检查，西医予${doc.course}治疗，`
        + `中医治以${HERBS[doc.primary] ?? '益气活血'}，予中药汤剂口服，配合${rng.pick(['针刺', '穴位贴敷', '中药足浴', '耳穴压豆'])}治疗。`
        + (moved ? `病情稳定后于${cn(transfer)}转入${later}继续治疗。` : '')
        + `经治疗患者${rng.pick(['症状明显减轻', '诸症好转', '病情平稳'])}。`, []],
      ['出院情况：', `患者${rng.pick(['精神、饮食可', '神清，精神可', '无明显不适'])}，${tonguePulse(rng)}，于${cn(doc.dates.discharge)}出院。`, []],
    ];
    const advice: [string, string, readonly string[]] = ['出院医嘱：', `1.${doc.dx.keys.includes('DIABETES') ? '糖尿病饮食，适量运动，监测血糖'
      : rng.pick(['调畅情志，饮食有节，忌食辛辣', '低盐低脂饮食，避风寒，慎起居'])}；2.出院带药：${meds.join('；')}；中药汤剂7剂，日1剂，水煎服；`
      + `3.${cn(back)}门诊复诊，不适随诊。`, meds];
    const western: Dx[] = doc.dx.western.filter((d) => !(rng.chance(0.3) && tcm.some((t) => t.key === d.key)));
    const dxLines = tcm.length + western.length;
    const height = (p: number): number => {
      const [l, width] = [px(p) * 1.8, w - px(p)];
      const text = [...before, advice].reduce((n, [, t, keep]) => n + wrap(s, t, width, st(face, p), { indent: px(p) * 2, keep }).length, 0);
      return 6 * l * 1.05 + (text + dxLines) * l + 7 * 12 + l * 1.2;
    };
    let pt = rng.pick([10.5, 11, 11.5]);
    const room = 2110 - (ruleY + 80);
    while (pt > 9.5 && height(pt) > room) pt -= 0.5;
    const f = st(face, pt);
    const b = st(semi, pt);
    const lh = px(pt) * 1.8;

    let y = ruleY + 80;
    const section = ([title, text, keep]: readonly [string, string, readonly string[]]): void => {
      s.put(x0, y, title, st(bold, pt + 0.5));
      y += lh * 1.05;
      y = para(s, x0 + px(pt), y, w - px(pt), text, f, lh, { indent: px(pt) * 2, keep }) + 12;
    };
    before.forEach(section);
    s.put(x0, y, '出院诊断：', st(bold, pt + 0.5));
    y += lh * 1.05;
    const inset = x0 + px(pt) * 2;
    const tw = s.put(inset, y, '中医诊断：', b);
    tcm.forEach((d, i) => s.put(inset + tw, y + i * lh, d.text, f));
    y += tcm.length * lh + 6;
    if (western.length > 0) {
      const ww = s.put(inset, y, '西医诊断：', b);
      listed(western, how).forEach((t, i) => s.put(inset + ww, y + i * lh, t, f));
      y += western.length * lh;
    }
    y += 12;
    s.diagnoses([...tcm, ...western]);
    section(advice);

    const sy = Math.max(y + lh * 1.2, 1960);
    const mw = s.put(x0, sy, '经治医师：', f);
    handwritten(s, x0 + mw + 12, sy, doc.doctors.resident, pt * 1.3, rng);
    const uw = s.put(x0 + 640, sy, '上级医师：', f);
    const nw = s.put(x0 + 640 + uw, sy, doc.doctors.attending, f);
    nameStamp(s, x0 + 640 + uw + nw + 130, sy - 14, doc.doctors.attending, rng);
    const small = st(face, 8.5, { color: '#444' });
    s.line(x0, 2185, right, 2185, 1, tone);
    s.put(x0, 2225, addressLine(doc), small);
    s.put(right, 2225, `打印日期：${formatDate(printedOn(doc), 'iso')}\u3000第1页 共1页`, { ...small, align: 'right' });
  },
};
