import type { Doc } from '../case';
import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, nameStamp } from '../marks';
import type { Rng } from '../rng';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { listed, type Mark } from './kit';
import { lungTumour, para, settled, suited } from './tune6-kit';
import { keyImage } from './tune8-kit';
import { countyWords } from './tune10-kit';
import { CITY18, COUNTY18, local18 } from './tune18-kit';

const KEYS: readonly DiseaseKey[] = ['CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE', 'HYPERTENSION', 'CORONARY_HEART_DISEASE',
  'POST_ARTERIAL_STENT_ANTICOAGULATION', 'MALIGNANT_TUMOR_OUTPATIENT', 'MALIGNANT_TUMOR_OUTPATIENT', 'URAEMIA_DIALYSIS'];

type Study = { readonly part: string; readonly method: string; readonly seen: string; readonly verdict: readonly string[] };
const S = (part: string, method: string, seen: string, verdict: readonly string[]): Study => ({ part, method, seen, verdict });

/** The scan a patient with the page's disease is sent for, consistent with what the clinician wrote. */
function studyOf(doc: Doc, rng: Rng): Study {
  const said = doc.dx.western.map((d) => d.text).join('');
  switch (doc.primary) {
    case 'CEREBROVASCULAR_DISEASE': return /出血/u.test(said)
      ? S('头颅', 'CT平扫', `右侧基底节区见团片状高密度影，大小约${rng.int(18, 32) / 10}cm×${rng.int(12, 20) / 10}cm，CT值约62HU，周围见低密度水肿带，`
        + '右侧侧脑室受压变窄，中线结构略左移。', ['右侧基底节区脑出血', '请结合临床复查'])
      : S('头颅', 'CT平扫', '左侧基底节区及放射冠见片状低密度影，边界欠清，CT值约21HU；双侧侧脑室旁白质密度减低。脑室系统未见扩张，'
        + '脑沟脑裂稍增宽，中线结构居中。', ['左侧基底节区及放射冠脑梗死', '脑白质脱髓鞘改变', '轻度脑萎缩']);
    case 'HYPERTENSION': return S('头颅', 'CT平扫', '双侧基底节区见多发斑点状低密度影，较大者直径约0.5cm，边界清。脑室系统大小形态正常，'
      + '中线结构居中，颅骨未见异常。', ['双侧基底节区腔隙性脑梗死', '请结合临床']);
    case 'CORONARY_HEART_DISEASE': return S('冠状动脉', 'CTA', '冠状动脉呈右优势型。左前降支近中段见混合斑块，管腔狭窄约60%-70%；回旋支及右冠状动脉'
      + '见散在钙化斑块，管腔轻度狭窄。', ['冠状动脉粥样硬化', '左前降支近中段中-重度狭窄']);
    case 'POST_ARTERIAL_STENT_ANTICOAGULATION': return S('冠状动脉', 'CTA', '左前降支近段见金属支架影，支架内对比剂充盈良好，未见明显狭窄；'
      + '右冠状动脉中段见钙化斑块，管腔轻度狭窄。', ['前降支支架术后，支架通畅', '右冠状动脉轻度狭窄']);
    case 'URAEMIA_DIALYSIS': return S('胸部', 'CT平扫', '双肺纹理增多，双下肺见斑片状磨玻璃影。心影增大，心包见少量液性密度影，'
      + '双侧胸腔见弧形液性密度影。', ['双下肺渗出性改变', '心包少量积液', '双侧胸腔积液']);
    default: return /术后/u.test(said)
      ? S('胸部', 'CT平扫+增强', '右肺上叶术后改变，支气管残端未见明确软组织影。双肺散在微小结节，较大者直径约0.4cm。纵隔未见肿大淋巴结。',
        ['右肺癌术后改变，未见复发征象', '双肺微小结节，建议随诊'])
      : S('胸部', 'CT平扫+增强', `右肺上叶见不规则软组织肿块，大小约${rng.int(24, 42) / 10}cm×${rng.int(18, 30) / 10}cm，边缘见分叶及毛刺，`
        + '增强扫描呈不均匀强化；纵隔4R区见肿大淋巴结。', ['右肺上叶占位，考虑周围型肺癌', '纵隔淋巴结肿大']);
  }
}

/**
 * CT 检查报告单 of a Beijing / Tianjin 三甲 or a Hebei / Shandong hospital's 医学影像科: the name and title with the CT号 at the right,
 * a ruled header of three rows (姓名 — truth —, 门诊号 / 住院号, 身份证号 — truth —, 检查部位 and 检查方法) and 临床诊断 (counted),
 * sometimes two key images, 影像所见 in prose with a comparison to an earlier scan (its date not truth), 诊断意见 numbered (what the
 * film shows, not counted), and only at the foot, in a ruled footer beside the doctors, 检查日期 (the scan, not truth) and 报告日期
 * (truth) — the 报告医师 handwritten, the 审核医师 printed with a red name stamp.
 */
