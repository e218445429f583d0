import { describe, expect, it } from 'vitest';
import { pageIdentity, patientsOf, splitPoints, type PageIdentity } from './document-split';
import { linesFromText } from './page-lines';

const page = (text: string) => pageIdentity({ lines: linesFromText(text) });
const A = '371502195803040020';
const B = '371502196001010018';

describe('pageIdentity', () => {
  it('reads the heading, the patient and whether the page continues another', () => {
    expect(page(`聊城市人民医院\n出院记录\n姓名：邱桂英  身份证号：${A}\n第1页 共2页`)).toEqual({ title: 'INPATIENT_RECORD_COPY', name: '邱桂英', idNumber: A, continues: false });
    expect(page('诊疗经过：……\n出院医嘱：……\n第2页 共2页')).toEqual({ title: null, name: null, idNumber: null, continues: true });
  });
});

describe('splitPoints (a batch scan into documents)', () => {
  const p = (over: Partial<PageIdentity>): PageIdentity => ({ title: null, name: null, idNumber: null, continues: false, ...over });
  it.each([
    ['one document of two pages', [p({ title: 'INPATIENT_RECORD_COPY', idNumber: A }), p({})], [0]],
    ['a continuation page that repeats the heading', [p({ title: 'INPATIENT_RECORD_COPY', idNumber: A }), p({ title: 'INPATIENT_RECORD_COPY', idNumber: A, continues: true })], [0]],
    ['a new heading starts a new document', [p({ title: 'INPATIENT_RECORD_COPY', idNumber: A }), p({}), p({ title: 'TEST_REPORT', idNumber: A })], [0, 2]],
    ['two reports of the same kind are two documents', [p({ title: 'TEST_REPORT', idNumber: A }), p({ title: 'TEST_REPORT', idNumber: A })], [0, 1]],
    ['another patient starts a new document even without a heading', [p({ title: 'OUTPATIENT_RECORD_ORIGINAL', name: '邱桂英' }), p({ name: '周玉兰' })], [0, 1]],
    ['another ID number, same name', [p({ title: 'TEST_REPORT', name: '张伟', idNumber: A }), p({ name: '张伟', idNumber: B })], [0, 1]],
    ['no pages', [], []],
  ] as const)('%s', (_, pages, starts) => {
    expect(splitPoints(pages)).toEqual(starts);
  });
});

describe('patientsOf', () => {
  it('counts the patients a set of pages names', () => {
    const p = (name: string | null, idNumber: string | null): PageIdentity => ({ title: null, name, idNumber, continues: false });
    expect(patientsOf([p('邱桂英', A), p(null, null), p('邱桂英', null)])).toBe(1);
    expect(patientsOf([p('邱桂英', A), p('周玉兰', B)])).toBe(2);
  });
});
