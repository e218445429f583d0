import { rgb } from 'pdf-lib';
import type { Letter } from '../domain/outcome-notices';
import { newCjkDocument } from './cjk-font';
import { A4, pageFlow } from './page-flow';

/**
 * An outcome notice to the applicant (§2.17) on A4: the letter the domain composed, the hospital's
 * seal line and date, and a tear-off receipt the applicant signs when it is handed over.
 */
export type OutcomeNoticeInput = {
  readonly letter: Letter;
  readonly hospitalName: string;
  readonly applicationNo: string;
  readonly issuedOn: string;
};

const MARGIN = 62;

export async function outcomeNoticePdf({ letter, hospitalName, applicationNo, issuedOn }: OutcomeNoticeInput): Promise<Uint8Array> {
  const receipt = `本人已收到《${letter.title}》（申请编号 ${applicationNo}）。`;
  const signLine = '申请人（代办人）签字：______________    日期：____年__月__日';
  const cut = '回执（沿此线剪下，由医院留存）';
  const all = [hospitalName, letter.title, letter.greeting, ...letter.body, ...letter.reasons, ...letter.benefitRows.flat(), letter.policy,
    ...letter.recourse, receipt, signLine, cut, applicationNo, issuedOn, '申请编号原因政策说明您可以（医院盖章）第页共'];
  const { doc, font } = await newCjkDocument(all.join(''));
  doc.setTitle(`${letter.title} ${applicationNo}`);
  doc.setAuthor(hospitalName);
  doc.setCreationDate(new Date(`${issuedOn}T00:00:00+08:00`));
  const flow = pageFlow(doc, font, MARGIN);
  const grey = rgb(0.3, 0.3, 0.3);

  flow.center(hospitalName, 15);
  flow.center(letter.title, 19);
  const no = `申请编号：${applicationNo}`;
  flow.at((page, y) => page.drawText(no, { x: A4[0] - MARGIN - font.widthOfTextAtSize(no, 9.5), y: y + 8, size: 9.5, font, color: grey }));
  flow.gap(14);
  flow.para(letter.greeting);
  for (const p of letter.body) flow.para(p, 11.5, 0);
  if (letter.reasons.length > 0) {
    flow.gap(4);
    flow.para('原因：');
    flow.numbered(letter.reasons);
  }
  if (letter.benefitRows.length > 0) {
    flow.gap(6);
    flow.grid([120, flow.width - 120], letter.benefitRows);
    flow.gap(8);
  }
  flow.gap(10);
  flow.para(`政策说明：${letter.policy}`, 10.5);
  flow.gap(4);
  flow.para('您可以：', 10.5);
  flow.numbered(letter.recourse, 10.5);
  flow.gap(20);
  flow.ensure(60);
  flow.at((page, y) => page.drawText(`（医院盖章）      ${issuedOn}`, { x: A4[0] - MARGIN - 190, y, size: 11.5, font }));
  flow.gap(60);

  flow.ensure(90);
  flow.at((page, y) => {
    page.drawLine({ start: { x: MARGIN, y }, end: { x: A4[0] - MARGIN, y }, thickness: 0.6, dashArray: [4, 3], color: grey });
    page.drawText(cut, { x: (A4[0] - font.widthOfTextAtSize(cut, 9)) / 2, y: y + 4, size: 9, font, color: grey });
  });
  flow.gap(26);
  flow.para(receipt, 11);
  flow.gap(8);
  flow.para(signLine, 11);
  flow.footers();
  return doc.save();
}
