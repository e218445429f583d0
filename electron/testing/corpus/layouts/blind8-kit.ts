import type { Doc } from '../case';
import { parts } from '../dates';
import { DotMatrix } from '../dotmatrix';
import type { Hospital } from '../hospitals';
import { idNumberIn } from '../people';
import type { Rng } from '../rng';
import type { Sheet, Style } from '../sheet';
import { px } from './common';

/**
 * Pieces the blind8 layouts share: county and city hospitals from the whole country (with the address codes of the
 * counties they serve), the patient registered there, compact dates, fixed-pitch print, labels set vertically.
 */

type Placed = Hospital & { readonly regions: readonly string[]; readonly level: 'county' | 'city' };
const at = (level: Placed['level'], name: string, address: string, phone: string, regions: readonly string[]): Placed =>
  ({ name, address, phone, regions, level });

const PLACES: readonly Placed[] = [
  at('county', '瓦房店市中心医院', '辽宁省大连市瓦房店市共济街一段17号', '0411-85621120', ['210281']),
  at('county', '中宁县人民医院', '宁夏回族自治区中卫市中宁县宁安南街9号', '0955-5012120', ['640521']),
  at('county', '互助土族自治县人民医院', '青海省海东市互助县威远镇南街32号', '0972-8322120', ['630223']),
  at('county', '琼海市人民医院', '海南省琼海市嘉积镇爱华东路46号', '0898-62822120', ['469002']),
  at('county', '綦江区人民医院', '重庆市綦江区古南街道九龙大道66号', '023-48662120', ['500110']),
  at('county', '耒阳市人民医院', '湖南省衡阳市耒阳市五一西路12号', '0734-4322120', ['430481']),
  at('county', '丰城市人民医院', '江西省宜春市丰城市剑光街道新城大道88号', '0795-6422120', ['360981']),
  at('county', '兴化市人民医院', '江苏省泰州市兴化市英武中路419号', '0523-83222120', ['321281']),
  at('county', '玉环市人民医院', '浙江省台州市玉环市玉城街道长乐路18号', '0576-87222120', ['331083']),
  at('county', '仙游县医院', '福建省莆田市仙游县鲤城街道学府路6号', '0594-8222120', ['350322']),
  at('county', '汉川市人民医院', '湖北省孝感市汉川市仙女山街道西正街100号', '0712-8422120', ['420984']),
  at('county', '藤县人民医院', '广西壮族自治区梧州市藤县藤州镇登俊路51号', '0774-7222120', ['450422']),
  at('county', '宣威市人民医院', '云南省曲靖市宣威市建设东路108号', '0874-7122120', ['530381']),
  at('county', '盘州市人民医院', '贵州省六盘水市盘州市亦资街道胜境大道3号', '0858-3622120', ['520281']),
  at('county', '洪洞县人民医院', '山西省临汾市洪洞县大槐树镇玉峰街19号', '0357-6222120', ['141024']),
  at('county', '敦化市医院', '吉林省延边朝鲜族自治州敦化市民主街1099号', '0433-6222120', ['222403']),
  at('county', '扎兰屯市人民医院', '内蒙古自治区呼伦贝尔市扎兰屯市中央路35号', '0470-3222120', ['150783']),
  at('county', '阆中市人民医院', '四川省南充市阆中市七里街道张飞南路88号', '0817-6222120', ['511381']),
  at('county', '陇西县第一人民医院', '甘肃省定西市陇西县巩昌镇北关路66号', '0932-6622120', ['621122']),
  at('county', '化州市人民医院', '广东省茂名市化州市河西街道北京路98号', '0668-7322120', ['440982']),
  at('county', '固始县人民医院', '河南省信阳市固始县蓼北路128号', '0376-4822120', ['411525']),
  at('county', '临泉县人民医院', '安徽省阜阳市临泉县城关街道人民路26号', '0558-6522120', ['341221']),
  at('county', '城固县医院', '陕西省汉中市城固县博望街道东大街7号', '0916-7222120', ['610722']),
  at('county', '肇东市人民医院', '黑龙江省绥化市肇东市东五道街12号', '0455-7822120', ['231282']),
  at('city', '湛江市第一人民医院', '广东省湛江市赤坎区人民大道北57号', '0759-3362120', ['440802', '440882']),
  at('city', '赣州市人民医院', '江西省赣州市章贡区梅关大道16号', '0797-5882120', ['360702', '360721']),
  at('city', '南充市中心医院', '四川省南充市顺庆区人民南路97号', '0817-2262120', ['511302', '511322']),
  at('city', '宜昌市中心人民医院', '湖北省宜昌市西陵区夷陵大道183号', '0717-6482120', ['420502', '420506']),
  at('city', '柳州市工人医院', '广西壮族自治区柳州市柳北区解放北路1号', '0772-3812120', ['450202', '450222']),
  at('city', '曲靖市第一人民医院', '云南省曲靖市麒麟区文昌街1号', '0874-3112120', ['530302', '530381']),
  at('city', '包头市中心医院', '内蒙古自治区包头市东河区环城路61号', '0472-6952120', ['150202', '150203']),
  at('city', '锦州市中心医院', '辽宁省锦州市古塔区上海路二段55号', '0416-4182120', ['210702', '210781']),
  at('city', '宝鸡市中心医院', '陕西省宝鸡市渭滨区姜谭路8号', '0917-3392120', ['610302', '610323']),
  at('city', '连云港市第一人民医院', '江苏省连云港市海州区振华路6号', '0518-85602120', ['320706', '320722']),
];

