import { checkCharacter } from '../../../domain/id-number';
import type { Doc } from '../case';
import { parts } from '../dates';
import type { DiseaseKey, Dx } from '../diseases';
import type { Hospital } from '../hospitals';
import type { Rng } from '../rng';
import type { Sheet } from '../sheet';

/**
 * Shared pieces of the BLIND layouts (split 'blind'). These layouts exist to measure the extractor
 * on paper nobody tuning it has seen or heard described: do not read the blind-*.ts files, nor look
 * at their pages, while working on the extractor.
 */

type Local = Hospital & { readonly region: string };

const h = (name: string, address: string, phone: string, region: string, en?: string): Local =>
  ({ name, address, phone, region, ...(en ? { en } : {}) });

export const BIG: readonly Local[] = [
  h('山东第一医科大学附属省立医院', '济南市槐荫区经五纬七路324号', '0531-68777114', '370104', 'SHANDONG PROVINCIAL HOSPITAL'),
  h('青岛大学附属医院', '青岛市市南区江苏路16号', '0532-82911847', '370202', 'THE AFFILIATED HOSPITAL OF QINGDAO UNIVERSITY'),
  h('山东大学齐鲁医院', '济南市历下区文化西路107号', '0531-82169114', '370102', 'QILU HOSPITAL OF SHANDONG UNIVERSITY'),
  h('潍坊市人民医院', '潍坊市奎文区广文街151号', '0536-8192114', '370705', "WEIFANG PEOPLE'S HOSPITAL"),
  h('临沂市人民医院', '临沂市兰山区解放路东段27号', '0539-8078114', '371302', "LINYI PEOPLE'S HOSPITAL"),
  h('烟台毓璜顶医院', '烟台市芝罘区毓东路20号', '0535-6691999', '370602', 'YANTAI YUHUANGDING HOSPITAL'),
  h('徐州市中心医院', '徐州市泉山区解放南路199号', '0516-83956114', '320311', 'XUZHOU CENTRAL HOSPITAL'),
];

export const SD_CITY: readonly Local[] = [
  h('济宁市第一人民医院', '济宁市任城区健康路6号', '0537-2253431', '370811'),
  h('淄博市中心医院', '淄博市张店区共青团西路54号', '0533-2360114', '370303'),
  h('滨州医学院附属医院', '滨州市滨城区黄河二路661号', '0543-3258114', '371602'),
  h('枣庄市立医院', '枣庄市市中区龙头中路41号', '0632-3113114', '370402'),
  h('日照市人民医院', '日照市东港区泰安路126号', '0633-3365120', '371102'),
  h('东营市人民医院', '东营市东营区南一路317号', '0546-8901120', '370502'),
  h('威海市立医院', '威海市环翠区和平路70号', '0631-5287120', '371002'),
  h('衡水市人民医院', '衡水市桃城区人民东路180号', '0318-2199120', '131102'),
];

export const SD_COUNTY: readonly Local[] = [
  h('沂水县人民医院', '沂水县沂城街道健康路17号', '0539-2251120', '371323'), h('临朐县人民医院', '临朐县城关街道民主路3号', '0536-3112120', '370724'),
  h('寿光市人民医院', '寿光市圣城街1233号', '0536-5291120', '370783'), h('单县中心医院', '单县园艺路1号', '0530-4661120', '371722'),
  h('郓城县人民医院', '郓城县东关街1号', '0530-6582120', '371725'), h('梁山县人民医院', '梁山县水泊南路9号', '0537-7322120', '370832'),
  h('宁阳县第一人民医院', '宁阳县七贤路69号', '0538-5621120', '370921'), h('邹平市人民医院', '邹平市黛溪三路26号', '0543-4322120', '371681'),
  h('平邑县人民医院', '平邑县莲青山路8号', '0539-4215120', '371326'), h('曹县人民医院', '曹县青菏路71号', '0530-3212120', '371721'),
  h('馆陶县人民医院', '邯郸市馆陶县陶山街56号', '0310-5536120', '130433'), h('台前县人民医院', '濮阳市台前县建设路22号', '0393-6266120', '410927'),
  h('砀山县人民医院', '宿州市砀山县梨都大道西段', '0557-8021120', '341321'),
];

export const SD_TOWN: readonly Local[] = [
  h('诸城市龙都街道社区卫生服务中心', '诸城市龙都街道府前街60号', '0536-6062120', '370782'),
  h('寿光市稻田镇卫生院', '寿光市稻田镇驻地', '0536-5561120', '370783'), h('沂南县界湖街道卫生院', '沂南县界湖街道澳柯玛大道', '0539-3221120', '371321'),
  h('费县探沂镇中心卫生院', '费县探沂镇驻地', '0539-5311120', '371325'), h('单县郭村镇中心卫生院', '单县郭村镇驻地', '0530-4711120', '371722'),
];

