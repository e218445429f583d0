import type { Doc } from '../case';
import type { Dx } from '../diseases';
import type { Hospital } from '../hospitals';
import type { LabRow } from '../labs';
import { idNumberIn, personName } from '../people';
import type { Rng } from '../rng';
import type { Sheet } from '../sheet';

/**
 * Pieces the tune16 layouts share: county hospitals, 妇幼保健院 and 精神专科医院 of Hunan, Hubei, Jiangxi and Anhui (each with
 * its county's address code, so the patient's ID is a local one), a coagulation-factor panel for haemophilia, the codes a
 * 病案首页-style table prints for 入院病情 and 转归, and the tumours a county pathology department reports on.
 */

type Here = { readonly hospital: Hospital; readonly region: string };
const here = (name: string, address: string, phone: string, region: string, extra: Partial<Hospital> = {}): Here =>
  ({ hospital: { name, address, phone, ...extra }, region });

const GENERAL: readonly Here[] = [
  here('浏阳市人民医院', '湖南省长沙市浏阳市淮川街道北正中路79号', '0731-83612120', '430181'),
  here('祁东县人民医院', '湖南省衡阳市祁东县洪桥街道永昌路5号', '0734-6822120', '430426'),
  here('桃江县人民医院', '湖南省益阳市桃江县桃花江镇桃花东路10号', '0737-8822120', '430922'),
  here('麻城市人民医院', '湖北省黄冈市麻城市鼓楼街道新建街8号', '0713-2922120', '421181'),
  here('枣阳市第一人民医院', '湖北省襄阳市枣阳市北城街道光武大道66号', '0710-6222120', '420683'),
  here('潜江市中心医院', '湖北省潜江市园林街道章华中路22号', '0728-6222120', '429005'),
  here('鄱阳县人民医院', '江西省上饶市鄱阳县鄱阳镇芝山路30号', '0793-6222120', '361128'),
  here('于都县人民医院', '江西省赣州市于都县贡江镇长征大道2号', '0797-6322120', '360731'),
  here('丰城市人民医院', '江西省宜春市丰城市剑光街道新城区锦绣路1号', '0795-6222120', '360981'),
  here('怀远县人民医院', '安徽省蚌埠市怀远县城关镇禹王路99号', '0552-8022120', '340321'),
  here('霍邱县第一人民医院', '安徽省六安市霍邱县城关镇光明路18号', '0564-6022120', '341522'),
  here('太和县人民医院', '安徽省阜阳市太和县城关镇人民路13号', '0558-8622120', '341222'),
];

const CHILDREN: readonly Here[] = [
  here('浏阳市妇幼保健院', '湖南省长沙市浏阳市集里街道金沙北路1号', '0731-83632120', '430181'),
  here('麻城市妇幼保健院', '湖北省黄冈市麻城市龙池桥街道金桥大道16号', '0713-2962120', '421181'),
  here('于都县妇幼保健院', '江西省赣州市于都县贡江镇体育路7号', '0797-6362120', '360731'),
  here('太和县妇幼保健院', '安徽省阜阳市太和县城关镇健康路20号', '0558-8662120', '341222'),
];

const MENTAL: readonly Here[] = [
  here('衡阳市第二人民医院', '湖南省衡阳市珠晖区东风路31号', '0734-8322120', '430405', { only: ['SEVERE_MENTAL_DISORDER'], en: '衡阳市精神卫生中心' }),
  here('黄冈市第三人民医院', '湖北省黄冈市黄州区西湖三路72号', '0713-8362120', '421102', { only: ['SEVERE_MENTAL_DISORDER'], en: '黄冈市精神卫生中心' }),
  here('上饶市第三人民医院', '江西省上饶市信州区茅家岭路6号', '0793-8262120', '361102', { only: ['SEVERE_MENTAL_DISORDER'], en: '上饶市精神病医院' }),
  here('阜阳市第三人民医院', '安徽省阜阳市颍州区中南大道8号', '0558-2362120', '341202', { only: ['SEVERE_MENTAL_DISORDER'], en: '阜阳市精神卫生中心' }),
];

const ALL = [...GENERAL, ...CHILDREN, ...MENTAL];
/** County and county-level city general hospitals of the four provinces. */
export const GENERAL16: readonly Hospital[] = GENERAL.map((x) => x.hospital);
/** County 妇幼保健院 (children only on these layouts). */
export const MCH16: readonly Hospital[] = CHILDREN.map((x) => x.hospital);
/** City 精神专科医院: a 第N人民医院 that is also the city's 精神卫生中心 (its second name in `en`). */
export const MENTAL16: readonly Hospital[] = MENTAL.map((x) => x.hospital);

/** The patient lives where the hospital stands: the ID's address code is that county's (or the city district's). */
export function local16(doc: Doc, rng: Rng): Doc {
  const h = ALL.find((x) => x.hospital.name === doc.hospital.name);
  if (!h) return doc;
  const p = doc.patient;
  return { ...doc, patient: { ...p, idNumber: idNumberIn(rng, p.birth, p.sex, [h.region]) } };
}

