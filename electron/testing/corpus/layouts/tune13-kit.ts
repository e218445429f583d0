import type { Doc } from '../case';
import type { DiseaseKey } from '../diseases';
import type { Hospital } from '../hospitals';
import type { LabRow } from '../labs';
import { idNumberIn } from '../people';
import { valueNoise, type Rng } from '../rng';
import type { Sheet } from '../sheet';

/**
 * Pieces the tune13 layouts share: county hospitals, county TCM hospitals and township 卫生院 of Hebei, Henan and Jiangsu
 * (with their counties' address codes, so the patient's ID is a local one), a thyroid-function panel, ultrasound findings
 * that fit the patient's disease, and a sonogram still (a speckled fan, sometimes with a colour-Doppler box).
 */

type Here = { readonly hospital: Hospital; readonly region: string };
const here = (name: string, address: string, phone: string, region: string): Here => ({ hospital: { name, address, phone }, region });

const GENERAL: readonly Here[] = [
  here('威县人民医院', '河北省邢台市威县洺州镇人民大街168号', '0319-6122120', '130533'),
  here('馆陶县人民医院', '河北省邯郸市馆陶县陶山街道健康路6号', '0310-7722120', '130433'),
  here('故城县医院', '河北省衡水市故城县郑口镇运河大街30号', '0318-5322120', '131126'),
  here('内黄县人民医院', '河南省安阳市内黄县城关镇繁阳路36号', '0372-7722120', '410527'),
  here('清丰县人民医院', '河南省濮阳市清丰县顿丘路中段218号', '0393-7222120', '410922'),
  here('南乐县人民医院', '河南省濮阳市南乐县昌州路西段88号', '0393-6222120', '410923'),
  here('丰县人民医院', '江苏省徐州市丰县中阳大道西段108号', '0516-89222120', '320321'),
  here('睢宁县人民医院', '江苏省徐州市睢宁县八一西路28号', '0516-88222120', '320324'),
  here('响水县人民医院', '江苏省盐城市响水县黄海路98号', '0515-86822120', '320921'),
];

const CHINESE_MEDICINE: readonly Here[] = [
  here('馆陶县中医院', '河北省邯郸市馆陶县陶山街道文卫路12号', '0310-7762120', '130433'),
  here('威县中医院', '河北省邢台市威县洺州镇冀南大街55号', '0319-6162120', '130533'),
  here('清丰县中医院', '河南省濮阳市清丰县阳光路北段17号', '0393-7262120', '410922'),
  here('内黄县中医院', '河南省安阳市内黄县城关镇硝河路18号', '0372-7762120', '410527'),
  here('丰县中医医院', '江苏省徐州市丰县人民路南段66号', '0516-89262120', '320321'),
  here('睢宁县中医院', '江苏省徐州市睢宁县睢城街道中央大街9号', '0516-88262120', '320324'),
];

const TOWNS: readonly Here[] = [
  here('威县贺营镇卫生院', '河北省邢台市威县贺营镇驻地', '0319-6512120', '130533'),
  here('馆陶县柴堡镇卫生院', '河北省邯郸市馆陶县柴堡镇驻地', '0310-7512120', '130433'),
  here('内黄县井店镇中心卫生院', '河南省安阳市内黄县井店镇驻地', '0372-7512120', '410527'),
  here('清丰县马庄桥镇卫生院', '河南省濮阳市清丰县马庄桥镇驻地', '0393-7512120', '410922'),
  here('丰县华山镇中心卫生院', '江苏省徐州市丰县华山镇驻地', '0516-89512120', '320321'),
  here('睢宁县魏集镇卫生院', '江苏省徐州市睢宁县魏集镇驻地', '0516-88512120', '320324'),
];

export const GENERAL13: readonly Hospital[] = GENERAL.map((x) => x.hospital);
export const TCM13: readonly Hospital[] = CHINESE_MEDICINE.map((x) => x.hospital);
export const TOWN13: readonly Hospital[] = TOWNS.map((x) => x.hospital);

