import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import { nameStamp, qrCode } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, maskedId, type Mark } from './kit';
import { countyWords, denial, followUp } from './tune10-kit';
import { suspected } from './tune11-kit';
import { weekday } from './tune3-kit';
import { plausible } from './tune4-kit';
import { para, suited } from './tune6-kit';
import { inline } from './tune8-kit';
import { native23, SOUTH23 } from './blind23-kit';

/**
 * 门诊病历 of a county hospital in Fujian, Zhejiang, Yunnan, Guizhou, Jiangxi or Chongqing, printed by its outpatient EMR on
 * a half-width column of A4 (the other half left blank for the doctor's notes): a QR at the top right, the visit's day with
 * its weekday and 上午 / 下午 under the title (就诊日期 — truth), the patient in a grey box (姓名 — truth; 证件号 masked in the
 * middle — so no ID), 上次就诊 with its day and a suspected diagnosis (decoys), 主诉 / 现病史 / 既往史 with
 * denials (not counted), 体格检查, 诊断 (counted), 处理 with a 复诊 day (decoy) and the doctor's red name stamp.
 */
export const blind23Outpatient1: Layout = {
  id: 'blind23-outpatient-1',
  kind: 'outpatient',
  split: 'blind',
  style: 'southern county hospital outpatient EMR printed in a narrow left column of A4: QR, visit day with weekday and 上午/下午, '
    + 'grey patient box with masked ID, 上次就诊 line, short sections, red name stamp, light sans or serif 10–11 pt',
  exercises: ['就诊日期 with weekday and 上午 / 下午 under the title (truth)', '证件号 masked in the middle (no ID)',
    '上次就诊 day and a suspected diagnosis (decoys)', '既往史 denials (not counted)', '诊断 numbered (counted)',
    '复诊 day in 处理 (decoy)', 'narrow column, the right half of the page blank'],
  doc: (rng) => native23(plausible(countyWords(suited(makeDoc(rng, { kind: 'outpatient', hospitals: SOUTH23, compoundSurnames: 0.05 })),
    rng, { outside: 0.25, near: 0.15 })), rng),
  draw(s, doc, rng) {
    s.ink = '#1a1a1a';
    const x0 = 110;
    const w = rng.pick([860, 900, 940]);
    const x1 = x0 + w;
    const serif = rng.chance(0.35);
    const pt = rng.pick([10, 10.5, 11]);
    const f = st(serif ? 'serif' : rng.pick(['sansLight', 'sans'] as const), pt);
    const b = st(serif ? 'serifSemi' : 'sansMedium', pt);
    const lh = px(pt) * 1.6;
    const p = doc.patient;

    qrCode(s, x1 - 130, 80, 130, rng);
    s.put(x0, 130, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 16));
    s.put(x0, 190, rng.pick(['门诊病历', '门诊病历记录', '门（急）诊病历']), st(serif ? 'serifBold' : 'sansBold', 14, { spacing: 3 }));
    const half = doc.times.visit < 12 * 60 ? '上午' : '下午';
    const when = `${formatDate(doc.dates.visit, rng.pick(['cn', 'iso', 'slash'] as const))} ${weekday(doc.dates.visit)} ${half}`;
    s.put(x0, 245, `${rng.pick(['就诊日期', '就诊时间'])}：${when}`, f);

    const county = /^.+?(?:县|区|市.*?市)|^.+?市/u.exec(doc.hospital.address)?.[0] ?? '';
    let y = 280;
    const boxH = lh * 4.2;
    s.g.fillStyle = '#eeeeee';
    s.g.fillRect(x0, y, w, boxH);
    s.rect(x0, y, w, boxH, 1, '#999');
    const rows: [string, string][][] = [
      [['姓名：', p.name], ['性别：', p.sex], ['年龄：', `${p.age}岁`]],
      [['门诊号：', doc.recordNo], ['科室：', `${doc.department}门诊`]],
      [['证件号：', maskedId(p.idNumber)]],
      [['住址：', `${county}${rng.pick(['城关镇', '东门街道', '新华街道', '河西乡'])}${rng.pick(['三元', '光明', '石桥', '柏树'])}村${rng.int(1, 80)}号`]],
    ];
    rows.forEach((r, ri) => inline(s, x0 + 18, y + lh * (ri + 0.85), r, b, f, 56));
    s.note({ name: p.name, idNumber: null, visitDate: doc.dates.visit });
    y += boxH + lh * 1.1;

    const last = addDays(doc.dates.visit, -rng.int(20, 120));
    const doubt = suspected(doc, rng);
    y = para(s, x0, y, w, `上次就诊：${formatDate(last, 'iso')}（${doc.department}，诊断：${doubt.text}）`, st(f.face, pt - 0.5, { color: '#555' }),
      lh, { keep: [formatDate(last, 'iso')] }) + lh * 0.3;
    const run = (label: string, text: string, keep: readonly string[] = []): void => {
      const lw = s.measure(label, b);
      s.put(x0, y, label, b);
      y = para(s, x0 + lw, y, w - lw, text, f, lh, { keep }) + lh * 0.25;
    };
    run('主诉：', followUp(doc));
    run('现病史：', `患者${followUp(doc)}，${rng.pick(['规律服药，近期自觉症状反复', '自行停药1周，症状加重', '无胸痛、晕厥，饮食睡眠可'])}，今来复诊。`);
    run('既往史：', `${doc.history.past}；${denial(doc, rng)}。`);
    run('体格检查：', `T ${36 + rng.int(3, 8) / 10}℃，BP ${rng.int(122, 178)}/${rng.int(72, 104)}mmHg，心肺听诊未闻及明显异常，双下肢无水肿。`);
    const how: Mark = rng.pick(['1.', '1、', '①'] as const);
    const dx = listed(doc.dx.western, how);
    s.diagnoses(doc.dx.western);
    const dl = s.put(x0, y, rng.pick(['诊断：', '门诊诊断：', '初步诊断：']), b);
    dx.forEach((t, i) => s.put(x0 + dl, y + i * lh, t, f));
    y += dx.length * lh + lh * 0.25;
    const next = addDays(doc.dates.visit, rng.pick([14, 28, 30]));
    const rx = doc.medicines.slice(0, 3).map((m, i) => `${i + 1}.${m}`);
    s.put(x0, y, '处理：', b);
    rx.forEach((t, i) => s.put(x0 + s.measure('处理：', b), y + i * lh, t, f));
    y += rx.length * lh;
    y = para(s, x0, y, w, `${rng.pick(['建议', '嘱'])}${formatDate(next, 'cnShort')}复诊，监测血压、血糖，不适随诊。`, f, lh,
      { keep: [formatDate(next, 'cnShort')] });

    y += lh * 1.6;
    const dw = s.put(x1 - 360, y, '医师签名：', f);
    nameStamp(s, x1 - 360 + dw + 110, y - px(pt) * 0.35, doc.doctors.attending, rng);
    s.put(x0, 2230, `${doc.hospital.address}\u3000${doc.hospital.phone}`, st('sans', 8, { color: '#666' }));
  },
};
