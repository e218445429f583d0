import { rgb } from 'pdf-lib';
import { newCjkDocument, wrap } from './cjk-font';

/** 一次性告知书 (R8, 001 §1(1)): every missing or failing item at once, on one A4 sheet (more if needed). */
export type DeficiencyNoticeInput = {
  readonly noticeNo: string;
  readonly hospitalName: string;
  readonly applicantName: string;
  readonly idNumber: string;
  readonly applicationNo: string;
  readonly diseaseName: string;
  readonly receivedDate: string;
  readonly issuedDate: string;
  readonly clerkName: string;
  readonly items: readonly string[];
  readonly routesHint: string;
  readonly lapseDays: number;
};

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 62;

export async function deficiencyNoticePdf(n: DeficiencyNoticeInput): Promise<Uint8Array> {
  const title = '门诊慢特病申请材料一次性告知书';
  const greeting = `${n.applicantName}（身份证号：${n.idNumber}）：`;
  const intro = `您于 ${n.receivedDate} 提出的“${n.diseaseName}”门诊慢特病资格认定申请（申请编号 ${n.applicationNo}），经审查，申请材料不齐全。现将需要补齐的全部材料一次性告知如下：`;
  const outro = [
    n.routesHint,
    `请于 ${n.lapseDays} 日内携带上述材料到本院医保办窗口补齐；逾期未补齐的，本次申请终止办理，您可重新申请。`,
    '如对本告知有疑问，可向本院医保办或参保地医疗保障经办机构咨询。',
  ];
  const signLines = [`经办人：${n.clerkName}`, `告知日期：${n.issuedDate}`, '申请人（代办人）签收：______________    日期：____年__月__日'];
  const { doc, font } = await newCjkDocument([n.hospitalName, title, greeting, intro, ...n.items, ...outro, ...signLines, n.noticeNo, '（医院盖章）', '第页共'].join(''));
  doc.setTitle(`${title} ${n.noticeNo}`);
  doc.setAuthor(n.hospitalName);
  doc.setCreationDate(new Date(`${n.issuedDate}T00:00:00+08:00`));

  const width = A4[0] - 2 * MARGIN;
  let page = doc.addPage(A4);
  let y = A4[1] - MARGIN;
  const newPageIfNeeded = (height: number): void => {
    if (y - height < MARGIN + 20) {
      page = doc.addPage(A4);
      y = A4[1] - MARGIN;
    }
  };
  const center = (text: string, size: number): void => {
    page.drawText(text, { x: (A4[0] - font.widthOfTextAtSize(text, size)) / 2, y, size, font });
    y -= size * 1.8;
  };
  const para = (text: string, size = 11.5, indent = 0): void => {
    for (const line of wrap(text, font, size, width - indent)) {
      newPageIfNeeded(size * 1.7);
      page.drawText(line, { x: MARGIN + indent, y, size, font });
      y -= size * 1.7;
    }
  };

  center(n.hospitalName, 15);
  center(title, 19);
  page.drawText(`编号：${n.noticeNo}`, { x: A4[0] - MARGIN - font.widthOfTextAtSize(`编号：${n.noticeNo}`, 9.5), y: y + 8, size: 9.5, font, color: rgb(0.3, 0.3, 0.3) });
  y -= 14;
  para(greeting);
  para(intro);
  y -= 4;
  n.items.forEach((item, i) => {
    const label = `${i + 1}. `;
    newPageIfNeeded(20);
    page.drawText(label, { x: MARGIN + 12, y, size: 11.5, font });
    const lines = wrap(item, font, 11.5, width - 34);
    lines.forEach((line, j) => {
      if (j > 0) newPageIfNeeded(20);
      page.drawText(line, { x: MARGIN + 32, y, size: 11.5, font });
      y -= 11.5 * 1.7;
    });
    y -= 3;
  });
  y -= 6;
  for (const line of outro) para(line, 10.5);
  y -= 24;
  newPageIfNeeded(110);
  for (const line of signLines) {
    page.drawText(line, { x: MARGIN, y, size: 11.5, font });
    y -= 26;
  }
  page.drawText('（医院盖章）', { x: A4[0] - MARGIN - 110, y: y + 52, size: 11.5, font });
  const pages = doc.getPages();
  pages.forEach((p, i) => {
    const footer = `第 ${i + 1} 页 共 ${pages.length} 页`;
    p.drawText(footer, { x: (A4[0] - font.widthOfTextAtSize(footer, 9)) / 2, y: 30, size: 9, font, color: rgb(0.4, 0.4, 0.4) });
  });
  return doc.save();
}
