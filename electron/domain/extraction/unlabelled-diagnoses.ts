import type { MaterialType } from '../evidence/material-types';
import { sourceOf, type FieldSource, type Row } from './page-lines';

/**
 * Diagnoses a page names under no diagnosis label (issue 10): a follow-up form's disease in its title, a certificate's
 * reason after 因, an outpatient page's treatment items headed by their disease. Each is read only where no label
 * names any, and below the confidence bar where the reading is a guess.
 */
type Unlabelled = { items: string[]; source: FieldSource };

/** How sure a disease is that only a form's title or a treatment's heading names: below the bar, for the clerk to check. */
const GUESSED_CONFIDENCE = 0.8;
const guessed = (source: FieldSource): FieldSource => ({ ...source, confidence: Math.min(source.confidence, GUESSED_CONFIDENCE) });

/**
 * The public-health follow-up form of one disease, kept only for patients diagnosed with it (2型糖尿病患者随访服务记录表),
 * its title opening the row or a cell after the hospital's name.
 */
const FOLLOW_UP_FORM = /(?:^|\|)\s*([\u4e00-\u9fa5\d]{2,10}?)(?:患者)?(?:健康管理|随访)(?:服务)?(?:记录)?(?:表|本|卡|手册)/;

/** A follow-up form's disease where the page prints no diagnosis: taken from its title, below the bar for the clerk to check. */
function followedUp(rows: readonly Row[]): Unlabelled | null {
  const row = rows.slice(0, 6).find((r) => FOLLOW_UP_FORM.test(r.joined));
  if (!row) return null;
  return { items: [FOLLOW_UP_FORM.exec(row.joined)![1]!], source: guessed(sourceOf(row, 0, row.joined.length)) };
}

/**
 * A certificate's prose that names the disease only in quotes after 因 (兹证明患者…，因'脑梗死后遗症、高血压病3级'于我院…治疗),
 * or in a fill-in form's blank (因 __高血压病3级、脑出血后遗症__ 于…, the blank read as a cell of its own).
 */
const REASON = /^(.*?)(?:因\s*[“"'‘「『]|(?<![\u4e00-\u9fa5])因\s*(?:_{2,}|\|)\s*)([^”"'’」』_|]{2,40}?)\s*(?:[”"'’」』]|_{2,}|\||$)/;

/** The quoted reason of a certificate's 兹证明 paragraph, its items split on their stops. */
function certifiedReason(rows: readonly Row[]): Unlabelled | null {
  const start = rows.findIndex((r) => /兹证明|兹有/.test(r.joined));
  // (a certificate that opens with the patient, 患者王建军，男，52岁，…, ends its prose with 特此证明)
  const end = rows.findIndex((r) => /特此证明/.test(r.joined));
  const body = start >= 0 ? rows.slice(start, start + 3) : rows.slice(Math.max(0, end - 5), Math.max(0, end));
  const row = body.find((r) => REASON.test(r.joined));
  const m = row && REASON.exec(row.joined);
  if (!row || !m) return null;
  const at = m[1]!.length + m[0].slice(m[1]!.length).indexOf(m[2]!);
  return { items: m[2]!.split(/[、，,；;]/).map((t) => t.trim()).filter((t) => t !== ''), source: sourceOf(row, at, at + m[2]!.length) };
}

/** The treatment's heading (处理：, 医嘱：, 治疗方案：), alone on its row or before its first item. */
const TREATMENT = /^[\s|]*(?:处理|处置|医嘱|治疗(?:方案|意见)?)\s*[:：]/;
/** An item headed by its disease: 1.2型糖尿病：二甲双胍… / 2.高血压病2级 高危：缬沙坦… (the heading has no figure of a dose). */
const HEADED_ITEM = /^[\s|]*\(?\d{1,2}\s*[.、．)）]\s*([^:：，,。；;|]{2,24}?)\s*[:：]/;
/** A heading that names the item's aim, not a disease: 1.降压：… 2.降糖：… 3.调脂稳斑：… 4.护胃：… */
const AIM = /^(?:降(?:压|糖|脂|尿酸)|控制|调(?:脂|糖|压)|抗|护(?:胃|肾|肝|心)|改善|营养(?!不良)|稳(?:斑|定斑块)|预防|监测|对症|补|纠正|扩(?:冠|血管)|利尿|止|镇|复查|随访|饮食|运动|生活方式|健康教育|宣教)/;

/** The diseases an outpatient page's numbered treatment items are headed by, where it labels no diagnosis. */
function treatedHeadings(rows: readonly Row[]): Unlabelled | null {
  const start = rows.findIndex((r) => TREATMENT.test(r.joined));
  if (start < 0) return null;
  const first = rows[start]!.joined.replace(TREATMENT, '');
  const items: string[] = [];
  let source: FieldSource | null = null;
  let headings = 0;
  const candidates = [{ row: rows[start]!, text: first }, ...rows.slice(start + 1, start + 12).map((row) => ({ row, text: row.joined }))];
  for (const { row, text } of candidates) {
    const m = HEADED_ITEM.exec(text);
    if (!m) continue;
    headings += 1;
    const heading = m[1]!.trim();
    if (AIM.test(heading)) continue;
    items.push(heading);
    source ??= sourceOf(row, 0, row.joined.length);
  }
  // (one heading may be a plan's own; two or more make a list, of which the headings naming no aim are diseases)
  return headings >= 2 && items.length > 0 && source ? { items, source: guessed(source) } : null;
}

/** The diagnoses a page of `type` names without a label, where its labelled ones are none. */
export function unlabelledDiagnoses(type: MaterialType | null, rows: readonly Row[]): Unlabelled | null {
  if (type === 'OUTPATIENT_RECORD_ORIGINAL') return followedUp(rows) ?? treatedHeadings(rows);
  return type === 'DIAGNOSIS_CERTIFICATE' ? certifiedReason(rows) : null;
}
