import { checkCharacter } from '../domain/id-number';
import { ROSTER_COLUMNS } from '../domain/panel/roster-csv';

/** A roster CSV as the 医保办 would export it, for tests and the e2e run. */
export type RosterCsvRow = Partial<Record<(typeof ROSTER_COLUMNS)[number], string>>;

export function rosterCsv(rows: readonly RosterCsvRow[], hospitalCode = 'H37150200001'): string {
  const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = rows.map((r, i) => {
    const first17 = `1101051970010${String(100 + i).padStart(3, '0')}1`;
    const defaults: RosterCsvRow = {
      医保医师编码: `D${String(i + 1).padStart(3, '0')}`, 姓名: `医师${i + 1}`, 身份证号: first17 + checkCharacter(first17), 医院编码: hospitalCode,
      专业: '内分泌科', 职称: '副主任医师', 授权病种: '糖尿病', 授权起始: '2024-01-01', 授权截止: '', 在岗: '是', 已备案培训: '是', 回避身份证号: '',
    };
    const merged = { ...defaults, ...r };
    return ROSTER_COLUMNS.map((c) => cell(merged[c] ?? '')).join(',');
  });
  return [ROSTER_COLUMNS.join(','), ...lines].join('\r\n');
}
