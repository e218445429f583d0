import type { Doc } from '../case';
import type { DiseaseKey, Dx } from '../diseases';
import type { Hospital } from '../hospitals';
import type { LabRow } from '../labs';
import { idNumberIn } from '../people';
import type { Rng } from '../rng';
import type { Sheet, Style } from '../sheet';

/**
 * Pieces the blind13 layouts share: district and county hospitals of Shanghai, Hainan, Xinjiang (兵团 division hospitals
 * among them), Qinghai and Tibet, each with its district's address code (the patient's ID is a local one) and the peoples
 * of the place (a Tibetan patient has a Tibetan name and no surname; a Hainan patient often a 亚 name); the partner
 * hospital a remote consultation goes to; a urinalysis panel; a coronary angiogram's findings and its sketch.
 */

type Area = 'shanghai' | 'hainan' | 'xinjiang' | 'qinghai' | 'tibet';
type Here = { readonly hospital: Hospital; readonly region: string; readonly area: Area; readonly peoples: readonly string[] };
const here = (area: Area, name: string, address: string, phone: string, region: string, peoples: readonly string[] = []): Here =>
  ({ hospital: { name, address, phone }, region, area, peoples });

const PLACES: readonly Here[] = [
  here('shanghai', '上海市徐汇区中心医院', '上海市徐汇区淮海中路966号', '021-64370045', '310104'),
  here('shanghai', '上海市浦东新区公利医院', '上海市浦东新区苗圃路219号', '021-58858730', '310115'),
  here('shanghai', '上海市金山区亭林医院', '上海市金山区亭林镇寺平南路80号', '021-57231000', '310116'),
  here('shanghai', '上海市奉贤区中心医院', '上海市奉贤区南桥镇南奉公路6600号', '021-57420702', '310120'),
  here('shanghai', '上海市青浦区中心医院', '上海市青浦区公园东路1158号', '021-69719190', '310118'),
  here('hainan', '海口市人民医院', '海南省海口市龙华区人民大道43号', '0898-66151120', '460106'),
  here('hainan', '三亚市人民医院', '海南省三亚市天涯区解放四路558号', '0898-88283120', '460204', ['黎族']),
  here('hainan', '琼海市人民医院', '海南省琼海市嘉积镇金海路42号', '0898-62822120', '469002'),
  here('hainan', '儋州市人民医院', '海南省儋州市那大镇中兴大街199号', '0898-23322120', '460400', ['黎族']),
  here('hainan', '五指山市人民医院', '海南省五指山市通什镇海榆北路18号', '0898-86622120', '469001', ['黎族', '苗族']),
  here('xinjiang', '新疆生产建设兵团第一师医院', '新疆维吾尔自治区阿克苏市南大街18号', '0997-2122120', '652901', ['回族']),
  here('xinjiang', '新疆生产建设兵团第六师医院', '新疆维吾尔自治区五家渠市人民北路1号', '0994-5822120', '659004', ['回族']),
  here('xinjiang', '石河子市人民医院', '新疆维吾尔自治区石河子市北三路116号', '0993-2022120', '659001', ['回族', '满族']),
  here('xinjiang', '昌吉回族自治州人民医院', '新疆维吾尔自治区昌吉市延安北路303号', '0994-2322120', '652301', ['回族', '回族']),
  here('xinjiang', '哈密市中心医院', '新疆维吾尔自治区哈密市伊州区前进东路52号', '0902-2222120', '650502', ['回族', '锡伯族']),
  here('qinghai', '西宁市第一人民医院', '青海省西宁市城中区仓门街12号', '0971-8222120', '630103', ['回族', '藏族']),
  here('qinghai', '格尔木市人民医院', '青海省格尔木市昆仑中路21号', '0979-8422120', '632801', ['藏族', '回族']),
  here('qinghai', '互助土族自治县人民医院', '青海省海东市互助县威远镇南街8号', '0972-8322120', '630223', ['土族', '土族']),
  here('qinghai', '大通回族土族自治县人民医院', '青海省西宁市大通县桥头镇长宁路5号', '0971-2722120', '630121', ['回族', '土族']),
  here('qinghai', '循化撒拉族自治县人民医院', '青海省海东市循化县积石镇河滨路2号', '0972-8822120', '630225', ['撒拉族', '藏族']),
  here('tibet', '拉萨市人民医院', '西藏自治区拉萨市城关区北京中路118号', '0891-6322120', '540102', ['藏族']),
  here('tibet', '日喀则市人民医院', '西藏自治区日喀则市桑珠孜区上海中路7号', '0892-8822120', '540202', ['藏族']),
  here('tibet', '山南市人民医院', '西藏自治区山南市乃东区湖南路21号', '0893-7822120', '540502', ['藏族']),
  here('tibet', '林芝市人民医院', '西藏自治区林芝市巴宜区广东路33号', '0894-5822120', '540402', ['藏族', '门巴族']),
];

