import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { remoteHistory, type DiseaseKey, type Dx } from '../diseases';
import { handwritten, seal } from '../marks';
import { personName } from '../people';
import type { Rng } from '../rng';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { handWidth, issuedSoon } from './tune4-kit';
import { suited, wrap } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { townWard } from './tune12-kit';
import { local21, relative21, TOWN21, town21, villageOf } from './tune21-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'DIABETES', 'CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE',
  'CORONARY_HEART_DISEASE', 'URAEMIA_DIALYSIS', 'SEVERE_MENTAL_DISORDER', 'MALIGNANT_TUMOR_OUTPATIENT'];

/** The diagnoses run on as a sentence: 高血压病3级（极高危）、2型糖尿病，并脑梗死后遗症，伴颈椎病 (no numbers). */
function asProse(items: readonly Dx[], rng: Rng): string {
  const joins = ['、', '、', '，并', '，伴', '及'];
  return items.map((d, i) => (i === 0 ? d.text : `${rng.pick(joins)}${d.text}`)).join('');
}

/**
 * 疾病证明 of a Jiangsu, Henan or Hubei township 卫生院 or a Shanghai 社区卫生服务中心 for a villager (for the 慢特病 application or
 * 大病救助): a typed letter whose one paragraph carries everything — 兹有…村村民 the patient (truth), 出生 and the 身份证号码 (truth),
 * a stay 于…至… (truth) or a clinic day (not truth), a past illness (not counted) and a relative who came along (another name), and
 * the diagnoses run on as prose after 经检查诊断为 with 、 / 并 / 伴 / 及 (counted, no numbering) — then 特此证明, the 经治医生's hand,
 * the hospital's name and the date of issue (truth) under its seal; below, a bordered 村（居）委会意见 box with 情况属实 in
 * ballpoint, the village committee's seal and its own later date (not truth).
 */