export const tune18ReportCtFooter: Layout = {
  id: 'tune18-report-ct-footer',
  kind: 'report',
  split: 'tune',
  style: 'Beijing / Tianjin 三甲 or Hebei / Shandong hospital 医学影像科 CT 检查报告单: ruled three-row header, optional key images, '
    + '影像所见 prose, numbered 诊断意见, dates only in a ruled footer beside 报告医师 / 审核医师, serif or sans 11–12 pt',
  exercises: ['检查日期 (the scan) and 报告日期 (truth) only in the footer, the report the same day or one to three days later',
    'the footer in two rows: dates at the left, 报告医师 (handwritten) and 审核医师 (printed, red name stamp) at the right',
    '与2024-10-12本院CT片比较 in 影像所见 (an earlier date, not truth)', '临床诊断 in the header (counted)',
    '诊断意见 numbered with what the film shows — lacunes the clinician did not write, effusions (not counted)',
    'head CT, coronary CTA or chest CT, key images on half the pages'],
  doc: (rng) => local18(lungTumour(settled(suited(countyWords(makeDoc(rng, { kind: 'report', keys: KEYS,
    hospitals: [...CITY18, ...COUNTY18] }), rng, { outside: 0.15, near: 0.1, avoid: /急性|不稳定|后遗症/u }))), rng), rng),
  draw(s, doc, rng) {
    const x0 = 120;
    const right = s.width - 120;
    const w = right - x0;
    const serif = rng.chance(0.45);
    const pt = rng.pick([11, 11.5, 12]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifBold' : 'sansBold', pt);
    const lh = px(pt) * 1.8;
    const p = doc.patient;
    const study = studyOf(doc, rng);

    s.put(s.width / 2, 140, doc.hospital.name, st(b.face, 19, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 220, rng.pick(['CT检查报告单', 'CT诊断报告书', '医学影像诊断报告']), st(b.face, 15, { align: 'center', spacing: 4 }));
    const ctNo = `CT${doc.dates.sample.replace(/-/g, '').slice(2)}${String(rng.int(1, 999)).padStart(3, '0')}`;
    s.put(right, 220, `CT号：${ctNo}`, { ...f, align: 'right' });

    const [sex, age] = sexAge(doc);
    const inpatient = rng.chance(0.5);
    const stops = [x0, x0 + w * 0.26, x0 + w * 0.5, x0 + w * 0.72];
    s.line(x0, 252, right, 252, 2.2);
    let y = 252 + lh;
    const row = (cells: readonly (readonly [string, string])[]): void => {
      cells.forEach(([l, v], i) => s.pair(stops[i] ?? x0, y, l, v, b, f));
      y += lh;
    };
    row([['姓名：', p.name], ['性别：', sex], ['年龄：', age], ['科别：', inpatient ? doc.department : `${doc.department}门诊`]]);
    row([[inpatient ? '住院号：' : '门诊号：', doc.recordNo], ['床号：', inpatient ? doc.bed : '—'], ['身份证号：', p.idNumber]]);
    row([['检查部位：', study.part], ['检查方法：', study.method]]);
    const dl = s.put(x0, y, '临床诊断：', b);
    const named = doc.dx.western.map((d) => d.text);
    y = para(s, x0 + dl, y, w - dl, named.join('；'), f, lh, { keep: named });
    s.diagnoses(doc.dx.western);
    s.note({ name: p.name, idNumber: p.idNumber, reportDate: doc.dates.report });
    s.line(x0, y - lh * 0.45, right, y - lh * 0.45, 1.2);

    if (rng.chance(0.5)) {
      const size = 250;
      const kind = study.part === '头颅' ? 'head' : 'chest';
      [0, 1].forEach((i) => keyImage(s, x0 + w / 2 - size - 12 + i * (size + 24), y, size, kind, rng));
      y += size + lh * 0.9;
    } else y += lh * 0.4;
    s.put(x0, y, '影像所见：', b);
    y += lh * 1.1;
    const earlier = formatDate(addDays(doc.dates.sample, -rng.int(90, 500)), 'iso');
    const compare = rng.chance(0.45) ? `与${earlier}本院CT片比较：病灶${rng.pick(['较前增大', '较前相仿', '较前缩小'])}。` : '';
    const lead = study.method === 'CTA' ? '' : `${study.part}${study.method}：`;
    y = para(s, x0 + px(pt) * 2, y, w - px(pt) * 2, `${lead}${study.seen}${compare}`, f, lh * 1.05, { keep: [earlier] }) + lh * 0.6;
    s.put(x0, y, rng.pick(['诊断意见：', '影像诊断：']), b);
    y += lh * 1.1;
    const mk: Mark = rng.pick(['1.', '1、'] as const);
    listed(study.verdict.map((t) => ({ text: t, key: null })), mk).forEach((t, i) => s.put(x0 + px(pt) * 2, y + i * lh * 1.05, t, f));

    // The footer: dates at the left, the doctors at the right.
    const fy = 1985;
    s.line(x0, fy - lh * 0.9, right, fy - lh * 0.9, 1.6);
    s.line(x0, fy - lh * 0.9 + 5, right, fy - lh * 0.9 + 5, 0.8);
    const exam = formatDate(doc.dates.sample, rng.pick(['iso', 'isoTime'] as const), doc.times.sample);
    s.pair(x0, fy, '检查日期：', exam, b, f);
    s.pair(x0, fy + lh * 1.2, '报告日期：', formatDate(doc.dates.report, rng.pick(['iso', 'isoTime'] as const), doc.times.report), b, f);
    const rw = s.put(x0 + w * 0.52, fy, '报告医师：', b);
    handwritten(s, x0 + w * 0.52 + rw + 10, fy, doc.doctors.resident, pt * 1.3, rng);
    const aw = s.put(x0 + w * 0.52, fy + lh * 1.2, '审核医师：', b);
    s.put(x0 + w * 0.52 + aw + 6, fy + lh * 1.2, doc.doctors.checker, f);
    nameStamp(s, x0 + w * 0.86, fy + lh * 0.75, doc.doctors.checker, rng);
    s.put(x0, fy + lh * 2.6, '注：本报告仅供临床医师参考，影像诊断须结合临床；如有疑问请与放射科联系。', st(f.face, 9, { color: '#444' }));
  },
};
