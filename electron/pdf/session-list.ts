import { newCjkDocument } from './cjk-font';
import { A4, pageFlow } from './page-flow';

/** 月度资格确认名单及记录 (R27, §2.9, DL-9): who organised the session, and each case with the physicians drawn. */
export type SessionListInput = {
  readonly hospitalName: string;
  readonly month: string;
  readonly heldAt: string;
  readonly organiser: string;
  readonly cases: readonly { displayNo: string; name: string; diseaseName: string; outcome: 'DRAWN' | 'POOL_TOO_SMALL'; detail: string }[];
};

const MARGIN = 48;
const COLS = [30, 150, 60, 110] as const; // 序号, 申请编号, 姓名, 病种; the rest: 抽取的认定医师
const shanghai = (iso: string): string => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

export async function sessionListPdf(s: SessionListInput): Promise<Uint8Array> {
  const title = `${s.month.replace('-', ' 年 ')} 月门诊慢特病资格确认名单`;
  const head = ['序号', '申请编号', '姓名', '病种', '抽取的认定医师'];
  const meta = `组织人：${s.organiser}    组织时间：${shanghai(s.heldAt)}    共 ${s.cases.length} 件`;
  const rows = s.cases.map((c, i) => [String(i + 1), c.displayNo, c.name, c.diseaseName, c.outcome === 'DRAWN' ? c.detail : `未抽取：${c.detail}`]);
  const { doc, font } = await newCjkDocument([s.hospitalName, title, meta, ...head, ...rows.flat(), '医保办负责人签字：第页共'].join(''));
  doc.setTitle(title);
  const flow = pageFlow(doc, font, MARGIN);
  const widths = [...COLS, flow.width - COLS.reduce((a, b) => a + b, 0)];
  flow.center(s.hospitalName, 14);
  flow.center(title, 17);
  flow.para(meta, 10);
  flow.gap(6);
  flow.grid(widths, [head], 10);
  flow.grid(widths, rows, 9.5);
  flow.gap(30);
  flow.at((page, y) => page.drawText('医保办负责人签字：______________', { x: A4[0] - MARGIN - 220, y, size: 11, font }));
  flow.footers();
  return doc.save();
}
