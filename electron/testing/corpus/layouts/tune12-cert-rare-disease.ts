import type { Doc } from '../case';
import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { CITY, CITY_MORE, MCH } from '../hospitals';
import { handwritten, seal } from '../marks';
import { idNumber, personName } from '../people';
import type { Rng } from '../rng';
import type { Cell } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { band, maskedId } from './kit';
import { villageOf } from './tune3-kit';
import { suited } from './tune6-kit';
import { sectionTable } from './tune8-kit';
import { countyWords } from './tune10-kit';
import { maskedMobile } from './tune5-kit';
import { COUNTY12, guardianOf, SCHEME } from './tune12-kit';

const KEYS: readonly DiseaseKey[] = ['HEMOPHILIA', 'HEMOPHILIA', 'HEMOPHILIA', 'LEUKEMIA', 'TRANSPLANT_ANTI_REJECTION', 'PHENYLKETONURIA'];
const CITY12 = [...CITY, ...CITY_MORE].filter((x) => /^聊城/u.test(x.name) && !/脑科|东方/u.test(x.name));

/** A haemophiliac is a boy or a man (the generator draws either sex): a woman's page is redrawn as a man's. */
function male(doc: Doc, rng: Rng): Doc {
  if (doc.primary !== 'HEMOPHILIA' || doc.patient.sex === '男') return doc;
  const p = doc.patient;
  return { ...doc, patient: { ...p, sex: '男', name: personName(rng, '男', 0.05), idNumber: idNumber(rng, p.birth, '男') } };
}

/** The rows of 诊断依据 (检测项目, 结果, 参考范围, 检测日期) and the treatment, by disease; the date the disease was found. */
function basis(doc: Doc, rng: Rng, found: string, on: (i: number) => string): { rows: string[][]; plan: string; story: string } {
  const dx = doc.dx.western.find((d) => d.key === doc.primary)?.text ?? '';
  if (doc.primary === 'HEMOPHILIA') {
    const f = /B/u.test(dx) ? 'Ⅸ' : 'Ⅷ';
    const level = /重型/u.test(dx) ? rng.range(0.2, 0.9) : /中型/u.test(dx) ? rng.range(1.2, 4.8) : rng.range(0.3, 4.5);
    return { rows: [[`凝血因子${f}活性（F${f}:C）`, `${level.toFixed(1)}%`, '50-150%', on(0)],
      ['活化部分凝血活酶时间', `${rng.range(62, 108).toFixed(1)}s`, '28.0-43.5s', on(0)],
      [`F${f}抑制物（Bethesda法）`, `阴性（${rng.pick(['0.2', '0.3', '0.4'])}BU/mL）`, '<0.6BU/mL', on(1)],
      ['血小板计数（PLT）', `${rng.int(160, 320)}×10^9/L`, '125-350', on(1)]],
    plan: `${f === 'Ⅷ' ? '注射用重组人凝血因子Ⅷ' : '人凝血酶原复合物'} ${rng.pick([20, 25, 30])}IU/kg，每周${rng.pick(['2', '3'])}次预防治疗；出血时按需加量`,
    story: `自幼磕碰后皮肤瘀斑、关节反复肿痛，${formatDate(found, 'cnShort')}确诊。家族史：${rng.pick(['舅舅', '外祖父', '表兄'])}有类似出血病史`
      + `，${rng.pick(['父母体健', '其母为携带者'])}。` };
  }
  if (doc.primary === 'LEUKEMIA') {
    const cml = /慢性髓系|慢性粒/u.test(dx);
    const cll = /慢性淋巴/u.test(dx);
    return { rows: [['骨髓细胞形态学', cml ? '粒系增生极度活跃，嗜碱粒细胞增多' : cll ? `成熟淋巴细胞占${rng.int(52, 78)}%` : `原始细胞占${rng.int(32, 81)}%`, '—', on(0)],
      ['免疫分型（流式细胞术）', cll ? 'CD5+、CD19+、CD23+' : /淋巴/u.test(dx) ? 'CD19+、CD10+、CD79a+' : 'CD13+、CD33+、CD117+、MPO+', '—', on(0)],
      ['BCR-ABL1融合基因', cml ? `阳性（P210，${rng.int(20, 90)}%）` : '阴性', '阴性', on(1)]],
    plan: cml ? '甲磺酸伊马替尼片 400mg 每日1次口服，长期服用，每3个月复查BCR-ABL1' : '按方案规律化疗，定期复查血常规及骨髓',
    story: `${formatDate(found, 'cnShort')}因乏力、皮肤瘀斑就诊，经骨髓穿刺确诊，${cml ? '口服靶向药物治疗' : '已完成诱导化疗'}。` };
  }
  if (doc.primary === 'TRANSPLANT_ANTI_REJECTION') {
    const organ = /肝/u.test(dx) ? '肝' : '肾';
    return { rows: [['移植手术', `同种异体${organ}移植术`, '—', formatDate(found, 'iso')],
      ['他克莫司血药谷浓度', `${rng.range(5.2, 11.8).toFixed(1)}ng/mL`, '5.0-15.0ng/mL', on(0)],
      [organ === '肾' ? '血肌酐（CREA）' : '丙氨酸氨基转移酶', organ === '肾' ? `${rng.int(88, 142)}μmol/L` : `${rng.int(18, 46)}U/L`,
        organ === '肾' ? '57-111μmol/L' : '9-50U/L', on(0)]],
    plan: '他克莫司胶囊 1mg 每12小时1次、吗替麦考酚酯胶囊 0.5g 每日2次，终身抗排异治疗，定期监测血药浓度',
    story: `${formatDate(found, 'cnShort')}于${rng.pick(['山东第一医科大学附属省立医院', '青岛大学附属医院'])}行${organ}移植术，术后规律服药。` };
  }
  const screened = formatDate(addDays(doc.patient.birth, rng.int(3, 7)), 'iso');
  return { rows: [['新生儿疾病筛查', `血Phe ${rng.int(260, 900)}μmol/L（阳性）`, '<120μmol/L', screened],
    ['血苯丙氨酸（Phe）', `${rng.int(180, 520)}μmol/L`, '20-120μmol/L', on(0)],
    ['尿蝶呤谱分析', '正常（排除BH4缺乏症）', '—', on(1)]],
  plan: '低苯丙氨酸饮食，特殊医学用途配方粉喂养，每月监测血Phe，定期评估生长发育',
  story: `新生儿筛查阳性，${formatDate(found, 'cnShort')}确诊，父母非近亲结婚，否认遗传病家族史。` };
}

