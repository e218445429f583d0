import { describe, expect, it } from 'vitest';
import { facts } from '../../testing/wording-facts';

/**
 * Issue 10: rules made on the tuning part of wording authors a98 (the patient on a crowded page) and a99 (labels as
 * other provinces' and vendors' forms word them); each case below failed before its rule (a case opening with …but
 * guards its edge).
 */
describe('a stay under other vendors\' labels (wording author a99)', () => {
  it('收住时间 and 离院日期 bound the stay', () => {
    const f = facts(['某县人民医院　出院记录', '患者姓名：张桂英　　性别：女　　年龄：79岁', '收住时间：2024年12月3日 14:30',
      '离院日期：2024年12月16日', '陪护人：李宝成（儿子）', '出院诊断：1.2型糖尿病', '住院医师：朱立峰', '2024年12月16日']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2024-12-03', '2024-12-16']);
  });

  it('…but an emergency visit\'s 离院时间 is no stay\'s end', () => {
    const f = facts(['某县人民医院 急诊病历', '姓名：王芳  性别：女', '就诊时间：2024-05-02 21:10  离院时间：2024-05-03 01:20',
      '诊断：高血压急症']);
    expect([f.admissionDate, f.dischargeDate]).toEqual([null, null]);
  });

  it('入住日期 heads its column in a grid whose values are on the row below', () => {
    const f = facts(['某县人民医院', '出院记录', '姓名 | 性别 | 年龄 | 住院号', '陈志刚 | 男 | 48岁 | 202411087',
      '入住日期 | 出院日期 | 住院天数 | 科室', '2024-11-08 | 2024-11-20 | 12 | 肿瘤内科', '出院诊断：1.高血压病1级',
      '出院医嘱：下次入院时间：2024-12-11。']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2024-11-08', '2024-11-20']);
  });

  it('a form short of room writes 入日 and 出日', () => {
    const f = facts(['某市人民医院　神经内科', '出院记录', '姓名:郑强 性别:男 年龄:65岁', '入日:2024-03-01 出日:2024-03-14 天数:13',
      '发病时间:2024-02-29 22:00', '出院诊断:1.脑梗死', '打印:2024-03-14 09:12']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2024-03-01', '2024-03-14']);
  });
});

describe('a visit under a short label (诊日 24-06-03, wording author a99)', () => {
  it('is the visit, its two-digit year after the label read as this century\'s', () => {
    const f = facts(['某街道社区卫生服务中心', '门诊记录', '姓名王淑珍 性别女 年龄69岁', '诊日 24-06-03　　科别 全科',
      '诊断 高血压病3级', '处理：下次随访 24-07-03', '家庭医生：吕新华　签约日期 2023-03-12']);
    expect(f.visitDates).toEqual(['2024-06-03']);
  });
});

describe('a bilingual form\'s labels (Name 姓名：… Sex 性别：…, wording author a99)', () => {
  it('ends the name where the next label\'s English gloss begins', () => {
    const f = facts(['某市人民医院检验报告 Laboratory Report', 'Name 姓名：何凤琴　Sex 性别：女　Age 年龄：58Y',
      'Clinical Diagnosis 临床诊断：2型糖尿病', 'Report Time 报告时间：2024-03-04 15:22']);
    expect(f.name).toBe('何凤琴');
  });
});

describe('the patient among many people (wording author a98)', () => {
  it('an applicant marked as the guardian (申请人（监护人）) gives the guardian\'s number; the child\'s is the patient\'s', () => {
    const f = facts(['某市妇幼保健院', '残疾儿童康复救助 诊断证明', '申请人（监护人）：韩秀梅    与儿童关系：母子',
      '申请人身份证号：371502199003071441', '儿童姓名：杜子轩    性别：男', '儿童身份证号：37150220191105003X', '诊断：儿童孤独症']);
    expect([f.name, f.idNumber]).toEqual(['杜子轩', '37150220191105003X']);
  });

  it('a child\'s name ends where the guardian\'s label begins on the same row (患儿姓名：宁子墨 监护人：宁海波)', () => {
    const f = facts(['某市妇幼保健院', '疾病诊断证明书', '患儿姓名：宁子墨 监护人：宁海波（父亲）', '性别：男 出生日期：2020年5月2日']);
    expect(f.name).toBe('宁子墨');
  });

  it('a nursing home\'s 入住人 and a hospital receipt\'s 交款人 are the patient', () => {
    expect(facts(['某县康宁护理院', '出院（离院）记录', '入住人：司马玉珍  女  88岁', '委托代理人：李秀英（女）']).name).toBe('司马玉珍');
    expect(facts(['山东省医疗住院收费电子票据', '票据代码：37060224', '交款人：滕桂兰  开票日期：2024-04-24']).name).toBe('滕桂兰');
  });

  it('a grid read column by column gives its labels first, then their values (姓名 / 性别 / 年龄 / 房立山 / 男 / 68岁)', () => {
    const f = facts(['某区人民医院', '门诊慢特病诊断证明', '姓名', '性别', '年龄', '房立山', '男', '68岁', '诊断：高血压病3级']);
    expect(f.name).toBe('房立山');
  });

  it('被检者 labels the patient, as 受检者 does', () => {
    const f = facts(['某县人民医院 CT检查报告单', '被检者：诸葛明远  性别：男  年龄：71岁', '申请医师：贾红霞', '报告医师：李晓东']);
    expect(f.name).toBe('诸葛明远');
  });

  it('a name spaced out after 就诊人 is one name (就诊人：高  阳), not its kin beside it', () => {
    const f = facts(['某市第四人民医院', '心理科门诊病历', '就诊人：高  阳    性别：男    年龄：19岁', '陪诊人：柴美玲    关系：母子']);
    expect(f.name).toBe('高阳');
  });

  it('a table rule through the name cell splits it, not the name (姓名 | 孙 | 海燕 | 性别)', () => {
    const f = facts(['某区人民医院', '出院记录', '姓名 | 孙 | 海燕 | 性别 | 女 | 年龄 | 43岁', '联系人 | 陈志强 | 关系 | 配偶']);
    expect(f.name).toBe('孙海燕');
  });
});

describe('a certificate\'s issue date among others (wording author a98)', () => {
  it('is the bare date under a physician\'s row that goes on with the licence number, not the seal\'s after it', () => {
    const f = facts(['某市第四人民医院', '诊 断 证 明 书', '兹证明 患者刘振东，男，34岁。', '诊断：精神分裂症（偏执型）',
      '监护人：刘长海（父）', '医师签名：秦世英    执业证书编码：110371500013625', '2024年2月26日', '（医务科盖章）2024年2月27日']);
    expect(f.visitDates).toEqual(['2024-02-26']);
  });

  it('…but a 有效期 under such a row is not the signature\'s', () => {
    const f = facts(['某省肿瘤医院', '诊断证明书', '患者姓名：龙春梅  性别：女', '诊断：右肺上叶腺癌术后', '开具日期：2025/11/21',
      '医师：欧阳慧  科室负责人：谭建新', '有效期至：2025年12月21日']);
    expect(f.visitDates).toEqual(['2025-11-21']);
  });

  it('a 医师诊断意见书 is a certificate, dated by its head\'s countersign, not by the expert panel', () => {
    const f = facts(['某县人民医院', '门诊慢特病医师诊断意见书', '参保人姓名：李 淑 敏    性别：女', '诊断：冠状动脉粥样硬化性心脏病',
      '医师签名：鲍立新    日期：2024-03-18', '科主任签名：郗卫东    日期：2024-03-19', '专家组意见：同意。  组长：阮庆祥  2024-03-25']);
    expect([f.documentType, f.visitDates]).toEqual(['DIAGNOSIS_CERTIFICATE', ['2024-03-19']]);
  });
});