/** County-level general hospitals of twenty-three provinces, regions and municipalities. */
export const NATION_COUNTY: readonly Hospital[] = PLACES.filter((x) => x.level === 'county');
/** City (prefecture) hospitals of ten provinces. */
export const NATION_CITY: readonly Hospital[] = PLACES.filter((x) => x.level === 'city');

/** The patient lives where the hospital is: the ID's address code is one of its counties' (pages of other hospitals unchanged). */
export function native(doc: Doc, rng: Rng): Doc {
  const place = PLACES.find((x) => x.name === doc.hospital.name);
  if (!place) return doc;
  const p = doc.patient;
  return { ...doc, patient: { ...p, idNumber: idNumberIn(rng, p.birth, p.sex, place.regions) } };
}

/** The province as a 监制 line names it (山东省 for the Liaocheng hospitals, whose addresses start with the city). */
export function provinceOf(h: Hospital): string {
  return /^(.+?(?:省|自治区)|重庆市|北京市|天津市|上海市)/u.exec(h.address)?.[1] ?? '山东省';
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Dates as small HIS and devices print them: 20250304, 2025-3-4 (no padding), 2025/3/4, 25.03.04. */
export type Ymd = 'compact' | 'loose' | 'slashLoose' | 'shortDot';
export function ymd(iso: string, how: Ymd): string {
  const [y, m, d] = parts(iso);
  switch (how) {
    case 'compact': return `${y}${pad(m)}${pad(d)}`;
    case 'loose': return `${y}-${m}-${d}`;
    case 'slashLoose': return `${y}/${m}/${d}`;
    case 'shortDot': return `${String(y).slice(2)}.${pad(m)}.${pad(d)}`;
  }
}

/**
 * Text in a fixed-pitch face (a kiosk's thermal head, a device's report font): every character centred in its cell,
 * a CJK character two columns of `col` px, anything else one. Recorded as one cell. Returns the width.
 */
export function mono(s: Sheet, x: number, y: number, text: string, style: Style, col: number): number {
  let c = 0;
  for (const ch of text) {
    const w = DotMatrix.width(ch);
    const [cx, room, need] = [x + (c + w / 2) * col, w * col * 0.92, s.measure(ch, style)];
    // A wide Latin letter (m, W) is squeezed into its cell, the way a fixed-pitch bitmap face draws it.
    s.g.save();
    s.g.translate(cx, y);
    if (need > room) s.g.scale(room / need, 1);
    if (ch !== ' ') s.put(0, 0, ch, { ...style, align: 'center' }, false);
    s.g.restore();
    c += w;
  }
  s.record(x, y, text, x + c * col);
  return c * col;
}

/** `text` cut into lines of at most `cols` columns (a CJK character two), the first `first` columns shorter. */
export function monoLines(text: string, cols: number, first = cols): string[] {
  const [head = '', ...rest] = DotMatrix.wrap(text, first);
  return [head, ...(rest.length > 0 ? DotMatrix.wrap(rest.join(''), cols) : [])].filter((l) => l !== '');
}

/** The least height of a cell that holds `label` set vertically. */
export const verticalH = (label: string, style: Style): number => px(style.pt) * (1.15 * [...label].length + 0.7);

/**
 * A label set vertically (one character under another, 入院情况 down a narrow column), centred in the cell between `top`
 * and `bottom` at `cx`; each character recorded on its own. The cell is at least `verticalH` tall.
 */
export function vertical(s: Sheet, cx: number, top: number, bottom: number, label: string, style: Style): void {
  const chars = [...label];
  const h = px(style.pt);
  const pitch = Math.max(h * 1.15, Math.min(h * 1.5, (bottom - top - h * 0.7) / chars.length));
  const first = (top + bottom) / 2 - (pitch * (chars.length - 1)) / 2 + h * 0.36;
  chars.forEach((ch, i) => s.put(cx, first + i * pitch, ch, { ...style, align: 'center' }));
}