const REGION = new Map([...BIG, ...SD_CITY, ...SD_COUNTY, ...SD_TOWN].map((x) => [x.name, x.region]));

/** The patient re-issued an ID number from the hospital's own area (a few come from elsewhere in the province). */
export function local(doc: Doc, rng: Rng): Doc {
  const region = rng.chance(0.85) ? (REGION.get(doc.hospital.name) ?? '370102') : rng.pick(['370102', '370211', '371502', '370881', '371202']);
  const wantX = rng.chance(0.2);
  const head = region + doc.patient.birth.replace(/-/g, '');
  const odd = doc.patient.sex === '男';
  let id = '';
  for (let seq = rng.int(0, 99), tries = 0; tries < 600; tries += 1, seq = (seq + 7) % 100) {
    const first17 = `${head}${String(seq).padStart(2, '0')}${(2 * rng.int(0, 4) + (odd ? 1 : 0)) % 10}`;
    id = first17 + checkCharacter(first17);
    if (!wantX || id.endsWith('X')) break;
  }
  return { ...doc, patient: { ...doc.patient, idNumber: id } };
}

/** 2025 年 3 月 4 日 (a form with 年 月 日 pre-printed and the numbers filled in). */
export const spacedCn = (iso: string): string => {
  const [y, m, d] = parts(iso);
  return `${y} 年 ${m} 月 ${d} 日`;
};
/** 2025/3/4 */
export const slashShort = (iso: string): string => parts(iso).join('/');
/** 3月4日 (no year, as the course notes write it). */
export const monthDay = (iso: string): string => {
  const [, m, d] = parts(iso);
  return `${m}月${d}日`;
};

/** ⑴ ⑵ ⑶ (parenthesised digits) and 1． 2． (full-width stop). */
export const paren = (items: readonly Dx[]): string[] => items.map((d, i) => `${'⑴⑵⑶⑷⑸⑹⑺⑻⑼'[i] ?? `(${i + 1})`}${d.text}`);
export const wideStop = (items: readonly Dx[]): string[] => items.map((d, i) => `${i + 1}．${d.text}`);

/** A line of hasty handwriting (not text): character-sized clusters of strokes along a baseline, in ballpoint blue. */
export function scribble(s: Sheet, x: number, y: number, w: number, rng: Rng, color = '#1f2f7a'): void {
  const g = s.g;
  g.save();
  g.strokeStyle = color;
  g.lineWidth = rng.range(2, 2.6);
  g.lineCap = 'round';
  g.lineJoin = 'round';
  const size = rng.range(28, 36);
  const slant = rng.range(0.05, 0.2);
  let cx = x;
  while (cx + size < x + w) {
    if (rng.chance(0.07)) {
      cx += size * 0.7;
      continue;
    }
    const top = y - size + rng.range(-3, 3);
    const at = (u: number, v: number): [number, number] => [cx + u * size + (1 - v) * slant * size, top + v * size];
    g.beginPath();
    for (let k = rng.int(2, 5); k > 0; k -= 1) {
      const [sx, sy] = at(rng.range(0, 0.6), rng.range(0, 0.8));
      g.moveTo(sx, sy);
      switch (rng.int(0, 3)) {
        case 0: { // a horizontal, often running into the next stroke
          const [ex, ey] = at(rng.range(0.5, 1), rng.range(0, 0.8));
          g.quadraticCurveTo((sx + ex) / 2, Math.min(sy, ey) - 4, ex, ey);
          break;
        }
        case 1: { // a vertical with a hook
          const [ex, ey] = at(rng.range(0, 0.6), rng.range(0.7, 1));
          g.lineTo(ex, ey);
          g.lineTo(ex - rng.range(3, 8), ey - rng.range(3, 8));
          break;
        }
        case 2: { // a sweep down to the left or right
          const [ex, ey] = at(rng.chance(0.5) ? 0 : 1, rng.range(0.8, 1));
          g.quadraticCurveTo(sx + rng.range(-6, 6), ey, ex, ey);
          break;
        }
        default: { // a loop
          g.bezierCurveTo(sx + size * 0.4, sy - size * 0.2, sx + size * 0.3, sy + size * 0.5, sx + size * 0.05, sy + size * 0.3);
        }
      }
    }
    g.stroke();
    cx += size * rng.range(0.8, 1.05);
  }
  g.restore();
}

const COMMON: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE'];

/** A township or community centre sees the common chronic diseases; any other page comes from one of `others`. */
export function smallCentre(doc: Doc, rng: Rng, others: readonly Hospital[]): Doc {
  const small = /卫生院|社区卫生服务中心/.test(doc.hospital.name);
  return small && (!COMMON.includes(doc.primary) || doc.patient.age < 14) ? { ...doc, hospital: rng.pick(others) } : doc;
}

/** An 11-digit mobile number. */
export const mobileNo = (rng: Rng): string => `1${rng.pick(['38', '39', '58', '36', '87', '52', '77', '89'])}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
