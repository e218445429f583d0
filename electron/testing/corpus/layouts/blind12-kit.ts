import type { Doc } from '../case';
import type { Hospital } from '../hospitals';
import { idNumberIn, personName } from '../people';
import type { Rng } from '../rng';

/**
 * Pieces the blind12 layouts share: hospitals of the Southwest (Sichuan, Chongqing, Guizhou, Yunnan, Guangxi), Hainan, the
 * Northwest and the plateau (Xinjiang, Qinghai, Tibet) and the big municipalities, each with its county's address code (the
 * patient's ID is a local one) and the peoples living there (藏族 patients of the plateau go by a Tibetan name of four
 * characters, without a surname), a home address in the county, a relative to contact.
 */

type Here = { readonly hospital: Hospital; readonly region: string; readonly peoples: readonly string[] };
const here = (name: string, address: string, phone: string, region: string, peoples: readonly string[] = [], en?: string): Here =>
  ({ hospital: { name, address, phone, ...(en ? { en } : {}) }, region, peoples });

const SOUTHWEST: readonly Here[] = [
  here('三台县人民医院', '四川省绵阳市三台县潼川镇北坝路24号', '0816-5222120', '510722'),
  here('宣威市人民医院', '云南省曲靖市宣威市宛水街道建设路18号', '0874-7122120', '530381', ['彝族']),
  here('仁怀市人民医院', '贵州省遵义市仁怀市中枢街道国酒大道31号', '0851-22222120', '520382', ['仡佬族', '苗族']),
  here('北流市人民医院', '广西壮族自治区玉林市北流市城北二路16号', '0775-6222120', '450981', ['壮族']),
  here('重庆市綦江区人民医院', '重庆市綦江区古南街道沙溪路18号', '023-48622120', '500110'),
  here('荣昌区人民医院', '重庆市荣昌区昌州街道人民路9号', '023-46722120', '500153'),
  here('开州区人民医院', '重庆市开州区汉丰街道安康路8号', '023-52222120', '500154', ['土家族']),
  here('仁寿县人民医院', '四川省眉山市仁寿县文林镇书院路66号', '028-36222120', '511421'),
  here('达州市中心医院', '四川省达州市通川区南外镇南岳庙街56号', '0818-2222120', '511702'),
  here('毕节市第一人民医院', '贵州省毕节市七星关区威宁路17号', '0857-8222120', '520502', ['彝族', '苗族']),
];

const HIGHLAND: readonly Here[] = [
  here('兴义市人民医院', '贵州省黔西南布依族苗族自治州兴义市沙井街道桔山大道20号', '0859-3222120', '522301', ['布依族', '苗族']),
  here('凯里市第一人民医院', '贵州省黔东南苗族侗族自治州凯里市韶山南路12号', '0855-8222120', '522601', ['苗族', '侗族']),
  here('弥勒市人民医院', '云南省红河哈尼族彝族自治州弥勒市弥阳镇髯翁路5号', '0873-6122120', '532504', ['彝族', '哈尼族']),
  here('腾冲市人民医院', '云南省保山市腾冲市腾越镇热海路65号', '0875-5122120', '530581', ['傣族']),
  here('镇雄县人民医院', '云南省昭通市镇雄县乌峰街道南大街23号', '0870-4822120', '530627', ['彝族', '苗族']),
  here('大理白族自治州人民医院', '云南省大理白族自治州大理市下关镇人民南路35号', '0872-2122120', '532901', ['白族', '彝族']),
];

