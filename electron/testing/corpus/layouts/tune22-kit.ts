import type { Doc } from '../case';
import type { Hospital } from '../hospitals';
import { idNumberIn } from '../people';
import type { Rng } from '../rng';
import type { Sheet } from '../sheet';

/**
 * Pieces the tune22 layouts share: county hospitals of Xinjiang, Qinghai, the Tibetan areas of Sichuan (甘孜, 阿坝), Guangxi and
 * Hainan the corpus did not have — each with its county's address code (the patient's ID is a local one) and the script its
 * paper prints beside the Chinese (Uyghur, Tibetan, or none); patients with Uyghur (买买提, 阿依古丽: the given name alone, as
 * county paper often writes it) or Tibetan (次仁卓玛) names;
 * a line of that script drawn as strokes (an engine for Chinese cannot read it, and it is not text of the truth).
 */

export type Script = '' | 'uyghur' | 'tibetan';
type Here = { readonly hospital: Hospital; readonly region: string; readonly script: Script };
const here = (name: string, address: string, phone: string, region: string, script: Script = ''): Here =>
  ({ hospital: { name, address, phone }, region, script });

const PLACES: readonly Here[] = [
  here('疏附县人民医院', '新疆维吾尔自治区喀什地区疏附县托克扎克镇人民路18号', '0998-3222120', '653121', 'uyghur'),
  here('伽师县人民医院', '新疆维吾尔自治区喀什地区伽师县巴仁镇团结路9号', '0998-6722120', '653129', 'uyghur'),
  here('和田县人民医院', '新疆维吾尔自治区和田地区和田县巴格其镇迎宾路26号', '0903-2522120', '653221', 'uyghur'),
  here('沙雅县人民医院', '新疆维吾尔自治区阿克苏地区沙雅县沙雅镇友谊路33号', '0997-8622120', '652924', 'uyghur'),
  here('共和县人民医院', '青海省海南藏族自治州共和县恰卜恰镇东巴路5号', '0974-8522120', '632521', 'tibetan'),
  here('同仁市人民医院', '青海省黄南藏族自治州同仁市隆务镇中山路12号', '0973-8722120', '632301', 'tibetan'),
  here('互助土族自治县人民医院', '青海省海东市互助土族自治县威远镇南街8号', '0972-8322120', '630223'),
  here('道孚县人民医院', '四川省甘孜藏族自治州道孚县鲜水镇团结街15号', '0836-7122120', '513326', 'tibetan'),
  here('甘孜县人民医院', '四川省甘孜藏族自治州甘孜县甘孜镇南大街3号', '0836-7522120', '513328', 'tibetan'),
  here('红原县人民医院', '四川省阿坝藏族羌族自治州红原县邛溪镇德吉路20号', '0837-2622120', '513233', 'tibetan'),
  here('若尔盖县人民医院', '四川省阿坝藏族羌族自治州若尔盖县达扎寺镇草原路6号', '0837-2292120', '513232', 'tibetan'),
  here('融水苗族自治县人民医院', '广西壮族自治区柳州市融水苗族自治县融水镇寿星路2号', '0772-5122120', '450225'),
  here('东兴市人民医院', '广西壮族自治区防城港市东兴市东兴镇北仑大道66号', '0770-7622120', '450681'),
  here('靖西市人民医院', '广西壮族自治区百色市靖西市新靖镇城南路15号', '0776-6222120', '451081'),
  here('琼中黎族苗族自治县人民医院', '海南省琼中黎族苗族自治县营根镇海榆中线1号', '0898-86222120', '469030'),
  here('白沙黎族自治县人民医院', '海南省白沙黎族自治县牙叉镇白沙大道8号', '0898-27722120', '469025'),
  here('陵水黎族自治县人民医院', '海南省陵水黎族自治县椰林镇新建路19号', '0898-83322120', '469034'),
];

const placeOf = (h: Hospital): Here | undefined => PLACES.find((x) => x.hospital.name === h.name);

/** Every tune22 hospital. */
export const ALL22: readonly Hospital[] = PLACES.map((x) => x.hospital);
/** Those whose paper is bilingual (Xinjiang's Uyghur, the Tibetan prefectures'). */
export const BILINGUAL22: readonly Hospital[] = PLACES.filter((x) => x.script !== '').map((x) => x.hospital);
/** Those of Guangxi and Hainan (Chinese only). */
export const SOUTH22: readonly Hospital[] = PLACES.filter((x) => /^(广西|海南)/u.test(x.hospital.address)).map((x) => x.hospital);

export const scriptOf = (h: Hospital): Script => placeOf(h)?.script ?? '';

