import type { Doc } from '../case';
import type { DiseaseKey, Dx } from '../diseases';
import type { Hospital } from '../hospitals';
import type { LabRow } from '../labs';
import { idNumberIn } from '../people';
import type { Rng } from '../rng';
import type { Sheet } from '../sheet';

/**
 * Pieces the tune15 layouts share: county hospitals and county 中医院 / 中蒙医院 of Shanxi, Shaanxi, Gansu, Ningxia and Inner
 * Mongolia (each with its county's address code, so the patient's ID is a local one, and the minority people of the region:
 * 回族 in Ningxia, 蒙古族 in Inner Mongolia, some of whose patients carry a Mongolian given name alone), a village address in
 * the county, a TCM diagnosis cut into 病名 and 证候, a glycaemic panel with 参考区间, an echocardiogram's measurements, and
 * the narrow tractor-feed paper a county dot-matrix printer takes.
 */

type Here = { readonly hospital: Hospital; readonly region: string; readonly people: string };
const here = (name: string, address: string, phone: string, region: string, people = ''): Here =>
  ({ hospital: { name, address, phone }, region, people });

const GENERAL: readonly Here[] = [
  here('清徐县人民医院', '山西省太原市清徐县清源镇文源街26号', '0351-5722120', '140121'),
  here('襄汾县人民医院', '山西省临汾市襄汾县新城镇学府街11号', '0357-3822120', '141023'),
  here('介休市人民医院', '山西省晋中市介休市北关街道顺城路32号', '0354-7222120', '140781'),
  here('岐山县医院', '陕西省宝鸡市岐山县凤鸣镇西大街68号', '0917-8222120', '610323'),
  here('乾县人民医院', '陕西省咸阳市乾县城关街道西大街15号', '029-35522120', '610424'),
  here('府谷县人民医院', '陕西省榆林市府谷县府谷镇新区大道88号', '0912-8722120', '610822'),
  here('靖远县人民医院', '甘肃省白银市靖远县乌兰镇河堤路6号', '0943-6122120', '620421'),
  here('甘谷县人民医院', '甘肃省天水市甘谷县大像山镇康庄路20号', '0938-5722120', '620523'),
  here('民乐县人民医院', '甘肃省张掖市民乐县洪水镇南大街9号', '0936-4422120', '620722'),
  here('平罗县人民医院', '宁夏回族自治区石嘴山市平罗县城关镇鼓楼南街3号', '0952-6022120', '640221', '回族'),
  here('西吉县人民医院', '宁夏回族自治区固原市西吉县吉强镇团结路18号', '0954-3022120', '640422', '回族'),
  here('中宁县人民医院', '宁夏回族自治区中卫市中宁县宁安镇枸杞大道2号', '0955-5022120', '640521', '回族'),
  here('达拉特旗人民医院', '内蒙古自治区鄂尔多斯市达拉特旗树林召镇平原路12号', '0477-5222120', '150621', '蒙古族'),
  here('五原县人民医院', '内蒙古自治区巴彦淖尔市五原县隆兴昌镇胜利路7号', '0478-5322120', '150821', '蒙古族'),
  here('奈曼旗人民医院', '内蒙古自治区通辽市奈曼旗大沁他拉镇向阳街21号', '0475-4222120', '150525', '蒙古族'),
];

const CHINESE_MEDICINE: readonly Here[] = [
  here('襄汾县中医医院', '山西省临汾市襄汾县新城镇汾城路8号', '0357-3862120', '141023'),
  here('介休市中医院', '山西省晋中市介休市义安街道中医路16号', '0354-7262120', '140781'),
  here('岐山县中医医院', '陕西省宝鸡市岐山县凤鸣镇东大街102号', '0917-8262120', '610323'),
  here('乾县中医医院', '陕西省咸阳市乾县城关街道东大街40号', '029-35562120', '610424'),
  here('甘谷县中医医院', '甘肃省天水市甘谷县大像山镇渭阳路12号', '0938-5762120', '620523'),
  here('通渭县中医医院', '甘肃省定西市通渭县平襄镇东关路5号', '0932-5262120', '621121'),
  here('西吉县中医医院', '宁夏回族自治区固原市西吉县吉强镇西大街30号', '0954-3062120', '640422', '回族'),
  here('中宁县中医医院', '宁夏回族自治区中卫市中宁县宁安镇康宁路6号', '0955-5062120', '640521', '回族'),
  here('五原县中蒙医院', '内蒙古自治区巴彦淖尔市五原县隆兴昌镇健康路3号', '0478-5362120', '150821', '蒙古族'),
  here('翁牛特旗蒙医中医医院', '内蒙古自治区赤峰市翁牛特旗乌丹镇全宁街15号', '0476-6362120', '150426', '蒙古族'),
];

