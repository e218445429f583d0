import { describe, expect, it } from 'vitest';
import { facts } from '../../testing/wording-facts';

/**
 * Issue 10: rules made on the tuning part of wording authors a66–a69 (outpatient paper from other provinces, stays told
 * in unusual ways, tumour patients' paper, heart and brain); each case below failed before its rule unless it opens with
 * "…but".
 */
describe('stays told in unusual ways (wording author a67)', () => {
  it('a certificate\'s list of stays (第1次 …—… / 第3次 2024.02.05—2024.03.18) states the last one as its stay', () => {
    const f = facts(['某市精神卫生中心', '疾病诊断证明书', '患者：闫秀云  女  39岁', '住院经过：患者先后3次在我院住院治疗：', '第1次 2019.03.02—2019.04.20',
      '第2次 2021.08.10—2021.10.01', '第3次 2024.02.05—2024.03.18', '诊断：精神分裂症（偏执型）', '主治医师：郑家豪  2024年4月3日']);
    expect([f.admissionDate, f.dischargeDate, f.visitDates]).toEqual(['2024-02-05', '2024-03-18', ['2024-04-03']]);
  });

  it('a day surgery\'s discharge told on the next row with its hour (…入院，当日…术， / …于当日17时出院) ends the stay that day', () => {
    const f = facts(['某市人民医院', '诊 断 证 明 书', '姓名：韩立新  性别：男', '该患者于2024年5月20日在我院日间手术中心入院，当日在腰麻下行左侧腹股沟斜疝无张力修补术，',
      '术后恢复良好，于当日17时出院。', '诊断：1.左侧腹股沟斜疝', '医师：袁志刚', '2024年5月22日']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2024-05-20', '2024-05-20']);
  });

  it('a rehabilitation stay\'s label (住院康复时间：…至…) names both ends', () => {
    const f = facts(['某市妇幼保健院', '诊断证明书', '患儿：马梓萱  性别：女  出生日期：2020年5月6日', '住院康复时间：2024年3月4日至2024年5月31日（儿童康复科）',
      '诊断：孤独症谱系障碍', '医师：侯雪梅   2024年6月3日']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2024-03-04', '2024-05-31']);
  });

  it('a grid\'s physician label in a cell of its own (经治医师 | 常晓燕 | 日期 | …) dates the certificate, not the office\'s seal below', () => {
    const f = facts(['某市人民医院', '住院诊断证明', '姓名 | 秦浩然 | 性别 | 男', '入院日期 | 2024年3月27日 | 出院日期 | 2024年5月8日',
      '出院诊断 | 双相情感障碍', '经治医师 | 常晓燕 | 日期 | 2024年5月10日', '医务科 | （盖章） | 日期 | 2024年5月13日']);
    expect(f.visitDates).toEqual(['2024-05-10']);
  });
});
