import { describe, expect, it } from 'vitest';
import { facts } from '../../testing/wording-facts';

/**
 * Issue 10: rules made on the tuning part of wording authors a81 and later; each case below failed before its rule
 * (a case opening with …but guards the rule's edge).
 */
describe('a diagnosis still to be ruled out, with a note (wording author a81)', () => {
  it('names nothing when the note follows in brackets (高血压病待排（诊室血压145/88mmHg，建议动态血压监测）)', () => {
    const f = facts(['东阿县人民医院', '医疗保障门诊慢特病登记表', '参保人：李洪亮  性别：男  年龄：62岁',
      '诊断：1.冠心病 陈旧性下壁心肌梗死 2.高血压病待排（诊室血压145/88mmHg，建议动态血压监测）',
      '认定医师签字：贾平涛', '日期：2024年2月6日']);
    expect(f.diseaseKeys).toEqual(['CORONARY_HEART_DISEASE']);
  });
});

describe('a home sickbed (家庭病床, wording author a81)', () => {
  const closing = ['高唐县琉璃寺镇卫生院', '家庭病床撤床小结', '姓名：耿占奎  性别：男  年龄：82岁',
    '建床日期：2024年1月5日  撤床日期：2024年2月4日  建床天数：30天', '建床诊断：1.脑梗死后遗症 2.坠积性肺炎？',
    '治疗经过：2024年1月12日复查胸片示右下肺炎症。', '撤床诊断：1.脑梗死后遗症（右侧偏瘫） 2.坠积性肺炎（已好转）',
    '撤床医嘱：下次家庭医生随访：2024年3月4日', '责任医生：亓兴旺', '家属签字：耿志刚（子）  2024年2月4日'];

  it('opens and closes its stay by 建床日期 and 撤床日期', () => {
    const f = facts(closing);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2024-01-05', '2024-02-04']);
  });

  it('names its diagnoses by the 撤床诊断, not the 建床诊断 it opened with', () => {
    expect(facts(closing).diagnoses).toEqual(['脑梗死后遗症(右侧偏瘫)', '坠积性肺炎(已好转)']);
  });
});

describe('a header whose fields a semicolon sets apart (wording author a78)', () => {
  it('names the patient before the semicolon (姓名：窦庆林；性别：男；年龄：55岁)', () => {
    const f = facts(['聊城市茌平区人民医院', '24小时内入出院记录（转院）', '姓名：窦庆林；性别：男；年龄：55岁；科室：心血管内科',
      '入院时间：2024年9月30日22时10分', '出院诊断：1.急性ST段抬高型心肌梗死', '记录医师：桑晓明']);
    expect(f.name).toBe('窦庆林');
  });
});

describe('a transfer out that ends the stay (wording author a78)', () => {
  const record = (told: string) => facts(['聊城市茌平区人民医院', '出院记录（转院）', '姓名：窦庆林  性别：男  年龄：55岁',
    '入院时间：2024年9月30日22时10分', `出院情况：患者仍诉胸痛。${told}`, '出院诊断：1.急性ST段抬高型心肌梗死', '记录医师：桑晓明']);

  it('by the hospital\'s ambulance to another hospital (于…02时20分由我院救护车转往聊城市人民医院胸痛中心)', () => {
    expect(record('于2024年10月1日02时20分由我院救护车转往聊城市人民医院胸痛中心。').dischargeDate).toBe('2024-10-01');
  });

  it('by 120, the hospital unnamed (于2024年10月2日上午由120转出。)', () => {
    expect(record('于2024年10月2日上午由120转出。').dischargeDate).toBe('2024-10-02');
  });

  it('…but a transfer to a ward of this hospital ends no stay (于2024年10月1日转出至心内科)', () => {
    expect(record('于2024年10月1日转出至心内科继续治疗。').dischargeDate).toBeNull();
  });
});

describe('a record discharged the day it was written (今日出院, wording author a78)', () => {
  const record = (signatures: readonly string[]) => facts(['高唐县中医医院', '康复医学科 出院记录', '姓名：毛学礼  性别：男  年龄：79岁',
    '入院时间：2024年6月3日', '出院情况：患者可在监护下独立步行10米，今日出院。', '出院诊断：1.脑梗死恢复期', ...signatures]);

  it('is dated by its writer\'s signature, not by the senior\'s later review (主治医师审签：…  2024-06-24)', () => {
    expect(record(['住院医师：鞠红      2024-06-21', '主治医师审签：滕光明      2024-06-24']).dischargeDate).toBe('2024-06-21');
  });

  it('…but by the review\'s date where only the review is dated', () => {
    expect(record(['住院医师：鞠红', '主治医师审签：滕光明      2024-06-24']).dischargeDate).toBe('2024-06-24');
  });
});