const ALL = [...GENERAL, ...CHINESE_MEDICINE];
/** County general hospitals of the five provinces. */
export const GENERAL15: readonly Hospital[] = GENERAL.map((x) => x.hospital);
/** County 中医院 and Inner Mongolia's 中蒙医院 / 蒙医中医医院. */
export const TCM15: readonly Hospital[] = CHINESE_MEDICINE.map((x) => x.hospital);

/** Mongolian given names carried alone (no surname), by sex. */
const MONGOLIAN = { 男: ['巴特尔', '额尔敦', '孟和', '宝音', '朝鲁', '特木尔'], 女: ['其其格', '乌云', '萨仁', '图雅', '苏日娜', '斯琴'] } as const;

/**
 * The patient lives in the hospital's county: the ID's address code is that county's; in Inner Mongolia one patient in
 * five goes by a Mongolian given name alone.
 */
export function local15(doc: Doc, rng: Rng): Doc {
  const h = ALL.find((x) => x.hospital.name === doc.hospital.name);
  if (!h) return doc;
  const p = doc.patient;
  const name = h.people === '蒙古族' && p.age >= 14 && rng.chance(0.2) ? rng.pick(MONGOLIAN[p.sex]) : p.name;
  return { ...doc, patient: { ...p, name, idNumber: idNumberIn(rng, p.birth, p.sex, [h.region]) } };
}

/** 民族 as the header prints it: a Mongolian name's is 蒙古族; else the region's people now and then, mostly 汉族. */
export function nationOf(doc: Doc, rng: Rng): string {
  const h = ALL.find((x) => x.hospital.name === doc.hospital.name);
  if ((MONGOLIAN[doc.patient.sex] as readonly string[]).includes(doc.patient.name)) return '蒙古族';
  return h && h.people !== '' && rng.chance(0.35) ? h.people : '汉族';
}

/** A home address in the hospital's county: 甘肃省天水市甘谷县新兴镇马家湾村21号 (a 嘎查 in Inner Mongolia). */
export function homeIn(doc: Doc, rng: Rng): string {
  const county = /^(.+?(?:县|旗|市))/u.exec(doc.hospital.name)?.[1] ?? '';
  const a = doc.hospital.address;
  const prefix = a.includes(county) ? a.slice(0, a.indexOf(county) + county.length) : county;
  const village = /内蒙古/u.test(a) ? rng.pick(['巴音嘎查', '哈日干图嘎查', '新民村', '永丰村'])
    : rng.pick(['城关镇东街村', '马家湾村', '王家堡村', '沙沟村', '南关社区', '新庄村', '上川村']);
  return `${prefix}${village}${rng.int(1, 99)}号`;
}

/** 消渴病 气阴两虚证 cut into the 病名 and the 证候 (the 证 after a space or in brackets; an empty 证 when none). */
export function tcmSplit(d: Dx): [name: string, pattern: string] {
  const m = /^(.+?)(?:[ \u3000]|（)(.+?)）?$/u.exec(d.text);
  return m ? [m[1] ?? d.text, m[2] ?? ''] : [d.text, ''];
}

/** The western list beside TCM ones: now and then without the western name of a disease 消渴病 / 中风病 already gives. */
export function besideTcm(western: readonly Dx[], tcm: readonly Dx[], rng: Rng): readonly Dx[] {
  const covered = tcm.flatMap((d) => (d.key ? [d.key] : []));
  const left = covered.length > 0 && rng.chance(0.3) ? western.filter((d) => !d.key || !covered.includes(d.key)) : western;
  return left.length > 0 ? left : western;
}

