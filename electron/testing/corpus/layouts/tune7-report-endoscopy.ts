import type { Doc } from '../case';
import { makeDoc } from '../case';
import { formatDate, type DateStyle } from '../dates';
import type { DiseaseKey, Dx } from '../diseases';
import { CITY, CITY_MORE, COUNTY, COUNTY_MORE, PROVINCES } from '../hospitals';
import { handwritten, logo } from '../marks';
import type { Rng } from '../rng';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { forPatient, listed } from './kit';
import { FAR_PROVINCES, localTo } from './tune3-kit';
import { later } from './tune5-kit';
import { para, settled, suited } from './tune6-kit';
import { pending, thumbnail } from './tune7-kit';

/** Who is scoped: digestive tumours followed up, patients on antiplatelets or anticoagulants with bleeding, diabetics and kidneys with pain. */
const KEYS: readonly DiseaseKey[] = ['MALIGNANT_TUMOR_OUTPATIENT', 'MALIGNANT_TUMOR_OUTPATIENT', 'POST_ARTERIAL_STENT_ANTICOAGULATION',
  'CORONARY_HEART_DISEASE', 'DIABETES', 'URAEMIA_DIALYSIS', 'HYPERTENSION'];
const GASTRIC = ['胃癌术后', '食管鳞状细胞癌术后'];
const COLON = ['结肠恶性肿瘤术后', '直肠癌术后', '乙状结肠癌术后'];

type Scope = { colon: boolean; sites: readonly string[]; seen: string; verdict: readonly string[] };
function scope(doc: Doc, rng: Rng): Scope {
  const tumour = doc.dx.western.find((d) => d.key === 'MALIGNANT_TUMOR_OUTPATIENT')?.text ?? '';
  const colon = /结肠|直肠/u.test(tumour) || (!/胃|食管/u.test(tumour) && rng.chance(0.3));
  if (colon) {
    return { colon, sites: ['回盲部', '升结肠', '横结肠', '乙状结肠'],
      seen: `进镜至回盲部，回盲瓣呈唇形，阑尾开口可见。${/术后/u.test(tumour) ? '距肛门约25cm处见吻合口，吻合口通畅，黏膜光滑，未见新生物。' : ''}`
        + `横结肠见一大小约0.4cm×0.5cm息肉，表面光滑，予活检钳除。余所见结肠黏膜光滑，血管纹理清晰，直肠未见异常。`,
      verdict: [/术后/u.test(tumour) ? '结肠癌术后吻合口未见复发' : '结肠黏膜未见明显异常', '横结肠息肉（已钳除）'] };
  }
  return { colon, sites: ['食管', '贲门', '胃窦', '十二指肠'],
    seen: `食管黏膜光滑，齿状线清晰。${/胃癌术后/u.test(tumour) ? '残胃黏膜充血水肿，吻合口通畅，未见溃疡及新生物。' : '胃底黏液湖清，胃体黏膜光滑。'}`
      + `胃窦黏膜红白相间，以红为主，散在点片状糜烂，幽门圆，开闭好。十二指肠球部及降段未见异常。`,
    verdict: [/胃癌术后/u.test(tumour) ? '残胃炎' : '慢性非萎缩性胃炎伴糜烂', rng.pick(['十二指肠球部未见异常', '反流性食管炎（LA-A级）'])] };
}

/** The 临床诊断 the request names: a digestive tumour as followed up, a symptom under investigation beside chronic diseases. */
function requestDx(doc: Doc, rng: Rng): { shown: Dx[]; counted: Dx[] } {
  const fixed = doc.dx.western.map((d) => (d.key === 'MALIGNANT_TUMOR_OUTPATIENT' && !/胃|食管|结肠|直肠/u.test(d.text)
    ? { ...d, text: rng.pick([...GASTRIC, ...COLON]) } : d)).filter((d) => d.key !== null).slice(0, 2);
  const symptom = pending(rng);
  return { shown: fixed[0]?.key === 'MALIGNANT_TUMOR_OUTPATIENT' ? fixed : [symptom, ...fixed], counted: fixed };
}

/**
 * 电子胃镜 / 电子结肠镜检查报告 from a 消化内镜中心: a header with 检查号 and 内镜型号, 临床诊断 (a 待查 symptom first, not
 * counted), four image stills with their sites, 镜下所见 prose, 内镜诊断 numbered (not the patient's diagnoses), 活检 and
 * 病理 notes, and 报告医师 with 报告时间 (truth) under 检查时间 the same morning.
 */