describe('a record that opens with its patient in a sentence (wording author a82)', () => {
  it('names her after 一般资料： (一般资料：韩梦瑶，女，28岁，已婚…)', () => {
    const f = facts(['聊城市第四人民医院 精神科女病区', '出院记录', '一般资料：韩梦瑶，女，28岁，已婚，住院号2402140052。',
      '入院日期：2024年2月14日；出院日期：2024年3月22日。', '出院诊断：双相情感障碍', '医师：蔡文     上级医师：刘玉娟']);
    expect(f.name).toBe('韩梦瑶');
  });

  it('…but a summary that names no one with sex and age gives no name (一般情况：良好，神志清)', () => {
    const f = facts(['某县人民医院', '出院记录', '一般情况：良好，神志清，精神可。', '入院日期：2024年2月14日',
      '出院诊断：双相情感障碍', '医师：蔡文']);
    expect(f.name).toBeNull();
  });
});

describe('a health check-up\'s report (wording author a83)', () => {
  const checkUp = (summary: readonly string[], dates: readonly string[]) => facts(['聊城美年大健康体检中心', '健康体检报告（总检）',
    '姓名：欧阳振东 | 性别：男 | 年龄：45', '体检日期：2024-04-09', '【总检结论及建议】', ...summary, '总检医师：王立新', ...dates]);

  it('names the findings its summary states, not the diseases its advice would rule out', () => {
    const f = checkUp(['1. 高血压病：目前服用苯磺酸氨氯地平，继续规律服药。', '2. 空腹血糖偏高：建议复查OGTT，排除糖尿病。',
      '3. 心电图T波改变：建议心内科就诊，除外冠心病。'], ['报告日期：2024-04-16']);
    expect(f.diseaseKeys).toEqual(['HYPERTENSION']);
  });

  it('is dated by its 总检日期 where no 报告日期 is printed (not the 体检日期 or the 打印日期)', () => {
    const f = checkUp(['1. 血压偏高：未确诊高血压，建议复测。'], ['总检日期：2024年4月15日', '打印日期：2024年4月17日']);
    expect([f.documentType, f.reportDate]).toEqual(['TEST_REPORT', '2024-04-15']);
  });

  it('…but its 报告日期 outranks the 总检日期', () => {
    expect(checkUp(['1. 高血压病'], ['总检日期：2024-04-15 | 报告日期：2024-04-16']).reportDate).toBe('2024-04-16');
  });

  it('a report requested for a check-up (临床诊断：老年人健康查体) is named by its conclusion', () => {
    const f = facts(['高唐县人民医院 CT检查报告单', '姓名：李长顺 | 性别：男 | 年龄：74岁', '检查日期：2024-11-05',
      '临床诊断：老年人健康查体', '影像诊断：', '1. 双侧基底节区多发腔隙性脑梗死', '2. 老年性脑改变', '报告日期：2024-11-06 08:20']);
    expect(f.diseaseKeys).toEqual(['CEREBROVASCULAR_DISEASE']);
  });

  it('a sentence after the list that does not support a diagnosis names nothing (OGTT结果不支持糖尿病诊断。)', () => {
    const f = facts(['阳谷县人民医院', '门诊病历', '就诊时间：2024年08月19日 09:20', '姓名：冯晓丽  女  36岁',
      '诊断：1. 空腹血糖受损  2. 肥胖症  3. 胰岛素抵抗', 'OGTT结果不支持糖尿病诊断。', '医师：贺文']);
    expect(f.diseaseKeys).toEqual([]);
  });
});

