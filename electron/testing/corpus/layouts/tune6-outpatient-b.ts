import { makeDoc } from '../case';
import { addDays, clock, formatDate } from '../dates';
import { remoteHistory, type DiseaseKey } from '../diseases';
import { CITY, CITY_MORE, COUNTY, PROVINCES } from '../hospitals';
import { qrCode, signature } from '../marks';
import type { Cell, Sheet, Style } from '../sheet';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { forPatient, listed, printedOn, type Mark } from './kit';
import { localTo } from './tune3-kit';
import { firstFound } from './tune4-kit';
import { maskedMobile, rxItem } from './tune5-kit';
import { para, settled, suited } from './tune6-kit';

/** What an internet hospital may renew: stable chronic diseases first diagnosed in a clinic. */
const RENEWABLE: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE', 'HYPERTENSION', 'DIABETES',
  'POST_ARTERIAL_STENT_ANTICOAGULATION', 'SEVERE_MENTAL_DISORDER', 'TRANSPLANT_ANTI_REJECTION'];

const sec = (seconds: number): string => String(seconds % 60).padStart(2, '0');

/** A section title after a coloured bar. Returns its right edge (the text runs on after it). */
function title(s: Sheet, x: number, y: number, text: string, tone: string, b: Style): number {
  s.g.fillStyle = tone;
  s.g.fillRect(x, y - px(b.pt) * 0.9, 8, px(b.pt) * 1.05);
  return x + 22 + s.put(x + 22, y, text, b) + 24;
}

/**
 * 互联网医院 e-record of an online follow-up (图文 / 视频问诊): the patient's request made the evening before and the
 * doctor's 问诊时间 the next morning (the visit), an order number holding the request's time, the offline first visit
 * years earlier, the patient's own words, history with other diseases, an electronic prescription and signature.
 */
