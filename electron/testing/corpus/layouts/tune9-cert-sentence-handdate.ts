import { makeDoc } from '../case';
import { addDays, formatDate, parts, type DateStyle } from '../dates';
import { COUNTY, COUNTY_MORE, TCM, TOWNSHIP } from '../hospitals';
import { handwritten, seal } from '../marks';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { forPatient } from './kit';
import { needs } from './tune2-kit';
import { handWidth } from './tune4-kit';
import { para, settled, suited } from './tune6-kit';
import { PRIVATE, runnable, spaced } from './tune9-kit';

/**
 * 诊断证明书 printed from a county, township or private hospital's template and finished by pen: one sentence carries the
 * patient, the visit and the diseases (兹证明张三（男，67岁，身份证号：…）于2025年3月1日在我院心内科就诊，患有高血压病3级、
 * 2型糖尿病，…，建议休息7天（…至…）), 有效期 on some pages, and at the bottom the doctor signs and writes the date of
 * issue into the printed 年 月 日 (truth), under the seal.
 */
export const tune9CertSentenceHanddate: Layout = {
  id: 'tune9-cert-sentence-handdate',
  kind: 'certificate',
  split: 'tune',
  style: 'County / township / TCM / private hospital 诊断证明书 from a Word template: centred spaced title, red No., one-sentence '
    + 'body in 宋体 13.5–15 pt, the date of issue written by hand into printed 年 月 日, seal',
  exercises: ['everything in one sentence: 兹证明张三（男，67岁，身份证号：…）… / 兹证明患者张三，男，67岁，身份证号码… / 兹证明张三同志，…',
    'the diseases inside it after 患有, joined by 、 (all counted; a name with a comma in it written with brackets)',
    'a visit 于2025年3月1日在我院…就诊 days before the issue on some pages (not the issue)',
    'rest after the issue: 建议休息7天（2025年3月4日至2025年3月10日） / 建议全休两周，自…起至…止 (not the issue)',
    '本证明有效期至… / 自开具之日起30日内有效 on some pages', '医师签名 handwritten, 医院（盖章） with the seal',
    'the date of issue written by hand between printed 年 月 日, on underlines or in gaps (2025 年 3 月 4 日, truth)'],
  doc: (rng) => runnable(settled(suited(forPatient(makeDoc(rng, { kind: 'certificate',
    hospitals: [...COUNTY, ...COUNTY_MORE, ...TCM, ...TOWNSHIP.filter((h) => h.name.includes('卫生院')), ...PRIVATE],
    compoundSurnames: 0.15 }), rng, COUNTY)))),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 170;
    const right = s.width - x0;
    const w = right - x0;
    const face = rng.pick(['serif', 'serif', 'serifLight'] as const);
    const pt = rng.pick([13.5, 14, 15]);
    const f = st(face, pt);
    const lh = px(pt) * 2;

    s.put(s.width / 2, 190, doc.hospital.name, st('serifBold', 20, { align: 'center', spacing: 5 }));
    s.put(s.width / 2, 300, '诊 断 证 明 书', st('serifBold', 22, { align: 'center', spacing: 14 }));
    s.put(right, 380, `No.${String(rng.int(1, 99999)).padStart(6, '0')}`, st('sansMedium', 12, { align: 'right', color: '#c0262d' }));

    const [sex, age] = sexAge(doc);
    const ds: DateStyle = rng.pick(['cnShort', 'cnShort', 'cn'] as const);
    const issue = doc.dates.issue;
    const seen = addDays(issue, -rng.pick([0, 0, 1, 2, 3, 5]));
    const days = rng.pick([3, 5, 7, 7, 14, 14, 30]);
    const from = addDays(issue, rng.pick([0, 1]));
    const to = addDays(from, days - 1);
    const dx = doc.dx.western.map((d) => d.text).join('、');
    const id = doc.patient.idNumber;
    const name = doc.patient.name;
    const where = `在我院${doc.department}${rng.pick(['门诊', ''])}就诊`;
    const rest = rng.chance(0.5) ? `建议休息${days}天（${formatDate(from, ds)}至${formatDate(to, ds)}）`
      : `建议全休${days === 14 ? '两周' : `${days}天`}，自${formatDate(from, ds)}起至${formatDate(to, ds)}止`;
    const sentence = rng.pick([
      `兹证明${name}（${sex}，${age}，身份证号：${id}）于${formatDate(seen, ds)}${where}，患有${dx}，${needs(doc)}，${rest}。`,
      `兹证明患者${name}，${sex}，${age}，身份证号码${id}，经我院${doc.department}诊断患有${dx}，${needs(doc)}，${rest}。`,
      `兹证明${doc.patient.age < 14 ? `患儿${name}` : `${name}同志`}，${sex}，${age}，身份证号：${id}，患有${dx}，`
        + `于${formatDate(seen, ds)}来我院就诊，${rest}。`,
    ]);
    let y = para(s, x0, 500, w, sentence, f, lh, { indent: px(pt) * 2, keep: [id, name, ...doc.dx.western.map((d) => d.text),
      formatDate(seen, ds), formatDate(from, ds), formatDate(to, ds)] });
    s.diagnoses(doc.dx.western);
    s.note({ name, idNumber: id, visitDate: issue });
    y = para(s, x0, y, w, '特此证明。', f, lh, { indent: px(pt) * 2 });
    if (rng.chance(0.5)) {
      const valid = rng.chance(0.5) ? `本证明有效期至${formatDate(addDays(issue, rng.pick([30, 90])), ds)}。` : '本证明自开具之日起30日内有效，涂改无效。';
      y = para(s, x0, y, w, valid, f, lh, { indent: px(pt) * 2 });
    }

    // The doctor signs; the date of issue goes into the printed 年 月 日 by hand.
    y = Math.max(y + lh * 2, 1250);
    const sx = x0 + w * 0.45;
    const sw = s.put(sx, y, '医师签名：', f);
    handwritten(s, sx + sw + 12, y, doc.doctors.attending, pt * 1.15, rng);
    y += lh * 1.4;
    s.put(sx, y, `${spaced('医院', false)}（盖章）`, f);
    y += lh * 1.4;
    const dl = s.put(sx, y, '日期：', f);
    const [yy, mm, dd] = parts(issue);
    const under = rng.chance(0.5);
    const hpt = pt * 1.1;
    let cx = sx + dl;
    for (const [v, unit, room] of [[String(yy), '年', 150], [String(mm), '月', 80], [String(dd), '日', 80]] as const) {
      const need = handWidth(s, v, hpt);
      const bw = Math.max(room, need + 20);
      if (under) s.line(cx + 4, y + 10, cx + bw - 4, y + 10, 1.2);
      handwritten(s, cx + (bw - need) / 2, y - 4, v, hpt, rng);
      cx += bw;
      cx += s.put(cx, y, unit, f) + 6;
    }
    seal(s, sx + 200 + rng.range(-40, 40), y - lh * 1.2 + rng.range(-20, 20), rng.range(125, 145), doc.hospital.name,
      rng.pick(['诊断证明专用章', '医务科', '门诊部']), rng);
    s.line(x0, 2150, right, 2150, 1);
    s.put(x0, 2190, '注：1.本证明须加盖医院公章方有效；2.涂改无效；3.仅供病休、请假使用。', st(face, 9.5, { color: '#333' }));
  },
};
