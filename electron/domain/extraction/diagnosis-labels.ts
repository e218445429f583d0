/**
 * The labels a record's diagnoses stand under, in the order they are tried (issue 10): the 出院诊断 first, never the
 * 入院诊断 when a later tier stands.
 */
/** A report's own conclusion; elsewhere (a certificate's 诊断意见) a diagnosis like any other. */
const CONCLUSION = '诊断意见|诊断结论|诊断结果';

/**
 * The labelled diagnoses. A bare 诊断 is a label where a label stands (row or cell start, before a colon, or
 * ending a row: …目前诊断 / 为：), never in prose (于外院诊断"脑梗死") nor as the history's 既往诊断. 初诊 (a hand's 初步诊断) is one only
 * before a numbered list, not as the first-visit mark (初诊：是). A SOAP note's assessment (A：) opening its
 * row is one. On a report (`report`) the conclusion (诊断意见, the reader's 医师诊断) is left to the examination's tier, and a bare
 * 诊断 never reads the start of 诊断意见 as a label, nor a title spaced out (CT 诊 断 报 告 书). A front sheet's 主要诊断 and
 * 其他诊断 open their rows, perhaps run into their names once the spaces between are joined (主要诊断急性心肌梗死…), and so does a
 * form's 疾病诊断 cell; a form's heading 诊断信息 is a label whose diagnoses follow it. A disability
 * assessment names the disease as the disability's cause (致残原因：), a follow-up form as 确诊疾病：, a medicine register
 * as 病种： (an application's 申请病种 is applied for), a follow-up list as 慢病类型： or a contract record as 慢病情况：, a family doctor's record as the resident's
 * 人群类型：慢病患者（2型糖尿病） or 服务对象情况：, a follow-up form's ticked 患病情况： (not a family's), a follow-up log's
 * bare 评估： (not a risk's: 跌倒风险评估：). A certifying hospital's 鉴定意见： heads a list of diagnoses only alone on its row (on
 * it, the opinion is a verdict: 冠心病 不符合).
 */
/** A SOAP note's assessment heading alone on its row (评估, A, or both as an engine reads the sidebar's letter: A  评估, A  评估 Assessment). */
export const SOAP_ASSESSMENT = String.raw`^\s*(?:A[\s|:：]*)?(?:评估|Assessment)(?:[\s|]*(?:评估|Assessment))?(?:[\s|:：]*A)?(?=\s*$)|^\s*A(?=\s*$)`;

const labelled = (report: boolean): RegExp => new RegExp(String.raw`(?<!入院|外院|他院|院外|当地|曾|术前)(?:西医诊断|中医诊断|临床诊断|门诊诊断|初步诊断|补充诊断(?=\s*(?:[(（][^)）]{1,40}[)）])?\s*[:：])|^\s*(?:(?:主要|其他)诊断(?=[\s:：|]|[\u4e00-\u9fa5]{2})|疾病诊断(?=[\s:：|]))|`
  + (report ? '' : `${CONCLUSION}|`)
  + String.raw`(?:疾病名称|病\s*名|所患|(?:健康|主要)问题|致残原因|确诊疾病|(?<!申请|申报|管理)病种|(?:慢病|慢性病)(?:类型|情况)|人群类型|(?:服务对象|签约居民)情况|(?<!家族|家庭成员)患病情况|(?<![\u4e00-\u9fa5])评估)(?=(?:\s*[（(][^)）]{1,12}[)）])?\s*[:：])|(?<!经办机构|经办|医保|审核)(?:鉴定|认定)意见(?=\s*[:：]\s*$)|初诊(?=\s*[:：]\s*[1１①][.、．])|(?<![\u4e00-\u9fa5])诊\s*断(?:信息)?(?!`
  + (report ? `${CONCLUSION.replace(/诊断/g, '')}|` : '')
  + String.raw`\s*["“”'‘’「])|(?<!影像|超声|电图|内镜|镜下|病理|既往`
  + (report ? '|医师' : '') + String.raw`)诊断(?=为?\s*(?:[(（][^)）]{1,12}[)）])?\s*[:：]|$)|(?<![A-Za-z])(?:D[xX]|Imp(?:ression)?|IMP|(?<!(?:Admission|Admitting|Preoperative|Differential)\s)Diagnosis)(?=\s*[:：])|^\s*(?:A|Assessment)(?=\s*[:：])|${SOAP_ASSESSMENT}|(?<=(?:经[^，。|]{0,8}|我院[^，。|]{0,6}|检查后?))(?:诊断|确诊)(?:为|患有)(?!\s*["“”'‘’「])|(?<=(?:兹证明[^。|]{0,50}|(?:就诊|诊治|治疗|检查|诊断)[，,]?\s*(?:该|此)?(?:患者|患儿|病人)?))患有|(?<=(?:该|此)(?:村民|居民|职工|同志|患者|患儿|病人|老人)\s*)患有?)(?!证明|书|医师|医生|日期|时间|机构|单位|依据|\s*报\s*告)`);

