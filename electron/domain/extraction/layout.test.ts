import { describe, expect, it } from 'vitest';
import { layoutText, readingOrder, type Bbox, type LayoutBox, type Point, type Quad } from './layout';

/** A box drawn upright at (x, y, w, h), then turned with the whole page by `deg` about the page centre. */
function box(text: string, x: number, y: number, w: number, h: number, deg = 0): LayoutBox {
  const rad = (deg * Math.PI) / 180;
  const turn = ([px, py]: Point): Point => {
    const dx = px - 827;
    const dy = py - 1170;
    return [827 + dx * Math.cos(rad) - dy * Math.sin(rad), 1170 + dx * Math.sin(rad) + dy * Math.cos(rad)];
  };
  const quad = [turn([x, y]), turn([x + w, y]), turn([x + w, y + h]), turn([x, y + h])] as const satisfies Quad;
  const xs = quad.map((p) => p[0]);
  const ys = quad.map((p) => p[1]);
  const bbox: Bbox = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  return { text, confidence: 0.9, bbox, quad };
}

const FORM: readonly [string, string][] = [
  ['姓名：', '王秀英'],
  ['身份证号：', '371502195803120427'],
  ['入院日期：', '2024年06月03日'],
  ['出院日期：', '2024年06月17日'],
  ['出院诊断：', '2型糖尿病'],
];

/** A two-column form: labels at the left margin, values far to the right, rows 50 px apart. */
const form = (deg: number): LayoutBox[] =>
  FORM.flatMap(([label, value], i) => [box(label, 100, 400 + i * 50, 200, 30, deg), box(value, 1000, 400 + i * 50, 420, 30, deg)]);

const expected = FORM.map(([label, value]) => `${label}  ${value}`);
const withoutQuads = (boxes: readonly LayoutBox[]): LayoutBox[] => boxes.map(({ text, confidence, bbox }) => ({ text, confidence, bbox }));

describe('readingOrder', () => {
  it.each([
    ['level', 0],
    ['turned 2.5° clockwise', 2.5],
    ['turned 3° anticlockwise', -3],
  ])('keeps each label with its value on a %s form', (_name, deg) => {
    const layout = readingOrder(form(deg));
    expect(layout.skewDeg).toBeCloseTo(deg, 1);
    expect(layout.lines.map((l) => l.text)).toEqual(expected);
  });

  it.each([2.5, -3])('shows why: the %s° form grouped by y alone, without the skew, splits labels from values', (deg) => {
    const naive = readingOrder(withoutQuads(form(deg)));
    expect(naive.skewDeg).toBe(0);
    expect(naive.lines.map((l) => l.text)).not.toEqual(expected);
    expect(naive.lines.length).toBeGreaterThan(FORM.length);
  });

  it('does not take the angle from short boxes, whose angle says nothing', () => {
    const boxes = [...form(2.5), box('男', 600, 420, 30, 30, 40), box('章', 700, 520, 30, 30, -35)];
    expect(readingOrder(boxes).skewDeg).toBeCloseTo(2.5, 1);
  });

  it('puts boxes of different heights on one row, and a tall heading does not swallow the row below', () => {
    const layout = readingOrder([
      box('出院记录', 600, 170, 300, 60),
      box('第1页', 1300, 200, 90, 28),
      box('姓名：王秀英', 100, 260, 260, 30),
      box('性别：女', 500, 262, 140, 28),
      box('住院号：2024008812', 800, 258, 360, 34),
    ]);
    expect(layoutText(layout)).toBe('出院记录  第1页\n姓名：王秀英  性别：女  住院号：2024008812');
    expect(layout.lines[1]?.bbox).toEqual([100, 258, 1160, 292]);
  });

  it('orders boxes left to right within a row whatever order they came in', () => {
    const layout = readingOrder([box('c', 900, 100, 200, 30), box('a', 100, 100, 200, 30), box('b', 500, 102, 200, 30)]);
    expect(layout.lines.map((l) => l.text)).toEqual(['a  b  c']);
  });

  it('weighs a line\'s confidence by characters and keeps its boxes', () => {
    const layout = readingOrder([
      { text: '身份证号371502195803120427', confidence: 1, bbox: [100, 100, 700, 130] },
      { text: '?', confidence: 0.2, bbox: [800, 100, 820, 130] },
    ]);
    expect(layout.lines).toHaveLength(1);
    expect(layout.lines[0]?.confidence).toBeCloseTo((22 + 0.2) / 23, 6);
    expect(layout.lines[0]?.boxes.map((b) => b.text)).toEqual(['身份证号371502195803120427', '?']);
  });

  it('returns no lines for no boxes', () => {
    expect(readingOrder([])).toEqual({ skewDeg: 0, lines: [] });
  });
});