export const tune6OutpatientInternet: Layout = {
  id: 'tune6-outpatient-internet',
  kind: 'outpatient',
  split: 'tune',
  style: 'County / city hospital 互联网医院 复诊 e-record (Shandong and other provinces): accent bars, light-ruled key-value grid, QR code, e-prescription table, light sans 10–10.5 pt',
  exercises: ['hospital name inside 「…互联网医院」, title 互联网诊疗病历 / 在线复诊记录', '患者姓名 in a light-ruled grid, 证件类型 居民身份证 and 证件号码, masked 联系电话',
    '问诊方式 图文问诊 / 视频问诊, 订单编号 WZ202503032140… holding the request time', '申请时间 the evening before (often) or the same morning, 问诊时间 (the visit, truth) and 结束时间 with seconds',
    '线下首诊机构 and 首诊日期 years earlier, uploaded offline records dated weeks earlier (not the visit)',
    '患者自述 in the patient\'s words, 既往史 naming other diseases (not counted), 家族史', '诊断 numbered 1. / ① (counted), 处理意见',
    'e-prescription table 药品名称 / 规格 / 用法用量 / 数量 with 审核药师 and 审核时间', '医师电子签名 box and 执业证书编码 digits', '导出时间 footer (later)'],
  doc: (rng) => {
    const doc = suited(localTo(forPatient(makeDoc(rng, { kind: 'outpatient', hospitals: [...COUNTY, ...CITY, ...CITY_MORE, ...PROVINCES],
      keys: RENEWABLE, aliases: true, outside: 0.1, compoundSurnames: 0.15 }), rng, COUNTY), rng));
    return settled(doc);
  },
  draw(s, doc, rng) {
    s.ink = '#1c1c1c';
    const x0 = 110;
    const right = s.width - x0;
    const w = right - x0;
    const face = rng.pick(['sansLight', 'sans'] as const);
    const pt = rng.pick([10, 10.5]);
    const f = st(face, pt);
    const b = st('sansMedium', pt);
    const grey = st(face, pt, { color: '#666' });
    const lh = px(pt) * 1.75;
    const tone = rng.pick(['#1565c0', '#00897b', '#3949ab']);

    s.g.fillStyle = tone;
    s.g.fillRect(0, 0, s.width, 18);
    s.put(x0, 130, `${doc.hospital.name}互联网医院`, st('sansBold', 18, { color: tone }));
    s.put(x0, 190, rng.pick(['互联网诊疗病历', '在线复诊记录', '互联网医院门诊病历']), st('sansMedium', 14));
    qrCode(s, right - 150, 62, 150, rng);
    s.put(right - 75, 246, '扫码查看病历', st(face, 8, { align: 'center', color: '#555' }));

    // The request the evening before (or the same morning) and the doctor's reply: the visit.
    const asked = rng.chance(0.6);
    const askDay = asked ? addDays(doc.dates.visit, -1) : doc.dates.visit;
    const start = rng.int(7 * 60 + 50, 11 * 60 + 30);
    const askAt = asked ? rng.int(19 * 60, 23 * 60 + 20) : start - rng.int(15, 80);
    const end = start + rng.int(8, 35);
    const stamp = (iso: string, m: number): string => `${formatDate(iso, 'iso')} ${clock(m)}:${sec(m * 7 + 13)}`;
    const order = `WZ${askDay.replace(/-/g, '')}${clock(askAt).replace(':', '')}${String(rng.int(0, 9999)).padStart(4, '0')}`;
    const [sex, age] = sexAge(doc);
    // The first visit here came after the disease was found (发现血压升高10年: within those ten years).
    const years = Number(/(\d+)年/u.exec(doc.complaint)?.[1] ?? 2);
    const first = addDays(doc.dates.visit, -rng.int(200, Math.max(250, years * 365 - 30)));
    const rows: [string, string, string, string][] = [
      ['患者姓名', doc.patient.name, '性别 / 年龄', `${sex} / ${age}`],
      ['证件类型', '居民身份证', '证件号码', doc.patient.idNumber],
      ['联系电话', maskedMobile(rng), '问诊方式', rng.pick(['图文问诊', '图文问诊', '视频问诊'])],
      ['订单编号', order, '就诊科室', doc.department],
      ['申请时间', stamp(askDay, askAt), '接诊医生', `${doc.doctors.attending}（${rng.pick(['主治医师', '副主任医师', '主任医师'])}）`],
      ['问诊时间', stamp(doc.dates.visit, start), '结束时间', stamp(doc.dates.visit, end)],
      ['线下首诊机构', doc.hospital.name, '首诊日期', formatDate(first, 'iso')],
    ];
    const cw = [230, w / 2 - 230, 200, w / 2 - 200];
    const C = (text: string, i: number): Cell => ({ text, w: cw[i] ?? 200, label: i % 2 === 0, align: 'left' });
    let y = s.grid(x0, 280, px(pt) * 2.3, rows.map((r) => r.map((t, i) => C(t, i))), f, { label: grey, shade: '#f4f6f9', border: 1 });
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.visit });

    y += 70;
    const hs = st('sansMedium', pt + 0.5);
    const tab = s.measure('处理意见', hs) + 46;
    const block = (head: string, text: string, keep: readonly string[] = []): void => {
      title(s, x0, y, head, tone, hs);
      y = para(s, x0 + tab, y, w - tab, text, f, lh, { keep }) + 14;
    };
    const main = doc.dx.western.find((d) => d.key === doc.primary) ?? doc.dx.western[0];
    const found = firstFound(doc, doc.dates.visit);
    block('患者自述', `${found ?? '前几年'}确诊${main?.text ?? ''}，一直吃药，${rng.pick(['药快吃完了，申请续方', '最近情况还可以，想线上开药', '最近有点不舒服，想问问医生'])}。`);
    block('现病史', `患者${found ? `${found}` : ''}确诊“${main?.text ?? ''}”，${first.slice(0, 4)}年起于我院门诊随诊，长期规律服药，`
      + `${rng.pick(['近期病情稳定', '自测指标尚可', '近1周偶有不适'])}，无新发症状，本次线上复诊续方。`);
    const uploaded = addDays(doc.dates.visit, -rng.int(10, 60));
    const lab = doc.labs[0]?.rows[0];
    const remote = remoteHistory(rng, doc.dx.keys);
    block('既往史', `${remote ? `${remote.remote}；${remote.negated}` : doc.history.negated}。过敏史：否认药物过敏史。`);
    block('家族史', `${doc.history.family}。`);
    block('线下资料', `患者上传${formatDate(uploaded, 'iso')}门诊病历及检验报告${lab ? `（${lab.name} ${lab.value}${lab.unit}）` : ''}，已查阅。`);
    title(s, x0, y, '诊断', tone, hs);
    const how: Mark = rng.pick(['1.', '①'] as const);
    listed(doc.dx.western, how).forEach((t, i) => s.put(x0 + tab, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += doc.dx.western.length * lh + 14;
    block('处理意见', `${rng.pick(['病情稳定，继续原方案治疗', '同意续方，继续原方案'])}，定期线下复查，如有不适及时到医院就诊。`);

    title(s, x0, y, '电子处方', tone, hs);
    y += lh * 0.6;
    const meds = [...new Set(doc.medicines)].slice(0, 3).map((m) => rxItem(m, rng));
    const pw = [470, 380, 400, w - 1250];
    const P = (text: string, i: number, head = false): Cell => ({ text, w: pw[i] ?? 200, label: head, align: head ? 'center' : 'left' });
    y = s.grid(x0 + 22, y, px(pt) * 2.1, [
      ['药品名称', '规格', '用法用量', '数量'].map((t, i) => P(t, i, true)),
      ...meds.map((m) => [P(m.name, 0), P(m.pack.replace(/×\d+盒$/u, ''), 1), P(`${m.dose} ${m.often}`, 2), P(`${rng.int(1, 4)}盒`, 3)]),
    ], st(face, pt - 0.5), { label: st('sansMedium', pt - 0.5), shade: '#f4f6f9', border: 1 });
    const checked = start + rng.int(10, 40);
    s.put(x0 + 22, y + lh, `审核药师：${doc.doctors.checker}\u3000\u3000审核时间：${stamp(doc.dates.visit, checked)}`, grey);

    const sy = Math.max(y + lh * 3.4, 1960);
    s.put(x0, sy, '医师电子签名：', b);
    s.rect(x0 + 200, sy - 60, 300, 90, 1, '#9aa5b1');
    signature(s, x0 + 230, sy, 230, rng);
    s.put(x0 + 540, sy, doc.doctors.attending, f);
    s.put(x0 + 760, sy, `执业证书编码：${rng.int(110, 199)}${String(rng.int(0, 999999999999)).padStart(12, '0')}`, grey);
    const small = st(face, 8.5, { color: '#555' });
    s.line(x0, 2180, right, 2180, 1, '#b0b8c1');
    s.put(x0, 2220, '本病历由互联网医院诊疗系统生成，与线下门诊病历具有同等效力。', small);
    s.put(right, 2220, `导出时间：${formatDate(printedOn(doc), 'iso')} ${clock(doc.times.print)}`, { ...small, align: 'right' });
  },
};