/**
 * An imaging, ECG or pathology conclusion, a disability assessment's (评定结论：听力残疾一级): only where no diagnosis is
 * labelled (a CT report's 印象 is not its 临床诊断).
 */
const EXAMINATION = String.raw`印象(?=\s*[:：|])|(?:影像|超声|心电图|内镜|镜下|病理|医师)诊断(?=\s*[:：|]|$)|(?<![\u4e00-\u9fa5])评定结论(?=\s*[:：])`;

/** Who sums up a health check-up (总检, 主检, 体检 before 结论 or 意见). */
const CHECK_UP = '总检|主检|体检';
/** A check-up's summary of its findings (总检结论及建议, 主检结论：). */
export const CHECK_UP_SUMMARY = new RegExp(`(?:${CHECK_UP})(?:结论|意见)`);

/**
 * A report's bare 结论 or 意见 (动态血压 …, 检查结论：, a bone marrow's 意见：, Conclusion 意见：), or its 提示 (结果提示：, 超声提示：),
 * heading its rows; a check-up's summary too (主检结论：, 【总检结论及建议】, 二、总检结论与建议).
 */
const REPORT_CONCLUSION = String.raw`^\s*(?:[一二三四五六七八九十]{1,2}[、.．]\s*)?(?:Conclusions?\s*)?[【\[]?\s*(?:(?:检查|检验|检测|监测|超声|心电图|造影|评估|测评|${CHECK_UP})?(?:结\s*论|意\s*见)(?:(?:及|与|和)建议)?|(?:结果|超声|检查)提示)\s*[】\]]?(?=\s*[:：|]|$)|^\s*Conclusions?(?=\s*[:：])`;

/** A follow-up form's list of the diseases it manages, boxes ticked. */
const MANAGED = String.raw`管理(?:病种|疾病)(?=\s*[:：|]|\s*[☑☒✓✔√■□☐])`;

/** A pathology diagnosis heading its row (石蜡病理诊断：…, the final one below a frozen section's). */
const PATHOLOGY = String.raw`^\s*(?:石蜡|常规|最终)?病理诊断(?=\s*[:：|]|$)`;

/** A report's own conclusion, whatever it is called (诊断意见：, 结论：, 超声提示：). */
export const REPORT_CONCLUSIONS = new RegExp(`${CONCLUSION}|${REPORT_CONCLUSION}`);

/** The sections in the order they are tried; a report's conclusion joins the examination's tier. */
const sectionsOf = (report: boolean): readonly RegExp[] => [
  // (a summary told in prose states it in a sentence: 出院时诊断为2型糖尿病、高血压病2级。)
  // (a home sickbed's closing summary: 撤床诊断 over the 建床诊断 it opened with)
  // (…and an English summary's: Discharge diagnosis：, its Discharge Dx： spelt out as one)
  /出院时?诊断(?:为(?!\s*[:：]))?|撤床诊断|(?<![A-Za-z])[Dd]ischarge\s+[Dd]iagnos[ie]s(?=\s*[:：]|\s*$)/,
  // a pathology report's own finding outranks the 临床诊断 its request gave (胃窦占位 → 中分化腺癌); elsewhere (a certificate's
  // 病理诊断：（直肠）中分化腺癌 above its 诊断：1.直肠腺癌术后 2.2型糖尿病) it is one more labelled diagnosis
  new RegExp(`(?:最后|最终|确定|修正)诊断|(?:目前|现)?诊断明确(?=\\s*[:：])|(?<![A-Za-z])Final\\s+[Dd]iagnosis(?=\\s*[:：])${report ? `|${PATHOLOGY}` : ''}`),
  report ? labelled(true) : new RegExp(`${labelled(false).source}|${PATHOLOGY}`),
  // a follow-up form's ticked 管理病种 only where no diagnosis is written out: its boxes and ticks are what an engine loses
  // first (管理病种：高血压口糖尿病口冠心病脑卒中, ☑ gone and □ read as 口)
  new RegExp(MANAGED),
  new RegExp(report ? `${EXAMINATION}|${REPORT_CONCLUSIONS.source}` : EXAMINATION),
  // (an operation's 术前诊断 is its admission's: the report's conclusion or the 术后诊断 outranks it)
  /入院诊断|术前诊断|建床诊断|(?<![A-Za-z])(?:Admission|Admitting)\s+[Dd]iagnos[ie]s(?=\s*[:：])/,
];
export const SECTIONS = sectionsOf(false);
export const REPORT_SECTIONS = sectionsOf(true);
