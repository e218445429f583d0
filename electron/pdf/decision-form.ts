import { rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import { newCjkDocument, wrap } from './cjk-font';

/**
 * 门诊慢特病资格确认表 (approved or awaiting the bureau's re-review) or 不予认定通知书 (rejected):
 * A4, with both physicians' names, titles, decisions, handwritten signatures and signing times, the content hash the
 * signatures cover (R23), and a QR / short code that identifies the record.
 */
export type DecisionFormInput = {
  readonly kind: 'CONFIRMATION' | 'REJECTION';
  readonly hospitalName: string;
  readonly applicationNo: string;
  readonly applicantName: string;
  readonly idNumber: string;
  readonly diseaseName: string;
  readonly receivedDate: string;
  readonly outcomeText: string;
  readonly materials: readonly string[];
  /** The disease's certification standard the physicians judged against (R15). */
  readonly standardName: string;
  readonly decisions: readonly {
    readonly name: string; readonly title: string; readonly role: string; readonly result: string; readonly reasons: string; readonly signedAt: string;
    /** The physician's handwritten signature (PNG), or null: then the line is left for a wet signature (AMB-14). */
    readonly signaturePng: Uint8Array | null;
  }[];
  readonly contentHash: string;
  readonly shortCode: string;
  /** The audit chain's head when the form was issued (seq-MAC), so a later deletion or rewrite of the log shows. */
  readonly auditAnchor: string;
  readonly issuedDate: string;
};

const A4: [number, number] = [595.28, 841.89];
const M = 56;

function cell(page: PDFPage, font: PDFFont, text: string, x: number, y: number, width: number, size = 10): number {
  const lines = wrap(text, font, size, width - 8);
  lines.forEach((l, i) => page.drawText(l, { x: x + 4, y: y - 14 - i * (size + 4), size, font }));
  return lines.length * (size + 4) + 8;
}

export async function decisionFormPdf(f: DecisionFormInput): Promise<Uint8Array> {
  const title = f.kind === 'CONFIRMATION' ? '门诊慢特病资格确认表' : '门诊慢特病不予认定通知书';
  const texts = [f.hospitalName, title, f.applicationNo, f.contentHash, f.auditAnchor, f.receivedDate, f.issuedDate, f.applicantName, f.idNumber, f.diseaseName, f.outcomeText, f.shortCode, ...f.materials,
    f.standardName, ...f.decisions.flatMap((d) => [d.name, d.title, d.role, d.result, d.reasons, d.signedAt]),
    '申请编号受理日期申请人身份证号申请病种认定标准审查材料认定医师职称意见原因签名签署时间结论签署内容摘要SHA-256核验码审计链锚点如对本通知有异议可自收到之日起向参保地医疗保障经办机构反映医院盖章第页共年月日、：（）'];
  const { doc, font } = await newCjkDocument(texts.join(''));
  doc.setTitle(`${title} ${f.applicationNo}`);
  doc.setAuthor(f.hospitalName);
  const page = doc.addPage(A4);
  const width = A4[0] - 2 * M;
  let y = A4[1] - M;
  const center = (t: string, size: number) => { page.drawText(t, { x: (A4[0] - font.widthOfTextAtSize(t, size)) / 2, y, size, font }); y -= size * 1.8; };
  center(f.hospitalName, 14);
  center(title, 19);

  const qr = await doc.embedPng(await QRCode.toBuffer(`CSD:${f.applicationNo}:${f.shortCode}`, { errorCorrectionLevel: 'M', margin: 1, width: 160 }));
  page.drawImage(qr, { x: A4[0] - M - 70, y: A4[1] - M - 62, width: 70, height: 70 });
  page.drawText(`核验码 ${f.shortCode}`, { x: A4[0] - M - 76, y: A4[1] - M - 74, size: 8, font, color: rgb(0.3, 0.3, 0.3) });

  y = Math.min(y, A4[1] - M - 88);
  const rows: [string, string][] = [
    ['申请编号', f.applicationNo], ['受理日期', f.receivedDate], ['申请人', f.applicantName], ['身份证号', f.idNumber], ['申请病种', f.diseaseName],
    ['认定标准', f.standardName], ['审查材料', f.materials.join('；')],
  ];
  const labelW = 90;
  for (const [k, v] of rows) {
    const h = Math.max(cell(page, font, k, M, y, labelW), cell(page, font, v, M + labelW, y, width - labelW));
    page.drawRectangle({ x: M, y: y - h, width: labelW, height: h, borderWidth: 0.6, borderColor: rgb(0, 0, 0) });
    page.drawRectangle({ x: M + labelW, y: y - h, width: width - labelW, height: h, borderWidth: 0.6, borderColor: rgb(0, 0, 0) });
    y -= h;
  }
  y -= 16;
  page.drawText('认定医师意见', { x: M, y, size: 12, font });
  y -= 6;
  const cols = [56, 62, 56, 40, 128, 80, width - 422];
  const head = ['认定医师', '职称', '抽取', '意见', '原因', '签名', '签署时间'];
  const signatureCol = head.indexOf('签名');
  const colX = (i: number) => M + cols.slice(0, i).reduce((a, b) => a + b, 0);
  const drawRow = async (values: readonly string[], signature: Uint8Array | null, minHeight: number) => {
    let x = M;
    const h = Math.max(minHeight, ...values.map((v, i) => cell(page, font, v, colX(i), y, cols[i] ?? 60, 9.5)));
    if (signature) {
      const img = await doc.embedPng(signature);
      const box = { w: (cols[signatureCol] ?? 80) - 8, h: h - 8 };
      const scale = Math.min(box.w / img.width, box.h / img.height);
      page.drawImage(img, { x: colX(signatureCol) + 4 + (box.w - img.width * scale) / 2, y: y - h + 4 + (box.h - img.height * scale) / 2, width: img.width * scale, height: img.height * scale });
    }
    for (const w of cols) { page.drawRectangle({ x, y: y - h, width: w, height: h, borderWidth: 0.6, borderColor: rgb(0, 0, 0) }); x += w; }
    y -= h;
  };
  await drawRow(head, null, 0);
  for (const d of f.decisions) await drawRow([d.name, d.title, d.role, d.result, d.reasons || '—', '', d.signedAt], d.signaturePng, 40);
  y -= 18;
  for (const line of wrap(`结论：${f.outcomeText}`, font, 12, width)) { page.drawText(line, { x: M, y, size: 12, font }); y -= 18; }
  y -= 4;
  page.drawText(`签署内容摘要（SHA-256）：${f.contentHash}`, { x: M, y, size: 7.5, font, color: rgb(0.3, 0.3, 0.3) });
  y -= 12;
  page.drawText(`审计链锚点：${f.auditAnchor}`, { x: M, y, size: 7.5, font, color: rgb(0.3, 0.3, 0.3) });
  y -= 22;
  if (f.kind === 'REJECTION') {
    for (const line of wrap('如对本通知有异议，可自收到之日起向参保地医疗保障经办机构反映。', font, 10.5, width)) { page.drawText(line, { x: M, y, size: 10.5, font }); y -= 16; }
  }
  page.drawText(`（医院盖章）      ${f.issuedDate}`, { x: A4[0] - M - 190, y: y - 30, size: 11, font });
  const footer = '第 1 页 共 1 页';
  page.drawText(footer, { x: (A4[0] - font.widthOfTextAtSize(footer, 9)) / 2, y: 30, size: 9, font, color: rgb(0.4, 0.4, 0.4) });
  return doc.save();
}
