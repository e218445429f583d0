import type { Doc } from '../case';
import type { DiseaseKey, Dx } from '../diseases';
import type { Rng } from '../rng';
import { icdOf } from './kit';

/**
 * Pieces the tune10 layouts share: the words county doctors of Liaocheng write for each catalogue disease (with the
 * ICD-10 code their HIS attaches), chronic diseases outside the catalogue, look-alikes that are not the disease, IDs
 * printed in groups, counts in Chinese, history sentences with denials and relatives.
 */

type Worded = readonly [text: string, icd: string];

/** How a county or city ward writes the disease on paper (each names the catalogue disease to a reader at the desk). */
export const WORDS: Record<DiseaseKey, readonly Worded[]> = {
  HYPERTENSION: [['高血压病3级（极高危）', 'I10.x00'], ['高血压病2级（高危）', 'I10.x00'], ['原发性高血压3级 很高危组', 'I10.x00'],
    ['高血压3级（极高危组）', 'I10.x00'], ['高血压性心脏病', 'I11.900'], ['高血压病1级（中危）', 'I10.x00']],
  DIABETES: [['2型糖尿病伴多个并发症', 'E11.700'], ['2型糖尿病性周围神经病变', 'E11.400'], ['2型糖尿病伴血糖控制不佳', 'E11.900'],
    ['2型糖尿病肾病（Ⅲ期）', 'E11.201'], ['2型糖尿病性视网膜病变', 'E11.301'], ['糖尿病足（Wagner 2级）', 'E11.501'], ['2型糖尿病（胰岛素治疗）', 'E11.900']],
  CORONARY_HEART_DISEASE: [['冠状动脉粥样硬化性心脏病', 'I25.103'], ['冠心病 不稳定型心绞痛', 'I20.000'], ['急性冠脉综合征', 'I24.900'],
    ['冠心病 心功能Ⅲ级（NYHA）', 'I25.103'], ['陈旧性前壁心肌梗死', 'I25.200'], ['缺血性心肌病', 'I25.500']],
  CEREBROVASCULAR_DISEASE: [['脑梗死后遗症', 'I69.300'], ['多发性腔隙性脑梗死', 'I63.800'], ['脑梗死（左侧基底节区）', 'I63.900'],
    ['右侧丘脑出血恢复期', 'I61.000'], ['脑出血后遗症', 'I69.100'], ['脑梗死恢复期', 'I63.900']],
  URAEMIA_DIALYSIS: [['慢性肾脏病5期', 'N18.500'], ['慢性肾衰竭（尿毒症期）', 'N18.500'], ['终末期肾病 维持性血液透析', 'N18.500'],
    ['慢性肾脏病5期（CKD5D）', 'N18.500'], ['尿毒症', 'N18.500']],
  HEMOPHILIA: [['血友病A（重型）', 'D66.x00'], ['血友病B（中型）', 'D67.x00'], ['血友病性关节病（血友病A）', 'D66.x00']],
  MALIGNANT_TUMOR_OUTPATIENT: [['右肺上叶腺癌', 'C34.100'], ['肺恶性肿瘤（左肺鳞癌）', 'C34.900'], ['右肺腺癌（cT2N1M0 ⅡB期）', 'C34.900'],
    ['左肺小细胞肺癌（广泛期）', 'C34.900'], ['右肺恶性肿瘤 化疗后', 'C34.900']],
  SEVERE_MENTAL_DISORDER: [['精神分裂症', 'F20.900'], ['偏执型精神分裂症', 'F20.000'], ['双相情感障碍（目前为轻躁狂发作）', 'F31.000'],
    ['分裂情感性障碍', 'F25.900'], ['癫痫所致精神障碍', 'F06.800']],
  LEUKEMIA: [['急性髓系白血病（M2）', 'C92.000'], ['慢性髓系白血病（慢性期）', 'C92.100'], ['急性淋巴细胞白血病（B细胞型）', 'C91.000'],
    ['慢性淋巴细胞白血病', 'C91.100']],
  POST_ARTERIAL_STENT_ANTICOAGULATION: [['冠状动脉支架植入术后', 'Z95.501'], ['PCI术后', 'Z95.501'], ['冠脉支架置入术后状态', 'Z95.501'],
    ['下肢动脉支架植入术后', 'Z95.808'], ['主动脉瓣机械瓣置换术后', 'Z95.201']],
  TRANSPLANT_ANTI_REJECTION: [['肾移植术后', 'Z94.000'], ['同种异体肾移植术后', 'Z94.000'], ['肝移植术后', 'Z94.400']],
  PHENYLKETONURIA: [['苯丙酮尿症', 'E70.001'], ['高苯丙氨酸血症（苯丙酮尿症）', 'E70.001']],
  CHILD_DISABILITY_REHAB: [['脑性瘫痪（痉挛型双瘫）', 'G80.100'], ['孤独症谱系障碍', 'F84.000'], ['智力障碍（轻度）', 'F70.900']],
};