const of = (...areas: Area[]): Hospital[] => PLACES.filter((p) => areas.includes(p.area)).map((p) => p.hospital);
/** District hospitals of Shanghai. */
export const SHANGHAI13: readonly Hospital[] = of('shanghai');
/** City hospitals of Hainan. */
export const HAINAN13: readonly Hospital[] = of('hainan');
/** 兵团 division hospitals and city or prefecture hospitals of Xinjiang. */
export const XINJIANG13: readonly Hospital[] = of('xinjiang');
/** City and county hospitals of Qinghai and Tibet. */
export const PLATEAU13: readonly Hospital[] = of('qinghai', 'tibet');

const placeOf = (h: Hospital): Here | undefined => PLACES.find((p) => p.hospital.name === h.name);
export const areaOf = (h: Hospital): Area => placeOf(h)?.area ?? 'shanghai';

const TIB_ANY = ['次仁', '格桑', '达瓦', '尼玛', '白玛', '索朗', '拉巴', '边巴', '普布', '旦增', '益西', '德庆'];
const TIB_MALE = ['顿珠', '多吉', '旺堆', '平措', '罗布', '扎西', '加措', '群培', '朗杰'];
const TIB_FEMALE = ['卓玛', '拉姆', '央金', '曲珍', '德吉', '央宗', '措姆', '旺姆', '玉珍', '卓嘎'];
const HAINAN_SURNAMES = ['符', '王', '陈', '吴', '林', '邢', '黎', '云', '羊', '冯'];
const HAINAN_GIVEN_M = ['亚福', '亚平', '亚强', '亚雄', '德明', '家才', '亚荣', '世光'];
const HAINAN_GIVEN_F = ['亚妹', '亚花', '亚英', '玉梅', '亚娟', '秀娥', '亚月', '桂花'];

const TIB_FIRST = [...TIB_ANY, '扎西', '多吉'];
/** A Tibetan name (two given names, no surname): 次仁卓玛, 扎西顿珠. */
export const isTibetan = (name: string): boolean => name.length === 4 && TIB_FIRST.includes(name.slice(0, 2))
  && [...TIB_MALE, ...TIB_FEMALE].includes(name.slice(2));

/**
 * The patient lives where the hospital stands: the ID's address code is the district's; in Tibet most patients (in
 * Qinghai some) have Tibetan names, in Hainan many a local one.
 */
export function local13(doc: Doc, rng: Rng): Doc {
  const h = placeOf(doc.hospital);
  if (!h) return doc;
  const p = doc.patient;
  let name = p.name;
  if (h.peoples.includes('藏族') && rng.chance(h.area === 'tibet' ? 0.75 : 0.3)) {
    const first = rng.pick(p.sex === '男' ? TIB_FIRST : TIB_ANY);
    name = first + rng.pick((p.sex === '男' ? TIB_MALE : TIB_FEMALE).filter((n) => n !== first));
  } else if (h.area === 'hainan' && rng.chance(0.5)) {
    name = rng.pick(HAINAN_SURNAMES) + rng.pick(p.sex === '男' ? HAINAN_GIVEN_M : HAINAN_GIVEN_F);
  }
  return { ...doc, patient: { ...p, name, idNumber: idNumberIn(rng, p.birth, p.sex, [h.region]) } };
}

/** 民族 as the header prints it: 藏族 for a Tibetan name, otherwise mostly 汉族, now and then one of the place's peoples. */
export function nation13(doc: Doc, rng: Rng): string {
  if (isTibetan(doc.patient.name)) return '藏族';
  const peoples = (placeOf(doc.hospital)?.peoples ?? []).filter((n) => n !== '藏族');
  return peoples.length > 0 && rng.chance(0.3) ? rng.pick(peoples) : '汉族';
}

/** What the insurance line says in each place. */
export function insurance13(doc: Doc, rng: Rng): string {
  const area = areaOf(doc.hospital);
  if (area === 'shanghai') return rng.pick(['上海市城镇职工医保', '上海市城乡居民医保', '异地医保（直接结算）']);
  if (area === 'xinjiang' && doc.hospital.name.includes('兵团')) return rng.pick(['兵团职工医保', '兵团城乡居民医保']);
  return rng.pick(['城镇职工医保', '城乡居民医保', '异地医保']);
}

