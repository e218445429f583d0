import ExcelJS from 'exceljs';
import { AppError } from '../contract/app-error';
import { parseCsv } from '../domain/panel/roster-csv';

/**
 * A spreadsheet as the 医保办 saves it: an XLSX workbook (first sheet) or a CSV, which Excel on a
 * Chinese Windows writes in GB18030 unless told otherwise. Returns the cells as text, row by row,
 * with blank rows kept so row numbers match what the user sees.
 */
export async function readTableFile(bytes: Buffer): Promise<string[][]> {
  if (bytes.length === 0) throw new AppError('TABLE_FILE_UNREADABLE', { detail: '文件为空' });
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (zip) return readXlsx(bytes);
  if (bytes.subarray(0, 8).toString('latin1').startsWith('\xd0\xcf\x11\xe0')) {
    throw new AppError('TABLE_FILE_UNREADABLE', { detail: '这是旧版 Excel（.xls）文件，请在 Excel 中“另存为” .xlsx 或 CSV 后再导入' });
  }
  return parseCsv(decodeText(bytes));
}

/** UTF-8 when the bytes are valid UTF-8 (with or without BOM), otherwise GB18030 (a superset of GBK). */
function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

async function readXlsx(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError('TABLE_FILE_UNREADABLE', { detail: 'XLSX 文件已损坏或不是 Excel 工作簿，请重新导出后再导入' });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError('TABLE_FILE_UNREADABLE', { detail: '工作簿中没有工作表' });
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, 0); c += 1) cells.push(cellText(row.getCell(c).value));
    rows.push(cells);
  }
  return rows;
}

/** Excel dates are naive calendar values, which exceljs hands back as UTC midnights. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value;
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('result' in value) return value.result === undefined ? '' : cellText(value.result);
  if ('text' in value) return String(value.text);
  return '';
}