/** Haemophilia is a man's disease: the patient made male (a new given name); `local16` after it gives the ID its sex digit. */
export function male(doc: Doc, rng: Rng): Doc {
  if (doc.patient.sex === '男') return doc;
  return { ...doc, patient: { ...doc.patient, sex: '男', name: personName(rng, '男', 0.03) } };
}

/** The province of a tune16 hospital, short: 湖南 / 湖北 / 江西 / 安徽. */
export const provinceShort = (h: Hospital): string => /^(湖南|湖北|江西|安徽)/u.exec(h.address)?.[1] ?? '';

/** 入院病情 as a 病案首页 codes it: 1.有 2.临床未确定 3.情况不明 4.无. */
export const ON_ADMISSION = ['有', '临床未确定', '情况不明', '无'] as const;
/** 转归 codes: 1.治愈 2.好转 3.未愈 4.死亡 5.其他. */
export const OUTCOMES = ['治愈', '好转', '未愈', '死亡', '其他'] as const;

/** The 入院病情 code of a final diagnosis: a chronic disease was there on admission; an added finding may not have been. */
export function onAdmission(d: Dx, rng: Rng): number {
  if (d.key) return 1;
  return rng.pick([1, 1, 2, 3, 4]);
}

const row = (name: string, abbr: string, v: number, digits: number, unit: string, lo: number, hi: number): LabRow => {
  const value = v.toFixed(digits);
  const flag = Number(value) > hi ? '↑' : Number(value) < lo ? '↓' : '';
  return { name, abbr, value, flag, unit, range: `${lo.toFixed(digits)}-${hi.toFixed(digits)}` };
};

/**
 * 凝血功能 and 凝血因子活性 of a haemophilia patient (A: FⅧ:C low; B: FⅨ:C low), grade by the level: PT, APTT (long), TT,
 * FIB, the factor activities, vWF:Ag and the inhibitor titre in Bethesda units.
 */
export function factorPanel(rng: Rng, text: string): { rows: LabRow[]; factor: string; level: number } {
  const b = text.includes('血友病B');
  const level = text.includes('重型') ? rng.range(0.3, 0.9) : text.includes('中型') ? rng.range(1.2, 4.8) : rng.range(0.5, 12);
  const low = (name: string, abbr: string): LabRow => row(name, abbr, level, 1, '%', 50, 150);
  const normal = (name: string, abbr: string): LabRow => row(name, abbr, rng.range(62, 138), 1, '%', 50, 150);
  const rows = [
    row('凝血酶原时间', 'PT', rng.range(10.8, 13.2), 1, '秒', 9.8, 13.5),
    row('活化部分凝血活酶时间', 'APTT', rng.range(58, 96), 1, '秒', 25, 38),
    row('凝血酶时间', 'TT', rng.range(14.5, 18.5), 1, '秒', 14, 21),
    row('纤维蛋白原', 'FIB', rng.range(2.1, 3.8), 2, 'g/L', 2, 4),
    b ? normal('凝血因子Ⅷ活性', 'FⅧ:C') : low('凝血因子Ⅷ活性', 'FⅧ:C'),
    b ? low('凝血因子Ⅸ活性', 'FⅨ:C') : normal('凝血因子Ⅸ活性', 'FⅨ:C'),
    normal('凝血因子Ⅺ活性', 'FⅪ:C'),
    row('血管性血友病因子抗原', 'vWF:Ag', rng.range(70, 160), 1, '%', 50, 160),
    { ...row('因子抑制物', 'Bethesda', rng.chance(0.8) ? 0 : rng.range(0.6, 4), 1, 'BU/ml', 0, 0.6), range: '<0.6' },
  ];
  return { rows, factor: b ? 'FⅨ' : 'FⅧ', level };
}

/** What the pathologist reports on a resected or biopsied tumour: specimen, gross, microscopy, IHC, diagnosis. */
export type Specimen = { readonly dx: string; readonly specimen: string; readonly gross: string; readonly micro: string;
  readonly ihc: string; readonly path: string };
const sp = (dx: string, specimen: string, gross: string, micro: string, ihc: string, path: string): Specimen =>
  ({ dx, specimen, gross, micro, ihc, path });

