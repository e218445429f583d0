import type { Doc } from '../case';
import { addDays } from '../dates';
import type { Hospital } from '../hospitals';
import { idNumberIn } from '../people';
import type { Rng } from '../rng';
import type { Sheet, Style } from '../sheet';
import { px } from './common';
import { maskedId } from './kit';

/** Pieces the blind22 layouts share: hospitals of southern and western provinces, vertical labels, a fundus photograph. */

type Local = { readonly hospital: Hospital; readonly regions: readonly string[] };
const h = (name: string, address: string, phone: string, regions: readonly string[]): Local => ({ hospital: { name, address, phone }, regions });

const LOCAL: readonly Local[] = [
  h('南安市医院', '福建省泉州市南安市溪美街道成功街118号', '0595-86382120', ['350583', '350524', '350502']),
  h('漳浦县医院', '福建省漳州市漳浦县绥安镇府前街31号', '0596-3222120', ['350623', '350622', '350602']),
  h('苍南县人民医院', '浙江省温州市苍南县灵溪镇玉苍路2号', '0577-64702120', ['330327', '330381', '330326']),
  h('宣威市人民医院', '云南省曲靖市宣威市建设路168号', '0874-7122120', ['530381', '530326', '530302']),
  h('蒲城县医院', '陕西省渭南市蒲城县南大街50号', '0913-7212120', ['610526', '610502', '610528']),
  h('重庆市綦江区人民医院', '重庆市綦江区古南街道沱湾路30号', '023-48682120', ['500110', '500222', '500112']),
  h('于都县人民医院', '江西省赣州市于都县长征大道25号', '0797-6232120', ['360731', '360702', '360733']),
  h('介休市人民医院', '山西省晋中市介休市北关街15号', '0354-7022120', ['140781', '140702', '140729']),
  h('威宁县人民医院', '贵州省毕节市威宁县草海镇建设东路9号', '0857-6222120', ['520526', '522427', '520502']),
  h('天水市第一人民医院', '甘肃省天水市秦州区建设路105号', '0938-8212120', ['620502', '620503', '620522']),
];

export const HOSP22: readonly Hospital[] = LOCAL.map((l) => l.hospital);

/** The patient as a local of the hospital's county (an ID number with a local address code). */
export function local22(doc: Doc, rng: Rng): Doc {
  const regions = LOCAL.find((l) => l.hospital.name === doc.hospital.name)?.regions;
  if (!regions) return doc;
  const p = doc.patient;
  return { ...doc, patient: { ...p, idNumber: idNumberIn(rng, p.birth, p.sex, regions) } };
}

/** 医保类别 as headers print it. */
export const insurance = (rng: Rng): string => rng.pick(['城乡居民医保', '城镇职工医保', '职工医保', '居民医保', '新农合', '自费']);

/** A date some weeks after `iso` (预约复诊, 有效期至): never a truth date. */
export const later = (iso: string, rng: Rng): string => addDays(iso, rng.pick([7, 14, 14, 28, 30]));

/**
 * A label printed one character under another in a tall cell of a form (诊 / 断, 医 / 嘱), its first character on the baseline
 * `first` (level with the cell's first line of text), spread down to at most `bottom`; read on its own (a block).
 */
export function vertical(s: Sheet, cx: number, first: number, bottom: number, text: string, st: Style): void {
  const chars = [...text];
  const step = Math.min(px(st.pt) * 2.2, (bottom - first) / Math.max(1, chars.length));
  s.block(() => chars.forEach((c, i) => s.put(cx, first + i * step, c, { ...st, align: 'center' })));
}

/**
 * A colour fundus photograph (not text): dark vignette, orange retina, optic disc, arcade vessels and, when `lesions`,
 * dot haemorrhages and hard exudates. `right`: the disc lies to the right of the centre (右眼 as photographed).
 */
export function fundus(s: Sheet, cx: number, cy: number, r: number, right: boolean, lesions: number, rng: Rng): void {
  const g = s.g;
  g.save();
  g.fillStyle = '#0b0b0b';
  g.fillRect(cx - r - 20, cy - r - 20, 2 * r + 40, 2 * r + 40);
  const grad = g.createRadialGradient(cx, cy, r * 0.1, cx, cy, r);
  grad.addColorStop(0, '#d9823c');
  grad.addColorStop(0.75, '#b45a22');
  grad.addColorStop(1, '#3a1607');
  g.fillStyle = grad;
  g.beginPath();
  g.arc(cx, cy, r, 0, Math.PI * 2);
  g.fill();
  g.clip();
  const dx = cx + (right ? 1 : -1) * r * 0.32;
  g.strokeStyle = '#7a1c10';
  for (const dir of [-1, 1]) {
    for (const k of [0.8, 1.25]) {
      g.lineWidth = k > 1 ? 5 : 3.5;
      g.beginPath();
      g.moveTo(dx, cy);
      const away = right ? -1 : 1;
      g.bezierCurveTo(dx + away * r * 0.3, cy + dir * r * 0.45 * k, dx + away * r * 0.9, cy + dir * r * 0.5 * k,
        dx + away * r * 1.4, cy + dir * r * 0.3 * k + rng.range(-12, 12));
      g.stroke();
    }
  }
  const disc = g.createRadialGradient(dx, cy, 2, dx, cy, r * 0.14);
  disc.addColorStop(0, '#fff3c8');
  disc.addColorStop(1, '#e9a95c');
  g.fillStyle = disc;
  g.beginPath();
  g.arc(dx, cy, r * 0.13, 0, Math.PI * 2);
  g.fill();
  g.fillStyle = '#8a3a14';
  g.beginPath();
  g.arc(cx - (right ? 1 : -1) * r * 0.12, cy, r * 0.07, 0, Math.PI * 2);
  g.fill();
  for (let i = 0; i < lesions; i += 1) {
    const a = rng.range(0, Math.PI * 2);
    const d = rng.range(0.15, 0.8) * r;
    g.fillStyle = rng.chance(0.6) ? '#5c0d08' : '#f4e27a';
    g.beginPath();
    g.arc(cx + Math.cos(a) * d, cy + Math.sin(a) * d, rng.range(2.5, 6), 0, Math.PI * 2);
    g.fill();
  }
  g.restore();
}

/** The patient's ID or, on a page that masks it, the masked form; `full` tells which (the truth is the full ID or null). */
export function idAsPrinted(doc: Doc, rng: Rng, fullChance: number): { text: string; full: boolean } {
  const id = doc.patient.idNumber;
  if (rng.chance(fullChance)) return { text: id, full: true };
  return { text: rng.pick([`${id.slice(0, 3)}***********${id.slice(14)}`, maskedId(id)]), full: false };
}
