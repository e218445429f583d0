import ExcelJS from 'exceljs';
import { checkCharacter } from '../domain/id-number';
import { parseCsv, ROSTER_COLUMNS } from '../domain/panel/roster-csv';

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

/** The `roster.import` input for a roster file's bytes. */
export function rosterImport(content: string | Buffer, fileName = '名册.csv'): { fileName: string; contentBase64: string } {
  return { fileName, contentBase64: Buffer.from(content).toString('base64') };
}

/** The same roster as an XLSX workbook (first sheet), with the dates as real Excel dates as the bureau's sheets have them. */
export async function rosterXlsx(rows: readonly RosterCsvRow[], hospitalCode?: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('名册');
  for (const line of parseCsv(rosterCsv(rows, hospitalCode))) {
    sheet.addRow(line.map((v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00Z`) : v)));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

let gbkTable: Map<string, number[]> | undefined;
/** Text in GBK as Excel on a Chinese Windows saves CSV (two-byte codes only; the reverse of the platform's own decoder). */
export function gbkBytes(text: string): Buffer {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gb18030');
    for (let lead = 0x81; lead <= 0xfe; lead += 1) {
      for (let trail = 0x40; trail <= 0xfe; trail += 1) if (trail !== 0x7f) gbkTable.set(decoder.decode(new Uint8Array([lead, trail])), [lead, trail]);
    }
  }
  const table = gbkTable;
  return Buffer.from([...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : table.get(ch) ?? [0x3f])));
}