/** Chronic diseases outside the Liaocheng catalogue that county paper names beside it (never counted). */
const OUTSIDE: readonly Worded[] = [['帕金森病', 'G20.x00'], ['类风湿关节炎', 'M06.900'], ['慢性阻塞性肺疾病', 'J44.900'],
  ['慢性阻塞性肺疾病急性加重期', 'J44.100'], ['慢性乙型病毒性肝炎', 'B18.100'], ['肝硬化失代偿期', 'K74.600'], ['心房颤动', 'I48.x00'],
  ['慢性心力衰竭', 'I50.900'], ['痛风', 'M10.900']];

/** Look-alikes: conditions whose names sit close to a catalogue disease but are not it (never counted), and the key they must not be. */
const NEAR: readonly (readonly [string, string, DiseaseKey])[] = [['空腹血糖受损', 'R73.001', 'DIABETES'], ['糖耐量异常', 'R73.002', 'DIABETES'],
  ['慢性肾脏病3期', 'N18.300', 'URAEMIA_DIALYSIS'], ['颈动脉斑块形成', 'I65.201', 'CEREBROVASCULAR_DISEASE']];

/** What a dialysis patient's list carries besides the kidney failure (never counted). */
export const RENAL_EXTRAS: readonly Worded[] = [['肾性贫血', 'D63.801'], ['继发性甲状旁腺功能亢进', 'N25.801'], ['肾性骨病', 'N25.001'],
  ['高钾血症', 'E87.501']];

const CODES = new Map<string, string>([...Object.values(WORDS).flat(), ...OUTSIDE, ...RENAL_EXTRAS,
  ...NEAR.map(([t, c]) => [t, c] as const)]);

/** The ICD-10 code the HIS prints beside a diagnosis. */
export const codeOf = (d: Dx, i: number): string => CODES.get(d.text) ?? icdOf(d, i);

/** An admission diagnosis that is only the ward's first guess (高血压病, 胸痛待查, 肺癌？), kept as the generator wrote it. */
const GUESS = /待查|？|^高血压病$|^糖尿病$|肾功能不全|占位/u;

/**
 * The document with its catalogue diagnoses in county words (WORDS; `avoid`: wordings that do not fit the page, such as
 * 后遗症 on an acute admission), the admission list naming a disease the same way, and sometimes a chronic disease
 * outside the catalogue or a look-alike of one it does not have at the end (adults only).
 */
export function countyWords(doc: Doc, rng: Rng, o: { outside?: number; near?: number; avoid?: RegExp } = {}): Doc {
  const chosen = new Map<string, string>();
  const word = (k: DiseaseKey): string => {
    const fits = WORDS[k].filter(([t]) => !o.avoid?.test(t));
    const text = chosen.get(k) ?? rng.pick(fits.length > 0 ? fits : WORDS[k])[0];
    chosen.set(k, text);
    return text;
  };
  const western: Dx[] = doc.dx.western.map((d) => (d.key ? { text: word(d.key as DiseaseKey), key: d.key } : d));
  const admission = doc.dx.admission.map((d) => (d.key && doc.dx.keys.includes(d.key as DiseaseKey) && !GUESS.test(d.text)
    ? { text: word(d.key as DiseaseKey), key: d.key } : d));
  const adult = doc.patient.age >= 30;
  if (adult && rng.chance(o.outside ?? 0.35)) western.push({ text: rng.pick(OUTSIDE)[0], key: null });
  const near = NEAR.filter(([, , k]) => !doc.dx.keys.includes(k));
  if (adult && near.length > 0 && rng.chance(o.near ?? 0.25)) western.push({ text: rng.pick(near)[0], key: null });
  return { ...doc, dx: { ...doc.dx, western, admission } };
}

