import { describe, expect, it } from 'vitest';
import { facts } from '../../testing/wording-facts';

/**
 * Issue 10: whose page it is and what kind (rules made on the tuning part of wording authors a152, a155, a156 and a160);
 * each case below failed before its rule (a case opening with …but guards the rule's edge).
 */
describe('a name with a rarer Han character (wording author a156)', () => {
  it('is read whole, Extension A included (蔺䶮)', () => {
    expect(facts(['济宁医学院附属医院  病理报告', '姓名：蔺䶮  性别：男  年龄：59岁', '送检医生：蔺学军', '病理诊断：（胃窦）低分化腺癌',
      '报告日期：2024年2月29日']).name).toBe('蔺䶮');
  });
});

describe('the examined person (受检者) heading a column (wording author a156)', () => {
  it('names the patient on the row under it', () => {
    expect(facts(['金域医学检验  遗传病基因检测报告', '受检者  性别  年龄  样本类型  送检单位', '周梓萱  女  2月  外周血  聊城市妇幼保健院',
      '送检医生：杜红', '报告日期：2024-03-18']).name).toBe('周梓萱');
  });
});

describe('a clinic\'s heading after the day\'s date (wording author a152)', () => {
  it('makes the page an outpatient record dated that day (2024-05-06 眼科门诊 第2诊室)', () => {
    const f = facts(['睢宁县人民医院', '2024-05-06 眼科门诊 第2诊室', '姓名：袁德才  性别：男  年龄：60岁', '主诉：双眼视物模糊1年。',
      '诊断：1.2型糖尿病性视网膜病变', '处理：预约右眼玻璃体腔注药，2024-05-13。', '医师：夏芸']);
    expect([f.documentType, f.visitDates]).toEqual(['OUTPATIENT_RECORD_ORIGINAL', ['2024-05-06']]);
  });
});

describe('a suspicion after the site it is in (wording author a155)', () => {
  it('settles nothing: （右甲状腺结节）可疑乳头状癌', () => {
    expect(facts(['淄博市中心医院 病理科', '细胞病理学诊断报告', '姓名：蒲丽娟  性别：女', '临床诊断：甲状腺结节',
      '诊断：（右甲状腺结节）可疑乳头状癌（Bethesda V类），建议手术切除。', '报告日期：2024/04/17']).diseaseKeys).toEqual([]);
  });

  it('…but the carcinoma found at that site is one', () => {
    expect(facts(['淄博市中心医院 病理科', '病理诊断报告', '姓名：蒲丽娟  性别：女', '临床诊断：甲状腺结节',
      '病理诊断：（右甲状腺结节）乳头状癌', '报告日期：2024/04/17']).diseaseKeys).toEqual(['MALIGNANT_TUMOR_OUTPATIENT']);
  });
});

describe('a name label with its word in another language (wording author a160)', () => {
  it('still names the patient (姓名 Ismi：热依拉·艾买提)', () => {
    expect(facts(['喀什地区第一人民医院  门诊病历', '姓名 Ismi：热依拉·艾买提  性别 Jinsi：女  年龄 Yéshi：58岁',
      '陪同人员：艾买提江·热依木（儿子，担任翻译）', '就诊日期 Dawalanghan Waqit：2024-05-16 10:42', '诊断：1.高血压病3级']).name).toBe('热依拉·艾买提');
  });
});
