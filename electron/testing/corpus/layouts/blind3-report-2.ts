import { makeDoc, type Doc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import type { LabRow } from '../labs';
import { logo, qrCode, seal } from '../marks';
import type { Rng } from '../rng';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { B3_CHILD, B3_CITY, B3_COUNTY, labelled, local, sexFit } from './blind3-kit';
import { plausible } from './tune4-kit';

/** Blind layout (split 'blind'): see blind3-kit.ts. Not for reading while tuning the extractor. */

const KEYS: readonly DiseaseKey[] = ['MALIGNANT_TUMOR_OUTPATIENT', 'TRANSPLANT_ANTI_REJECTION', 'PHENYLKETONURIA', 'HEMOPHILIA', 'LEUKEMIA'];

type Lab = { readonly name: string; readonly en: string; readonly address: string; readonly phone: string; readonly color: string };
const LABS: Record<string, Lab> = {
  鲁: { name: '济南和合医学检验实验室', en: 'JINAN HEHE MEDICAL LABORATORY', address: '济南市高新区港兴三路1号', phone: '0531-88876120', color: '#0f5fa8' },
  豫: { name: '河南中原医学检验所', en: 'ZHONGYUAN CLINICAL LABORATORY', address: '郑州市高新区翠竹街6号', phone: '0371-67886120', color: '#1b7a4a' },
  苏: { name: '徐州苏北医学检验实验室', en: 'SUBEI MEDICAL LABORATORY', address: '徐州市铜山区银山路18号', phone: '0516-83356120', color: '#7b2d8e' },
  川: { name: '成都天府医学检验实验室', en: 'TIANFU MEDICAL LABORATORY', address: '成都市双流区西航港大道中四段', phone: '028-85916120', color: '#b0392b' },
};
const labFor = (doc: Doc): Lab =>
  (doc.hospital.address.includes('河南') ? LABS.豫 : doc.hospital.address.includes('江苏') ? LABS.苏 : doc.hospital.address.includes('四川') ? LABS.川 : LABS.鲁)
  ?? { name: '医学检验实验室', en: '', address: '', phone: '', color: '#333' };

const METHOD: Record<string, string> = {
  氨基酸分析: '串联质谱法', 血药浓度: 'LC-MS/MS', 凝血功能: '凝固法', 肿瘤标志物: '化学发光法', 血常规: '电阻抗法+流式法',
  糖代谢: '酶法', 血脂: '酶法', 肾功能: '酶法', 肝功能: '速率法', 融合基因检测: '实时荧光定量PCR',
};
const SAMPLE: Record<string, string> = { 氨基酸分析: '干血斑', 血药浓度: '全血', 凝血功能: '血浆', 融合基因检测: '骨髓' };
const NOTE: Partial<Record<DiseaseKey, string>> = {
  TRANSPLANT_ANTI_REJECTION: '他克莫司为全血谷浓度，请结合服药时间及移植术后时间综合评估。',
  PHENYLKETONURIA: '血苯丙氨酸浓度请结合饮食控制情况及既往结果动态评估。',
  HEMOPHILIA: '凝血因子活性检测结果请结合临床出血表现综合判断。',
  LEUKEMIA: '如需细胞形态学复核，请于3日内联系本实验室。',
};

const FUSION: readonly [RegExp, string, string][] = [[/慢性粒/u, 'BCR-ABL1融合基因（P210）', 'BCR-ABL1/ABL1'],
  [/早幼粒/u, 'PML-RARA融合基因（bcr1）', 'PML-RARA/ABL1'], [/急性淋巴/u, 'BCR-ABL1融合基因（P190）', 'BCR-ABL1/ABL1'],
  [/M2/u, 'RUNX1-RUNX1T1融合基因', 'RUNX1-RUNX1T1'], [/./u, 'WT1基因表达水平', 'WT1/ABL1']];

/** The quantitative molecular test a leukaemia patient's marrow is sent out for, by the leukaemia. */
function fusion(doc: Doc, rng: Rng): { title: string; rows: LabRow[] } {
  const dx = doc.dx.western.find((d) => d.key === 'LEUKEMIA')?.text ?? '';
  const [, name, abbr] = FUSION.find(([re]) => re.test(dx)) ?? FUSION[FUSION.length - 1] ?? [/./u, '', ''];
  const ratio = rng.chance(0.7) ? rng.range(0.5, 38).toFixed(2) : rng.range(0.01, 0.09).toFixed(3);
  return { title: '融合基因检测', rows: [
    { name, abbr, value: ratio, flag: Number(ratio) >= 0.1 ? '↑' : '', unit: '%', range: '<0.1' },
    { name: 'ABL1内参拷贝数', abbr: 'ABL1', value: String(rng.int(32000, 98000)), flag: '', unit: 'copies', range: '>10000' },
  ] };
}

/** A child's hospital sees children: an adult's sample comes from a county or city hospital instead. */
function sender(doc: Doc, rng: Rng): Doc {
  return B3_CHILD.includes(doc.hospital as (typeof B3_CHILD)[number]) && doc.patient.age >= 14 ? { ...doc, hospital: rng.pick(B3_COUNTY) } : doc;
}

/** Sent out: received the same or the next day, reported one to four days after sampling. */
function sentOut(doc: Doc, rng: Rng): Doc {
  return { ...doc, dates: { ...doc.dates, report: addDays(doc.dates.sample, rng.int(1, 4)) } };
}

export const blind3Report2: Layout = {
  id: 'blind3-report-2',
  kind: 'report',
  split: 'blind',
  style: 'blind3 layout 6',
  exercises: ['blind'],
  doc: (rng) => sentOut(sexFit(plausible(local(sender(makeDoc(rng, { kind: 'report', hospitals: [...B3_COUNTY, ...B3_CITY, ...B3_CHILD], keys: KEYS,
    aliases: true, compoundSurnames: 0.12 }), rng), rng)), rng), rng),
  draw(s, doc, rng) {
    s.ink = '#181818';
    const x0 = 120;
    const x1 = s.width - 120;
    const w = x1 - x0;
    const lab = labFor(doc);
    logo(s, x0 + 44, 118, 42, lab.color, 'ring');
    s.put(x0 + 104, 124, lab.name, st('sansBold', 14, { color: lab.color }));
    s.put(x0 + 104, 166, lab.en, st('sans', 9, { color: '#555' }));
    qrCode(s, x1 - 112, 58, 112, rng);
    s.put(x1 - 56, 200, '扫码查询', st('sans', 9, { align: 'center', color: '#555' }));
    s.put(s.width / 2, 262, '检 验 报 告 单', st('serifBold', 15, { align: 'center' }));
    const barNo = `${doc.dates.sample.replace(/-/g, '').slice(2)}${String(rng.int(0, 99999)).padStart(5, '0')}`;
    s.put(x0, 318, `条码号：${barNo}`, st('sans', 9.5));
    s.put(x1, 318, `报告编号：HL${doc.dates.report.replace(/-/g, '')}${rng.int(100, 999)}`, st('sans', 9.5, { align: 'right' }));

    // Only the tests a county hospital sends out (a blood count stays in its own laboratory).
    const panels = doc.primary === 'LEUKEMIA' ? [fusion(doc, rng)]
      : doc.labs.filter((p) => p.title !== '血常规').slice(0, 2);
    const title = panels[0]?.title ?? '血常规';
    const [sex, age] = sexAge(doc);
    const f = st('sans', 10);
    const lb = st('sansMedium', 10);
    const L = (text: string, wd: number) => ({ text, w: wd, label: true });
    const V = (text: string, wd: number) => ({ text, w: wd });
    let y = s.grid(x0, 340, 52, [
      [L('姓名', 170), V(doc.patient.name, 250), L('性别', 150), V(sex, 140), L('年龄', 150), V(age, 170), L('样本类型', 170), V(SAMPLE[title] ?? '血清', w - 1200)],
      [L('送检单位', 170), V(doc.hospital.name, 440), L('送检科室', 170), V(doc.department, 280), L('送检医生', 170), V(doc.doctors.attending, w - 1230)],
      [L('身份证号', 170), V(doc.patient.idNumber, 440), L('病历号', 170), V(doc.recordNo, 280), L('样本状态', 170), V('合格', w - 1230)],
    ], f, { label: lb, shade: '#f0f2f4', border: 1.2 });
    y = labelled(s, x0, y, 170, w, '临床诊断', [doc.dx.western.map((d) => d.text).join('，')], f, lb, px(10) * 1.6, { border: 1.2, minH: 52 });
    s.diagnoses(doc.dx.western);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, reportDate: doc.dates.report });
    const ct = (d: string, m: number): string => formatDate(d, 'cnTime', m);
    const nextDay = doc.times.sample > 10 * 60 || rng.chance(0.5);
    const received = nextDay ? ct(addDays(doc.dates.sample, 1), rng.int(7 * 60, 10 * 60)) : ct(doc.dates.sample, doc.times.received + 120);
    y = s.grid(x0, y, 52, [[L('采样时间', 170), V(ct(doc.dates.sample, doc.times.sample), 440), L('接收时间', 170), V(received, w - 780)]],
      f, { label: lb, shade: '#f0f2f4', border: 1.2 });

    y += 60;
    s.put(x0, y, `检测项目：${panels.map((p) => p.title).join(' + ')}`, st('sansMedium', 10.5));
    y += 26;
    const cols = [[0, '序号'], [90, '项目名称'], [470, '英文缩写'], [700, '结果'], [870, '单位'], [1020, '参考区间'], [1180, '检测方法']] as const;
    const rowH = 54;
    s.line(x0, y, x1, y, 2.4);
    const hs = st('sansMedium', 10);
    cols.forEach(([cx, t]) => s.put(x0 + cx + 10, y + 36, t, hs));
    y += rowH;
    s.line(x0, y, x1, y, 1);
    const cell = st('sans', 10);
    let n = 0;
    for (const p of panels) {
      for (const r of p.rows) {
        n += 1;
        const base = y + 36;
        const abnormal = r.flag !== '';
        s.put(x0 + 10, base, String(n), cell);
        s.put(x0 + 100, base, r.name, cell);
        s.put(x0 + 480, base, r.abbr, cell);
        s.put(x0 + 710, base, `${r.value}${abnormal ? ` ${r.flag}` : ''}`, abnormal ? st('sansBold', 10) : cell);
        s.put(x0 + 880, base, r.unit, cell);
        s.put(x0 + 1030, base, r.range, cell);
        s.put(x0 + 1190, base, METHOD[p.title] ?? '化学发光法', st('sans', 9));
        y += rowH;
      }
    }
    s.line(x0, y, x1, y, 2.4);
    y += 60;
    const note = st('sans', 9.5, { color: '#333' });
    s.put(x0, y, `备注：${NOTE[doc.primary] ?? '结果异常者请结合临床，必要时复查。'}`, note);
    s.put(x0, y + 44, '本报告仅对本次送检样本负责；结果 ↑ 表示高于、↓ 表示低于参考区间。', note);

    const sy = Math.max(y + 180, 1930);
    const body = st('sans', 10.5);
    s.put(x0, sy, `检验者：${doc.doctors.resident}`, body);
    s.put(x0 + 420, sy, `审核者：${doc.doctors.checker}`, body);
    const rw = s.put(x1, sy, `报告日期：${formatDate(doc.dates.report, 'cn')}`, { ...body, align: 'right' });
    seal(s, x1 - rw * 0.5 + rng.range(-60, 40), sy - 40 + rng.range(-30, 30), 128, lab.name, '检验专用章', rng);
    s.line(x0, 2196, x1, 2196, 1, '#888');
    const foot = st('sans', 9, { color: '#555' });
    s.put(x0, 2238, `${lab.address}\u3000客服电话：${lab.phone}`, foot);
    s.put(x1, 2238, '第 1 页 / 共 1 页', { ...foot, align: 'right' });
  },
};
