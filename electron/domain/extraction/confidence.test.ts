import { describe, expect, it } from 'vitest';
import { documentsToConfirm, fieldsToCheck } from './confidence';
import type { DocumentFacts } from './extract-facts';

const base: DocumentFacts = {
  documentType: 'INPATIENT_RECORD_COPY', name: '邱桂英', idNumber: '37150219580304002X', recordNo: null, hospital: '聊城市人民医院',
  admissionDate: '2025-03-04', dischargeDate: null, visitDates: [], reportDate: null, diagnoses: ['2型糖尿病'], diseaseKeys: ['DIABETES'], physicianNames: [],
};
const at = (confidence: number) => ({ page: 0, bbox: [0, 0, 10, 10] as const, confidence });

describe('fieldsToCheck', () => {
  it.each([
    ['nothing below the bar', { name: at(0.97), idNumber: at(0.9) }, []],
    ['a surname read with 0.62 (邱 read as 印 is how it looks)', { name: at(0.62) }, ['name']],
    ['exactly at the bar is trusted', { admissionDate: at(0.85) }, []],
    ['a field with no value is not marked (it shows as 未识别)', { dischargeDate: at(0.2) }, []],
    ['several', { idNumber: at(0.3), diagnoses: at(0.5) }, ['idNumber', 'diagnoses']],
  ] as const)('%s', (_, sources, fields) => {
    expect(fieldsToCheck({ ...base, sources })).toEqual(fields);
  });

  it('facts the clerk typed carry no sources and need no check', () => {
    expect(fieldsToCheck(base)).toEqual([]);
  });
});

describe('documentsToConfirm', () => {
  it('names every document whose facts were read but not confirmed', () => {
    expect(documentsToConfirm([
      { label: '出院记录（a.pdf）', hasFacts: true, confirmed: false },
      { label: '检验报告（b.png）', hasFacts: true, confirmed: true },
      { label: '其他（c.png）', hasFacts: false, confirmed: false },
    ])).toEqual(['出院记录（a.pdf）']);
  });
});
