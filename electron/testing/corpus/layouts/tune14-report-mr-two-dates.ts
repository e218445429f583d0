import { makeDoc, type Doc } from '../case';
import { addDays, clock, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, logo, qrCode } from '../marks';
import type { Sheet, Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { lungTumour, para, suited } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { local14, NORTHEAST14, SOUTH14 } from './tune14-kit';

/** One study: CT or MR, the item as booked, the scanner, the technique line, findings and the numbered impression. */
type Study = { mod: 'CT' | 'MR'; item: string; tech: string; seen: string; verdict: readonly string[] };
const MR = 'MR';
const HEAD_MR: Study = { mod: MR, item: '头颅MR平扫+DWI+MRA', tech: '横断位T1WI、T2WI、FLAIR、DWI，矢状位T2WI，3D-TOF MRA',
  seen: '左侧放射冠及基底节区见斑片状长T1长T2信号，FLAIR呈高信号，DWI呈高信号，ADC图呈低信号；双侧侧脑室旁白质见散在斑点状长T2信号。'
    + 'MRA示左侧大脑中动脉M1段管腔局限性狭窄，远端分支稀疏。脑室系统未见扩张，中线结构居中。',
  verdict: ['左侧放射冠及基底节区急性脑梗死', '双侧侧脑室旁白质缺血性改变（Fazekas 2级）', '左侧大脑中动脉M1段狭窄'] };
const BLEED_CT: Study = { mod: 'CT', item: '颅脑CT平扫', tech: '自颅底至颅顶连续横断扫描，层厚5mm',
  seen: '左侧丘脑见类圆形高密度影，大小约2.3cm×1.8cm，CT值约65HU，周围见低密度水肿带，左侧侧脑室体部轻度受压。脑沟、脑裂未见增宽，中线结构居中。',
  verdict: ['左侧丘脑脑出血（出血量约5ml）', '脑萎缩'] };
const WHITE_MR: Study = { mod: MR, item: '头颅MR平扫', tech: '横断位T1WI、T2WI、FLAIR、DWI，矢状位T1WI',
  seen: '双侧额顶叶皮层下及侧脑室旁白质见多发斑点状长T1长T2信号，FLAIR呈高信号，DWI未见弥散受限。脑室系统稍扩大，脑沟稍增宽，中线结构居中。',
  verdict: ['双侧额顶叶皮层下及侧脑室旁白质脱髓鞘改变', '轻度脑萎缩'] };
const LUNG_CT: Study = { mod: 'CT', item: '胸部CT平扫+增强', tech: '螺旋扫描，层厚1.25mm，静脉注射碘海醇80ml后行增强扫描',
  seen: '右肺上叶尖后段见不规则软组织肿块，大小约3.6cm×3.0cm，边缘分叶，可见短毛刺及胸膜牵拉，增强后不均匀强化；右肺门及纵隔4R、7区见肿大淋巴结，'
    + '较大者短径约1.5cm。双侧胸腔未见积液。',
  verdict: ['右肺上叶占位，符合周围型肺癌表现', '右肺门及纵隔淋巴结肿大，考虑转移'] };
const CTA: Study = { mod: 'CT', item: '冠状动脉CTA', tech: '前瞻性心电门控扫描，层厚0.625mm，曲面重建及容积再现',
  seen: '冠状动脉呈右优势型。左前降支近中段见混合密度斑块，管腔狭窄约70%-80%；左回旋支中段见钙化斑块，管腔轻度狭窄；右冠状动脉近段见非钙化斑块，'
    + '管腔狭窄约50%。冠状动脉钙化积分（Agatston）约286。',
  verdict: ['冠状动脉粥样硬化：左前降支近中段重度狭窄', '右冠状动脉近段中度狭窄，左回旋支轻度狭窄'] };
const STENT_CTA: Study = { mod: 'CT', item: '冠状动脉CTA（支架术后复查）', tech: '前瞻性心电门控扫描，层厚0.625mm，曲面重建',
  seen: '左前降支近中段见支架影，支架形态完整，支架内对比剂充盈良好，未见明确再狭窄；右冠状动脉中段见钙化斑块，管腔轻度狭窄；左回旋支未见明显狭窄。',
  verdict: ['左前降支支架术后，支架通畅', '右冠状动脉中段轻度狭窄'] };

const KEYS: readonly DiseaseKey[] = ['CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE',
  'MALIGNANT_TUMOR_OUTPATIENT',
  'MALIGNANT_TUMOR_OUTPATIENT', 'CORONARY_HEART_DISEASE', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'HYPERTENSION'];

/** The same study on the other side (the ward's diagnosis names the left lung). */
const mirrored = (x: Study): Study => ({ ...x, seen: x.seen.replace(/右/gu, '左'), verdict: x.verdict.map((v) => v.replace(/右/gu, '左')) });

function studyOf(doc: Doc): Study {
  const said = doc.dx.western.map((d) => d.text).join('');
  switch (doc.primary) {
    case 'CEREBROVASCULAR_DISEASE': return /出血/u.test(said) ? BLEED_CT : HEAD_MR;
    case 'MALIGNANT_TUMOR_OUTPATIENT': return /左肺/u.test(said) ? mirrored(LUNG_CT) : LUNG_CT;
    case 'CORONARY_HEART_DISEASE': return CTA;
    case 'POST_ARTERIAL_STENT_ANTICOAGULATION': return /冠|PCI/u.test(said) ? STENT_CTA : CTA;
    default: return WHITE_MR;
  }
}

/** A bordered card of label–value lines; returns its bottom edge. */
function card(s: Sheet, x: number, y: number, w: number, title: string, lines: readonly (readonly [string, string])[], b: Style, f: Style,
  lh: number, shade: string): number {
  s.g.fillStyle = shade;
  s.g.fillRect(x, y, w, lh * 1.15);
  s.put(x + 14, y + lh * 0.82, title, b);
  lines.forEach(([l, v], i) => s.pair(x + 14, y + lh * (2.05 + i), l, v, b, f));
  const h = lh * (lines.length + 1.55);
  s.rect(x, y, w, h, 1.5);
  return y + h;
}

/**
 * CT / MR 检查报告单 of a Zhejiang, Fujian, Guangdong or Northeast county or city PACS: two bordered cards side by side, the
 * patient at the left (姓名, 身份证号 — truth — 科室) and the examination at the right with 申请日期, 检查日期 and 报告日期 on
 * consecutive lines (报告日期: truth; the others not), 临床诊断 run on under the cards (counted), 检查技术, 影像所见 with a
 * prior study's date, 影像诊断 numbered (not counted), a QR code for the cloud film, the handwritten 报告医师.
 */
export const tune14ReportMrTwoDates: Layout = {
  id: 'tune14-report-mr-two-dates',
  kind: 'report',
  split: 'tune',
  style: 'Zhejiang / Fujian / Guangdong / Northeast county or city PACS CT / MR 检查报告单: logo letterhead, twin bordered cards '
    + '(patient | examination) with shaded titles, 申请 / 检查 / 报告日期 stacked, serif findings, cloud-film QR, sans 10.5–11 pt',
  exercises: ['申请日期, 检查日期 and 报告日期 on consecutive lines of one card (truth = 报告日期, same day or one or two days later)',
    '身份证号 in the patient card', '临床诊断 run on under the cards (counted)', '检查技术 line (sequences, slice thickness, contrast in ml)',
    '影像所见 comparing with a prior study: 与2024年10月12日本院片比较 (not truth)', '影像诊断 numbered (not counted)',
    'QR code 扫码查看云胶片, 报告医师 handwritten, 审核医师 printed with 审核时间'],
  doc: (rng) => {
    const doc = local14(lungTumour(countyWords(suited(makeDoc(rng, { kind: 'report', keys: KEYS, hospitals: [...SOUTH14, ...NORTHEAST14],
      compoundSurnames: 0.06 })), rng, { outside: 0.15, near: 0.1, avoid: /后遗症|陈旧/u }), rng), rng);
    const later = rng.pick([0, 0, 1, 1, 2]);
    const minutes = later === 0 ? doc.times.sample + rng.int(60, 240) : rng.int(8 * 60, 17 * 60 + 30);
    return { ...doc, dates: { ...doc.dates, report: addDays(doc.dates.sample, later) }, times: { ...doc.times, report: minutes } };
  },
  draw(s, doc, rng) {
    s.ink = '#141414';
    const x0 = 110;
    const right = s.width - x0;
    const w = right - x0;
    const pt = rng.pick([10.5, 11]);
    const f: Style = st('sans', pt);
    const b: Style = st('sansMedium', pt);
    const serif: Style = st(rng.pick(['serif', 'serifLight'] as const), pt + 0.5);
    const lh = px(pt) * 1.75;
    const p = doc.patient;
    const study = studyOf(doc);
    const colour = rng.pick(['#1b4f8f', '#0d6b62', '#5a2d82']);

    logo(s, x0 + 46, 118, 42, colour, rng.pick(['ring', 'cross'] as const));
    s.put(x0 + 110, 130, doc.hospital.name, st('sansBold', 18, { spacing: 2 }));
    s.put(x0 + 110, 178, '医学影像科', st('sans', 10, { color: colour, spacing: 3 }));
    const no = `${study.mod}${doc.recordNo.slice(2)}`;
    s.put(right, 130, `影像号：${no}`, { ...f, align: 'right' });
    s.line(x0, 205, right, 205, 3, colour);
    s.put(s.width / 2, 275, study.mod === 'CT' ? 'CT 检 查 报 告 单' : '磁共振（MR）检查报告单', st('sansBold', 15, { align: 'center', spacing: 3 }));

    const ds: DateStyle = rng.pick(['iso', 'cn', 'slash'] as const);
    const asked = addDays(doc.dates.sample, -rng.pick([0, 1, 1, 2, 3]));
    const half = (w - 30) / 2;
    const shade = rng.pick(['#e9eef5', '#eeeeee']);
    const ward = rng.chance(0.5);
    const left = card(s, x0, 315, half, '患者信息', [['姓    名：', p.name], ['性别/年龄：', `${p.sex} / ${p.age}岁`],
      ['身份证号：', p.idNumber], [ward ? '住 院 号：' : '门 诊 号：', doc.recordNo], ['科    室：', `${doc.department}${ward ? ` ${doc.bed}床` : ''}`]],
    b, f, lh, shade);
    const rt = card(s, x0 + half + 30, 315, half, '检查信息', [['检查项目：', study.item],
      ['检查设备：', rng.pick(study.mod === 'CT' ? ['GE Revolution CT', 'Siemens SOMATOM go.Top'] : ['Siemens Avanto 1.5T', 'GE SIGNA 3.0T'])],
      ['申请日期：', formatDate(asked, ds)], ['检查日期：', `${formatDate(doc.dates.sample, ds)} ${clock(doc.times.sample)}`],
      ['报告日期：', `${formatDate(doc.dates.report, ds)} ${clock(doc.times.report)}`]], b, f, lh, shade);
    s.note({ name: p.name, idNumber: p.idNumber, reportDate: doc.dates.report });

    let y = Math.max(left, rt) + lh * 1.1;
    const texts = doc.dx.western.map((d) => d.text);
    const dl = s.put(x0, y, '临床诊断：', b);
    y = para(s, x0, y, w, texts.join('，'), f, lh, { indent: dl, keep: texts }) + lh * 0.3;
    s.diagnoses(doc.dx.western);
    const tl = s.put(x0, y, '检查技术：', b);
    y = para(s, x0, y, w, `${study.tech}。`, f, lh, { indent: tl }) + lh * 0.5;
    s.line(x0, y - lh * 0.6, right, y - lh * 0.6, 1, '#999');

    s.put(x0, y + lh * 0.2, '影像所见：', st('sansBold', pt + 0.5));
    y += lh * 1.3;
    const prior = addDays(doc.dates.sample, -rng.int(120, 700));
    const compare = rng.chance(0.5) ? `与${formatDate(prior, 'cnShort')}本院${study.mod}片比较：` : '';
    y = para(s, x0 + 40, y, w - 40, compare + study.seen, serif, lh * 1.08, { indent: px(pt) * 2, keep: [formatDate(prior, 'cnShort')] })
      + lh * 0.6;
    s.put(x0, y, '影像诊断：', st('sansBold', pt + 0.5));
    y += lh * 1.1;
    study.verdict.forEach((v, i) => {
      y = para(s, x0 + 40, y, w - 40, `${i + 1}.${v}`, st(serif.face === 'serif' ? 'serifSemi' : 'serif', pt + 0.5), lh * 1.08);
    });

    const fy = Math.max(y + lh * 2, 1950);
    qrCode(s, x0, fy - 40, 140, rng);
    s.put(x0 + 70, fy + 130, '扫码查看云胶片', st('sans', 8, { align: 'center' }));
    const rw = s.put(x0 + w * 0.4, fy + 20, '报告医师：', f);
    handwritten(s, x0 + w * 0.4 + rw + 8, fy + 20, doc.doctors.resident, pt * 1.3, rng);
    s.pair(x0 + w * 0.7, fy + 20, '审核医师：', doc.doctors.checker, f);
    const checked = `${formatDate(doc.dates.report, ds)} ${clock(Math.min(doc.times.report + rng.int(10, 90), 23 * 60 + 50))}`;
    s.pair(x0 + w * 0.4, fy + 20 + lh * 1.4, '审核时间：', checked, f);
    s.put(right, 2250, '本报告仅供临床参考，影像资料请妥善保管', { ...st('sans', 8.5, { color: '#555' }), align: 'right' });
  },
};