const row = (name: string, abbr: string, v: number, digits: number, unit: string, lo: number | null, hi: number): LabRow => {
  const value = v.toFixed(digits);
  const flag = Number(value) > hi ? '↑' : lo !== null && Number(value) < lo ? '↓' : '';
  return { name, abbr, value, flag, unit, range: lo === null ? `<${hi.toFixed(digits)}` : `${lo.toFixed(digits)}-${hi.toFixed(digits)}` };
};

/**
 * 糖代谢 as a county LIS reports it: fasting glucose, 2-hour glucose (sometimes), HbA1c in % and in IFCC mmol/mol (the same
 * number twice), the estimated average glucose and 糖化白蛋白 — high for a diabetic, in range for the others.
 */
export function glycaemia(rng: Rng, diabetic: boolean): LabRow[] {
  const a1c = diabetic ? rng.range(6.4, 10.8) : rng.range(4.6, 5.9);
  const rows = [row('空腹血糖', 'FPG', diabetic ? rng.range(6.6, 13.5) : rng.range(4.3, 6.0), 2, 'mmol/L', 3.9, 6.1)];
  if (rng.chance(0.6)) rows.push(row('餐后2小时血糖', '2hPG', diabetic ? rng.range(9.5, 19) : rng.range(5.2, 7.6), 2, 'mmol/L', null, 7.8));
  rows.push(row('糖化血红蛋白', 'HbA1c(NGSP)', a1c, 1, '%', 4.0, 6.0),
    row('糖化血红蛋白', 'HbA1c(IFCC)', (Math.round(a1c * 10) / 10 - 2.15) * 10.929, 0, 'mmol/mol', 20, 42),
    { ...row('估算平均血糖', 'eAG', 1.59 * a1c - 2.59, 2, 'mmol/L', 0, 99), flag: '', range: '--' },
    row('糖化白蛋白', 'GA', diabetic ? rng.range(16.5, 27) : rng.range(11.5, 15.5), 1, '%', 11.0, 16.0));
  return rows;
}

export type Echo = { readonly groups: readonly (readonly [string, readonly (readonly [string, string])[]])[];
  readonly seen: string; readonly tips: readonly string[] };

