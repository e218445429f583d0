/**
 * OCR misreads or loses one character of a printed label now and then (入院H期, 摊名, 出院断 —
 * dot-matrix print and seals above all). A cell that starts with such a near-label and its colon is
 * read as the label. Only the labels the extraction looks for are restored, only at one character's
 * distance (a lost one only from labels of four characters, where one label fits) or, in labels of
 * four characters, two characters each misread as a look-alike (山院诊所 for 出院诊断), never
 * from a text that is itself another known label (签名 stays 签名), and never for a 2-character
 * label whose both characters differ.
 */
const WANTED = ['姓名', '身份证号', '入院日期', '出院日期', '入院时间', '出院时间', '住院日期', '住院时间', '就诊日期', '就诊时间', '报告日期', '报告时间',
  '出院诊断', '入院诊断', '临床诊断', '门诊诊断', '初步诊断', '诊断', '出院记录', '出院医嘱', '诊疗经过'] as const;
const OTHER_LABELS = new Set(['签名', '科别', '性别', '年龄', '床号', '民族', '职业', '婚姻', '电话', '住址', '地址', '主诉', '处理', '医嘱', '查体', '建议', '备注', '病区',
  '医生', '医师', '日期', '时间', '编号', '门诊号', '住院号', '病案号', '送检日期', '采样时间', '打印时间', '打印日期', '手术日期', '出生日期', '出生时间', '检查日期',
  // real labels one character from a wanted one: never "restored" into it (出具日期 is not 出院日期)
  '出具日期', '开具日期', '签发日期', '填表日期', '记录日期', '检验日期', '收到日期', '接收日期', '审核日期', '审核时间', '接收时间', '送检时间',
  '采样日期', '申请日期', '申请时间', '发病日期', '确诊日期', '确诊时间', '首诊日期', '初诊日期', '复诊日期', '门诊日期', '挂号日期', '入科日期', '出科日期',
  '入院科别', '出院科别', '入院情况', '出院情况', '出院带药', '出院小结', '入院记录', '死亡记录', '转院记录', '最后诊断', '中医诊断', '西医诊断',
  '住院期间', '在院时间', '在院日期', '病名', '署名', '报销日期', '结算日期', '诊疗日期', '治疗日期', '住院天数', '来院时间', '来院日期', '到院时间', '来诊时间', '来诊日期', '收治日期',
  // an emergency visit's end (离院时间) is not a stay's
  '离院时间', '离院日期', '离院方式', '留观时间', '挂号时间',
  // …nor an observation's (入观时间, 离观时间)
  '入观时间', '入观日期', '离观时间', '离观日期', '留观日期',
  // …nor a home sickbed's (建床诊断 is no 临床诊断, 治疗经过 no 诊疗经过)
  '建床诊断', '撤床诊断', '建床日期', '撤床日期', '治疗经过',
  // …nor a transfer's (转院时间 is no 入院时间)
  '转院时间', '转院日期']);

const oneApart = (a: string, b: string): boolean => a.length === b.length && [...a].filter((c, i) => c !== b[i]).length === 1;

/** Characters of the labels and what dot-matrix print, seals and poor copies make of them (日 → H, 出 → 山, 断 → 所). */
const LOOKS_LIKE: Readonly<Record<string, string>> = {
  日: 'H曰目白口', 出: '山击', 断: '所晰晣淅浙', 期: '朋明排其', 诊: '珍沴疹冷', 嘱: '瞩属噣', 院: '阮陀浣助', 入: '人八', 名: '各多',
  姓: '娃妊', 号: '弓兮', 时: '吋对', 间: '问闻', 证: '正讧', 身: '射', 份: '粉伤',
};

/**
 * Whether `text` is `label` with characters misread, each as one of its look-alikes (山院诊所 and 出阮沴晰 for 出院诊断,
 * 姓各 and 娃各 for 姓名).
 */
const lookAlikes = (text: string, label: string): boolean => {
  if (text.length !== label.length) return false;
  const off = [...label].flatMap((c, i) => (c === text[i] ? [] : [[c, text[i]!] as const]));
  return off.length >= 1 && off.every(([c, read]) => LOOKS_LIKE[c]?.includes(read));
};

