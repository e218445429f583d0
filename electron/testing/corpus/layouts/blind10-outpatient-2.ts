import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, logo, qrCode } from '../marks';
import type { Cell, Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, pastHistory, printedOn, type Mark } from './kit';
import { mobile } from './tune5-kit';
import { lungTumour, para, suited } from './tune6-kit';
import { stamp } from './tune9-kit';
import { countyWords, followUp, kin } from './tune10-kit';
import { COUNTY10, local10, provincialFor } from './blind10-kit';

const KEYS: readonly DiseaseKey[] = ['CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE', 'CORONARY_HEART_DISEASE',
  'CORONARY_HEART_DISEASE', 'MALIGNANT_TUMOR_OUTPATIENT', 'MALIGNANT_TUMOR_OUTPATIENT', 'URAEMIA_DIALYSIS', 'DIABETES', 'HYPERTENSION',
  'LEUKEMIA'];

const TITLES: Record<string, readonly string[]> = { 主任医师: ['主任医师', '教授'], 副主任医师: ['副主任医师', '副教授'] };

/**
 * 远程会诊报告单 (远程门诊) of a county hospital's 远程医学中心 in Hubei, Hunan, Jiangxi, Chongqing, Guizhou, Yunnan, Hainan,
 * Anhui, Guangxi, Qinghai or Tianjin: a provincial hospital's specialist sees the patient over video. Shaded band headings over
 * bordered grids: 患者信息 (姓名, 身份证号 — truth — 联系电话), 会诊信息 with two hospitals, two doctors and two times (申请时间
 * days before — not truth — and 会诊时间, the visit — truth), 病情摘要 with history, relatives and dated tests (not truth),
 * 初步诊断 of the asking doctor with its question marks (not counted), 会诊意见 and 会诊诊断 (counted), the specialist's
 * handwritten name, 打印时间 later.
 */