const TROPICS: readonly Here[] = [
  here('玉溪市人民医院', '云南省玉溪市红塔区聂耳路21号', '0877-2022120', '530402', ['彝族', '哈尼族']),
  here('百色市人民医院', '广西壮族自治区百色市右江区城乡路8号', '0776-2822120', '451002', ['壮族']),
  here('儋州市人民医院', '海南省儋州市那大镇中兴大街12号', '0898-23322120', '460400', ['黎族']),
  here('容县人民医院', '广西壮族自治区玉林市容县容州镇人民路6号', '0775-5322120', '450921', ['壮族']),
  here('博白县人民医院', '广西壮族自治区玉林市博白县博白镇人民中路69号', '0775-8222120', '450923'),
  here('文昌市人民医院', '海南省文昌市文城镇文蔚路3号', '0898-63222120', '469005'),
  here('琼海市人民医院', '海南省琼海市嘉积镇爱华东路10号', '0898-62922120', '469002', ['黎族']),
];

const PLATEAU: readonly Here[] = [
  here('昌吉回族自治州人民医院', '新疆维吾尔自治区昌吉回族自治州昌吉市延安北路303号', '0994-2322120', '652301', ['回族']),
  here('巴音郭楞蒙古自治州人民医院', '新疆维吾尔自治区巴音郭楞蒙古自治州库尔勒市人民东路41号', '0996-2022120', '652801', ['回族', '蒙古族']),
  here('哈密市中心医院', '新疆维吾尔自治区哈密市伊州区广场北路1号', '0902-2322120', '650502', ['回族']),
  here('西宁市第一人民医院', '青海省西宁市城东区七一路136号', '0971-8122120', '630102', ['回族', '藏族']),
  here('海东市第一人民医院', '青海省海东市乐都区碾伯镇古城大街12号', '0972-8622120', '630202', ['回族', '藏族', '土族']),
  here('拉萨市人民医院', '西藏自治区拉萨市城关区北京中路1号', '0891-6322120', '540102', ['藏族']),
];

const METRO: readonly Here[] = [
  here('上海市浦东新区人民医院', '上海市浦东新区川环南路490号', '021-58981990', '310115', [], "SHANGHAI PUDONG NEW AREA PEOPLE'S HOSPITAL"),
  here('北京市顺义区医院', '北京市顺义区光明南街3号', '010-69423208', '110113', [], 'BEIJING SHUNYI DISTRICT HOSPITAL'),
  here('天津市第四中心医院', '天津市河北区中山路3号', '022-26140110', '120105', [], 'TIANJIN FOURTH CENTRAL HOSPITAL'),
  here('深圳市宝安区人民医院', '广东省深圳市宝安区新安街道龙井二路118号', '0755-27788311', '440306', [], "SHENZHEN BAO'AN PEOPLE'S HOSPITAL"),
  here('三亚市人民医院', '海南省三亚市吉阳区凤凰路558号', '0898-88868120', '460202', ['黎族'], "SANYA PEOPLE'S HOSPITAL"),
];

const CAPITALS: readonly Here[] = [
  here('成都市第五人民医院', '四川省成都市温江区麻市街33号', '028-82722120', '510115'),
  here('昆明市延安医院', '云南省昆明市盘龙区人民东路245号', '0871-63211120', '530102', ['彝族', '白族']),
  here('贵阳市第二人民医院', '贵州省贵阳市观山湖区金阳南路547号', '0851-84122120', '520115', ['布依族', '苗族']),
  here('南宁市第二人民医院', '广西壮族自治区南宁市江南区淡村路13号', '0771-4822120', '450105', ['壮族']),
  here('重庆市大足区人民医院', '重庆市大足区棠香街道五星大道1073号', '023-43722120', '500111'),
];

const hospitals = (xs: readonly Here[]): Hospital[] => xs.map((x) => x.hospital);
/** County and city hospitals of Sichuan, Chongqing, Guizhou, Yunnan and Guangxi. */
export const SOUTHWEST12: readonly Hospital[] = hospitals(SOUTHWEST);
/** County and prefecture hospitals of the minority prefectures of Guizhou and Yunnan. */
export const HIGHLAND12: readonly Hospital[] = hospitals(HIGHLAND);
/** City and county hospitals of southern Yunnan, Guangxi and Hainan (where thalassaemia is common). */
export const TROPICS12: readonly Hospital[] = hospitals(TROPICS);
/** Prefecture and city hospitals of Xinjiang, Qinghai and Tibet. */
export const PLATEAU12: readonly Hospital[] = hospitals(PLATEAU);
/** District hospitals of Shanghai, Beijing, Tianjin, Shenzhen and Sanya, with their English names. */
export const METRO12: readonly Hospital[] = hospitals(METRO);
/** City hospitals of the provincial capitals of the Southwest. */
export const CAPITALS12: readonly Hospital[] = hospitals(CAPITALS);

