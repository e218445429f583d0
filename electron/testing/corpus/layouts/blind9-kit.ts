import type { Doc } from '../case';
import { DotMatrix } from '../dotmatrix';
import type { Hospital } from '../hospitals';
import { idNumberIn } from '../people';
import { valueNoise, type Rng } from '../rng';
import type { Sheet, Style } from '../sheet';

/**
 * Pieces the blind9 layouts share: hospitals of the north-east, the south-west, the east coast and the centre (each with its
 * county's address code, so a patient's ID is a local one), psychiatric hospitals, army hospitals, insurers, a fixed-pitch
 * printer for text-mode HIS reports, a thromboelastography trace and a transcranial Doppler spectrum.
 */

type Place = { readonly hospital: Hospital; readonly region: string };
const at = (name: string, address: string, phone: string, region: string, en?: string): Place =>
  ({ hospital: { name, address, phone, ...(en ? { en } : {}) }, region });

const NORTH_EAST: readonly Place[] = [
  at('鸡西矿业集团总医院', '黑龙江省鸡西市鸡冠区中心大街55号', '0467-2378120', '230302'),
  at('鹤岗市人民医院', '黑龙江省鹤岗市向阳区红军路15号', '0468-3222120', '230402'),
  at('双鸭山市人民医院', '黑龙江省双鸭山市尖山区新兴大街77号', '0469-4222120', '230502'),
  at('阜新矿业集团总医院', '辽宁省阜新市海州区中华路49号', '0418-3322120', '210902'),
  at('铁岭县中心医院', '辽宁省铁岭市铁岭县新台子镇新兴街8号', '024-78722120', '211221'),
  at('通化市中心医院', '吉林省通化市东昌区新华大街29号', '0435-3222120', '220502'),
  at('敦化市医院', '吉林省延边朝鲜族自治州敦化市民主街1号', '0433-6222120', '222403'),
  at('牙克石市人民医院', '内蒙古自治区呼伦贝尔市牙克石市林城路8号', '0470-7322120', '150782'),
];

/** Psychiatric hospitals; `en` holds the second name on the letterhead. */
const MIND: readonly Place[] = [
  at('南充市精神卫生中心', '四川省南充市顺庆区北湖路36号', '0817-2222120', '511302'),
  at('邵阳市脑科医院', '湖南省邵阳市双清区宝庆东路18号', '0739-5322120', '430502', '邵阳市精神卫生中心'),
  at('宜春市第三人民医院', '江西省宜春市袁州区宜阳大道120号', '0795-3222120', '360902', '宜春市精神卫生中心'),
  at('曲靖市第三人民医院', '云南省曲靖市麒麟区文昌街6号', '0874-3122120', '530302', '曲靖市精神卫生中心'),
  at('天水市第三人民医院', '甘肃省天水市秦州区岷山路9号', '0938-8222120', '620502', '天水市精神卫生中心'),
];

const EAST: readonly Place[] = [
  at('温岭市第一人民医院', '浙江省台州市温岭市太平街道横湖中路333号', '0576-86222120', '331081'),
  at('义乌市中心医院', '浙江省金华市义乌市江东路699号', '0579-85222120', '330782'),
  at('长兴县人民医院', '浙江省湖州市长兴县雉城街道长兴大道66号', '0572-6022120', '330522'),
  at('慈溪市人民医院', '浙江省宁波市慈溪市浒山街道南二环东路999号', '0574-63922120', '330282'),
  at('宜兴市人民医院', '江苏省无锡市宜兴市通贞路75号', '0510-87922120', '320282'),
  at('福清市医院', '福建省福州市福清市玉屏街道清荣大道88号', '0591-85222120', '350181'),
  at('晋江市医院', '福建省泉州市晋江市罗山街道泉安中路16号', '0595-85622120', '350582'),
];

const ARMY: readonly Place[] = [
  at('中国人民解放军联勤保障部队第九二〇医院', '云南省昆明市西山区大观路212号', '0871-64774120', '530112'),
  at('中国人民解放军联勤保障部队第九四〇医院', '甘肃省兰州市七里河区滨河南路333号', '0931-8994120', '620103'),
  at('中国人民解放军联勤保障部队第九〇〇医院', '福建省福州市鼓楼区西二环北路156号', '0591-22859120', '350102'),
  at('中国人民解放军联勤保障部队第九八〇医院', '河北省石家庄市长安区和平东路398号', '0311-87978120', '130102'),
  at('中国人民解放军联勤保障部队第九六二医院', '黑龙江省哈尔滨市南岗区中山路6号', '0451-82631120', '230103'),
];

