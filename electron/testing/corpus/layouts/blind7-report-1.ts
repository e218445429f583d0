import { makeDoc } from '../case';
import { clock, formatDate, type DateStyle } from '../dates';
import type { Dx } from '../diseases';
import { CITY, CITY_MORE, COUNTY } from '../hospitals';
import { handwritten } from '../marks';
import { physician } from '../people';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, type Mark } from './kit';
import { CITY7, coronaryTree, dx } from './blind7-kit';

const CHD = 'CORONARY_HEART_DISEASE';
const STENT = 'POST_ARTERIAL_STENT_ANTICOAGULATION';
const CHD_WORDS = ['冠状动脉粥样硬化性心脏病', '冠心病 不稳定型心绞痛', '冠心病 稳定型心绞痛', '冠状动脉粥样硬化性心脏病 心功能Ⅱ级'];
const DES = ['Firebird2 3.0×29mm', 'Excel 2.75×24mm', 'Resolute 3.5×18mm', 'BuMA 3.0×33mm', 'Partner 2.5×21mm', 'Xience 3.0×23mm'];
const SITES: Record<string, string> = { LAD: '前降支近中段', LCX: '回旋支中段', RCA: '右冠中远段' };

/**
 * City / county hospital (Henan, Hebei, Jiangsu, Tianjin, Shandong) 冠状动脉造影（及介入治疗）报告 from the cath lab: a
 * bordered particulars grid with the procedure date and the 术前诊断, access and contrast lines, a vessel table, a stent
 * table when one was implanted, a line drawing of the coronary tree, the 术后诊断, four people signing, the report time.
 * Truth: the report date (not the procedure date nor the earlier PCI), the ID, the 术后诊断 (not the 术前诊断).
 */
