import { rgb } from 'pdf-lib';
import { newCjkDocument } from './cjk-font';
import { A4, pageFlow } from './page-flow';

/**
 * 一次性告知书 (R8, 001 §1(1)): every missing or failing item at once, on one A4 sheet (more if needed).
 * The same sheet, titled 补充临床资料告知书, carries a certifying physician's request (T9, AMB-50).
 */
export type DeficiencyNoticeInput = {
  /** A physician's request for clinical evidence (T9) instead of the clerk's completeness check. */
  readonly physicianRequest?: boolean;
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

const MARGIN = 62;

export async function deficiencyNoticePdf(n: DeficiencyNoticeInput): Promise<Uint8Array> {
  const title = n.physicianRequest ? '门诊慢特病补充临床资料告知书' : '门诊慢特病申请材料一次性告知书';
  const greeting = `${n.applicantName}（身份证号：${n.idNumber}）：`;
  const applied = `您于 ${n.receivedDate} 提出的“${n.diseaseName}”门诊慢特病资格认定申请（申请编号 ${n.applicationNo}）`;
  const intro = n.physicianRequest
    ? `${applied}，资格确认医师审核时认为需要补充以下临床资料，方可作出认定结论：`
    : `${applied}，经审查，申请材料不齐全。现将需要补齐的全部材料一次性告知如下：`;
  const outro = [
    n.routesHint,
    `请于 ${n.lapseDays} 日内携带上述材料到本院医保办窗口补齐；逾期未补齐的，本次申请终止办理，您可重新申请。`,
    '如对本告知有疑问，可向本院医保办或参保地医疗保障经办机构咨询。',
  ];
  const signLines = [`${n.physicianRequest ? '资格确认医师' : '经办人'}：${n.clerkName}`, `告知日期：${n.issuedDate}`, '申请人（代办人）签收：______________    日期：____年__月__日'];
  const { doc, font } = await newCjkDocument([n.hospitalName, title, greeting, intro, ...n.items, ...outro, ...signLines, n.noticeNo, '（医院盖章）', '第页共'].join(''));
  doc.setTitle(`${title} ${n.noticeNo}`);
  doc.setAuthor(n.hospitalName);
  doc.setCreationDate(new Date(`${n.issuedDate}T00:00:00+08:00`));

  const flow = pageFlow(doc, font, MARGIN);
  flow.center(n.hospitalName, 15);
  flow.center(title, 19);
  flow.at((page, y) => page.drawText(`编号：${n.noticeNo}`, { x: A4[0] - MARGIN - font.widthOfTextAtSize(`编号：${n.noticeNo}`, 9.5), y: y + 8, size: 9.5, font, color: rgb(0.3, 0.3, 0.3) }));
  flow.gap(14);
  flow.para(greeting);
  flow.para(intro);
  flow.gap(4);
  flow.numbered(n.items);
  flow.gap(6);
  for (const line of outro) flow.para(line, 10.5);
  flow.gap(24);
  flow.ensure(110);
  flow.at((page, y) => page.drawText('（医院盖章）', { x: A4[0] - MARGIN - 110, y, size: 11.5, font }));
  for (const line of signLines) {
    flow.at((page, y) => page.drawText(line, { x: MARGIN, y, size: 11.5, font }));
    flow.gap(26);
  }
  flow.footers();
  return doc.save();
}