const SOUTH_WEST: readonly Place[] = [
  at('重庆市开州区人民医院', '重庆市开州区汉丰街道安康路1号', '023-52222120', '500154'),
  at('南部县人民医院', '四川省南充市南部县蜀北大道一段12号', '0817-5522120', '511321'),
  at('仁寿县人民医院', '四川省眉山市仁寿县文林镇书台大道99号', '028-36222120', '511421'),
  at('兴义市人民医院', '贵州省黔西南布依族苗族自治州兴义市沙井街41号', '0859-3222120', '522301'),
  at('隆回县人民医院', '湖南省邵阳市隆回县桃洪镇梅园路18号', '0739-8222120', '430524'),
  at('宣威市人民医院', '云南省曲靖市宣威市建设路22号', '0874-7122120', '530381'),
];

const CITIES: readonly Place[] = [
  at('深圳市龙岗区人民医院', '广东省深圳市龙岗区龙城街道爱龙路53号', '0755-28922120', '440307'),
  at('佛山市顺德区第一人民医院', '广东省佛山市顺德区大良街道蓬莱路1号', '0757-22322120', '440606'),
  at('西安市第三医院', '陕西省西安市未央区凤城三路10号', '029-86168120', '610112'),
  at('合肥市第二人民医院', '安徽省合肥市瑶海区和平路246号', '0551-62965120', '340102'),
  at('南宁市第二人民医院', '广西壮族自治区南宁市江南区淡村路13号', '0771-4822120', '450105'),
  at('海口市人民医院', '海南省海口市龙华区人民大道43号', '0898-66222120', '460106'),
  at('郑州市第九人民医院', '河南省郑州市二七区陇海中路1号', '0371-68222120', '410103'),
];

const CENTRE: readonly Place[] = [
  at('鄱阳县人民医院', '江西省上饶市鄱阳县饶州街道芝山路10号', '0793-6222120', '361128'),
  at('宁都县人民医院', '江西省赣州市宁都县梅江镇健康路6号', '0797-6822120', '360730'),
  at('麻城市人民医院', '湖北省黄冈市麻城市陵园路14号', '0713-2922120', '421181'),
  at('监利市人民医院', '湖北省荆州市监利市容城镇玉沙路26号', '0716-3322120', '421088'),
  at('临泉县人民医院', '安徽省阜阳市临泉县城关镇东城路9号', '0558-6522120', '341221'),
  at('涡阳县人民医院', '安徽省亳州市涡阳县星园路168号', '0558-7222120', '341621'),
  at('桃江县人民医院', '湖南省益阳市桃江县桃花江镇桃花中路28号', '0737-8822120', '430922'),
];

const ALL = [...NORTH_EAST, ...MIND, ...EAST, ...ARMY, ...SOUTH_WEST, ...CITIES, ...CENTRE];
const list = (places: readonly Place[]): Hospital[] => places.map((x) => x.hospital);
export const NORTH_EAST9 = list(NORTH_EAST);
export const MIND9 = list(MIND);
export const EAST9 = list(EAST);
export const ARMY9 = list(ARMY);
export const SOUTH_WEST9 = list(SOUTH_WEST);
export const CITIES9 = list(CITIES);
export const CENTRE9 = list(CENTRE);

/** The county code of a blind9 hospital (a guardian's or a relative's ID is registered there too). */
export const regionOf = (doc: Doc): string =>
  ALL.find((x) => x.hospital.name === doc.hospital.name)?.region ?? doc.patient.idNumber.slice(0, 6);

/** The patient lives in the hospital's county: the ID's address code is that county's. */
export function local9(doc: Doc, rng: Rng): Doc {
  const p = doc.patient;
  return { ...doc, patient: { ...p, idNumber: idNumberIn(rng, p.birth, p.sex, [regionOf(doc)]) } };
}

/**
 * A line of a text-mode HIS report sent to a laser printer in a fixed pitch: every character in its own cell of `col` px (a
 * CJK character in two), spaces kept. Runs of two or more spaces split the line into the cells a reader sees; each is
 * recorded. Returns the number of columns the line takes.
 */
export function fixedPitch(s: Sheet, x: number, y: number, text: string, col: number, style: Style): number {
  let c = 0;
  let run = '';
  let start = 0;
  const flush = (): void => {
    if (run.trim() !== '') s.record(x + start * col, y, run.trim(), x + c * col);
    run = '';
  };
  for (const ch of text) {
    const w = DotMatrix.width(ch);
    if (ch === ' ' && run.endsWith(' ')) flush();
    if (run === '' && ch !== ' ') start = c;
    if (run !== '' || ch !== ' ') run += ch;
    const cx = x + (c + w / 2) * col;
    const wide = w === 1 ? s.measure(ch, style) / (col * 0.92) : 0;
    if (wide > 1) {
      // A fixed-pitch face draws m and W as narrow as i: squeeze the proportional glyph into its cell.
      s.g.save();
      s.g.translate(cx, y);
      s.g.scale(1 / wide, 1);
      s.put(0, 0, ch, { ...style, align: 'center' }, false);
      s.g.restore();
    } else if (ch !== ' ') s.put(cx, y, ch, { ...style, align: 'center' }, false);
    c += w;
  }
  flush();
  return c;
}

