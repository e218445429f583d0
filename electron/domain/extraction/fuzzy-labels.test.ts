import { describe, expect, it } from 'vitest';
import { restoreCellLabel } from './fuzzy-labels';

describe('restoreCellLabel (a label OCR misread by one character)', () => {
  it.each([
    ['入院H期：2025.9.29', '入院日期：2025.9.29'],
    ['山院诊断：1.高血压病', '出院诊断：1.高血压病'],
    ['涂断：1、高血压病', '诊断：1、高血压病'],
    ['摊名：周玉柱', '姓名：周玉柱'],
    ['签名：王明', '签名：王明'], // a label of its own, never a patient's name
    ['日期：2025-04-18', '日期：2025-04-18'],
    ['姓名：张三', '姓名：张三'],
    ['既往史：否认高血压', '既往史：否认高血压'],
    ['山院诊所：中医：1.消渴病', '出院诊断：中医：1.消渴病'], // two characters, each a look-alike of the label's (dot-matrix print)
    ['出院H排：2025.10.5', '出院日期：2025.10.5'],
    ['入院H3期:2025.9.29', '入院日期:2025.9.29'], // 日 split into H and 3
    ['山院情况：好转', '山院情况：好转'], // two characters off, one of them no look-alike: left as read
    ['报销日期：2025-04-18', '报销日期：2025-04-18'],
    ['患者张三，男', '患者张三，男'],
    ['姓、名：冯淑珍', '姓名：冯淑珍'], // a speck between the characters of a label
    ['出院·诊断：脑梗死', '出院诊断：脑梗死'],
    ['甲、乙：丙', '甲、乙：丙'], // no label without the mark: left as read
    ['出院断：', '出院诊断：'], // a character of a long label lost
    ['入院期：2025.9.29', '入院日期：2025.9.29'],
    ['住院号：123', '住院号：123'], // a label of its own, not 住院日期 short of one
    // a poor photo's OCR (wording author a26): every misread a look-alike, a colon read as 1 or l, no colon at all
    ['出阮沴晰', '出院诊断'], ['入阮日朋：2025- 03-04', '入院日期：2025- 03-04'], ['娃名1王德胜', '姓名：王德胜'], ['姓名l巴特尔', '姓名：巴特尔'],
    ['初步沴晰1', '初步诊断：'], ['就沴日期 2025 年 9 月 2 日', '就诊日期 2025 年 9 月 2 日'], ['就诊日朋', '就诊日期'], ['姓各', '姓名'],
    ['李名', '李名'], ['王明', '王明'], ['诊断1.高血压病', '诊断1.高血压病'], ['床号1', '床号1'], ['出院曰期 2025-03-15', '出院日期 2025-03-15'], ['出院曰期2025-03-15', '出院日期2025-03-15'],
    ['娃名 沙马阿依', '姓名 沙马阿依'], ['患者娃各', '患者姓名'], ['申请人姓各', '申请人姓名'], ['患儿娃名l李沐阳', '患儿姓名：李沐阳'],
  ])('%s → %s', (cell, restored) => {
    expect(restoreCellLabel(cell)).toBe(restored);
  });
});