/** 工作单位 or 住址 as a header prints it: a 兵团 company, a 村, a Shanghai 街道 lane. */
export function placeLine(doc: Doc, rng: Rng): [label: string, value: string] {
  const h = doc.hospital;
  const area = areaOf(h);
  if (h.name.includes('兵团')) {
    const div = /第(.)师/u.exec(h.name)?.[1] ?? '一';
    return ['单位：', `第${div}师${rng.pick(['十', '十二', '一〇二', '一〇三', '十三', '六'])}团${rng.int(1, 16)}连`];
  }
  const rest = h.address.replace(/^.+?(?:省|自治区)/u, '');
  const county = /^(.+?(?:县|区))/u.exec(rest)?.[1] ?? /^(.+?市)/u.exec(rest)?.[1] ?? '';
  const lane = `${rng.int(10, 999)}弄${rng.int(1, 60)}号`;
  if (area === 'shanghai') return ['住址：', `${county}${rng.pick(['漕河泾街道', '南桥镇', '亭林镇', '夏阳街道', '惠南镇'])}${lane}`];
  return ['住址：', `${county}${rng.pick(['城关镇', '东城街道', '新华路社区', '团结村', '胜利村'])}${rng.int(1, 120)}号`];
}

/** The big hospital a county or district hospital sends a remote consultation to (its 对口支援 partner). */
export function partnerOf(doc: Doc, rng: Rng): string {
  const area = areaOf(doc.hospital);
  const by: Record<Area, readonly string[]> = {
    tibet: ['北京大学第一医院', '复旦大学附属中山医院', '中南大学湘雅医院', '中山大学附属第一医院', '西藏自治区人民医院'],
    qinghai: ['青海大学附属医院', '青海省人民医院', '四川大学华西医院', '北京大学人民医院'],
    xinjiang: ['新疆医科大学第一附属医院', '新疆维吾尔自治区人民医院', '石河子大学第一附属医院', '北京大学人民医院'],
    hainan: ['海南省人民医院', '海南医学院第一附属医院', '上海交通大学医学院附属瑞金医院'],
    shanghai: ['复旦大学附属华山医院', '上海交通大学医学院附属仁济医院', '复旦大学附属中山医院'],
  };
  return rng.pick(by[area]);
}

type Dip = readonly [name: string, abbr: string, unit: string, ref: string];
const DIPSTICK: readonly Dip[] = [['颜色', 'COL', '', '淡黄色'], ['透明度', 'CLA', '', '清亮'], ['比重', 'SG', '', '1.003-1.030'],
  ['酸碱度', 'pH', '', '4.5-8.0'], ['白细胞酯酶', 'LEU', 'Cell/μL', '阴性'], ['亚硝酸盐', 'NIT', '', '阴性'], ['蛋白质', 'PRO', 'g/L', '阴性'],
  ['葡萄糖', 'GLU', 'mmol/L', '阴性'], ['酮体', 'KET', 'mmol/L', '阴性'], ['尿胆原', 'URO', 'μmol/L', '正常'],
  ['胆红素', 'BIL', 'μmol/L', '阴性'], ['隐血', 'BLD', 'Cell/μL', '阴性'], ['维生素C', 'VC', 'mmol/L', '阴性']];
const SEDIMENT: readonly (readonly [name: string, abbr: string, hi: number, digits: number])[] = [['红细胞', 'RBC', 17, 1],
  ['白细胞', 'WBC', 28, 1], ['鳞状上皮细胞', 'SQEP', 28, 1], ['管型', 'CAST', 1, 2], ['细菌', 'BACT', 130, 1], ['结晶', 'X\'TAL', 10, 1]];

/** The grade a dipstick reads, as the analyser prints it: 阴性(-), ±, 1+ … 4+. */
const GRADES = ['阴性(-)', '±', '1+', '2+', '3+', '4+'];
const grade = (rng: Rng, lo: number, hi: number): string => GRADES[rng.int(lo, hi)] ?? '阴性(-)';

/**
 * 尿液分析 for the patient: the dipstick (干化学) rows, the sediment counts (有形成分, per μL) and 尿微量白蛋白 / UACR, pushed by the
 * disease (a diabetic's glucose and protein, a dialysis patient's protein, blood and casts, a hypertensive's albumin).
 */