/** The patient lives in the hospital's county: the ID's address code is that county's. */
export function local13(doc: Doc, rng: Rng): Doc {
  const h = [...GENERAL, ...CHINESE_MEDICINE, ...TOWNS].find((x) => x.hospital.name === doc.hospital.name);
  if (!h) return doc;
  const p = doc.patient;
  return { ...doc, patient: { ...p, idNumber: idNumberIn(rng, p.birth, p.sex, [h.region]) } };
}

type Test = readonly [name: string, abbr: string, unit: string, lo: number, hi: number, digits: number];
const THYROID: readonly Test[] = [['游离三碘甲状腺原氨酸', 'FT3', 'pmol/L', 3.1, 6.8, 2], ['游离甲状腺素', 'FT4', 'pmol/L', 12, 22, 2],
  ['促甲状腺激素', 'TSH', 'μIU/mL', 0.27, 4.2, 3], ['总三碘甲状腺原氨酸', 'TT3', 'nmol/L', 1.3, 3.1, 2],
  ['总甲状腺素', 'TT4', 'nmol/L', 66, 181, 1], ['抗甲状腺过氧化物酶抗体', 'TPOAb', 'IU/mL', 0, 34, 2],
  ['抗甲状腺球蛋白抗体', 'TgAb', 'IU/mL', 0, 115, 2]];

/** 甲状腺功能 as a chemiluminescence analyser reports it: mostly in range, now and then a raised TSH or antibody. */
export function thyroidRows(rng: Rng): LabRow[] {
  const odd = rng.pick(['TSH', 'TPOAb', 'FT4', '', '']);
  return THYROID.map(([name, abbr, unit, lo, hi, digits]) => {
    const span = hi - lo;
    const v = abbr === odd ? (abbr === 'FT4' ? lo * rng.range(0.7, 0.95) : hi * rng.range(1.2, 3)) : lo + span * rng.range(0.08, 0.9);
    const value = v.toFixed(digits);
    const flag = Number(value) > hi ? '↑' : Number(value) < lo ? '↓' : '';
    return { name, abbr, value, flag, unit, range: lo === 0 ? `<${hi}` : `${lo.toFixed(digits)}-${hi.toFixed(digits)}` };
  });
}

export type Sono = { readonly part: string; readonly findings: string; readonly impression: string; readonly linear: boolean };
const sono = (part: string, findings: string, impression: string, linear = false): Sono => ({ part, findings, impression, linear });

const CAROTID = sono('双侧颈动脉、椎动脉', '双侧颈总动脉内中膜增厚，厚约1.1mm，右侧颈动脉分叉处见大小约1.6cm×0.3cm等回声斑块，左侧颈内动脉起始段'
  + '见强回声斑块，后方伴声影，管腔未见明显狭窄；双侧椎动脉走行正常，血流频谱未见明显异常。', '双侧颈动脉内中膜增厚并多发斑块形成', true);
const THYROID_SCAN = sono('甲状腺及颈部淋巴结', '甲状腺左右叶大小形态正常，右叶中部见一大小约0.6cm×0.4cm低回声结节，边界清，形态规则，纵横比<1，'
  + '内未见微钙化，CDFI示周边少许血流信号；双侧颈部未见明显肿大淋巴结。', '甲状腺右叶实性结节（TI-RADS 3类）', true);