const UYGHUR = { 男: ['买买提', '艾力江', '吐尔洪', '依明江', '阿不都', '肉孜'],
  女: ['阿依古丽', '古丽娜尔', '帕提古丽', '再努尔', '热依拉', '努尔古丽'] } as const;
const TIBETAN = { 男: ['扎西多吉', '次仁旺堆', '格桑平措', '洛桑丹增', '尼玛顿珠'], 女: ['次仁卓玛', '央金拉姆', '格桑曲珍', '德吉卓嘎', '白玛央宗'] } as const;

/**
 * The patient lives in the hospital's county (the ID's address code is that county's); where the paper is bilingual, about one
 * adult patient in two bears a Uyghur or Tibetan name. Physicians keep theirs (never the patient's).
 */
export function local22(doc: Doc, rng: Rng): Doc {
  const h = placeOf(doc.hospital);
  if (!h) return doc;
  const p = doc.patient;
  let name = p.name;
  if (h.script !== '' && p.age >= 14 && rng.chance(0.5)) name = rng.pick((h.script === 'uyghur' ? UYGHUR : TIBETAN)[p.sex]);
  if (Object.values(doc.doctors).includes(name)) name = p.name;
  return { ...doc, patient: { ...p, name, idNumber: idNumberIn(rng, p.birth, p.sex, [h.region]) } };
}

/**
 * 民族 as the header prints it: from the name where it shows; a Chinese name in Xinjiang or a Tibetan prefecture is mostly 汉族
 * (now and then 回族), in Guangxi and Hainan now and then the county's people (壮族, 黎族, 苗族 take Chinese names).
 */
export function nation22(doc: Doc, rng: Rng): string {
  const n = doc.patient.name;
  if (([...UYGHUR.男, ...UYGHUR.女] as readonly string[]).includes(n)) return '维吾尔族';
  if (([...TIBETAN.男, ...TIBETAN.女] as readonly string[]).includes(n)) return '藏族';
  const a = doc.hospital.address;
  if (scriptOf(doc.hospital) !== '' || /青海/u.test(a)) return rng.chance(0.15) ? '回族' : '汉族';
  if (rng.chance(0.65)) return '汉族';
  return /黎族/u.test(a) ? '黎族' : /苗族/u.test(a) ? '苗族' : '壮族';
}

/**
 * A line of Uyghur (right-to-left cursive on a baseline, with its dots) or Tibetan (syllables hanging from a head-stroke, split
 * by tsheg dots) drawn as strokes from x to x + w, its baseline at y, letters about h px high: not text, not recorded.
 */
export function scriptLine(s: Sheet, x: number, y: number, w: number, h: number, script: Script, color: string, rng: Rng): void {
  if (script === '') return;
  const g = s.g;
  g.save();
  g.strokeStyle = color;
  g.fillStyle = color;
  g.lineWidth = Math.max(1.6, h * 0.11);
  g.lineCap = 'round';
  let cx = x;
  while (cx < x + w - h) {
    const word = Math.min(x + w - cx, h * rng.range(1.4, 3.6));
    g.beginPath();
    if (script === 'uyghur') {
      g.moveTo(cx, y);
      for (let t = cx; t < cx + word; t += h * 0.3) {
        const up = rng.chance(0.3) ? h * rng.range(0.6, 0.95) : h * rng.range(0.1, 0.3);
        g.quadraticCurveTo(t + h * 0.08, y - up, t + h * 0.3, y);
      }
      if (rng.chance(0.4)) g.quadraticCurveTo(cx + word + h * 0.2, y + h * 0.5, cx + word - h * 0.1, y + h * 0.35);
      g.stroke();
      const dots = rng.int(1, 3);
      for (let d = 0; d < dots; d += 1) {
        g.fillRect(cx + rng.range(0.1, 0.9) * word, y + (rng.chance(0.6) ? -h : h * 0.4), h * 0.13, h * 0.13);
      }
    } else {
      for (let t = cx; t < cx + word; t += h * 0.5) {
        g.moveTo(t, y - h * 0.7);
        g.lineTo(t + h * 0.42, y - h * 0.7);
        g.moveTo(t + h * rng.range(0.05, 0.35), y - h * 0.7);
        g.quadraticCurveTo(t + h * 0.45, y - h * 0.35, t + h * 0.1, y + (rng.chance(0.3) ? h * 0.35 : 0));
        if (rng.chance(0.25)) {
          g.moveTo(t + h * 0.1, y - h * 0.72);
          g.quadraticCurveTo(t + h * 0.15, y - h * 1.1, t + h * 0.45, y - h * 1.0);
        }
      }
      g.stroke();
      g.fillRect(cx + word + h * 0.12, y - h * 0.72, h * 0.1, h * 0.1);
    }
    cx += word + h * rng.range(0.35, 0.6);
  }
  g.restore();
}