describe('a grid a text layer printed one space apart (wording author a84)', () => {
  it('pairs two labels of dates with the two values under them (身份证号 入院日期 / … 2024年3月5日)', () => {
    const f = facts(['聊城市人民医院', '出 院 记 录', '姓名：王秀兰  科室：心血管内科', '身份证号 入院日期', '371502195511020247 2024年3月5日',
      '出院日期 住院天数', '2024年3月14日 9天', '出院诊断：1.冠状动脉粥样硬化性心脏病', '医师签名：张立新']);
    expect([f.idNumber, f.admissionDate, f.dischargeDate]).toEqual(['371502195511020247', '2024-03-05', '2024-03-14']);
  });

  it('keeps a date with its time of day as one value (入院时间 出院时间 / 2023-11-28 08:40 2023-12-09 09:15)', () => {
    const f = facts(['东阿县人民医院 住院病历', '出院记录', '姓名：欧阳明辉', '入院时间 出院时间', '2023-11-28 08:40 2023-12-09 09:15',
      '出院诊断：1.脑梗死', '医师：李红梅']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2023-11-28', '2023-12-09']);
  });

  it('…but two words of a diagnosis one space apart stay one diagnosis (出院诊断 高血压病 / 2型糖尿病 冠心病)', () => {
    const f = facts(['某县人民医院', '出院记录', '姓名：王秀兰', '出院诊断：高血压病 2型糖尿病', '医师：李红梅']);
    expect(f.diseaseKeys.toSorted()).toEqual(['DIABETES', 'HYPERTENSION']);
  });
});

describe('two columns an OCR read as one (wording author a84)', () => {
  it('ends the name where the other column\'s diagnosis begins (姓 名：李桂芝 出院诊断：1.慢性肾脏病5期)', () => {
    const f = facts(['聊城市第二人民医院', '出院记录', '姓 名：李桂芝 出院诊断：1.慢性肾脏病5期', '性 别：女 2.肾性高血压',
      '入院日期：2024年1月8日', '出院日期：2024年1月20日', '医师：郑晓光']);
    expect(f.name).toBe('李桂芝');
  });
});

describe('a long list of an elderly patient\'s diagnoses (wording author a86)', () => {
  it('goes on over a row that ends one item and numbers the next glued to its type (高血压性心脏病  5.2型糖尿病)', () => {
    const f = facts(['聊城市第三人民医院', '出院记录', '姓名：刘玉芬  性别：女  年龄：91岁', '入院日期：2023年12月11日',
      '出院日期：2023年12月26日', '出院诊断：1.社区获得性肺炎（重症）', '2.慢性心力衰竭急性加重 心功能Ⅲ级',
      '3.持续性心房颤动  4.高血压病3级（很高危）', '  高血压性心脏病  5.2型糖尿病  6.阿尔茨海默病', '7.脑萎缩  8.低蛋白血症',
      '出院带药：呋塞米片20mg qd', '医师：赵明']);
    expect(f.diseaseKeys.toSorted()).toEqual(['DIABETES', 'HYPERTENSION']);
  });
});

describe('a certificate the office sealed a day later (wording author a86)', () => {
  it('is dated by its 开具日期, not by its 盖章日期', () => {
    const f = facts(['临清市人民医院诊断证明书', '姓名：吴振华    性别：男    年龄：66岁', '诊断：1.冠状动脉粥样硬化性心脏病',
      '医师签字：孔祥伟    科主任签字：贾东升', '开具日期：2024年6月13日', '盖章日期：2024年6月14日']);
    expect(f.visitDates).toEqual(['2024-06-13']);
  });
});

describe('a department head\'s review dated after the physician (wording author a86)', () => {
  const certificate = (review: string) => facts(['聊城市第四人民医院', '疾病诊断证明书', '姓名：侯明  性别：男  年龄：68岁',
    '临床诊断：1.双相情感障碍', '医师：崔振华  2024年3月12日', review, '（疾病诊断证明专用章）']);

  it('dates the certificate (审核：科主任 杜宏伟  2024年3月13日)', () => {
    expect(certificate('审核：科主任 杜宏伟  2024年3月13日').visitDates).toEqual(['2024-03-13']);
  });

  it('…but an office\'s review does not (审核：医保办 王娟  2024年3月15日)', () => {
    expect(certificate('审核：医保办 王娟  2024年3月15日').visitDates).toEqual(['2024-03-12']);
  });
});

describe('a date and a name an OCR broke apart (wording author a84)', () => {
  it('a date cut after its month goes on in the next row (于2023年6月12日入院，2023年7 / 月3日出院。)', () => {
    const f = facts(['山东大学齐鲁医院', '诊断证明书', '姓名：石磊 性别：男 年龄：48岁', '患者于2023年6月12日入院，2023年7',
      '月3日出院。', '诊断：1.同种异体肾移植术后', '医师：孙浩 2023年7月3日']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2023-06-12', '2023-07-03']);
  });

  it('a name ends where the other column\'s date label begins (姓名：董海峰 入院日期：二〇二四年一月三日)', () => {
    const f = facts(['聊城市第四人民医院', '出院记录', '姓名：董海峰 入院日期：二〇二四年一月三日', '性别：男 出院日期：二〇二四年二月二十九日',
      '出院诊断：精神分裂症（偏执型）', '主治医师：刘海涛']);
    expect(f.name).toBe('董海峰');
  });
});

describe('dates a TCM page and a transfer record label their own way (wording authors a88 and a89)', () => {
  it('a TCM page\'s later visit dated in brackets is a visit (三诊（9月17日）：诸症好转…)', () => {
    const f = facts(['阳谷县中医医院  门诊病历', '姓名：皇甫丽娟  女  58岁', '初诊：2024年9月3日', '西医诊断：2型糖尿病',
      '二诊（9月10日）：口干减轻，仍乏力。', '三诊（9月17日）：诸症好转，空腹血糖7.2mmol/L。', '医师签名：燕鸿飞']);
    expect(f.visitDates.at(-1)).toBe('2024-09-17');
  });

  it('a transfer record\'s 转院时间 ends the stay (never read as 入院时间)', () => {
    const f = facts(['冠县中医医院', '转院记录', '姓名：牛得水   性别：男   年龄：55岁', '入院时间：2024年4月26日 06:12',
      '转院时间：2024年4月26日 11:40    转入医院：聊城市人民医院胸痛中心', '目前诊断（出院诊断）：1.急性下壁ST段抬高型心肌梗死',
      '医师：田野   2024-04-26 11:20']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2024-04-26', '2024-04-26']);
  });
});
