import { describe, expect, it } from 'vitest';
import { facts, VOCAB } from '../../testing/wording-facts';
import { extractFacts } from './extract-facts';
import type { OcrLine } from './page-lines';

/**
 * Issue 10: labels and dates as an OCR engine misreads them (rules made on the tuning part of wording author a90);
 * each case below failed before its rule (a case opening with …but guards the rule's edge).
 */
describe('a colon read twice (wording author a90)', () => {
  it('still ends the label (姓 名::韩玉芬, 姓名;;王立新)', () => {
    expect(facts(['阳谷县人民医院', '出院记录', '姓 名::韩玉芬  性别:女', '入院日期:2024-05-07', '出院日期:2024-05-14',
      '出院诊断:1.2型糖尿病']).name).toBe('韩玉芬');
    expect(facts(['莘县人民医院', '出院记录', '姓名;;王立新 性别;男 年龄;71岁', '入院日期:2024-03-17',
      '出院日期：：2024年03月29日', '出院诊断:高血压病3级']).dischargeDate).toBe('2024-03-29');
  });

  it('…but a single semicolon between a list\'s items is no colon (1.高血压病;2.2型糖尿病)', () => {
    expect([...facts(['门诊病历', '姓名:李爱华', '就诊日期:2024-06-02', '诊断:1.高血压病;2.2型糖尿病']).diseaseKeys].sort())
      .toEqual(['DIABETES', 'HYPERTENSION']);
  });
});