export const tune7ReportEndoscopy: Layout = {
  id: 'tune7-report-endoscopy',
  kind: 'report',
  split: 'tune',
  style: 'City / county / other-province 消化内镜中心 电子胃镜 / 结肠镜检查报告: logo letterhead, ruled header rows, four image stills, serif or sans 10–11 pt',
  exercises: ['姓名 / 性别 / 年龄 / 身份证号 / 门诊号 in ruled header rows with 检查号 GS… / CS…, 内镜型号 (OLYMPUS GIF-H290), 麻醉方式 无痛',
    '临床诊断: 上腹痛待查 / 黑便待查 (not counted) before 冠状动脉支架植入术后, 2型糖尿病 …, or 胃癌术后 / 直肠癌术后 alone (counted)',
    'four image stills captioned with their sites (食管 / 贲门 / 胃窦 / 十二指肠, 回盲部 …)', '镜下所见 prose with sizes 0.4cm×0.5cm',
    '内镜诊断 numbered (慢性非萎缩性胃炎伴糜烂, 吻合口未见复发 — not counted)', '活检 部位 and 块数, 病理结果 to follow',
    '检查时间 2025-03-04 09:12 and 报告时间 minutes later (truth)', '报告医师 handwritten, 助手 / 护士 printed'],
  doc: (rng) => settled(suited(localTo(forPatient(makeDoc(rng, { kind: 'report', keys: KEYS,
    hospitals: [...CITY, ...CITY_MORE, ...COUNTY, ...COUNTY_MORE, ...PROVINCES, ...FAR_PROVINCES], compoundSurnames: 0.12 }), rng, COUNTY), rng))),
  draw(s, doc, rng) {
    s.ink = '#141414';
    const x0 = 115;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.4);
    const face = serif ? 'serif' : 'sans';
    const semi = serif ? 'serifSemi' : 'sansMedium';
    const pt = rng.pick([10, 10.5, 11]);
    const f = st(face, pt);
    const b = st(semi, pt);
    const lh = px(pt) * 1.8;
    const tone = rng.pick(['#114a7a', '#1f5f3a', '#333333']);
    const sc = scope(doc, rng);

    logo(s, x0 + 46, 125, 42, tone, rng.pick(['cross', 'shield'] as const));
    s.put(x0 + 110, 125, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 18, { color: tone, spacing: 2 }));
    s.put(x0 + 110, 168, '消化内镜中心', st(face, 10, { color: tone }));
    s.put(s.width / 2, 250, sc.colon ? '电子结肠镜检查报告' : '电子胃镜检查报告', st(serif ? 'serifBold' : 'sansBold', 16, { align: 'center', spacing: 3 }));

    const [sex, age] = sexAge(doc);
    const cols = [0, 360, 600, 880];
    let y = 320;
    const row = (cells: readonly (readonly [string, string])[]): void => {
      cells.forEach(([l, v], i) => s.pair(x0 + (cols[i] ?? 0), y, l, v, b, f));
      s.line(x0, y + 16, right, y + 16, 0.8, '#999999');
      y += lh;
    };
    const ts: DateStyle = rng.pick(['isoTime', 'slashTime', 'cnTime'] as const);
    row([['姓名：', doc.patient.name], ['性别：', sex], ['年龄：', age], ['检查号：', `${sc.colon ? 'CS' : 'GS'}${doc.recordNo.slice(2)}`]]);
    row([['身份证号：', doc.patient.idNumber], ['', ''], ['门诊号：', doc.recordNo]]);
    row([['申请科室：', doc.department], ['', ''], ['内镜型号：', sc.colon ? 'OLYMPUS CF-H290I' : 'OLYMPUS GIF-H290']]);
    row([['检查时间：', formatDate(doc.dates.sample, ts, doc.times.sample)], ['', ''], ['麻醉方式：', rng.pick(sc.colon ? ['无痛（静脉麻醉）', '普通'] : ['无痛（静脉麻醉）', '普通', '咽部局麻'])]]);
    const { shown, counted } = requestDx(doc, rng);
    const dl = s.put(x0, y, '临床诊断：', b);
    y = para(s, x0 + dl, y, w - dl, shown.map((d) => d.text).join('；'), f, lh, { keep: shown.map((d) => d.text) });
    s.diagnoses(counted);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, reportDate: doc.dates.sample });
    s.line(x0, y - lh * 0.4, right, y - lh * 0.4, 2, tone);
    y += 20;

    const tw = (w - 3 * 30) / 4;
    const th = tw * 0.8;
    sc.sites.forEach((site, i) => {
      const tx = x0 + i * (tw + 30);
      thumbnail(s, tx, y, tw, th, rng);
      s.put(tx + tw / 2, y + th + 40, `${i + 1}.${site}`, { ...f, align: 'center' });
    });
    y += th + 110;

    const section = (head: string, text: string): void => {
      s.put(x0, y, head, st(serif ? 'serifBold' : 'sansBold', pt + 0.5));
      y = para(s, x0, y + lh, w, text, f, lh, { indent: px(pt) * 2 }) + lh * 0.4;
    };
    section('镜下所见：', sc.seen);
    s.put(x0, y, '内镜诊断：', st(serif ? 'serifBold' : 'sansBold', pt + 0.5));
    listed(sc.verdict.map((t) => ({ text: t, key: null })), '1.').forEach((t, i) => s.put(x0 + px(pt) * 2, y + (i + 1) * lh, t, f));
    y += (sc.verdict.length + 1) * lh + lh * 0.4;
    const biopsy = rng.chance(0.7);
    section('活检及处理：', biopsy ? `${sc.colon ? '横结肠息肉' : '胃窦'}活检${rng.int(1, 3)}块，送病理检查，病理结果请于5个工作日后至病理科领取。`
      : '未取活检。');
    section('建议：', sc.colon ? '1年后复查肠镜；低渣饮食3天。' : `${doc.dx.keys.includes('POST_ARTERIAL_STENT_ANTICOAGULATION') ? '与心内科协商调整抗血小板药物，' : ''}抑酸护胃治疗，定期复查。`);

    y = Math.max(y + 40, 2000);
    s.pair(x0, y, '助手：', doc.doctors.resident, b, f);
    s.pair(x0 + 300, y, '护士：', doc.doctors.checker, b, f);
    const lw = s.put(x0 + 620, y, '报告医师：', b);
    handwritten(s, x0 + 620 + lw + 8, y, doc.doctors.attending, pt * 1.3, rng);
    s.pair(right - 440, y, '报告时间：', `${formatDate(doc.dates.sample, 'iso')} ${later(doc.times.sample, rng.int(20, 60))}`, b, f);
    s.line(x0, y + 60, right, y + 60, 1);
    s.put(x0, y + 100, `${doc.hospital.address}\u3000预约电话：${doc.hospital.phone}`, st(face, 8.5, { color: '#444' }));
  },
};