export const blind10Outpatient2: Layout = {
  id: 'blind10-outpatient-2',
  kind: 'outpatient',
  split: 'blind',
  style: 'County hospital 远程医学中心 远程会诊报告单 with a provincial specialist: logo letterhead with the centre\'s name, QR, '
    + 'shaded band headings over bordered grids, 病情摘要 / 会诊意见 prose, two hospitals and two doctors, sans or serif 10.5–11 pt',
  exercises: ['申请医院 (the county) and 会诊医院 (a provincial hospital) both named', '申请时间 days before the 会诊时间 (truth = 会诊时间)',
    '身份证号 in the patient grid (truth)', '初步诊断 with ？ / 待查 (not counted) before 会诊诊断 (counted)', '会诊专家 and 申请医生 names',
    'dated tests in the summary and 打印时间 later (not truth)'],
  doc: (rng) => local10(countyWords(lungTumour(suited(makeDoc(rng, { kind: 'outpatient', keys: KEYS, hospitals: COUNTY10,
    compoundSurnames: 0.05 })), rng), rng, { outside: 0.2, near: 0.15, avoid: /恢复期/u }), rng),
  draw(s, doc, rng) {
    s.ink = '#161616';
    const x0 = 110;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.45);
    const pt = rng.pick([10.5, 11]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st('sansMedium', pt);
    const lh = px(pt) * 1.6;
    const rowH = px(pt) * 2.05;
    const color = rng.pick(['#1b5e9e', '#0f7b6c', '#5b3f99']);
    const shade = rng.pick(['#e9f0f8', '#e8f3f0', '#efecf6']);
    const p = doc.patient;

    logo(s, x0 + 46, 132, 44, color, rng.pick(['cross', 'ring'] as const));
    s.put(x0 + 112, 125, doc.hospital.name, st('sansBold', 17, { spacing: 2 }));
    s.put(x0 + 112, 175, `远程医学中心\u3000${doc.hospital.phone}`, st('sans', 10, { color }));
    qrCode(s, right - 120, 70, 120, rng);
    s.put(s.width / 2, 275, rng.pick(['远程会诊报告单', '远程会诊意见书', '远程门诊会诊记录']), st('sansBold', 17, { align: 'center', spacing: 5 }));
    s.put(right, 325, `申请单号：YC${doc.recordNo}${rng.int(10, 99)}`, st('sans', 9.5, { align: 'right', color: '#444' }));

    const L = (text: string, cw: number): Cell => ({ text, w: cw, label: true });
    const V = (text: string, cw: number): Cell => ({ text, w: cw });
    const heading = (y: number, t: string): number => {
      s.g.fillStyle = color;
      s.g.fillRect(x0, y, 10, rowH * 0.9);
      s.g.fillStyle = shade;
      s.g.fillRect(x0 + 10, y, w - 10, rowH * 0.9);
      s.put(x0 + 30, y + rowH * 0.62, t, st('sansBold', pt + 0.5, { color }));
      return y + rowH * 0.9;
    };
    let y = heading(360, '患者信息');
    y = s.grid(x0, y, rowH, [
      [L('姓名', 160), V(p.name, 250), L('性别', 130), V(p.sex, 130), L('年龄', 130), V(`${p.age}岁`, 160), L('门诊号', 150), V(doc.recordNo, 324)],
      [L('身份证号', 160), V(p.idNumber, 510), L('联系电话', 130), V(mobile(rng), 290), L('费别', 150), V(rng.pick(['居民医保', '职工医保']), 194)],
    ], f, { label: b, border: 1.3 });
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });

    const expert = provincialFor(doc.hospital, rng);
    const rank = rng.pick(Object.keys(TITLES));
    const asked = addDays(doc.dates.visit, -rng.int(1, 6));
    const how = rng.pick(['iso', 'slash'] as const);
    y = heading(y + lh * 0.6, '会诊信息');
    y = s.grid(x0, y, rowH, [
      [L('申请医院', 160), V(doc.hospital.name, 400), L('申请科室', 150), V(doc.department, 220), L('申请医生', 150), V(doc.doctors.resident, 354)],
      [L('申请时间', 160), V(stamp(asked, rng.int(8 * 60, 17 * 60), how, 1), 400), L('会诊方式', 150),
        V(rng.pick(['视频交互会诊', '远程门诊', '多学科远程会诊']), 724)],
      [L('会诊医院', 160), V(expert, 400), L('会诊科室', 150), V(doc.department, 220), L('会诊专家', 150),
        V(`${doc.doctors.director} ${rng.pick(TITLES[rank] ?? ['主任医师'])}`, 354)],
      [L('会诊时间', 160), V(stamp(doc.dates.visit, doc.times.visit, how, 2), 400), L('会诊地点', 150),
        V(`本院远程医学中心 ${rng.int(1, 3)}号会诊室`, 724)],
    ], f, { label: b, border: 1.3 });

    const lab = doc.labs[0]?.rows.slice(0, 3) ?? [];
    const tested = formatDate(addDays(asked, -rng.int(0, 3)), 'cnShort');
    const img = doc.imaging;
    y = heading(y + lh * 0.6, '病情摘要') + lh;
    y = para(s, x0 + 20, y, w - 40, `患者${p.sex === '男' ? '男' : '女'}性，${p.age}岁，因“${followUp(doc)}”就诊。既往史：${pastHistory(doc, rng)}。`
      + `家族史：${kin(rng)}。${tested}查${doc.labs[0]?.title ?? '血常规'}：${lab.map((r) => `${r.abbr} ${r.value}${r.unit}`).join('，')}。`
      + `${img ? `${img.exam}示：${img.impression}。` : ''}`, f, lh, { indent: px(pt) * 2, keep: [tested] });
    const mk: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    y = heading(y + lh * 0.1, '初步诊断（申请方）') + lh;
    y = para(s, x0 + 20, y, w - 40, listed(doc.dx.admission, mk).join('  '), f, lh);
    s.put(x0 + 20, y, `会诊目的：${rng.pick(['明确诊断，指导下一步治疗。', '评估病情，调整治疗方案。', '是否需转上级医院进一步治疗。'])}`, f);
    y += lh;
    y = heading(y + lh * 0.1, '会诊意见') + lh;
    const follow = rng.pick([2, 4, 12]);
    y = para(s, x0 + 20, y, w - 40, `已远程查看患者并阅相关资料。结合病史、体征及辅助检查，${rng.pick(['诊断明确', '目前诊断基本明确'])}。建议：`
      + `1.${doc.course}，${doc.medicines.slice(0, 2).join('、')}；2.控制危险因素，定期复查；3.建议${follow}周后再次申请远程复诊，`
      + '如病情变化及时上转。', f, lh, { indent: px(pt) * 2 });
    y = heading(y + lh * 0.1, '会诊诊断') + lh;
    s.diagnoses(doc.dx.western);
    listed(doc.dx.western, mk).forEach((t) => {
      s.put(x0 + 40, y, t, f);
      y += lh;
    });

    y = Math.max(y + lh * 0.8, 1980);
    const ew = s.put(x0, y, '会诊专家签名：', b);
    handwritten(s, x0 + ew + 8, y, doc.doctors.director, pt * 1.35, rng);
    const aw = s.put(x0 + w * 0.5, y, '申请医生：', b);
    handwritten(s, x0 + w * 0.5 + aw + 8, y, doc.doctors.resident, pt * 1.35, rng);
    s.line(x0, 2150, right, 2150, 1, '#999');
    const foot = st('sans', 8.5, { color: '#555' });
    s.put(x0, 2190, '本意见仅供临床参考，具体诊疗由申请方医师结合患者实际情况决定。', foot);
    s.put(right, 2190, `打印时间：${formatDate(printedOn(doc), 'isoTime', doc.times.print)}`, { ...foot, align: 'right' });
  },
};
