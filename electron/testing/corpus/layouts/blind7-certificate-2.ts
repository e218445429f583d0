import { makeDoc } from '../case';
import { addDays, formatDate, parts } from '../dates';
import type { Hospital } from '../hospitals';
import { barcode, handwritten, seal } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { fillIn, listed, type Mark } from './kit';
import { h } from './blind7-kit';

/** Big-city tertiary hospitals patients travel to; the specialised ones treat only their diseases. */
const TERTIARY: readonly Hospital[] = [
  h('首都医科大学附属北京天坛医院', '北京市丰台区南四环西路119号', '010-59975120', { only: ['CEREBROVASCULAR_DISEASE'] }),
  h('中国医学科学院阜外医院', '北京市西城区北礼士路167号', '010-88398120',
    { only: ['CORONARY_HEART_DISEASE', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'HYPERTENSION'] }),
  h('中国医学科学院肿瘤医院', '北京市朝阳区潘家园南里17号', '010-87788120', { only: ['MALIGNANT_TUMOR_OUTPATIENT'] }),
  h('北京大学第六医院', '北京市海淀区花园北路51号', '010-82801984', { only: ['SEVERE_MENTAL_DISORDER'] }),
  h('北京大学人民医院', '北京市西城区西直门南大街11号', '010-88326666'), h('天津医科大学总医院', '天津市和平区鞍山道154号', '022-60362255'),
  h('河北医科大学第二医院', '河北省石家庄市新华区和平西路215号', '0311-66002999'),
  h('郑州大学第一附属医院', '河南省郑州市二七区建设东路1号', '0371-66913114'), h('山东大学第二医院', '济南市天桥区北园大街247号', '0531-85875120'),
];

/**
 * Big-city tertiary hospital (Beijing, Tianjin, Shijiazhuang, Zhengzhou, Jinan) 诊断证明书 pad: the form pre-printed in
 * blue or black 宋体 in a frame with a red serial No., a HIS patient sticker pasted on (barcode, hospital ID, registration
 * time), values printed by the EMR onto the ruled blanks a little off register, the stay in a sentence on some, 建议 with
 * a rest period, the doctor's signature and the date by hand or by printer, the 诊断证明专用章.
 * Truth: no ID (the sticker's ID号 is the hospital's), the date of issue (not the registration or the rest period), the
 * stay when told, the numbered diagnoses.
 */
