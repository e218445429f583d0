/**
 * Traditional characters of the words a record turns on, with their simplified forms: a header, a label or a diagnosis
 * printed in traditional characters (診斷證明書, 門診號, 雙相情感障礙, 高血壓病3級) is read as the simplified one. Only the
 * characters of record vocabulary are listed, so a name printed in traditional characters (浦紹林) stays as printed.
 */
const PAIRS = [
  // labels, titles and headers
  '診诊', '斷断', '證证', '書书', '醫医', '師师', '門门', '歷历', '記记', '錄录', '檢检', '驗验', '報报', '單单', '縣县', '號号',
  '齡龄', '別别', '複复', '術术', '後后', '臨临', '簽签', '蓋盖', '處处', '藥药', '囑嘱', '療疗', '時时', '間间', '為为', '現现',
  '無无', '級级', '極极', '險险', '歲岁', '結结', '論论', '議议', '資资', '傳传', '價价', '週周',
  // diagnoses of the catalogue and their neighbours
  '壓压', '狀状', '動动', '脈脉', '樣样', '臟脏', '絞绞', '腦脑', '網网', '遺遗', '惡恶', '腫肿', '腎肾', '異异', '換换', '執执',
  '癲癫', '癇痫', '礙碍', '發发', '遲迟', '滯滞', '癱瘫', '獨独', '聽听', '視视', '語语', '體体', '殘残', '兒儿', '維维', '癥症',
  '雙双', '瘓痪', '喪丧', '態态', '損损', '傷伤', '變变', '併并', '慮虑', '疊叠',
] as const;

const SIMPLIFIED: ReadonlyMap<string, string> = new Map(PAIRS.map((p) => [p[0]!, p[1]!] as const));
const TRADITIONAL = new RegExp(`[${[...SIMPLIFIED.keys()].join('')}]`, 'g');

/** The text with the record vocabulary's traditional characters in their simplified forms (one character for one). */
export function simplifiedForms(text: string): string {
  return text.replace(TRADITIONAL, (c) => SIMPLIFIED.get(c) ?? c);
}