const ALL = [...SOUTHWEST, ...HIGHLAND, ...TROPICS, ...PLATEAU, ...METRO, ...CAPITALS];
const placeOf = (doc: Doc): Here | undefined => ALL.find((x) => x.hospital.name === doc.hospital.name);

const TIBETAN = { 男: ['扎西顿珠', '达瓦次仁', '尼玛扎西', '平措多吉', '旦增尼玛', '洛桑丹增'],
  女: ['次仁卓玛', '格桑曲珍', '央金拉姆', '索朗旺姆', '德吉央宗', '旦增卓嘎'] } as const;

/**
 * The patient lives where the hospital stands: the ID's address code is that county's; on the plateau one adult patient in
 * three is a 藏族 with a Tibetan name.
 */
export function local12(doc: Doc, rng: Rng): Doc {
  const h = placeOf(doc);
  if (!h) return doc;
  const p = doc.patient;
  const name = h.peoples.includes('藏族') && p.age >= 14 && rng.chance(0.35) ? rng.pick(TIBETAN[p.sex]) : p.name;
  return { ...doc, patient: { ...p, name, idNumber: idNumberIn(rng, p.birth, p.sex, [h.region]) } };
}

/** 民族: 藏族 for a Tibetan name; else now and then one of the peoples of the place; mostly 汉族. */
export function nation12(doc: Doc, rng: Rng): string {
  if ((TIBETAN[doc.patient.sex] as readonly string[]).includes(doc.patient.name)) return '藏族';
  const peoples = placeOf(doc)?.peoples.filter((x) => x !== '藏族') ?? [];
  return peoples.length > 0 && rng.chance(0.3) ? rng.pick(peoples) : '汉族';
}

/** A home address in the hospital's county or district: 四川省绵阳市三台县潼川镇团结村12组8号. */
export function home12(doc: Doc, rng: Rng): string {
  const county = doc.hospital.address.replace(/[^市县区州]*?(?:镇|街道|乡|路|街|大道).*$/u, '');
  const place = rng.pick(['城关镇', '新华街道', '东城街道', '河西乡', '太平镇', '南街街道']);
  return `${county}${place}${rng.pick(['团结村', '新民村', '和平社区', '红岩村', '桂花村', '民主社区'])}${rng.int(1, 15)}组${rng.int(1, 60)}号`;
}

/** A relative to contact (spouse, son or daughter): a second person's name on the page (a Tibetan one for a Tibetan patient). */
export function contact12(doc: Doc, rng: Rng): { name: string; relation: string } {
  const relation = rng.pick(doc.patient.age >= 55 ? ['子', '女', '配偶'] : ['配偶', '父亲', '母亲']);
  const sex = relation === '子' || relation === '父亲' ? '男' : relation === '配偶' ? (doc.patient.sex === '男' ? '女' : '男') : '女';
  if ((TIBETAN[doc.patient.sex] as readonly string[]).includes(doc.patient.name)) {
    return { name: rng.pick(TIBETAN[sex].filter((n) => n !== doc.patient.name)), relation };
  }
  const surname = /^(?:欧阳|司马|上官|诸葛|东方|皇甫|公孙|慕容|令狐|夏侯)/u.exec(doc.patient.name)?.[0] ?? [...doc.patient.name][0] ?? '';
  let name = personName(rng, sex, 0);
  if (relation === '子' || relation === '女' || relation === '父亲') name = surname + [...name].slice(1).join('');
  return { name: name === doc.patient.name ? `${surname}建军` : name, relation };
}