describe('a date whose dashes were read as 一 (wording author a90)', () => {
  it('is a date (2024一03一11)', () => {
    const f = facts(['聊城市人民医院', '出院记录', '姓名：孙福来', '入院日期：2024一03一11 09:42      出院日期：2024一03一19',
      '出院诊断：脑梗死']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2024-03-11', '2024-03-19']);
  });
});

describe('a stay\'s range whose dash was read as 一 (wording author a90)', () => {
  it('still joins its two dates (2024年5月6日一2024年6月14日, 2024年5月6日一6月14日)', () => {
    const stay = (line: string) => {
      const f = facts(['聊城市第四人民医院', '诊断证明书', '姓名：马晓东  性别：男', line, '诊断：双相情感障碍', '主治医师：白雪峰   2024年6月20日']);
      return [f.admissionDate, f.dischargeDate];
    };
    expect(stay('住院时间：2024年5月6日一2024年6月14日')).toEqual(['2024-05-06', '2024-06-14']);
    expect(stay('住院时间：2024.5.6一2024.6.14')).toEqual(['2024-05-06', '2024-06-14']);
    expect(stay('住院时间：2024年5月6日一6月14日')).toEqual(['2024-05-06', '2024-06-14']);
  });

  it('…but a date followed by 一 and words is no range (2024年5月6日一过性黑蒙)', () => {
    const f = facts(['某县人民医院', '门诊病历', '姓名：刘军', '就诊日期：2024年5月8日', '现病史：2024年5月6日一过性黑蒙，持续约5分钟。', '诊断：高血压病']);
    expect(f.visitDates).toEqual(['2024-05-08']);
  });
});

describe('a label or a date broken over two lines (wording author a90)', () => {
  it('joins a label whose first character ended the line before (…出 / 院日期 2024 年 1 月 12 日)', () => {
    const f = facts(['冠县人民医院', '出院记录', '患者姓名  张振国   性别 男', '入院日期 2024 年 1 月 3 日        出',
      '院日期 2024 年 1 月 12 日', '出院诊断：1.慢性肾脏病5期', '经治医师 魏 红   2024年01月12日']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2024-01-03', '2024-01-12']);
  });

  it('joins a date a grid broke between its rows (二〇二四年十二 / 月十九日)', () => {
    const f = facts(['聊城市第三人民医院', '出院记录', '| 姓名：崔凤英 | 性别：女 | 入院日期：二〇二四年十二月二日 |',
      '| 出院日期：二〇二四年十二 |', '| 月十九日 | 身份证号：371502196805204062 |', '出院诊断：1.风湿性心脏病']);
    expect([f.admissionDate, f.dischargeDate, f.idNumber]).toEqual(['2024-12-02', '2024-12-19', '371502196805204062']);
  });

  it('…but a line ending in a span of years is no broken date (病史10年 / 3月5日复查)', () => {
    const f = facts(['某县人民医院', '门诊病历', '姓名：刘军', '就诊日期：2024年5月8日', '现病史：高血压病史10年', '3月5日复查血压偏高。', '诊断：高血压病']);
    expect(f.visitDates).toEqual(['2024-05-08']);
  });
});

describe('a grid whose labels take two rows (入院 / 日期) over its values (wording author a90)', () => {
  it('reads each label whole over its column', () => {
    const f = facts(['茌平区人民医院 出院记录', '姓名 | 性别 | 年龄 | 入院 | 出院 | 住院', '| | | 日期 | 日期 | 天数',
      '黄玉亭 | 男 | 64岁 | 2024-01-22 | 2024-02-06 | 15天', '手术日期：2024-01-25', '出院诊断：1.乙状结肠腺癌']);
    expect([f.name, f.admissionDate, f.dischargeDate]).toEqual(['黄玉亭', '2024-01-22', '2024-02-06']);
  });

  it('pairs each label\'s end with the label over it by their boxes, where the engine gave them', () => {
    // cells at the given x (each 80 wide) on the row at y
    const at = (y: number, cells: [string, number][]): OcrLine => ({ text: cells.map(([t]) => t).join('  '), confidence: 0.95, bbox: [0, y, 1000, y + 30],
      cells: cells.map(([text, x]) => ({ text, confidence: 0.95, bbox: [x, y, x + 80, y + 30] as const })) });
    const f = extractFacts([{ lines: [at(20, [['茌平区人民医院出院记录', 300]]), at(100, [['姓名', 0], ['入院', 200], ['出院', 400], ['科室', 600]]),
      at(140, [['日期', 200], ['日期', 400]]), at(180, [['黄玉亭', 0], ['2024-01-22', 200], ['2024-02-06', 400], ['外科', 600]]),
      at(240, [['出院诊断：乙状结肠腺癌', 0]])] }], VOCAB);
    expect([f.name, f.admissionDate, f.dischargeDate]).toEqual(['黄玉亭', '2024-01-22', '2024-02-06']);
  });

  it('…but a row of values under a heading is no second row of labels (日期 as a cell\'s value)', () => {
    const f = facts(['某县人民医院 出院记录', '姓名 | 性别 | 入院日期 | 出院日期', '王芳 | 女 | 2024-03-01 | 2024-03-09', '出院诊断：高血压病']);
    expect([f.name, f.admissionDate, f.dischargeDate]).toEqual(['王芳', '2024-03-01', '2024-03-09']);
  });
});

describe('a name a stamp covers in the header (wording author a110)', () => {
  it('is read from the sentence that tells why the patient came (患者袁秀英因“…”于…)', () => {
    const f = facts(['某县人民医院', '诊 断 证 明 书', '姓名：▇▇英  性别：女  年龄：61岁',
      '患者袁秀英因“2型糖尿病”于2024年9月3日至2024年9月15日在我院住院治疗。', '诊断：2型糖尿病', '医师：贺明']);
    expect(f.name).toBe('袁秀英');
  });

  it('…but words that open such a sentence are no name (患者自述因…, 患者无明显诱因…)', () => {
    expect(facts(['某县人民医院', '门诊病历', '患者自述因受凉后咳嗽3天。', '诊断：上呼吸道感染']).name).toBeNull();
    expect(facts(['某县人民医院', '门诊病历', '患者无明显诱因出现头晕。', '诊断：高血压']).name).toBeNull();
  });
});

describe('a label\'s colon read as a semicolon or a 、 (wording author a144)', () => {
  it('still opens its field: 姓名、赵 玉 梅, 入院日期；2024.O5.O6, 入阮时间；2024-O2-l7', () => {
    expect(facts(['某县人民医院 门诊病历', '姓名、赵 玉 梅  性别、女  年龄、59岁', '诊断：高血压病2级']).name).toBe('赵玉梅');
    const stay = facts(['某市肿瘤医院', '出院记录', '姓名；许 春 燕  性别；女', '入院日期；2024.O5.O6     出院日期；2024.O5.ll', '出院诊断：结肠癌']);
    expect([stay.name, stay.admissionDate, stay.dischargeDate]).toEqual(['许春燕', '2024-05-06', '2024-05-11']);
    const times = facts(['某市人民医院', '出院记录', '姓名；牛淑琴', '入阮时间；2024-O2-l7 2l:4O   出阮时间；2024-O3-O8 O9:OO', '出院诊断：高血压病']);
    expect([times.admissionDate, times.dischargeDate]).toEqual(['2024-02-17', '2024-03-08']);
  });

  it('…but a list of labels in prose names no one (请核对姓名、性别、年龄)', () => {
    expect(facts(['某县人民医院 门诊病历', '请核对姓名、性别、年龄无误后签字。', '诊断：高血压病']).name).toBeNull();
  });
});

describe('a date with 年 read as 午 and 日 as 曰 (wording author a164)', () => {
  it('is a date (2024午11月2O曰, 二O二四午七月十日)', () => {
    expect(facts(['莘县中医医院门诊病历', '姓名：李国强', '就诊日期 2024午11月2O曰', '初步诊断：1.高血压病2级 高危']).visitDates).toEqual(['2024-11-20']);
    expect(facts(['东平县人民医院', '疾病诊断证明书', '患儿姓名：许子墨', '诊断：孤独症谱系障碍', '医师：薛  红   二〇二四午七月十日']).visitDates)
      .toEqual(['2024-07-10']);
    expect(facts(['馆陶县人民医院', '出院记录', '姓名：贾振海', '入院日期：2024午6月3日 出院日期：2024午6月14日', '出院诊断：右肺上叶腺癌'])
      .dischargeDate).toBe('2024-06-14');
  });

  it('…but 午 between figures written with dashes stays as read, and 目 before a word is that word (2024-05-06目前)', () => {
    expect(facts(['门诊病历', '姓名：王强', '就诊日期：2024午05-06', '诊断：高血压病']).visitDates).toEqual([]);
    expect(facts(['门诊病历', '姓名：王强', '就诊日期：2024年5月6日', '现病史：2024年3月5目前无不适。', '诊断：高血压病']).visitDates)
      .toEqual(['2024-05-06']);
  });
});