/** How a chronic patient's follow-up complaint reads (the generator's complaints are an acute admission's). */
const FOLLOW: Record<DiseaseKey, string> = {
  HYPERTENSION: '发现血压升高10余年，间断头晕', DIABETES: '血糖升高8年，口干、乏力加重半月', CORONARY_HEART_DISEASE: '反复活动后胸闷5年，再发1周',
  CEREBROVASCULAR_DISEASE: '左侧肢体活动不利1年余', URAEMIA_DIALYSIS: '规律血液透析3年', HEMOPHILIA: '右膝关节反复肿痛10余年',
  MALIGNANT_TUMOR_OUTPATIENT: '肺癌化疗后2月，咳嗽', SEVERE_MENTAL_DISORDER: '凭空闻语、多疑6年，眠差1周', LEUKEMIA: '确诊白血病1年，定期复查',
  POST_ARTERIAL_STENT_ANTICOAGULATION: '支架植入术后1年，偶有胸闷', TRANSPLANT_ANTI_REJECTION: '肾移植术后3年，定期复查',
  PHENYLKETONURIA: '新生儿筛查确诊苯丙酮尿症，定期复查', CHILD_DISABILITY_REHAB: '运动发育落后，至今不能独走',
};
export const followUp = (doc: Doc): string => FOLLOW[doc.primary];

/** 3715 0219 5803 0412 3X (fours and a pair) or 371502 1958 0304 123X (six then fours): the ID as HIS headers space it. */
export type Grouping = 'fours' | 'six-fours';
export function groupedId(id: string, how: Grouping): string {
  const heads = how === 'fours' ? [0, 4, 8, 12, 16] : [0, 6, 10, 14];
  return heads.map((h, i) => id.slice(h, heads[i + 1] ?? id.length)).join(' ');
}

/** 休息 for a span as certificates write it: 两周, 十四天, 一个月, 7天. */
export function restSpan(rng: Rng): string {
  return rng.pick(['一周', '两周', '两周', '三周', '一个月', '十四天', '7天', '14天', '半个月']);
}

const NAMES: Partial<Record<DiseaseKey, string>> = { HYPERTENSION: '高血压', DIABETES: '糖尿病', CORONARY_HEART_DISEASE: '冠心病',
  CEREBROVASCULAR_DISEASE: '脑梗死' };
const KIN = ['父亲', '母亲', '其兄', '其姐', '其弟', '其妹'];

/**
 * The denial of diseases the patient does not have, in the forms ward doctors type: 否认糖尿病史, 否认“冠心病、糖尿病”病史,
 * 否认高血压、冠心病等慢性病史, 否认肝炎、结核等传染病史 (nothing is denied that the page diagnoses).
 */
export function denial(doc: Doc, rng: Rng): string {
  const absent = Object.entries(NAMES).filter(([k]) => !doc.dx.keys.includes(k as DiseaseKey)).map(([, n]) => n);
  const some = rng.sample(absent, Math.min(absent.length, rng.int(1, 2)));
  if (some.length === 0) return '否认肝炎、结核等传染病史';
  return rng.pick([`否认${some.join('、')}史`, `否认“${some.join('、')}”病史`, `否认${some.join('、')}等慢性病史，否认肝炎、结核等传染病史`]);
}

/** A relative's disease (父亲有高血压病史, 母亲患糖尿病多年, 其兄因脑出血去世): a mention that never counts for the patient. */
export function kin(rng: Rng): string {
  const who = rng.pick(KIN);
  return rng.pick([`${who}有高血压病史`, `${who}患糖尿病多年`, `${who}因脑出血去世`, `${who}有冠心病史`, `${who}体健`]);
}