/** Tumours named by the request's clinical diagnosis, resected at a county hospital. */
export const SPECIMENS: readonly Specimen[] = [
  sp('结肠恶性肿瘤', '（乙状结肠）肠段切除标本', '肠管一段，长18cm，距一侧切缘6cm见一溃疡型肿物，大小4.0cm×3.5cm×1.2cm，切面灰白、质硬，侵及浆膜下。',
    '肿瘤细胞呈不规则腺管状排列，核复层、异型明显，浸润至浆膜下层；两侧切缘未见癌；肠周淋巴结2/14枚见癌转移。',
    'CK20(+)，CDX-2(+)，SATB2(+)，MLH1(+)，PMS2(+)，MSH2(+)，MSH6(+)，Ki-67(约70%+)', '（乙状结肠）溃疡型中分化腺癌，pT3N1b。'),
  sp('胃癌', '（远端胃）胃大部切除标本', '胃大部一个，小弯长10cm，大弯长16cm，胃窦小弯侧见一溃疡型肿物，大小3.2cm×2.8cm，切面灰白、质硬。',
    '肿瘤细胞呈腺管状及实性巢状排列，部分印戒样，浸润至固有肌层；上下切缘未见癌；小弯侧淋巴结1/11枚见癌转移。',
    'CK(+)，CDX-2(+)，HER-2(1+)，E-cadherin(+)，Ki-67(约60%+)', '（远端胃）溃疡型中-低分化腺癌，pT2N1。'),
  sp('左乳腺癌', '（左乳）改良根治标本', '乳腺组织一块，大小18cm×14cm×3cm，外上象限见一肿物，大小2.3cm×2.0cm×1.6cm，切面灰白、质硬、边界不清。',
    '肿瘤细胞呈巢团状、条索状排列，浸润性生长，核中度异型；乳头及皮肤未见癌；腋窝淋巴结0/16枚。',
    'ER(约80%，强+)，PR(约40%，中+)，HER-2(2+)，Ki-67(约25%+)', '（左乳）浸润性导管癌，Ⅱ级，腋窝淋巴结未见转移（0/16）。'),
  sp('右肺腺癌', '（右肺上叶）肺叶切除标本', '肺叶一个，大小15cm×9cm×4cm，距支气管切缘3cm见一灰白结节，大小2.1cm×1.8cm×1.5cm，质硬，紧邻胸膜。',
    '肿瘤细胞呈腺泡状、乳头状排列，伴贴壁生长成分，核轻-中度异型，未见脏层胸膜侵犯；支气管切缘未见癌。',
    'TTF-1(+)，NapsinA(+)，CK7(+)，P40(-)，ALK(D5F3)(-)，Ki-67(约20%+)', '（右肺上叶）浸润性腺癌，腺泡为主型，pT1cN0。'),
  sp('食管鳞状细胞癌', '（食管）部分切除标本', '食管一段，长9cm，距上切缘3cm见一溃疡型肿物，大小3.0cm×2.5cm×0.8cm，切面灰白。',
    '肿瘤细胞呈巢团状排列，可见角化珠及细胞间桥，浸润至外膜；上下切缘未见癌；食管旁淋巴结0/9枚。',
    'P40(+)，CK5/6(+)，P16(-)，Ki-67(约50%+)', '（食管）溃疡型中分化鳞状细胞癌，pT3N0。'),
  sp('宫颈鳞癌（ⅡB期）', '（宫颈）活检组织', '灰白碎组织4粒，直径0.2～0.5cm，全埋。',
    '鳞状上皮全层异型，癌巢突破基底膜呈浸润性生长，间质纤维组织增生伴淋巴细胞浸润。',
    'P16(+)，P40(+)，CK5/6(+)，Ki-67(约80%+)', '（宫颈）浸润性非角化型鳞状细胞癌。'),
];

/** An H&E micrograph in a frame: pink stroma, pale glands and crowded purple nuclei (not text). */
export function micrograph(s: Sheet, x: number, y: number, size: number, rng: Rng): void {
  const g = s.g;
  g.save();
  g.beginPath();
  g.rect(x, y, size, size);
  g.clip();
  g.fillStyle = `rgb(${rng.int(232, 244)}, ${rng.int(170, 195)}, ${rng.int(200, 220)})`;
  g.fillRect(x, y, size, size);
  for (let i = 0; i < 9; i += 1) {
    const [cx, cy, r] = [x + rng.range(0, size), y + rng.range(0, size), rng.range(size * 0.06, size * 0.14)];
    g.fillStyle = 'rgba(250, 236, 242, 0.9)';
    g.beginPath();
    g.ellipse(cx, cy, r, r * rng.range(0.5, 0.9), rng.range(0, 3), 0, Math.PI * 2);
    g.fill();
    for (let k = 0; k < 22; k += 1) {
      const a = (k / 22) * Math.PI * 2;
      g.fillStyle = `rgba(${rng.int(70, 110)}, ${rng.int(30, 60)}, ${rng.int(120, 160)}, 0.85)`;
      g.beginPath();
      g.ellipse(cx + Math.cos(a) * r * 1.12, cy + Math.sin(a) * r * 0.8, rng.range(3, 6), rng.range(2, 4), a, 0, Math.PI * 2);
      g.fill();
    }
  }
  for (let k = 0; k < 260; k += 1) {
    g.fillStyle = `rgba(${rng.int(80, 120)}, ${rng.int(40, 70)}, ${rng.int(130, 170)}, 0.7)`;
    g.beginPath();
    g.arc(x + rng.range(0, size), y + rng.range(0, size), rng.range(1.5, 3.5), 0, Math.PI * 2);
    g.fill();
  }
  g.restore();
  s.rect(x, y, size, size, 2, '#333333');
}
