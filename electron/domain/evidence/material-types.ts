/** Material types of domain §2.5 that a hospital desk receives (000 §8(1); 004 for the sealed copy). */
export const MATERIAL_TYPES = [
  'INPATIENT_RECORD_COPY',
  'INPATIENT_COMPLETE_RECORD_SEALED',
  'OUTPATIENT_RECORD_ORIGINAL',
  'EMR_PRINTOUT',
  'TEST_REPORT',
  'DIAGNOSIS_CERTIFICATE',
  'ID_CARD_COPY',
  /** 外地认定结论: a recognition made where the person was insured before moving into the city (R51). */
  'PRIOR_CERTIFICATION',
  'OTHER',
] as const;
export type MaterialType = (typeof MATERIAL_TYPES)[number];

/** Evidence dates a window can be anchored on (domain §6.6 `dateField`). */
export const EVIDENCE_DATE_FIELDS = ['DISCHARGE_DATE', 'VISIT_DATE', 'REPORT_DATE'] as const;
export type EvidenceDateField = (typeof EVIDENCE_DATE_FIELDS)[number];