/** What a county ultrasound room writes for the patient's disease (the impression never diagnoses the catalogue disease). */
export const SONO: Partial<Record<DiseaseKey, readonly Sono[]>> = {
  HYPERTENSION: [CAROTID, sono('心脏', '左房内径约40mm，室间隔厚约12mm，左室后壁厚约11mm，室壁运动协调，二尖瓣口血流频谱E峰<A峰，'
    + '主动脉瓣口见少量反流信号，左室射血分数约63%。', '左室壁稍厚；左室舒张功能减低；主动脉瓣少量反流')],
  DIABETES: [CAROTID, THYROID_SCAN, sono('双下肢动脉', '双侧股总动脉、股浅动脉、腘动脉内膜毛糙，多发斑块形成，较大者位于右侧股浅动脉'
    + '中段，约1.8cm×0.2cm，管腔轻度狭窄；胫前、胫后动脉血流频谱呈单相波。', '双下肢动脉粥样硬化并多发斑块形成', true)],
  CEREBROVASCULAR_DISEASE: [CAROTID],
  CORONARY_HEART_DISEASE: [sono('心脏', '左室前壁及心尖段运动幅度减低，余室壁运动尚可，左房内径约38mm，左室舒张末内径约54mm，'
    + '二尖瓣轻度反流，左室射血分数约49%。', '节段性室壁运动异常；左室收缩功能轻度减低；二尖瓣轻度反流')],
  POST_ARTERIAL_STENT_ANTICOAGULATION: [CAROTID, sono('双下肢动脉', '右侧股浅动脉中段见支架回声，支架内血流通畅，未见明显狭窄及血栓，'
    + '余双下肢动脉内膜毛糙，散在小斑块。', '右侧股浅动脉支架术后，支架内血流通畅', true)],
  URAEMIA_DIALYSIS: [sono('双肾、输尿管、膀胱', '双肾体积缩小，左肾约8.0cm×3.7cm，右肾约7.6cm×3.5cm，实质回声增强，皮髓质分界不清，'
    + '双侧输尿管未见扩张，膀胱充盈差。', '双肾体积缩小、实质回声增强（请结合临床）')],
};
export const SONO_KEYS = Object.keys(SONO) as DiseaseKey[];

/**
 * One sonogram as the ultrasound workstation prints it: black panel, a speckled fan (or a linear-probe rectangle), a
 * grey ramp at the left, depth ticks at the right, and sometimes a colour-Doppler box with red and blue flow. Not text.
 */
export function sonogram(s: Sheet, x: number, y: number, w: number, h: number, rng: Rng, o: { linear: boolean; doppler: boolean }): void {
  const g = s.g;
  g.fillStyle = '#030303';
  g.fillRect(x, y, w, h);
  const img = g.getImageData(x, y, w, h);
  const grain = valueNoise(rng, 11);
  const fine = valueNoise(rng, 48);
  const cx = w / 2;
  const top = h * 0.05;
  const reach = h * 0.9;
  const half = o.linear ? w * 0.32 : 0.7;
  for (let j = 0; j < h; j += 1) {
    for (let i = 0; i < w; i += 1) {
      const dx = i - cx;
      const dy = j - top + h * 0.1;
      const r = Math.hypot(dx, dy);
      const inside = o.linear ? Math.abs(dx) < half && j > top && j < top + reach
        : r > h * 0.15 && r < h * 0.98 && Math.abs(Math.atan2(dx, dy)) < half;
      if (!inside) continue;
      const band = o.linear && Math.abs(j - h * 0.45) < h * 0.07 ? 0.25 : 1;
      const echo = 20 + 90 * grain(i / w, j / h) + 80 * fine(i / w, j / h) + rng.gauss() * 40;
      const v = Math.max(0, Math.min(255, echo * band - (j / h) * 40));
      const k = (j * w + i) * 4;
      img.data[k] = v;
      img.data[k + 1] = v;
      img.data[k + 2] = v;
    }
  }
  g.putImageData(img, x, y);
  for (let k = 0; k < 10; k += 1) {
    g.fillStyle = `rgb(${k * 25}, ${k * 25}, ${k * 25})`;
    g.fillRect(x + 10, y + h * 0.2 + k * h * 0.05, 12, h * 0.05);
  }
  for (let k = 1; k < 9; k += 1) s.line(x + w - 22, y + (h * k) / 9, x + w - 10, y + (h * k) / 9, 2, '#cfcfcf');
  if (o.doppler) {
    const bx = x + w * rng.range(0.3, 0.45);
    const by = y + h * 0.32;
    s.rect(bx, by, w * 0.26, h * 0.26, 1.5, '#e0e0a0');
    for (let k = 0; k < 26; k += 1) {
      g.fillStyle = k % 3 === 0 ? 'rgba(40, 90, 230, 0.8)' : 'rgba(225, 40, 30, 0.8)';
      g.fillRect(bx + rng.range(4, w * 0.24), by + h * 0.1 + rng.range(-10, 10), rng.range(4, 12), rng.range(3, 8));
    }
  }
}