/**
 * 门诊慢特病（特殊病种）诊断证明书 of a Liaocheng city or county hospital for a rarer disease (血友病, 白血病, 器官移植
 * 抗排异, 苯丙酮尿症): a form in shaded bands — 基本信息 with 出生日期 and, for a child, the 监护人 with his or her own ID,
 * 诊断信息 (counted) with 确诊日期 and 确诊医院, 诊断依据 as a table of dated tests, a family history, the treatment, and the
 * signatures with 开具日期 (truth) under the hospital's seal.
 */
export const tune12CertRareDisease: Layout = {
  id: 'tune12-cert-rare-disease',
  kind: 'certificate',
  split: 'tune',
  style: 'Liaocheng city / county / 妇幼 hospital 门诊慢特病（特殊病种）诊断证明书 for 血友病 / 白血病 / 移植 / 苯丙酮尿症: shaded '
    + 'section bands, bordered grids, dated test table, guardian row, sans or serif 10.5–11.5 pt, 开具日期 under the seal',
  exercises: ['出生日期, 确诊日期, 检测日期 and 移植 / 筛查 dates (none truth)', '监护人 name and ID (full or masked) for a child (not the patient)',
    '疾病诊断 in a wide cell (counted); 申请病种 in the scheme\'s words', '家族史：舅舅有类似出血病史 (not counted as the patient\'s)',
    '诊断医师 / 科主任 handwritten, 开具日期 (truth) beside them, seal'],
  doc: (rng) => {
    const d = male(countyWords(suited(makeDoc(rng, { kind: 'certificate', keys: KEYS, hospitals: [...CITY12, ...CITY12, ...COUNTY12],
      compoundSurnames: 0.08 })), rng, { outside: 0, near: 0 }), rng);
    // A 特殊病种 certificate names the disease, seldom anything beside it.
    const western = d.dx.western.filter((x, i) => x.key !== null || (i === d.dx.keys.length && rng.chance(0.3)));
    return { ...d, dx: { ...d.dx, western }, hospital: d.primary === 'PHENYLKETONURIA' ? rng.pick(MCH) : d.hospital };
  },
  draw(s, doc, rng) {
    s.ink = '#161616';
    const x0 = 120;
    const w = s.width - 2 * x0;
    const serif = rng.chance(0.4);
    const pt = rng.pick([10.5, 11, 11.5]);
    const f = st(serif ? 'serif' : 'sans', pt);
    const b = st(serif ? 'serifBold' : 'sansMedium', pt);
    const lh = px(pt) * 1.6;
    const rowH = px(pt) * 2.05;
    const shade = rng.pick(['#ececec', '#e7eef6', '#eef3ea']);
    const p = doc.patient;
    const ds: DateStyle = rng.pick(['iso', 'cn', 'dotPad'] as const);
    const early = addDays(p.birth, rng.int(200, 900));
    const found = doc.primary === 'PHENYLKETONURIA' ? addDays(p.birth, rng.int(15, 40))
      : doc.dates.firstVisit > early ? doc.dates.firstVisit : early;
    const on = (i: number): string => formatDate(addDays(doc.dates.issue, -rng.int(2, 12) - i * 3), 'iso');
    const ev = basis(doc, rng, found, on);

    s.put(s.width / 2, 140, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 19, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 215, rng.pick(['门诊慢特病（特殊病种）诊断证明书', '门诊慢特病病种诊断证明书', '特殊病种诊断证明书']),
      st(serif ? 'serifBold' : 'sansBold', 16, { align: 'center', spacing: 2 }));
    s.put(x0 + w, 285, `编号：TB${doc.dates.issue.slice(0, 4)}${rng.int(10000, 99999)}`, st('sans', 10, { align: 'right' }));
    const bandSt = st(serif ? 'serifBold' : 'sansBold', pt + 0.5);
    const heads = rng.chance(0.5) ? ['一、患者基本信息', '二、诊断信息', '三、诊断依据', '四、治疗方案', '五、医疗机构意见']
      : ['基本信息', '诊断信息', '诊断依据', '治疗意见', '医疗机构意见'];
    const L = (text: string, cw: number): Cell => ({ text, w: cw, label: true });
    const V = (text: string, cw: number): Cell => ({ text, w: cw });
    const grid = (y0: number, rows: Cell[][]): number => s.grid(x0, y0, rowH, rows, f, { shade, label: b, border: 1.4 });

    let y = band(s, x0, 345, w, heads[0] ?? '', bandSt, shade) - rowH * 0.35;
    const rows: Cell[][] = [[L('姓名', 170), V(p.name, 260), L('性别', 150), V(p.sex, 150), L('出生日期', 170), V(formatDate(p.birth, ds), 514)],
      [L('身份证号', 170), V(p.idNumber, 580), L('联系电话', 170), V(maskedMobile(rng), 494)]];
    if (p.age < 18) {
      const g = guardianOf(doc, rng);
      rows.push([L('监护人', 170), V(`${g.name}（${g.relation}）`, 410), L('监护人身份证号', 340), V(rng.chance(0.5) ? g.id : maskedId(g.id), 494)]);
    }
    rows.push([L('家庭住址', 170), V(villageOf(doc, rng), 1244)],
      [L('就诊科室', 170), V(doc.department, 410), L('门诊号', 340), V(doc.recordNo, 494)]);
    y = grid(y, rows) + lh * 0.8;

    y = band(s, x0, y, w, heads[1] ?? '', bandSt, shade) - rowH * 0.35;
    const dxs = doc.dx.western.map((d) => d.text);
    y = sectionTable(s, x0, y, w, 170, [{ label: '疾病诊断', text: dxs.join('；'), keep: dxs },
    ], f, b, lh, { shade, border: 1.4 });
    s.diagnoses(doc.dx.western);
    const where = doc.primary === 'TRANSPLANT_ANTI_REJECTION' ? '外院' : rng.pick([doc.hospital.name, '山东大学齐鲁医院']);
    y = grid(y, [[L('确诊日期', 170), V(formatDate(found, ds), 410), L('确诊医院', 340), V(where, 494)],
      [L('申请病种', 170), V(SCHEME[doc.primary], 1244)]]) + lh * 0.8;

    y = band(s, x0, y, w, heads[2] ?? '', bandSt, shade) - rowH * 0.35;
    const cols = [400, 560, 250, 204];
    y = grid(y, [['检测项目', '结果', '参考范围', '检测日期'].map((t, i) => L(t, cols[i] ?? 0)),
      ...ev.rows.map((r) => r.map((t, i) => ({ text: t, w: cols[i] ?? 0, align: i === 0 ? 'left' as const : 'center' as const })))]);
    y = sectionTable(s, x0, y, w, 170, [{ label: '病史摘要', text: ev.story }], f, b, lh, { shade, border: 1.4 }) + lh * 0.8;

    y = band(s, x0, y, w, heads[3] ?? '', bandSt, shade) - rowH * 0.35;
    y = sectionTable(s, x0, y, w, 170, [{ label: '治疗方案', text: `${ev.plan}；${rng.pick(['长期用药', '疗程12个月', '长期用药，每年复评'])}。` }],
      f, b, lh, { shade, border: 1.4 }) + lh * 0.8;

    y = band(s, x0, y, w, heads[4] ?? '', bandSt, shade) - rowH * 0.35;
    y = sectionTable(s, x0, y, w, 170, [{ label: '审核意见', text: `经我院${doc.department}审核，符合门诊慢特病“${SCHEME[doc.primary]}”病种认定标准。` }],
      f, b, lh, { shade, border: 1.4 });
    const date = formatDate(doc.dates.issue, rng.pick(['cn', 'cnShort', 'iso'] as const));
    const sy = grid(y, [[L('诊断医师', 170), V('', 300), L('科主任', 170), V('', 300), L('开具日期', 170), V(date, 304)]]);
    handwritten(s, x0 + 170 + 30, y + rowH * 0.7, doc.doctors.attending, pt * 1.2, rng);
    handwritten(s, x0 + 640 + 30, y + rowH * 0.7, doc.doctors.director, pt * 1.2, rng);
    s.put(x0 + w - 20, sy + lh * 1.6, '（医疗机构盖章）', { ...f, align: 'right' });
    seal(s, x0 + w - 200 + rng.range(-40, 30), sy - rowH * 0.2 + rng.range(-20, 30), rng.range(115, 130), doc.hospital.name,
      rng.pick(['诊断证明专用章', '医务科']), rng);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue });
    s.put(x0, sy + lh * 2.9, '注：本证明书一式两份，一份交医保经办机构，一份存病历。涂改无效。', st(f.face, 9, { color: '#444' }));
  },
};
