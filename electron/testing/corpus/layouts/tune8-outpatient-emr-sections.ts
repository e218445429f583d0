import { makeDoc } from '../case';
import { addDays, clock, formatDate, type DateStyle } from '../dates';
import { CITY_MORE, COUNTY, COUNTY_MORE, PROVINCES } from '../hospitals';
import { logo } from '../marks';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { forPatient, listed, pastHistory, printedOn, type Mark } from './kit';
import { FAR_PROVINCES, localTo } from './tune3-kit';
import { settled, suited } from './tune6-kit';
import { sectionTable, watermark } from './tune8-kit';

/**
 * 门诊电子病历 as a county EMR prints it on demand: a borderless three-column header with 就诊时间 2025/10/21 11:05
 * (truth), the whole note in a bordered two-column table (主诉 / 现病史 / 既往史 / … / 诊断 / 处理 / 医嘱 in the label
 * column), an electronic signature box with 签名时间 minutes after the visit, and a footer printed days or weeks later
 * (打印时间 2025/10/28 15:40, 打印次数), often under a faint diagonal watermark of the hospital's name.
 */
export const tune8OutpatientEmrSections: Layout = {
  id: 'tune8-outpatient-emr-sections',
  kind: 'outpatient',
  split: 'tune',
  style: 'County / city / other-province EMR 门诊电子病历 reprint: '
    + 'logo letterhead, borderless three-column header, body as a bordered label-column table, faint watermark, sans or serif 10–11 pt',
  exercises: ['就诊时间 2025/10/21 11:05 in a borderless three-column header (truth), beside 姓名 / 门诊号 / 身份证号 / 接诊医生',
    'the note as a bordered table: 主诉 / 现病史 / 既往史 / 个人史 / 家族史 / 体格检查 / 辅助检查 / 诊断 / 处理 / 医嘱 in a label column',
    '诊断 lines numbered 1. / ① inside their cell (counted)', 'past illness, denials and family history in their cells (not counted)',
    '复诊 date in 医嘱 (not the visit)', 'electronic signature box with 签名时间 the same day, minutes later',
    '打印时间 2025/10/28 15:40 with 打印人 and 打印次数 in the footer (later, not the visit)',
    'a faint diagonal watermark of the hospital name over the page on half the pages (not text)'],
  doc: (rng) => settled(suited(localTo(forPatient(makeDoc(rng, { kind: 'outpatient',
    hospitals: [...COUNTY, ...COUNTY_MORE, ...CITY_MORE, ...PROVINCES, ...FAR_PROVINCES], aliases: true, compoundSurnames: 0.12 }),
  rng, COUNTY), rng))),
  draw(s, doc, rng) {
    s.ink = '#141414';
    const x0 = 110;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.35);
    const face = serif ? 'serif' : rng.pick(['sans', 'sansLight'] as const);
    const semi = serif ? 'serifSemi' : 'sansMedium';
    const bold = serif ? 'serifBold' : 'sansBold';
    const pt = rng.pick([10, 10.5, 11]);
    const f = st(face, pt);
    const b = st(semi, pt);
    const lh = px(pt) * 1.7;
    const tone = rng.pick(['#1a4d8c', '#14633f', '#7a1f2b']);

    if (rng.chance(0.5)) watermark(s, doc.hospital.name, st('sansBold', 26));
    logo(s, x0 + 44, 130, 42, tone, rng.pick(['cross', 'ring', 'shield'] as const));
    s.put(x0 + 108, 128, doc.hospital.name, st(bold, 17, { color: tone, spacing: 2 }));
    s.put(x0 + 108, 170, doc.hospital.address, st(face, 8.5, { color: '#555' }));
    s.put(right, 150, '门诊电子病历', st(bold, 15, { align: 'right', spacing: 3 }));
    s.line(x0, 205, right, 205, 2.4, tone);

    const [sex, age] = sexAge(doc);
    const ds: DateStyle = rng.pick(['slashTime', 'slashTime', 'isoTime'] as const);
    const col = [x0, x0 + w * 0.36, x0 + w * 0.68];
    const rows: (readonly [string, string])[][] = [
      [['姓名：', doc.patient.name], ['性别：', sex], ['年龄：', age]],
      [['门诊号：', doc.recordNo], ['科室：', doc.department], ['接诊医生：', doc.doctors.attending]],
      [['身份证号：', doc.patient.idNumber], ['就诊时间：', formatDate(doc.dates.visit, ds, doc.times.visit)],
        ['费别：', rng.pick(['城乡居民医保', '职工医保', '自费', '门诊统筹'])]],
    ];
    let y = 260;
    for (const r of rows) {
      r.forEach(([l, v], i) => s.pair(col[i] ?? x0, y, l, v, b, f));
      y += lh;
    }
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.visit });
    y += 10;

    const how: Mark = rng.pick(['1.', '①'] as const);
    const labs = doc.labs[0];
    const results = (labs?.rows ?? []).slice(0, 3).map((r) => `${r.abbr} ${r.value}${r.unit}${r.flag}`).join('，');
    const next = formatDate(addDays(doc.dates.visit, rng.pick([7, 14, 28])), ds === 'isoTime' ? 'iso' : 'slash');
    const parts = doc.complaint.split('，');
    const now = parts.length > 1
      ? `患者${parts[0] ?? ''}，平素${rng.pick(['规律', '间断', '自行'])}服药，近期${parts[parts.length - 1] ?? ''}，`
      : `患者${doc.complaint}，${rng.pick(['未予重视', '曾于外院就诊', '今来我院就诊'])}，`;
    const care = doc.primary === 'SEVERE_MENTAL_DISORDER' ? '按时服药，家属监护，定期复查血常规、肝功能'
      : '低盐低脂饮食，规律服药，监测血压、血糖';
    const bp = `${rng.int(118, 176)}/${rng.int(68, 102)}mmHg`;
    y = sectionTable(s, x0, y, w, 200, [
      { label: '主诉', text: doc.complaint },
      { label: '现病史', text: `${now}无发热、胸痛，饮食睡眠可，二便正常。` },
      { label: '既往史', text: `${pastHistory(doc, rng)}。` },
      { label: '个人史', text: rng.pick(['生于原籍，无疫区居住史，无烟酒嗜好。', '无特殊。',
        doc.patient.age >= 40 && doc.patient.sex === '男' ? '吸烟20年，每日约10支，偶饮酒。' : '无烟酒嗜好。']) },
      { label: '家族史', text: `${doc.history.family}。` },
      { label: '过敏史', text: rng.pick(['否认药物及食物过敏史。', '青霉素过敏。', '无。']) },
      { label: '体格检查', text: `T 36.${rng.int(2, 8)}℃，P ${rng.int(62, 96)}次/分，R ${rng.int(16, 20)}次/分，BP ${bp}，神志清，精神可，`
        + '双肺呼吸音清，心律齐，各瓣膜听诊区未闻及病理性杂音，双下肢无水肿。' },
      { label: '辅助检查', text: results ? `${labs?.title ?? ''}：${results}。` : '暂无。' },
      { label: '诊断', lines: listed(doc.dx.western, how) },
      { label: '处理', lines: doc.medicines.slice(0, 3).map((m, i) => `${i + 1}.${m}`) },
      { label: '医嘱', text: `${care}；${next}复诊，不适随诊。`, keep: [next] },
    ], f, b, lh, { shade: '#f2f4f7', border: 1.3 });
    s.diagnoses(doc.dx.western);

    // The electronic signature: the doctor's name in a box, signed minutes after the visit began.
    y += lh * 1.6;
    const sl = s.put(x0 + w * 0.5, y, '医生签名：', b);
    const nw = s.measure(doc.doctors.attending, st(bold, pt + 1));
    s.rect(x0 + w * 0.5 + sl + 6, y - px(pt) * 1.15, nw + 36, px(pt) * 1.6, 1.4, tone);
    s.put(x0 + w * 0.5 + sl + 24, y, doc.doctors.attending, st(bold, pt + 1, { color: tone }));
    y += lh * 1.2;
    const signedAt = clock(Math.min(doc.times.visit + rng.int(6, 40), 23 * 60 + 50));
    const signed = `${formatDate(doc.dates.visit, ds === 'isoTime' ? 'iso' : 'slash')} ${signedAt}`;
    s.pair(x0 + w * 0.5, y, '签名时间：', signed, b, f);

    const small = st(face, 8.5, { color: '#333' });
    s.line(x0, 2180, right, 2180, 1);
    s.put(x0, 2220, `打印时间：${formatDate(printedOn(doc), ds, doc.times.print)}`, small);
    s.put(x0 + w * 0.38, 2220, `打印人：${rng.pick(['自助机', '门诊服务中心', '病案室'])}\u3000打印次数：${rng.int(1, 3)}`, small);
    s.put(right, 2220, '第1页 共1页', { ...small, align: 'right' });
  },
};
