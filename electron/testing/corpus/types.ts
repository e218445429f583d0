import type { Doc } from './case';
import type { Rng } from './rng';
import type { Sheet } from './sheet';

export type Kind = 'discharge' | 'outpatient' | 'report' | 'certificate';
/**
 * 'tune': the extractor is tuned on these. 'blind': the held-out split — never tuned on, never
 * described to the people tuning, never looked at while tuning (written by other authors).
 */
export type Split = 'tune' | 'blind';

export const DEGRADATIONS = ['clean', 'scan', 'photo', 'fax'] as const;
export type Degradation = (typeof DEGRADATIONS)[number];

/** What a perfect extractor reads from the page. Dates are ISO (YYYY-MM-DD) or null. */
export type Fields = {
  readonly name: string;
  /** Null when the layout prints no ID number. */
  readonly idNumber: string | null;
  readonly admissionDate: string | null;
  readonly dischargeDate: string | null;
  /** Outpatient: 就诊日期. Certificate: the date of issue. */
  readonly visitDate: string | null;
  readonly reportDate: string | null;
  /** Catalogue keys the discharge / final / clinical diagnoses name (not admission, history or family). */
  readonly diseaseKeys: readonly string[];
  /** Those diagnoses as printed, without their numbering. */
  readonly diagnoses: readonly string[];
};

export type PageTruth = {
  readonly id: string;
  readonly layoutId: string;
  readonly split: Split;
  readonly kind: Kind;
  readonly degradation: Degradation;
  readonly hospital: string;
  readonly fields: Fields;
  /**
   * The printed text in reading order: one line per printed row (top to bottom), the cells of a
   * row left to right separated by two spaces. Seal rims, barcode bars and logos are not text.
   */
  readonly text: string;
};

export type CorpusPage = { readonly truth: PageTruth; readonly png: Buffer };

export type Layout = {
  readonly id: string;
  readonly kind: Kind;
  readonly split: Split;
  /** One line: the hospital style. */
  readonly style: string;
  /** What the layout exercises (for the report and the contact sheet). */
  readonly exercises: readonly string[];
  /** Builds the document's facts (hospital, patient, dates, diagnoses) for this layout. */
  readonly doc: (rng: Rng) => Doc;
  /** Draws the page and tells the sheet what it printed. */
  readonly draw: (sheet: Sheet, doc: Doc, rng: Rng) => void;
};