export const blind7Report1: Layout = {
  id: 'blind7-report-1',
  kind: 'report',
  split: 'blind',
  style: 'blind7 layout 5',
  exercises: ['held out'],
  doc: (rng) => makeDoc(rng, { kind: 'report', keys: [CHD, STENT],
    hospitals: [...CITY7, ...CITY, ...CITY_MORE.filter((h) => !h.name.includes('脑科')), ...COUNTY] }),
  draw(s, doc, rng) {
    const p = doc.patient;
    const serif = rng.chance(0.4);
    const pt = rng.pick([10, 10.5, 11]);
    const f = st(serif ? 'serif' : 'sans', pt);
    const b = st(serif ? 'serifBold' : 'sansBold', pt);
    const lh = px(pt) * 1.65;
    const [x0, x1] = [110, s.width - 110];
    const w = x1 - x0;

    // What was found and done: a follow-up of an earlier stent, or a first angiography with or without a stent.
    const before = doc.primary === STENT;
    const pci = rng.chance(before ? 0.3 : 0.6);
    const vessels = rng.sample(['LAD', 'LCX', 'RCA'] as const, rng.int(1, 3));
    const lesions = vessels.map((v, i) => ({ v, pct: i === 0 && (pci || !before) ? rng.int(75, 99) : rng.pick([30, 40, 50, 60]) }));
    const stented = pci ? [lesions[0]?.v ?? 'LAD'] : [];
    const pts = lesions.filter((l) => l.pct >= 70).length;
    const words = pts >= 2 ? [...CHD_WORDS, `冠状动脉粥样硬化性心脏病 ${pts === 3 ? '三' : '双'}支病变`] : CHD_WORDS;
    const finalDx: Dx[] = [dx(rng.pick(words), CHD)];
    if (pci || before) finalDx.push(dx(rng.pick(['冠状动脉支架植入术后', 'PCI术后']), STENT));
    const companions = doc.dx.western.filter((d) => d.key !== CHD && d.key !== STENT && d.key !== null);
    finalDx.push(...companions, ...doc.dx.western.filter((d) => !d.key).slice(0, 1));

    const face = b.face;
    s.put(s.width / 2, 140, doc.hospital.name, st(face, 18, { align: 'center', spacing: 2 }));
    const title = pci ? rng.pick(['冠状动脉造影及介入治疗报告', '心血管介入诊疗报告']) : rng.pick(['冠状动脉造影报告', '心导管检查报告']);
    s.put(s.width / 2, 210, title, st(face, 15, { align: 'center', spacing: 2 }));
    const no = `DSA${doc.dates.sample.slice(2, 4)}${String(rng.int(1, 2999)).padStart(4, '0')}`;
    s.put(x1, 260, `导管室编号：${no}`, st(f.face, pt - 1, { align: 'right' }));

    const ds: DateStyle = rng.pick(['iso', 'cn', 'slash'] as const);
    const q = w / 8;
    const L = (t: string, k = 1) => ({ text: t, w: q * k, label: true });
    const V = (t: string, k = 1) => ({ text: t, w: q * k });
    const pre = before ? 'PCI术后' : rng.pick(['冠心病？', '胸痛待查', '冠心病 不稳定型心绞痛？']);
    const rows = [
      [L('姓名', 0.8), V(p.name, 1.2), L('性别', 0.8), V(p.sex, 0.6), L('年龄', 0.8), V(`${p.age}岁`, 0.8), L('住院号', 1), V(doc.recordNo, 2)],
      [L('科室', 0.8), V(doc.department, 1.2), L('床号', 0.8), V(doc.bed, 0.6), L('身份证号', 1.6), V(p.idNumber, 3)],
      [L('手术日期', 1.1), V(formatDate(doc.dates.sample, ds), 1.5), L('术前诊断', 1.1), V(pre, 4.3)],
    ];
    const shade = rng.pick(['#efefef', '#ffffff']);
    let y = s.grid(x0, 290, lh * 1.2, rows, st(f.face, pt - 0.5), { label: st(face, pt - 0.5), shade, border: 1.3 });
    s.note({ name: p.name, idNumber: p.idNumber, reportDate: doc.dates.report });

    y += lh * 1.1;
    const line = (label: string, text: string): void => {
      const lw = s.put(x0, y, label, b);
      y = s.para(x0, y, w, text, f, lh, lw);
    };
    if (before) line('病史摘要：', `患者${rng.int(1, 6)}年前因“急性心肌梗死”于外院行PCI术，植入支架1枚，术后规律服用阿司匹林及他汀类药物。`);
    const radial = rng.chance(0.75);
    line('手术过程：', `局麻下穿刺${radial ? '右桡动脉' : '右股动脉'}成功，置入6F动脉鞘，予肝素${rng.pick([2000, 3000, 5000])}U，`
      + `以${radial ? 'TIG 5F' : 'JL4.0、JR4.0'}造影导管行左、右冠状动脉多体位造影，造影剂碘克沙醇${rng.int(8, 20) * 10}ml。`);
    line('冠脉分布：', rng.pick(['右优势型。', '右优势型，左主干未见明显狭窄。', '均衡型。']));

    // Vessel table at the left, the drawing at the right.
    y += lh * 0.3;
    const tw = w * 0.64;
    const cw = [tw * 0.18, tw * 0.34, tw * 0.24, tw * 0.24];
    const cells = (a: readonly string[], lab = false) => a.map((t, i) => ({ text: t, w: cw[i] ?? 0, label: lab }));
    const vrows = [cells(['血管', '病变部位', '狭窄程度', 'TIMI血流'], true), cells(['LM', '—', '无', '3级']),
      ...(['LAD', 'LCX', 'RCA'] as const).map((v) => {
        const l = lesions.find((x) => x.v === v);
        return cells([v, l ? SITES[v] ?? '' : '—', l ? `${l.pct}%` : '无', l && l.pct >= 95 ? '2级' : '3级']);
      })];
    const treeTop = y;
    y = s.grid(x0, y, lh * 1.1, vrows, st(f.face, pt - 0.5), { label: st(face, pt - 0.5), shade: '#f2f2f2', border: 1.2 });
    const marks = lesions.map((l) => ({ vessel: l.v, stent: stented.includes(l.v) }));
    coronaryTree(s, x0 + tw + 90, treeTop, w - tw - 140, y - treeTop - 30, marks);
    s.put(x0 + tw + 90 + (w - tw - 140) / 2, y + lh * 0.2, '冠脉病变示意图', st(f.face, 9, { align: 'center' }));
    y += lh * 1.2;

    if (pci) {
      line('介入治疗：', `于${stented[0]}病变处以${rng.pick(['2.0×15mm', '2.5×15mm'])}球囊预扩张后植入药物洗脱支架：`);
      const sc = [w * 0.16, w * 0.38, w * 0.2, w * 0.26];
      const sRow = (a: readonly string[], lab = false) => a.map((t, i) => ({ text: t, w: sc[i] ?? 0, label: lab }));
      y = s.grid(x0, y - lh * 0.4, lh * 1.05, [sRow(['靶血管', '支架', '释放压力', '残余狭窄'], true),
        sRow([stented[0] ?? 'LAD', rng.pick(DES), `${rng.int(10, 16)}atm`, '0%'])], st(f.face, pt - 0.5),
      { label: st(face, pt - 0.5), shade: '#f2f2f2', border: 1.2 }) + lh * 0.9;
    }
    const advice = pts === 0 ? '建议继续药物治疗。' : rng.pick(['建议强化药物治疗。', '建议择期介入治疗。', '建议心外科会诊。']);
    line('结论：', `冠状动脉粥样硬化，${pts > 0 ? `${pts}支血管病变` : '未见严重狭窄'}${before ? '，原支架内通畅' : ''}`
      + `${pci ? `，${stented[0]}植入支架1枚，术程顺利。` : `。${advice}`}`);
    y += lh * 0.3;
    const how: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    s.diagnoses(finalDx);
    const hw = s.put(x0, y, '术后诊断：', b);
    listed(finalDx, how).forEach((t, i) => s.put(x0 + hw, y + i * lh, t, f));
    y += finalDx.length * lh + lh;

    y = Math.max(y + lh * 0.6, rng.pick([1500, 1700]));
    const nurse = physician(rng, [p.name, ...Object.values(doc.doctors)]);
    const cols = [x0, x0 + w * 0.25, x0 + w * 0.5, x0 + w * 0.75];
    s.put(cols[0] ?? x0, y, `术者：${doc.doctors.director}`, f);
    s.put(cols[1] ?? x0, y, `助手：${doc.doctors.resident}`, f);
    s.put(cols[2] ?? x0, y, `记录：${nurse}`, f);
    const rw = s.put(cols[3] ?? x0, y, '报告医师：', f);
    handwritten(s, (cols[3] ?? x0) + rw + 6, y, doc.doctors.attending, pt * 1.25, rng);
    y += lh * 1.5;
    s.put(x1, y, `报告时间：${formatDate(doc.dates.report, ds)} ${clock(doc.times.report)}`, { ...f, align: 'right' });
    s.line(x0, 2195, x1, 2195, 1);
    s.put(x0, 2235, '本报告仅供临床参考，请结合临床。', st(f.face, 8.5, { color: '#444' }));
  },
};
