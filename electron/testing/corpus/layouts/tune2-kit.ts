import type { Doc } from '../case';
import type { DiseaseKey, Dx } from '../diseases';
import { idNumberIn } from '../people';
import type { Rng } from '../rng';
import type { Sheet, Style } from '../sheet';
import { px } from './common';

/** Pieces the tune2 layouts share: other provinces' patients, uncertain diagnoses, prose that keeps dates whole, stacked cells. */

/** Address codes of the counties the PROVINCES / PROVINCES_TCM hospitals serve. */
const REGION: Record<string, readonly string[]> = {
  宁晋县人民医院: ['130528'], 商水县人民医院: ['411623'], 宜宾市第二人民医院: ['511502', '511521'], 揭阳市人民医院: ['445202', '445222'],
  临洮县人民医院: ['621124'], 桦甸市人民医院: ['220282'], 六安市第二人民医院: ['341502', '341503'], 湘潭县人民医院: ['430321'],
  来宾市兴宾区人民医院: ['451302'], 博兴县人民医院: ['371625'], 沭阳县中医院: ['321322'], 大竹县中医院: ['511724'],
  武安市中医院: ['130481'], 郸城县中医院: ['411625'],
};

/** The patient of a hospital in another province lives there: the ID's address code is that county's. */
export function localPatient(doc: Doc, rng: Rng): Doc {
  const regions = REGION[doc.hospital.name];
  if (!regions) return doc;
  const p = doc.patient;
  return { ...doc, patient: { ...p, idNumber: idNumberIn(rng, p.birth, p.sex, regions) } };
}

/** A village address in the hospital's own county: 河北省邢台市宁晋县城关镇东街村18号. */
export function homeAddress(doc: Doc, rng: Rng): string {
  const county = /^(.*(?:县|区|市))/u.exec(doc.hospital.address)?.[1] ?? '';
  return `${county}${rng.pick(['城关镇东街村', '新城街道幸福社区', '城南镇王庄村', '北关街道', '东风镇李家村', '河西乡前营村'])}${rng.int(1, 99)}号`;
}

/** Suspected or unresolved diagnoses (？, 待查): printed among the diagnoses, never counted. */
const DOUBT: readonly [DiseaseKey, readonly string[]][] = [
  ['CORONARY_HEART_DISEASE', ['冠心病？', '胸痛待查', '冠状动脉粥样硬化性心脏病？']],
  ['CEREBROVASCULAR_DISEASE', ['头晕待查', '脑梗死？', '短暂性脑缺血发作？']],
  ['DIABETES', ['糖尿病？', '血糖升高待查']],
  ['MALIGNANT_TUMOR_OUTPATIENT', ['肺占位性病变待查', '肺癌？', '胃癌？']],
  ['HYPERTENSION', ['继发性高血压？', '血压升高待查']],
  ['LEUKEMIA', ['全血细胞减少原因待查', '白血病？']],
];

/** An uncertain diagnosis of a disease the page does not diagnose (key null: it must not count). */
export function doubtful(rng: Rng, doc: Doc): Dx {
  const open = DOUBT.filter(([k]) => !doc.dx.keys.includes(k));
  const [, texts] = rng.pick(open.length > 0 ? open : DOUBT);
  return { text: rng.pick(texts), key: null };
}

/** What the treating doctor asks for, in the words certificates use. */
const NEEDS: Partial<Record<DiseaseKey, string>> = {
  URAEMIA_DIALYSIS: '需长期规律血液透析治疗（每周2～3次）', HEMOPHILIA: '需长期按需或预防性输注凝血因子', MALIGNANT_TUMOR_OUTPATIENT: '需继续放化疗及靶向药物治疗',
  LEUKEMIA: '需长期口服靶向药物，定期复查血常规', SEVERE_MENTAL_DISORDER: '需长期服用抗精神病药物，家属加强监护', TRANSPLANT_ANTI_REJECTION: '需终身服用抗排异药物',
  POST_ARTERIAL_STENT_ANTICOAGULATION: '需长期抗血小板、抗凝治疗', PHENYLKETONURIA: '需长期特殊饮食治疗', CHILD_DISABILITY_REHAB: '需长期康复训练',
};
export const needs = (doc: Doc): string => NEEDS[doc.primary] ?? '需长期门诊规律服药治疗';

/** 先生 / 女士 / 同志 after an adult's name; a child is 患儿 before it. */
export function addressed(doc: Doc, rng: Rng): { before: string; after: string } {
  if (doc.patient.age < 14) return { before: '患儿', after: '' };
  const polite = doc.patient.sex === '男' ? '先生' : '女士';
  const after = rng.chance(0.6) ? polite : '同志';
  return { before: after === '同志' ? '' : rng.pick(['', '患者']), after };
}

const DATES = String.raw`\d{4}年\d{1,2}月\d{1,2}日|[〇○一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日|\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{17}[\dX]`;
const escape = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Like `Sheet.para`, but a date, an ID number or any of `keep` (a name) is never broken over two
 * lines. Returns the next baseline.
 */
export function prose(s: Sheet, x: number, y: number, width: number, text: string, style: Style, lineH: number,
  o: { indent?: number; keep?: readonly string[] } = {}): number {
  const keep = (o.keep ?? []).filter((k) => k !== '').map(escape);
  const re = new RegExp(`(?:${[...keep, DATES].join('|')}|\\d+(?:[.:/-]\\d+)*(?:[年月日号岁天次]|mmHg|mmol/L|cm|mm|%)?|[A-Za-z]+|.)[，。、；：）」”]?`, 'gu');
  const tokens = text.match(re) ?? [];
  let line = '';
  let lineX = x + (o.indent ?? 0);
  let cy = y;
  for (const t of tokens) {
    if (line !== '' && lineX - x + s.measure(line + t, style) > width) {
      s.put(lineX, cy, line, style);
      line = '';
      lineX = x;
      cy += lineH;
    }
    line += t;
  }
  if (line !== '') s.put(lineX, cy, line, style);
  return cy + lineH;
}

export type Stacked = { readonly label: string; readonly value: string; readonly w: number };

/**
 * A bordered row of cells, each with its label small in the top-left corner and its value on a
 * line under it (the label above the value). Returns the bottom edge.
 */
export function stackedRow(s: Sheet, x: number, y: number, h: number, cells: readonly Stacked[], lab: Style, val: Style, border = 1.8): number {
  let cx = x;
  for (const c of cells) {
    s.rect(cx, y, c.w, h, border);
    s.put(cx + 12, y + px(lab.pt) + 10, c.label, lab);
    s.put(cx + 22, y + h - 22, c.value, val);
    cx += c.w;
  }
  return y + h;
}

/** A check box, ticked or not, with its caption after it (□初诊 ☑复诊). Returns the right edge. */
export function checkBox(s: Sheet, x: number, y: number, caption: string, ticked: boolean, style: Style): number {
  const b = px(style.pt) * 0.8;
  s.rect(x, y - b, b, b, 2);
  if (ticked) {
    s.line(x + b * 0.18, y - b * 0.5, x + b * 0.42, y - b * 0.18, 3);
    s.line(x + b * 0.42, y - b * 0.18, x + b * 0.95, y - b * 1.05, 3);
  }
  return x + b + 8 + s.put(x + b + 8, y, caption, style);
}
