import type { DiseaseKey } from './diseases';

/**
 * Hospitals that print the documents: the pack's Liaocheng institutions and some it does not know
 * (county TCM hospitals, 妇幼保健院, township health centres, hospitals in neighbouring cities).
 */

export type Hospital = {
  readonly name: string;
  readonly en?: string;
  readonly address: string;
  readonly phone: string;
  /** A specialty hospital treats only these. */
  readonly only?: readonly DiseaseKey[];
};

const h = (name: string, address: string, phone: string, extra: Partial<Hospital> = {}): Hospital => ({ name, address, phone, ...extra });

export const CITY: readonly Hospital[] = [
  h('聊城市人民医院', '聊城市东昌府区东昌东路67号', '0635-8272114', { en: "LIAOCHENG PEOPLE'S HOSPITAL" }),
  h('聊城市第二人民医院', '临清市青年路306号', '0635-2419000', { en: 'THE SECOND PEOPLE\'S HOSPITAL OF LIAOCHENG' }),
  h('聊城东方医院', '聊城市东昌府区花园北路52号', '0635-8888120'),
  h('聊城市第三人民医院', '聊城市东昌府区建设东路36号', '0635-8331120'),
  h('济南市中心医院', '济南市历下区解放路105号', '0531-85695114', { en: 'JINAN CENTRAL HOSPITAL' }),
  h('邯郸市第一医院', '邯郸市丛台区人民东路25号', '0310-2100114'),
  h('濮阳市人民医院', '濮阳市华龙区胜利中路252号', '0393-8999120'),
];

export const COUNTY: readonly Hospital[] = [
  h('阳谷县人民医院', '阳谷县谷山路89号', '0635-6212112'), h('莘县人民医院', '莘县东顺路176号', '0635-7312120'),
  h('东阿县人民医院', '东阿县新城路8号', '0635-3281120'), h('冠县人民医院', '冠县红旗北路101号', '0635-5162120'),
  h('高唐县人民医院', '高唐县鱼邱湖街道人和路7号', '0635-3952120'), h('临清市人民医院', '临清市先锋路1号', '0635-2341120'),
  h('茌平区人民医院', '聊城市茌平区新政东路99号', '0635-4222120'), h('范县人民医院', '范县新区中心路16号', '0393-5221120'),
];

export const TCM: readonly Hospital[] = [
  h('聊城市中医医院', '聊城市东昌府区东昌西路129号', '0635-8313120'), h('阳谷县中医医院', '阳谷县运河路12号', '0635-6222261'),
  h('莘县中医医院', '莘县莘亭街道振兴路45号', '0635-7321135'), h('冠县中医医院', '冠县冠宜春路18号', '0635-5171188'),
  h('东阿县中医院', '东阿县铜城街道少岳路3号', '0635-3268012'),
];

export const MCH: readonly Hospital[] = [
  h('聊城市妇幼保健院', '聊城市东昌府区柳园南路29号', '0635-8431120'), h('临清市妇幼保健院', '临清市大众路66号', '0635-2311061'),
  h('高唐县妇幼保健院', '高唐县金城路20号', '0635-3925021'),
];

export const TOWNSHIP: readonly Hospital[] = [
  h('阳谷县阿城镇卫生院', '阳谷县阿城镇阿城街118号', '0635-6521120'), h('莘县燕店镇中心卫生院', '莘县燕店镇政府街6号', '0635-7660120'),
  h('东阿县姜楼镇卫生院', '东阿县姜楼镇驻地', '0635-3471021'), h('茌平区博平镇卫生院', '茌平区博平镇博平街', '0635-4611120'),
  h('临清市康庄镇卫生院', '临清市康庄镇驻地', '0635-2681020'), h('冠县清泉街道社区卫生服务中心', '冠县清泉街道冠州路', '0635-5105120'),
];

