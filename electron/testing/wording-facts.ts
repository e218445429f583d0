import { extractFacts, type ExtractionVocabulary } from '../domain/extraction/extract-facts';

/** The catalogue the wording rules' tests read with (issue 10: electron/domain/extraction/extract-wording*.test.ts). */
export const VOCAB: ExtractionVocabulary = {
  institutions: [],
  catalogue: [
    { key: 'PHENYLKETONURIA', diagnosisTerms: ['苯丙酮尿症'], icd10: ['E70.0'] },
    { key: 'MALIGNANT_TUMOR_OUTPATIENT', diagnosisTerms: ['癌'], icd10: ['C'] },
    { key: 'LEUKEMIA', diagnosisTerms: ['白血病'], icd10: ['C92'] },
    { key: 'SEVERE_MENTAL_DISORDER', diagnosisTerms: ['精神发育迟滞伴发精神障碍'], icd10: ['F20'] },
    { key: 'CHILD_DISABILITY_REHAB', diagnosisTerms: ['智力障碍', '听力残疾', '肢体残疾'], icd10: ['F70'] },
    { key: 'URAEMIA_DIALYSIS', diagnosisTerms: ['尿毒症', 'CKD5D'], icd10: [] },
    { key: 'HYPERTENSION', diagnosisTerms: ['高血压', 'HTN'], icd10: ['I10'] },
    { key: 'DIABETES', diagnosisTerms: ['糖尿病', 'T2DM', 'DM'], icd10: ['E11'] },
    { key: 'CORONARY_HEART_DISEASE', diagnosisTerms: ['冠状动脉粥样硬化性心脏病', '心肌梗死'], icd10: ['I25'] },
    { key: 'CEREBROVASCULAR_DISEASE', diagnosisTerms: ['脑梗死'], icd10: ['I63'] },
  ],
};
export const facts = (lines: string[]) => extractFacts(lines.join('\n'), VOCAB);
export const datesOf = (f: ReturnType<typeof facts>) => [f.admissionDate, f.dischargeDate, f.reportDate, ...f.visitDates];
