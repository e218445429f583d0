import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { nameStamp, seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed } from './kit';
import { para, suited } from './tune6-kit';
import { GENERAL16, local16, provinceShort } from './tune16-kit';

const KEYS: readonly DiseaseKey[] = ['TRANSPLANT_ANTI_REJECTION'];
/** Where the county patient had the transplant: the province's transplant centre (a hospital that is not the issuer). */
const CENTRE: Record<string, string> = { 湖南: '中南大学湘雅二医院', 湖北: '华中科技大学同济医学院附属同济医院',
  江西: '南昌大学第二附属医院', 安徽: '中国科学技术大学附属第一医院' };

/**
 * 器官移植术后抗排异治疗证明 of a Hunan, Hubei, Jiangxi or Anhui county hospital's 肾内科 (the patient had the transplant at the
 * province's centre years before and is followed at home): a sans form with the title in a grey band, a bordered grid of the
 * patient (姓名 — truth —, 身份证号 — truth —, 参保类型), the transplant's own rows (移植器官, 移植日期 and 移植医院 — not truth,
 * another hospital's name), 目前诊断 numbered (truth), the regimen as a table with this month's 他克莫司谷浓度 and its 检测日期
 * (not truth), a validity line 本证明有效期一年 and the 开具日期 (truth) by the stamp of the 经治医师 and the seal.
 */
export const tune16CertTransplant: Layout = {
  id: 'tune16-cert-transplant',
  kind: 'certificate',
  split: 'tune',
  style: 'Hunan / Hubei / Jiangxi / Anhui county hospital 器官移植术后抗排异治疗证明: grey title band, bordered patient and '
    + 'transplant grid naming the province centre, regimen table with drug levels, validity line, sans 10.5–11.5 pt',
  exercises: ['移植日期 years before and 移植医院 another hospital (not truth)', '目前诊断 numbered (truth)',
    '他克莫司谷浓度 6.8ng/ml with its 检测日期 (not truth)', '本证明有效期一年 and the 开具日期 (truth) by the stamp and seal'],
  doc: (rng) => local16(suited(makeDoc(rng, { kind: 'certificate', keys: KEYS, hospitals: GENERAL16, aliases: true })), rng),
  draw(s, doc, rng) {
    const x0 = 140;
    const right = s.width - 140;
    const w = right - x0;
    const pt = rng.pick([10.5, 11, 11.5]);
    const f: Style = st('sans', pt);
    const b: Style = st('sansMedium', pt);
    const lh = px(pt) * 1.8;
    const p = doc.patient;
    const liver = doc.dx.western.some((d) => d.text.includes('肝移植'));

    s.put(s.width / 2, 160, doc.hospital.name, st('sansBold', 20, { align: 'center', spacing: 4 }));
    s.g.fillStyle = '#e4e4e4';
    s.g.fillRect(x0, 205, w, 80);
    s.put(s.width / 2, 262, '器官移植术后抗排异治疗证明', st('sansBold', 16, { align: 'center', spacing: 2 }));

    const transplanted = addDays(doc.dates.issue, -rng.int(400, 3600));
    const centre = CENTRE[provinceShort(doc.hospital)] ?? '中南大学湘雅二医院';
    const c = (text: string, wk: number, label = false) => ({ text, w: w * wk, label });
    const rowH = lh * 1.35;
    let y = s.grid(x0, 330, rowH, [
      [c('姓名', 0.14, true), c(p.name, 0.22), c('性别', 0.1, true), c(p.sex, 0.12), c('年龄', 0.1, true), c(`${p.age}岁`, 0.32)],
      [c('身份证号', 0.14, true), c(p.idNumber, 0.44), c('参保类型', 0.14, true), c(rng.pick(['城乡居民医保', '职工医保']), 0.28)],
      [c('移植器官', 0.14, true), c(liver ? '肝脏' : '肾脏', 0.22), c('供体', 0.1, true), c(rng.pick(['公民逝世后捐献', '亲属活体']), 0.22),
        c('移植日期', 0.14, true), c(formatDate(transplanted, 'iso'), 0.18)],
      [c('移植医院', 0.14, true), c(centre, 0.86)],
    ], f, { label: b, shade: '#f2f2f2', border: 1.5 });
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue });

    y += lh * 1.4;
    const dl = s.put(x0, y, '目前诊断：', b);
    listed(doc.dx.western, '（1）').forEach((t, i) => s.put(x0 + dl, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += lh * (doc.dx.western.length + 0.6);
    s.put(x0, y, '抗排异治疗方案：', b);
    y += lh * 0.5;
    const tested = addDays(doc.dates.issue, -rng.int(3, 25));
    const rows = [
      ['药品', '用法用量', '血药谷浓度', '检测日期'],
      ['他克莫司胶囊', `${rng.pick(['1mg', '1.5mg', '2mg'])} q12h`, `${rng.range(4.5, 9.5).toFixed(1)}ng/ml`, formatDate(tested, 'iso')],
      ['吗替麦考酚酯胶囊', '0.5g bid', '—', '—'],
      ['醋酸泼尼松片', '5mg qd', '—', '—'],
    ];
    const cw = [0.34, 0.24, 0.2, 0.22];
    y = s.grid(x0, y, lh * 1.25, rows.map((r, j) => r.map((t, i) => ({ text: t, w: w * (cw[i] ?? 0), label: j === 0 }))), f,
      { label: b, shade: '#f2f2f2', border: 1.2 });
    y += lh * 1.3;
    y = para(s, x0, y, w, `该患者于${formatDate(transplanted, 'cnShort')}在${centre}行${liver ? '同种异体原位肝移植术' : '同种异体肾移植术'}，`
      + `术后规律随访，移植${liver ? '肝' : '肾'}功能稳定，需终身服用免疫抑制剂抗排异治疗，特此证明。`, f, lh,
    { indent: px(pt) * 2, keep: [centre] }) + lh * 0.3;
    s.put(x0, y, '本证明有效期一年，过期请重新开具。', st('sans', pt - 1, { color: '#555' }));

    const by = Math.max(y + lh * 3, 1700);
    s.put(x0, by, '经治医师：', f);
    nameStamp(s, x0 + s.measure('经治医师：', f) + 90, by - 12, doc.doctors.attending, rng);
    s.pair(x0, by + lh * 1.4, '科室：', liver ? '肝胆外科' : '肾内科', f);
    const issued = formatDate(doc.dates.issue, rng.pick(['cn', 'iso', 'cnShort'] as const));
    s.pair(right - 420, by + lh * 1.4, '开具日期：', issued, f);
    seal(s, right - 230, by + lh * 0.6, 120, doc.hospital.name, '医疗证明专用章', rng);
  },
};