export function urinalysis(doc: Doc, rng: Rng): { dip: LabRow[]; sediment: LabRow[]; albumin: LabRow[] } {
  const k = new Set<DiseaseKey>(doc.dx.keys);
  const renal = k.has('URAEMIA_DIALYSIS');
  const sugar = k.has('DIABETES');
  const value: Record<string, string> = {
    COL: rng.pick(['淡黄色', '黄色', '淡黄色']), CLA: rng.pick(renal ? ['微浑', '浑浊'] : ['清亮', '清亮', '微浑']),
    SG: (renal ? rng.range(1.005, 1.012) : rng.range(1.012, 1.03)).toFixed(3), pH: rng.pick(['5.0', '5.5', '6.0', '6.5', '7.0']),
    LEU: grade(rng, 0, rng.chance(0.2) ? 2 : 0), NIT: '阴性(-)', PRO: grade(rng, renal ? 2 : sugar ? 0 : 0, renal ? 4 : sugar ? 3 : 2),
    GLU: sugar ? grade(rng, 1, 5) : '阴性(-)', KET: sugar && rng.chance(0.3) ? grade(rng, 1, 2) : '阴性(-)', URO: '正常',
    BIL: '阴性(-)', BLD: grade(rng, 0, renal ? 3 : 1), VC: grade(rng, 0, 1),
  };
  const dip: LabRow[] = DIPSTICK.map(([name, abbr, unit, ref]) => {
    const v = value[abbr] ?? '';
    const positive = /\+/u.test(v) || (abbr === 'CLA' && v !== '清亮');
    return { name, abbr, value: v, flag: positive && abbr !== 'CLA' ? '↑' : '', unit: /\+|±/u.test(v) ? unit : '', range: ref };
  });
  const sediment: LabRow[] = SEDIMENT.map(([name, abbr, hi, digits]) => {
    const high = (abbr === 'RBC' || abbr === 'CAST') && renal ? rng.chance(0.8) : rng.chance(0.12);
    const v = high ? hi * rng.range(1.2, abbr === 'CAST' ? 6 : 4) : hi * rng.range(0, 0.8);
    const text = v.toFixed(digits);
    return { name, abbr, value: text, flag: Number(text) > hi ? '↑' : '', unit: '/μL', range: `0-${hi}` };
  });
  const alb = sugar || renal || k.has('HYPERTENSION') ? rng.range(renal ? 120 : 25, renal ? 900 : 260) : rng.range(2, 25);
  const cr = rng.range(4.5, 16);
  const uacr = (alb / cr) * 8.84;
  const albumin: LabRow[] = [
    { name: '尿微量白蛋白', abbr: 'mALB', value: alb.toFixed(1), flag: alb > 30 ? '↑' : '', unit: 'mg/L', range: '0-30' },
    { name: '尿肌酐', abbr: 'UCr', value: cr.toFixed(2), flag: '', unit: 'mmol/L', range: '3.5-24.6' },
    { name: '尿微量白蛋白/肌酐', abbr: 'UACR', value: uacr.toFixed(1), flag: uacr > 30 ? '↑' : '', unit: 'mg/g', range: '0-30' },
  ];
  return { dip, sediment, albumin };
}

export type Vessel = 'LM' | 'LAD' | 'LCX' | 'RCA';
export type Lesion = { readonly vessel: Vessel; readonly at: number; readonly narrowing: number; readonly stent: string | null };
const VESSEL_CN: Record<Vessel, string> = { LM: '左主干', LAD: '前降支', LCX: '回旋支', RCA: '右冠状动脉' };
const SEGMENT = ['开口', '近段', '近中段', '中段', '中远段', '远段'];
const STENTS = ['Firebird2', 'Excel', 'Partner', 'Resolute Integrity', 'XIENCE Xpedition', 'Tivoli'];

/**
 * A coronary angiogram for the patient: what each artery shows (a sentence per vessel), the lesions (the culprit treated
 * with a drug-eluting stent of a brand, diameter and length), and for a patient with an earlier stent what became of it.
 */