export const tune21CertVillageProse: Layout = {
  id: 'tune21-cert-village-prose',
  kind: 'certificate',
  split: 'tune',
  style: 'Jiangsu / Henan / Hubei township 卫生院 or Shanghai 社区卫生服务中心 疾病证明 typed in 宋体 13.5–15 pt: one paragraph with the '
    + 'diagnoses run on as prose, date of issue under the seal, a 村（居）委会意见 box countersigned by hand with a later date',
  exercises: ['兹有…镇…村村民王秀英（女，1958年3月4日出生，身份证号码…）: the name only in prose (truth)',
    '于2025年1月3日至2025年1月15日在我院住院治疗 (truth) or 于…来我院门诊就诊 (not truth)',
    '经检查诊断为 A、B，并 C，伴 D: diagnoses as a sentence without numbers, broken where the line ends (counted)', '既往有“冠心病”病史 (not counted)',
    '由其子 / 配偶 … 陪同: another person\'s name', 'date of issue under the hospital\'s seal (truth)',
    '村（居）委会意见 box: 情况属实 handwritten, 负责人 signature, the committee\'s seal and a later date (not truth)'],
  doc: (rng) => local21(townWard(countyWords(issuedSoon(suited(makeDoc(rng, { kind: 'certificate', keys: KEYS, hospitals: TOWN21,
    compoundSurnames: 0.05 })), rng), rng, { outside: 0.2, near: 0.1 }), rng), rng),
  draw(s, doc, rng) {
    s.ink = '#141414';
    const x0 = 165;
    const right = s.width - x0;
    const w = right - x0;
    const pt = rng.pick([13.5, 14, 15]);
    const serif = rng.chance(0.75);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const bold = serif ? 'serifBold' : 'sansBold';
    const lh = px(pt) * rng.pick([1.9, 2.1]);
    const p = doc.patient;

    s.put(s.width / 2, 190, doc.hospital.name, st(bold, rng.pick([19, 20]), { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 300, rng.pick(['疾 病 证 明', '病 情 证 明', '证    明']), st(bold, 22, { align: 'center', spacing: 10 }));
    const serial = `（${doc.dates.issue.slice(0, 4)}）第${String(rng.int(1, 480)).padStart(4, '0')}号`;
    s.put(right, 380, `编号：${serial}`, st(f.face, 11, { align: 'right' }));

    const ds: DateStyle = rng.pick(['cnShort', 'cnShort', 'cn'] as const);
    const d = (iso: string): string => formatDate(iso, ds);
    const home = villageOf(doc, rng);
    const town = town21(doc.hospital) || '本镇';
    const stay = rng.chance(0.55);
    const seen = addDays(doc.dates.issue, -rng.int(0, 6));
    const kin = relative21(doc, rng);
    const past = rng.chance(0.5) ? remoteHistory(rng, doc.dx.keys) : null;
    const dx = asProse(doc.dx.western, rng);
    const when = stay ? `于${d(doc.dates.admission)}至${d(doc.dates.discharge)}在我院${doc.department}住院治疗，共${doc.stayDays}天`
      : `于${d(seen)}由其${{ 子: '儿子', 女: '女儿', 配偶: '配偶' }[kin.relation] ?? ''}${kin.name}陪同来我院门诊就诊`;
    const text = `兹有${town}${home.village}村民${p.name}，${p.sex}，${formatDate(p.birth, 'cnShort')}出生，身份证号码：${p.idNumber}，`
      + `${when}。${past ? `既往${past.remote}。` : ''}经检查诊断为${dx}。目前病情${rng.pick(['稳定', '尚平稳', '反复'])}，`
      + `${rng.pick(['需长期服药治疗，定期复查', '需长期门诊治疗及随访', '生活部分不能自理，需长期服药'])}。`;
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue,
      ...(stay ? { admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge } : {}) });
    s.diagnoses(doc.dx.western);

    let y = 500;
    // Dates, the ID and the names stay whole; a diagnosis breaks where the line ends, as a word processor breaks it.
    const keep = [p.idNumber, p.name, kin.name, d(doc.dates.admission), d(doc.dates.discharge), d(seen), formatDate(p.birth, 'cnShort')];
    wrap(s, text, w, f, { indent: px(pt) * 2, keep }).forEach((t, i) => {
      s.put(x0 + (i === 0 ? px(pt) * 2 : 0), y, t, f);
      y += lh;
    });
    s.put(x0 + px(pt) * 2, y, '特此证明。', f);
    y += lh * 2;

    const issued = formatDate(doc.dates.issue, rng.pick(['cnShort', 'cn', 'cnNumeralO'] as const));
    const sx = right - Math.max(s.measure(doc.hospital.name, f), s.measure(issued, f),
      handWidth(s, doc.doctors.attending, pt * 1.15) + s.measure('经治医生：', f)) - 20;
    const lw = s.put(sx, y, '经治医生：', f);
    handwritten(s, sx + lw + 10, y, doc.doctors.attending, pt * 1.15, rng);
    y += lh * 1.3;
    s.put(sx, y, doc.hospital.name, f);
    y += lh;
    s.put(sx, y, issued, f);
    seal(s, sx + s.measure(doc.hospital.name, f) / 2 + rng.range(-30, 30), y - lh * 0.8, rng.range(115, 135), doc.hospital.name,
      rng.pick(['诊断证明专用章', '医疗证明专用章']), rng);

    // The village committee's box: printed heading, a hand that vouches for the facts, its own seal and a later date.
    const top = Math.max(y + lh * 1.6, 1500);
    const h = 520;
    s.rect(x0, top, w, h, 1.8);
    s.put(x0 + 30, top + lh, '村（居）委会意见：', st(bold, pt));
    handwritten(s, x0 + 80, top + lh * 2.6, rng.pick(['情况属实。', '该村民所述情况属实。', '经核实，情况属实。']), pt * 1.15, rng);
    const leader = personName(rng, rng.chance(0.8) ? '男' : '女', 0);
    const cy = top + h - lh * 1.1;
    const nw = s.put(x0 + 30, cy, '负责人（签字）：', f);
    handwritten(s, x0 + 30 + nw + 10, cy, [p.name, kin.name].includes(leader) ? '周国庆' : leader, pt * 1.1, rng);
    const later = addDays(doc.dates.issue, rng.int(1, 6));
    s.put(right - 30, cy, formatDate(later, 'cnShort'), { ...f, align: 'right' });
    seal(s, right - 200, cy - 90, rng.range(110, 125), `${home.village.replace('村', '')}村民委员会`, '公章', rng);
    s.put(x0, 2200, '注：本证明经医疗机构及村（居）委会盖章后有效，复印无效。', st(f.face, 10, { color: '#444' }));
  },
};