/** An echocardiogram of the patient's heart: M-mode and 2-D sizes, Doppler flows, tissue Doppler, function; findings; 超声提示. */
export function echoOf(doc: Doc, rng: Rng): Echo {
  const k: DiseaseKey = doc.primary;
  const thick = k === 'HYPERTENSION' || k === 'URAEMIA_DIALYSIS';
  const weak = k === 'CORONARY_HEART_DISEASE' || k === 'POST_ARTERIAL_STENT_ANTICOAGULATION';
  const [ivs, lvd, ef, la] = [thick ? rng.int(12, 15) : rng.int(8, 11), weak ? rng.int(54, 62) : rng.int(43, 52),
    weak ? rng.int(38, 50) : rng.int(57, 70), thick || k === 'CEREBROVASCULAR_DISEASE' ? rng.int(38, 46) : rng.int(29, 37)];
  const e = rng.int(48, 92);
  const a = thick || k === 'DIABETES' || doc.patient.age > 65 ? Math.round(e * rng.range(1.15, 1.6)) : Math.round(e * rng.range(0.6, 0.9));
  const ep = thick ? rng.int(4, 7) : rng.int(6, 10);
  const pasp = k === 'URAEMIA_DIALYSIS' ? rng.int(36, 48) : rng.int(22, 34);
  const groups: Echo['groups'] = [
    ['M型及二维', [['主动脉根部内径', `${rng.int(27, 36)}mm`], ['左房前后径', `${la}mm`], ['室间隔厚度', `${ivs}mm`],
      ['左室舒张末内径', `${lvd}mm`], ['左室后壁厚度', `${ivs - rng.int(0, 1)}mm`], ['右室前后径', `${rng.int(18, 24)}mm`]]],
    ['多普勒', [['二尖瓣E峰', `${e}cm/s`], ['二尖瓣A峰', `${a}cm/s`], ['E/A', (e / a).toFixed(2)],
      ['主动脉瓣口Vmax', `${rng.range(1.1, 1.7).toFixed(1)}m/s`], ['三尖瓣反流Vmax', `${(Math.sqrt((pasp - 5) / 4)).toFixed(1)}m/s`],
      ['肺动脉收缩压', `${pasp}mmHg`]]],
    ['组织多普勒及功能', [['室间隔e\'', `${ep}cm/s`], ['E/e\'', (e / ep).toFixed(1)], ['射血分数(EF)', `${ef}%`],
      ['短轴缩短率(FS)', `${Math.round(ef / 1.9)}%`], ['每搏量(SV)', `${rng.int(52, 78)}ml`], ['心率', `${rng.int(58, 92)}次/分`]]],
  ];
  const walls = weak ? `左室${rng.pick(['前壁及前间隔', '下壁及后壁', '心尖段'])}运动幅度减低，余节段运动尚可` : '左室各节段室壁运动协调';
  const seen = `${la > 40 ? '左房增大，余房室内径正常' : '各房室内径在正常范围'}；室间隔及左室后壁${thick ? '对称性增厚' : '厚度正常'}，${walls}。`
    + `各瓣膜形态结构未见明显异常，${thick ? '主动脉瓣回声增强，' : ''}二尖瓣口舒张期血流频谱${e < a ? 'E峰<A峰' : 'E峰>A峰'}，`
    + `收缩期左房侧见少量反流信号；三尖瓣口探及少量反流。${k === 'URAEMIA_DIALYSIS' ? `心包腔内见少量液性暗区，深约${rng.int(4, 8)}mm。`
      : '心包腔未见明显液性暗区。'}`;
  const tips = [...(thick ? ['左室壁对称性增厚'] : []), ...(la > 40 ? ['左房增大'] : []),
    ...(weak ? ['节段性室壁运动异常', '左室收缩功能减低'] : []), '二尖瓣、三尖瓣少量反流', ...(e < a ? ['左室舒张功能减低'] : []),
    ...(pasp > 35 ? ['肺动脉收缩压轻度增高'] : []), ...(k === 'URAEMIA_DIALYSIS' ? ['心包积液（少量）'] : [])];
  return { groups, seen, tips };
}

/** Width of each sprocket margin of tractor-feed paper, px (the printable span lies between). */
export const SPROCKET = 62;

/**
 * A strip of tractor-feed paper on the scanner glass: off-white, a shadow along its edges, a row of sprocket holes down each
 * margin and the perforation inside it, and a tear-off perforation across. Not text. Returns the printable span.
 */
export function tractorPaper(s: Sheet, x: number, y: number, w: number, h: number, rng: Rng): { left: number; right: number } {
  const g = s.g;
  g.fillStyle = 'rgba(0, 0, 0, 0.08)';
  g.fillRect(x + 5, y + 5, w, h);
  g.fillStyle = rng.pick(['#fbfaf4', '#f8f7f0', '#fcfbf6']);
  g.fillRect(x, y, w, h);
  s.rect(x, y, w, h, 1, '#c9c6bb');
  const strip = SPROCKET;
  for (const cx of [x + strip / 2, x + w - strip / 2]) {
    for (let cy = y + 40; cy < y + h - 20; cy += 100) {
      g.beginPath();
      g.arc(cx, cy, 10, 0, Math.PI * 2);
      g.fillStyle = '#e4e2da';
      g.fill();
      g.strokeStyle = '#bdb9ad';
      g.lineWidth = 1.2;
      g.stroke();
    }
  }
  for (const px of [x + strip, x + w - strip]) for (let py = y; py < y + h; py += 14) s.line(px, py, px, py + 6, 1, '#cfccc2');
  const tear = y + h * rng.range(0.93, 0.97);
  for (let px = x; px < x + w; px += 14) s.line(px, tear, px + 6, tear, 1, '#cfccc2');
  return { left: x + strip, right: x + w - strip };
}