export const blind7Certificate2: Layout = {
  id: 'blind7-certificate-2',
  kind: 'certificate',
  split: 'blind',
  style: 'blind7 layout 8',
  exercises: ['held out'],
  doc: (rng) => makeDoc(rng, { kind: 'certificate', hospitals: TERTIARY, aliases: true, compoundSurnames: 0.1 }),
  draw(s, doc, rng) {
    const p = doc.patient;
    const ink = rng.pick(['#1d3d8f', '#1a1a1a', '#203a7a']);
    const lab = st(rng.pick(['serif', 'serifMedium'] as const), 13, { color: ink });
    const pt = rng.pick([12, 12.5]);
    const val = st(rng.pick(['sans', 'serif'] as const), pt);
    const lh = px(13) * 2.1;
    const [x0, x1] = [140, s.width - 140];
    const w = x1 - x0;
    const [dx, dy] = [rng.range(-8, 12), rng.range(-5, 4)];

    s.put(s.width / 2, 175, doc.hospital.name, st('serifBold', 19, { align: 'center', color: ink, spacing: 2 }));
    s.put(s.width / 2, 262, '诊 断 证 明 书', st('serifBold', 22, { align: 'center', color: ink, spacing: 6 }));
    s.put(x1, 330, `No ${String(rng.int(10000, 999999)).padStart(7, '0')}`, st('serifBold', 13, { align: 'right', color: '#c8282d' }));

    // The HIS sticker, pasted at the top left.
    const [sx, sy, sw, sh] = [x0 - 6 + rng.range(0, 20), 300 + rng.range(0, 16), 600, 210];
    s.g.fillStyle = 'rgba(0, 0, 0, 0.12)';
    s.g.fillRect(sx + 4, sy + 4, sw, sh);
    s.g.fillStyle = '#fdfdfb';
    s.g.fillRect(sx, sy, sw, sh);
    const hid = String(rng.int(1000000, 99999999)).padStart(10, '0');
    barcode(s, sx + 20, sy + 16, hid, 50, 2);
    const tiny = st('sans', 9.5);
    const reg = addDays(doc.dates.issue, -rng.pick([0, 0, 0, 1, 2]));
    s.put(sx + 20, sy + 100, `${p.name}  ${p.sex}  ${p.age}岁`, st('sansBold', 10.5));
    s.put(sx + 20, sy + 142, `ID号：${hid}  ${doc.department}`, tiny);
    s.put(sx + 20, sy + 184, `挂号：${formatDate(reg, 'isoTime', doc.times.visit)}  ${rng.pick(['普通号', '专家号', '复诊号'])}`, tiny);

    let y = 620;
    fillIn(s, x0, y, '姓名', p.name, 330, lab, { ...val, face: 'sansMedium' }, ink);
    fillIn(s, x0 + w * 0.38, y, '性别', p.sex, 150, lab, val, ink);
    fillIn(s, x0 + w * 0.62, y, '年龄', `${p.age}岁`, 180, lab, val, ink);
    y += lh;
    fillIn(s, x0, y, '科别', doc.department, 330, lab, val, ink);
    fillIn(s, x0 + w * 0.38, y, rng.pick(['门诊号', '病案号']), doc.recordNo, 420, lab, val, ink);
    s.note({ name: p.name, visitDate: doc.dates.issue });

    // 诊断: ruled lines with the EMR's text printed onto them.
    y += lh * 1.2;
    s.put(x0, y, '诊断：', lab);
    const how: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    const typed: string[] = [];
    const stay = rng.chance(0.4);
    if (stay) {
      const ds = rng.pick(['cn', 'iso'] as const);
      typed.push(`患者于${formatDate(doc.dates.admission, ds)}至${formatDate(doc.dates.discharge, ds)}在我院住院治疗${doc.stayDays}天。`);
      s.note({ admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    }
    typed.push(...listed(doc.dx.western, how));
    s.diagnoses(doc.dx.western);
    const rows = Math.max(5, typed.length);
    for (let i = 0; i < rows; i += 1) s.line(x0 + 110, y + i * lh + 12, x1, y + i * lh + 12, 1.2, ink);
    typed.forEach((t, i) => s.put(x0 + 130 + dx, y + i * lh + dy - 2, t, val));
    y += rows * lh + lh * 0.4;

    s.put(x0, y, '建议：', lab);
    const weeks = rng.int(1, 4);
    const restTo = formatDate(addDays(doc.dates.issue, weeks * 7 - 1), 'cn');
    const advice = [rng.pick([`建议休息${weeks}周（${formatDate(doc.dates.issue, 'cn')}至${restTo}）。`, `全休${weeks * 7}天。`]),
      rng.pick(['需长期规律服药治疗，定期专科门诊复查。', '避免劳累，门诊随诊。', '建议当地医院继续治疗。'])];
    for (let i = 0; i < 3; i += 1) s.line(x0 + 110, y + i * lh + 12, x1, y + i * lh + 12, 1.2, ink);
    advice.forEach((t, i) => s.put(x0 + 130 + dx, y + i * lh + dy - 2, t, val));
    y += 3 * lh + lh * 0.6;

    const sl = s.put(x0, y, '医师签字：', lab);
    s.line(x0 + sl, y + 12, x0 + sl + 300, y + 12, 1.2, ink);
    handwritten(s, x0 + sl + 30, y - 4, doc.doctors.attending, 15, rng);
    const dl = s.put(x0 + w * 0.52, y, '日期：', lab);
    s.line(x0 + w * 0.52 + dl, y + 12, x1, y + 12, 1.2, ink);
    const [yy, mm, dd] = parts(doc.dates.issue);
    const by = rng.chance(0.5);
    if (by) handwritten(s, x0 + w * 0.52 + dl + 30, y - 4, rng.pick([`${yy}.${mm}.${dd}`, `${yy}年${mm}月${dd}日`]), 15, rng);
    else s.put(x0 + w * 0.52 + dl + 30 + dx, y + dy - 2, formatDate(doc.dates.issue, 'cn'), val);
    seal(s, x0 + w * 0.78 + rng.range(-30, 30), y - rng.range(20, 70), rng.range(120, 140), doc.hospital.name, '诊断证明专用章', rng);

    y += lh * 1.6;
    const note = st(lab.face, 10, { color: ink });
    s.put(x0, y, '注：1.本证明须加盖医院诊断证明专用章方有效，涂改无效。', note);
    s.put(x0 + px(10) * 2, y + px(10) * 1.7, '2.本证明一式一联，遗失不补，复印无效。', note);
    // The pad ends a little below its notes (16开 on the A4 glass), the address on its lower edge.
    const bottom = Math.min(y + rng.range(260, 480), 2200);
    s.put(s.width / 2, bottom - 36, `${doc.hospital.address}\u3000${doc.hospital.phone}`, st(lab.face, 9, { align: 'center', color: ink }));
    s.rect(x0 - 30, 80, w + 60, bottom - 80, 2.5, ink);
  },
};