export function angiogram(doc: Doc, rng: Rng): { lines: string[]; lesions: Lesion[]; summary: string; earlier: Vessel | null } {
  const stented = doc.dx.keys.includes('POST_ARTERIAL_STENT_ANTICOAGULATION');
  const earlier: Vessel | null = stented ? rng.pick(['LAD', 'RCA', 'LCX'] as const) : null;
  const sick = rng.sample(['LAD', 'LAD', 'RCA', 'LCX'] as const, rng.int(1, 3)).filter((v, i, a) => a.indexOf(v) === i);
  const lesions: Lesion[] = sick.map((vessel, i) => {
    const narrowing = i === 0 ? rng.pick([80, 85, 90, 95, 99]) : rng.pick([40, 50, 60, 70, 75]);
    const d = rng.pick(['2.5', '2.75', '3.0', '3.5']);
    const stent = narrowing >= 75 ? `${rng.pick(STENTS)} ${d}×${rng.pick([14, 18, 24, 29, 33])}mm` : null;
    return { vessel, at: rng.range(0.25, 0.7), narrowing, stent };
  });
  const lines = (['LM', 'LAD', 'LCX', 'RCA'] as const).map((v) => {
    const l = lesions.find((x) => x.vessel === v);
    const old = earlier === v ? '原支架内未见明显再狭窄，' : '';
    if (!l) return `${v}（${VESSEL_CN[v]}）：${old}${v === 'LM' ? '未见明显狭窄' : rng.pick(['管壁不规则，未见明显狭窄', '散在斑块，狭窄约30%'])}，TIMI血流3级。`;
    const seg = rng.pick(SEGMENT.slice(1));
    const kind = l.narrowing >= 90 ? '局限性' : '弥漫性';
    return `${v}（${VESSEL_CN[v]}）：${old}${seg}${kind}狭窄，最重约${l.narrowing}%，TIMI血流${l.narrowing >= 95 ? 2 : 3}级。`;
  });
  const treated = lesions.filter((l) => l.stent);
  const summary = treated.length === 0 ? '病变未达介入指征，建议强化药物治疗。'
    : treated.map((l) => `于${VESSEL_CN[l.vessel]}病变处植入${l.stent}药物洗脱支架1枚`).join('；')
      + `，后扩张满意，残余狭窄<10%，TIMI血流3级。`;
  return { lines, lesions, summary, earlier };
}

/**
 * A sketch of the coronary tree (the left system from the left main, the right coronary artery), each lesion a dark notch
 * with its percentage, each stent a hatched sleeve; the vessel names are printed (recorded in a block of their own).
 */
export function coronaryTree(s: Sheet, x: number, y: number, w: number, h: number, lesions: readonly Lesion[], label: Style): void {
  const g = s.g;
  const at = (u: number, v: number): [number, number] => [x + u * w, y + v * h];
  const paths: Record<Vessel, readonly [number, number][]> = {
    LM: [[0.52, 0.12], [0.6, 0.2]],
    LAD: [[0.6, 0.2], [0.66, 0.4], [0.64, 0.62], [0.56, 0.92]],
    LCX: [[0.6, 0.2], [0.8, 0.3], [0.9, 0.5], [0.88, 0.72]],
    RCA: [[0.4, 0.14], [0.18, 0.3], [0.1, 0.58], [0.28, 0.9]],
  };
  s.rect(x, y, w, h, 1.2, '#888');
  g.save();
  g.lineCap = 'round';
  for (const [v, pts] of Object.entries(paths) as [Vessel, readonly [number, number][]][]) {
    g.strokeStyle = '#444';
    g.lineWidth = v === 'LM' ? 9 : 6;
    g.beginPath();
    pts.forEach(([u, vv], i) => (i === 0 ? g.moveTo(...at(u, vv)) : g.lineTo(...at(u, vv))));
    g.stroke();
  }
  g.beginPath();
  g.arc(...at(0.46, 0.1), w * 0.05, 0, Math.PI * 2);
  g.stroke();
  g.restore();
  s.block(() => {
    for (const l of lesions) {
      const pts = paths[l.vessel];
      const [a, b] = [pts[1] ?? pts[0]!, pts[2] ?? pts[1]!];
      const [px0, py0] = at(a[0] + (b[0] - a[0]) * l.at, a[1] + (b[1] - a[1]) * l.at);
      if (l.stent) {
        g.save();
        g.strokeStyle = '#c0282d';
        g.lineWidth = 3;
        g.strokeRect(px0 - 14, py0 - 22, 28, 44);
        for (let i = -18; i <= 18; i += 9) s.line(px0 - 14, py0 + i, px0 + 14, py0 + i + 8, 1.2, '#c0282d');
        g.restore();
      } else {
        g.fillStyle = '#111';
        g.fillRect(px0 - 12, py0 - 4, 24, 8);
      }
      s.put(px0 + 22, py0 + 10, `${l.narrowing}%`, label);
    }
    const names: readonly [Vessel, number, number][] = [['LM', 0.48, 0.24], ['LAD', 0.44, 0.7], ['LCX', 0.78, 0.8], ['RCA', 0.07, 0.2]];
    for (const [v, u, vv] of names) s.put(...at(u, vv), v, label);
  });
}

/** A diagnosis that a treatment leaves behind (化疗后骨髓抑制), printed among the diagnoses, never counted. */
export const afterTreatment = (rng: Rng): Dx => ({ text: rng.pick(['化疗后骨髓抑制（Ⅰ度）', '化疗相关性恶心呕吐', '轻度贫血', '癌因性疲乏']), key: null });
