import { describe, expect, it } from 'vitest';
import { checkCharacter } from '../id-number';
import { rosterCsv } from '../../testing/roster-fixtures';
import { parseCsv, parseRosterTable, type RosterVocabulary } from './roster-csv';

const id = (first17: string) => first17 + checkCharacter(first17);
const VOCAB: RosterVocabulary = {
  specialties: [{ key: 'ENDOCRINOLOGY', nameZh: '内分泌科' }, { key: 'CARDIOLOGY', nameZh: '心血管内科' }],
  diseases: [{ key: 'DIABETES', nameZh: '糖尿病' }, { key: 'HYPERTENSION', nameZh: '高血压' }],
  today: '2025-03-03',
};
const ONE = { 医保医师编码: 'D001', 姓名: '王建国', 医院编码: 'H1', 职称: '主任医师', 授权病种: '糖尿病；高血压' };

describe('parseCsv', () => {
  it('handles a BOM, quotes, doubled quotes, commas and CRLF', () => {
    expect(parseCsv('\uFEFFa,"b,c","say ""hi"""\r\n1,2,3\r\n\r\n')).toEqual([['a', 'b,c', 'say "hi"'], ['1', '2', '3']]);
  });
});

/** A roster CSV as the import reads it: cells first, then the rows. */
const parseRoster = (csv: string, vocab: RosterVocabulary) => parseRosterTable(parseCsv(csv), vocab);

describe('parseRosterTable on a CSV', () => {
  it('reads a physician with Chinese names for title, specialty and diseases', () => {
    const { rows, problems } = parseRoster(rosterCsv([ONE]), VOCAB);
    expect(problems).toEqual([]);
    expect(rows).toEqual([{
      physician: {
        id: 'D001', name: '王建国', idNumber: id('11010519700101001'), hospitalCode: 'H1', specialties: ['ENDOCRINOLOGY'], title: 'CHIEF',
        authorisation: { diseaseKeys: ['DIABETES', 'HYPERTENSION'], from: '2024-01-01', to: null }, active: true, onboarded: true, declaredConflicts: [],
      },
      sanction: null,
    }]);
  });

  it('reports every problem with its row number', () => {
    const csv = rosterCsv([ONE, { 医保医师编码: 'D001' }, { 职称: '教授', 专业: '眼科', 身份证号: '123' }, { 授权病种: '感冒', 在岗: '也许', 黑名单起始: '2024-01-01' }]);
    const { rows, problems } = parseRoster(csv, VOCAB);
    expect(rows.map((r) => r.physician.id)).toEqual(['D001']);
    expect(problems).toEqual([
      { row: 3, message: '医保医师编码 D001 重复' },
      { row: 4, message: '身份证号“123”无效' },
      { row: 4, message: '职称“教授”无效，应为主任医师、副主任医师、主治医师或住院医师' },
      { row: 4, message: '专业“眼科”不在政策包的专科对照中' },
      { row: 5, message: '授权病种“感冒”不在病种目录中' },
      { row: 5, message: '“在岗”应填“是”或“否”' },
      { row: 5, message: '黑名单须填写起始日期（YYYY-MM-DD）和原因' },
    ]);
  });

  it('reads a blacklist entry and declared conflicts', () => {
    const conflict = id('37150219800101001');
    const { rows } = parseRoster(rosterCsv([{ 回避身份证号: conflict, 黑名单起始: '2024-05-01', 黑名单截止: '2027-04-30', 黑名单原因: '优亲厚友' }]), VOCAB);
    expect(rows[0]).toMatchObject({ physician: { declaredConflicts: [conflict] }, sanction: { from: '2024-05-01', to: '2027-04-30', reason: '优亲厚友' } });
  });

  it('refuses a file without the expected header', () => {
    expect(parseRoster('name,id\n张三,1', VOCAB).problems[0]?.message).toMatch(/^表头缺少列：医保医师编码、姓名/);
  });
});