/** Life insurers whose claim forms a treating doctor fills in (names of no real company). */
export const INSURERS9 = ['鼎信人寿保险股份有限公司', '华康健康保险股份有限公司', '长盛人寿保险股份有限公司', '恒泰人寿保险股份有限公司'];

/** One thromboelastography channel: reaction time R and kinetics K (min), maximum amplitude MA (mm), and its pen colour. */
export type TegTrace = { readonly r: number; readonly k: number; readonly ma: number; readonly color: string };

/**
 * A thromboelastogram as the analyser prints it: a faint grid, a centre line and, per channel, the tuning-fork trace that
 * stays flat until R, opens with the clot's kinetics and levels off at MA (mirrored above and below). Not text.
 */
export function tegChart(s: Sheet, x: number, y: number, w: number, h: number, traces: readonly TegTrace[]): void {
  const g = s.g;
  g.fillStyle = '#fbfbf7';
  g.fillRect(x, y, w, h);
  for (let k = 0; k <= 12; k += 1) s.line(x + (w * k) / 12, y, x + (w * k) / 12, y + h, 1, k % 3 === 0 ? '#c9c9c0' : '#e4e4dc');
  for (let k = 0; k <= 8; k += 1) s.line(x, y + (h * k) / 8, x + w, y + (h * k) / 8, 1, k === 4 ? '#9a9a90' : '#e4e4dc');
  s.rect(x, y, w, h, 1.5, '#777');
  const mid = y + h / 2;
  const mm = h / 2 / 80;
  for (const t of traces) {
    for (const side of [-1, 1]) {
      g.strokeStyle = t.color;
      g.lineWidth = 2.4;
      g.beginPath();
      for (let i = 0; i <= 300; i += 1) {
        const min = (60 * i) / 300;
        const a = min <= t.r ? 0.4 : t.ma * (1 - Math.exp(-(min - t.r) / (t.k * 1.6)));
        const px = x + (w * i) / 300;
        if (i === 0) g.moveTo(px, mid + side * a * mm);
        else g.lineTo(px, mid + side * a * mm);
      }
      g.stroke();
    }
  }
}

/**
 * A transcranial Doppler spectrum: black panel, baseline, a train of beats whose envelope rises steeply to the systolic
 * peak `vs`, dips at the notch and falls to `vd` (cm/s, scaled to `top`), filled with speckle under the envelope. Not text.
 */
export function dopplerPanel(s: Sheet, x: number, y: number, w: number, h: number, vs: number, vd: number, top: number, rng: Rng): void {
  const g = s.g;
  g.fillStyle = '#050505';
  g.fillRect(x, y, w, h);
  const base = y + h * 0.86;
  const scale = (h * 0.78) / top;
  const beat = w / rng.range(3.2, 4.2);
  const noise = valueNoise(rng, 40);
  const img = g.getImageData(x, y, w, h);
  for (let i = 0; i < w; i += 1) {
    const ph = (i % beat) / beat;
    const v = ph < 0.12 ? vd + (vs - vd) * (ph / 0.12) : ph < 0.3 ? vs - (vs - vd) * 0.55 * ((ph - 0.12) / 0.18)
      : ph < 0.36 ? vd + (vs - vd) * (0.45 + 0.12 * Math.sin(((ph - 0.3) / 0.06) * Math.PI))
        : vd + (vs - vd) * 0.45 * (1 - (ph - 0.36) / 0.64);
    const top2 = base - v * scale;
    for (let j = Math.max(0, Math.floor(top2 - y)); j < base - y; j += 1) {
      const k = (j * w + i) * 4;
      const bright = Math.min(255, 90 + 150 * noise(i / w, j / h) + rng.gauss() * 30 + (j < top2 - y + 4 ? 60 : 0));
      img.data[k] = bright;
      img.data[k + 1] = bright;
      img.data[k + 2] = bright;
    }
  }
  g.putImageData(img, x, y);
  s.line(x, base, x + w, base, 1.5, '#3fb3ff');
  for (let k = 1; k <= 4; k += 1) s.line(x + w - 14, base - (h * 0.78 * k) / 4, x + w - 4, base - (h * 0.78 * k) / 4, 1.5, '#cccccc');
}