describe('readingOrder: two columns side by side', () => {
  const SIDEBAR = ['姓名', '汤树林', '性别 / 年龄', '男 / 67岁', '身份证号', '372522195611302950', '就诊科室', '心内科', '接诊医生', '房伟',
    '就诊时间', '2024-10-07 09:28', '上次就诊', '2024-09-15'];
  const RECORD = ['主诉', '发现血压升高10年，头晕、头痛3天。', '现病史', '患者于我院复诊，予缬沙坦胶囊治疗，症状时轻时重，今来复诊。', '既往史',
    '否认糖尿病、冠心病病史。', '临床诊断', '①高血压病3级（极高危）', '②脑梗死后遗症', '处理意见', '1.缬沙坦胶囊 80mg qd', '医嘱', '遵医嘱服药。'];
  // the sidebar's rows are 37 px apart, the record's 53 px: their rows meet only now and then
  const sidebarPage = (deg: number): LayoutBox[] => [
    box('德州市人民医院', 100, 80, 400, 50, deg),
    ...SIDEBAR.map((t, i) => box(t, 120, 250 + i * 37, 13 * t.length + 60, 26, deg)),
    ...RECORD.map((t, i) => box(t, 560, 250 + i * 53, Math.min(900, 26 * t.length), 26, deg)),
  ];

  it.each([0, 2])('reads a sidebar of label-over-value pairs before the record beside it (skew %i°)', (deg) => {
    const lines = readingOrder(sidebarPage(deg)).lines.map((l) => l.text);
    expect(lines).toEqual(['德州市人民医院', ...SIDEBAR, ...RECORD]);
  });

  it('reads a short registration slip printed beside a narrow record after the record', () => {
    const RECORD_LINES = ['平南县人民医院', '门诊病历', '门诊号：2025543825', '姓名：段玉柱 男 35岁', '科室：内分泌代谢科门诊',
      '就诊时间：2025/07/22 11:32', '主诉：血糖升高8年', '诊断：', '1.2型糖尿病性视网膜病变', '2.高血压病3级', '处理：', '医生：沈树林'];
    const SLIP = ['平南县人民医院', '挂号凭条', '姓名：段玉柱', '科室：内分泌代谢科', '医生：沈树林', '候诊号：4号', '挂号时间：2025/07/22 10:25'];
    // the slip starts half a row below the record's fourth row, at the same pitch: their rows never meet
    const boxes = [...RECORD_LINES.map((t, i) => box(t, 200, 300 + i * 43, 26 * t.length, 28)),
      ...SLIP.map((t, i) => box(t, 950, 450 + i * 43, 22 * t.length, 24))];
    expect(readingOrder(boxes).lines.map((l) => l.text)).toEqual([...RECORD_LINES, ...SLIP]);
  });

  it('reads a certificate book\'s stub (存根) before the certificate beside it, though half their rows meet', () => {
    // the boxes PaddleOCR found on a landscape half sheet: the stub repeats the certificate's No., name, 科别 and diagnoses
    const read: [string, number, number, number, number][] = [
    ['诊断证明书', 227, 96, 433, 136], ['天津市人民医院', 927, 75, 1278, 127], ['(存 根)', 271, 151, 384, 195], ['诊断证明书', 917, 145, 1286, 198],
    ['No.202520908', 89, 225, 287, 265], ['(门诊特定疾病申报用)', 652, 221, 931, 256], ['No.202520908', 1302, 221, 1494, 256],
    ['姓名：江丽', 90, 288, 240, 328], ['姓名：江丽', 637, 299, 818, 344], ['性别：女', 1022, 295, 1173, 345], ['年龄：79岁', 1284, 296, 1465, 342],
    ['性别：女年龄：79岁', 93, 338, 380, 373], ['身份证号：12010619460101618X', 640, 360, 1167, 402], ['科别：老年病科', 93, 387, 293, 422],
    ['诊断：（1）2型糖尿病性视网膜病变', 93, 435, 545, 471], ['科别：老年病科', 638, 422, 886, 463], ['住院号：2025043662', 1026, 422, 1364, 463],
    ['(2）高血压病2级 (高危)', 192, 483, 502, 524], ['诊断：（1）2型糖尿病性视网膜病变;', 637, 479, 1212, 527], ['医师：聂月娥', 93, 533, 266, 568],
    ['(2）高血压病2级 (高危)', 763, 543, 1147, 585], ['开具日期：2025年11月30日', 91, 580, 441, 621],
    ['医疗建议：该患者于2025年11月22日至2025年11月30日在我', 637, 604, 1566, 646], ['领取人签字：', 93, 631, 251, 665],
    ['院住院治疗。需长期规律服药，定期复查，建议', 812, 665, 1541, 707], ['全休30天（2025.12.01至2025.12.30）。', 814, 726, 1425, 768],
    ['医师签名：', 637, 957, 833, 1002], ['医院 (盖章)', 1133, 961, 1326, 1001], ['开具日期：2025年11月30日', 1135, 1021, 1561, 1062],
    ];
    const boxes = read.map(([text, x0, y0, x1, y1]): LayoutBox => ({ text, confidence: 0.9, bbox: [x0, y0, x1, y1] }));
    const lines = readingOrder(boxes).lines.map((l) => l.text);
    expect(lines.slice(0, 10)).toEqual(['诊断证明书', '(存 根)', 'No.202520908', '姓名：江丽', '性别：女年龄：79岁', '科别：老年病科',
      '诊断：（1）2型糖尿病性视网膜病变', '(2）高血压病2级 (高危)', '医师：聂月娥', '开具日期：2025年11月30日']);
    expect(lines).toContain('医疗建议：该患者于2025年11月22日至2025年11月30日在我');
    expect(lines.indexOf('院住院治疗。需长期规律服药，定期复查，建议')).toBe(lines.indexOf('医疗建议：该患者于2025年11月22日至2025年11月30日在我') + 1);
  });

  it('reads prose set in two columns column by column, even where their rows meet', () => {
    const left = Array.from({ length: 12 }, (_, i) => `患者因口干多饮五年加重一月入院左栏第${i}行文字`);
    const right = Array.from({ length: 12 }, (_, i) => `入院后完善相关检查予降糖治疗右栏第${i}行文字`);
    const boxes = [...left.map((t, i) => box(t, 100, 300 + i * 45, 680, 30)), ...right.map((t, i) => box(t, 860, 300 + i * 45, 680, 30))];
    expect(readingOrder(boxes).lines.map((l) => l.text)).toEqual([...left, ...right]);
  });

  it('keeps a grid of label | value rows together, however long its values and however many its rows', () => {
    const labels = ['姓名：', '性别：', '年龄：', '科室：', '床号：', '住院号：', '入院日期：', '出院日期：', '身份证号：', '住址：', '电话：', '诊断：'];
    const boxes = labels.flatMap((l, i) => [box(l, 100, 300 + i * 45, 150, 30), box(`值${i}`.repeat(i + 2), 400, 300 + i * 45, 60 * (i + 2), 30)]);
    expect(readingOrder(boxes).lines.map((l) => l.text)).toEqual(labels.map((l, i) => `${l}  ${`值${i}`.repeat(i + 2)}`));
  });
});