/** The label a text stands for only by look-alikes (a cell with no colon after it, where a name could stand: 李名 is no 姓名). */
const alikeLabel = (text: string): string | null => {
  if (known(text)) return null;
  const alike = WANTED.filter((w) => lookAlikes(text, w));
  return alike.length === 1 ? alike[0]! : null;
};

/** Whether `text` is `label` with one of its characters lost (出院断 for 出院诊断). */
const oneLost = (text: string, label: string): boolean =>
  text.length + 1 === label.length && [...label].some((_, i) => label.slice(0, i) + label.slice(i + 1) === text);

/** The label a near-label stands for, or null: one character misread, or (labels of four and more) one lost, if only one label fits. */
export function restoreLabel(text: string): string | null {
  if (known(text)) return null;
  const misread = WANTED.find((w) => oneApart(text, w));
  if (misread) return misread;
  const lost = WANTED.filter((w) => w.length >= 4 && oneLost(text, w));
  if (lost.length === 1) return lost[0]!;
  return alikeLabel(text);
}

const HEAD = /^([\u4e00-\u9fa5A-Za-z]{2,4})([:：])/;
/** A label whose colon OCR read as 1, l, I or a rule (娃名1王德胜, 姓名l巴特尔, 初步沴晰1); never a figure before its unit (诊疗经过 1月20日). */
const ODD_COLON = /^([\u4e00-\u9fa5]{2,4})[1lI丨|](?=(?![月日年号次周天个岁型级期度])[\u4e00-\u9fa5]|\s|$)/;
/** A label with no colon before its value (就沴日期 2025 年 9 月 2 日, 出院曰期2025-03-15), or a cell that holds only a label (出阮沴晰). */
const BARE_HEAD = /^([\u4e00-\u9fa5]{2,4})(?=[\s\d]|$)/;
const SPLIT_DAY = /^([\u4e00-\u9fa5]{1,3})H3([\u4e00-\u9fa5]{0,2})(?=[:：])/;
/** A label with a speck read between its characters (姓、名：, 出院·诊断：). */
const SPECKED_HEAD = /^([\u4e00-\u9fa5]{1,3}[、·.,，'’`][\u4e00-\u9fa5]{1,3})([:：])/;

const known = (label: string): boolean => OTHER_LABELS.has(label) || (WANTED as readonly string[]).includes(label);

/** Who a label may name before it (患者姓名, 申请人姓名): the near-label after it is restored alone. */
const WHO = /^(患者|病人|病员|患儿|申请人|参保人)(?=[\u4e00-\u9fa5]{2})/;

/** A cell with its near-label restored (the rest of the cell as read). */
export function restoreCellLabel(cell: string): string {
  const who = WHO.exec(cell)?.[1] ?? '';
  return who + restoreHead(cell.slice(who.length));
}

function restoreHead(cell: string): string {
  const specked = SPECKED_HEAD.exec(cell);
  const clean = specked?.[1]!.replace(/[、·.,，'’`]/, '');
  if (specked && clean && (known(clean) || restoreLabel(clean))) return restoreHead(`${clean}${cell.slice(specked[1]!.length)}`);
  const m = HEAD.exec(cell);
  const label = m ? restoreLabel(m[1]!) : null;
  if (label) return `${label}${cell.slice(m![1]!.length)}`;
  const odd = ODD_COLON.exec(cell);
  const wanted = odd && ((WANTED as readonly string[]).includes(odd[1]!) ? odd[1]! : restoreLabel(odd[1]!));
  if (wanted) return `${wanted}：${cell.slice(odd[0].length)}`;
  const bare = BARE_HEAD.exec(cell);
  const alike = bare ? alikeLabel(bare[1]!) : null;
  if (alike) return `${alike}${cell.slice(bare![1]!.length)}`;
  // dot-matrix print splits 日 into H and a 3 (入院H3期：)
  const split = SPLIT_DAY.exec(cell);
  const joined = split ? `${split[1]}日${split[2]}` : null;
  return joined && (known(joined) || restoreLabel(joined)) ? restoreHead(`${joined}${cell.slice(split![0].length)}`) : cell;
}