export const SPECIALTY: readonly Hospital[] = [
  h('聊城市肿瘤医院', '聊城市东昌府区东昌东路67号', '0635-8276118', { only: ['MALIGNANT_TUMOR_OUTPATIENT', 'LEUKEMIA'] }),
  h('聊城市第四人民医院', '聊城市东昌府区光岳南路47号', '0635-8419120', { only: ['SEVERE_MENTAL_DISORDER'], en: '聊城市精神卫生中心' }),
];

/** More hospitals for the newer layouts (the lists above stay as they are: older layouts pick from them). */
export const CITY_MORE: readonly Hospital[] = [
  h('聊城市东昌府人民医院', '聊城市东昌府区振兴西路77号', '0635-8512120'),
  h('聊城市脑科医院', '聊城市东昌府区花园南路23号', '0635-8338120'),
  h('德州市人民医院', '德州市德城区新湖大街1751号', '0534-2637120', { en: "DEZHOU PEOPLE'S HOSPITAL" }),
  h('菏泽市立医院', '菏泽市牡丹区丹阳路2888号', '0530-5631120'),
  h('泰安市中心医院', '泰安市泰山区龙潭路29号', '0538-6298120', { en: 'TAIAN CENTRAL HOSPITAL' }),
  h('大名县人民医院', '邯郸市大名县建设路西段8号', '0310-6566120'),
];

export const COUNTY_MORE: readonly Hospital[] = [
  h('阳谷县第二人民医院', '阳谷县石门宋镇驻地', '0635-6921120'), h('临清市第二人民医院', '临清市大辛庄街道新华路18号', '0635-2266120'),
  h('莘县第二人民医院', '莘县古云镇驻地', '0635-7681120'), h('冠县新华医院', '冠县新华路206号', '0635-5188120'),
  h('东昌府区妇幼保健院', '聊城市东昌府区兴华西路90号', '0635-8231120'), h('茌平区中医医院', '茌平区振兴街道茌中路68号', '0635-4268120'),
];

export const REHAB: readonly Hospital[] = [
  h('聊城市残疾人康复中心', '聊城市东昌府区光岳路178号', '0635-8258601', { only: ['CHILD_DISABILITY_REHAB'] }),
];

/**
 * County and city hospitals of other provinces (Hebei, Henan, Sichuan, Guangdong, Gansu, Jilin, Anhui, Hunan,
 * Jiangsu, Guangxi), for layouts that stand for paper from elsewhere; their addresses name the province.
 */
export const PROVINCES: readonly Hospital[] = [
  h('宁晋县人民医院', '河北省邢台市宁晋县凤凰路88号', '0319-5822120'),
  h('商水县人民医院', '河南省周口市商水县人民路116号', '0394-5422120'),
  h('宜宾市第二人民医院', '四川省宜宾市翠屏区北大街96号', '0831-8222120'),
  h('揭阳市人民医院', '广东省揭阳市榕城区天福东路107号', '0663-8688120', { en: "JIEYANG PEOPLE'S HOSPITAL" }),
  h('临洮县人民医院', '甘肃省定西市临洮县洮阳镇东大街21号', '0932-2222120'),
  h('桦甸市人民医院', '吉林省桦甸市永吉街68号', '0432-66222120'),
  h('六安市第二人民医院', '安徽省六安市金安区皖西路125号', '0564-3336120'),
  h('湘潭县人民医院', '湖南省湘潭县易俗河镇天易大道9号', '0731-57822120'),
  h('来宾市兴宾区人民医院', '广西壮族自治区来宾市兴宾区城南路3号', '0772-4212120'),
  h('博兴县人民医院', '山东省滨州市博兴县博城五路290号', '0543-2322120'),
];

/** TCM hospitals of other provinces. */
export const PROVINCES_TCM: readonly Hospital[] = [
  h('沭阳县中医院', '江苏省宿迁市沭阳县人民中路28号', '0527-83522120'),
  h('大竹县中医院', '四川省达州市大竹县竹阳镇东湖路6号', '0818-6222120'),
  h('武安市中医院', '河北省武安市中兴路102号', '0310-5652120'),
  h('郸城县中医院', '河南省周口市郸城县洺南路19号', '0394-3212120'),
];
