import type { Doc } from '../case';
import type { Hospital } from '../hospitals';
import type { LabRow } from '../labs';
import { idNumberIn } from '../people';
import type { Rng } from '../rng';
import type { Sheet, Style } from '../sheet';
import { px } from './common';

/**
 * Pieces the tune19 layouts share: county hospitals, county 中医院 and township 中心卫生院 of Zhejiang, Fujian, Jiangxi and Anhui
 * the corpus did not have (each with its county's address code, so the patient's ID is a local one), a ruled table with merged
 * cells, a patient's vital signs that fit the disease, a urine routine (尿常规) panel, the security pattern of anti-counterfeit
 * certificate paper, and an ultrasound machine's calipers.
 */

type Here = { readonly hospital: Hospital; readonly region: string };
const here = (name: string, address: string, phone: string, region: string): Here => ({ hospital: { name, address, phone }, region });

const GENERAL: readonly Here[] = [
  here('东阳市人民医院', '浙江省金华市东阳市吴宁街道吴宁西路60号', '0579-86622120', '330783'),
  here('临海市第一人民医院', '浙江省台州市临海市古城街道赤城路150号', '0576-85122120', '331082'),
  here('余姚市人民医院', '浙江省宁波市余姚市阳明街道城东路800号', '0574-62722120', '330281'),
  here('长兴县人民医院', '浙江省湖州市长兴县雉城街道太湖中路66号', '0572-6022120', '330522'),
  here('瑞安市人民医院', '浙江省温州市瑞安市安阳街道万松东路108号', '0577-65822120', '330381'),
  here('龙游县人民医院', '浙江省衢州市龙游县龙洲街道荣昌路36号', '0570-7022120', '330825'),
  here('南安市医院', '福建省泉州市南安市溪美街道成功街98号', '0595-86322120', '350583'),
  here('建瓯市立医院', '福建省南平市建瓯市通济街道中山路52号', '0599-3522120', '350783'),
  here('漳浦县医院', '福建省漳州市漳浦县绥安镇府前路26号', '0596-3222120', '350623'),
  here('闽侯县医院', '福建省福州市闽侯县甘蔗街道昙石山中大道15号', '0591-22022120', '350121'),
  here('上杭县医院', '福建省龙岩市上杭县临城镇北环路22号', '0597-3822120', '350823'),
  here('福安市医院', '福建省宁德市福安市城北街道阳头路12号', '0593-6322120', '350981'),
  here('信丰县人民医院', '江西省赣州市信丰县嘉定镇大塘路8号', '0797-3322120', '360722'),
  here('樟树市人民医院', '江西省宜春市樟树市福城街道药都南大道19号', '0795-7322120', '360982'),
  here('进贤县人民医院', '江西省南昌市进贤县民和镇胜利路41号', '0791-85622120', '360124'),
  here('都昌县人民医院', '江西省九江市都昌县都昌镇东湖路7号', '0792-5222120', '360428'),
  here('余干县人民医院', '江西省上饶市余干县玉亭镇干越路30号', '0793-3322120', '361127'),
  here('泰和县人民医院', '江西省吉安市泰和县澄江镇府前路15号', '0796-5322120', '360826'),
  here('临泉县人民医院', '安徽省阜阳市临泉县城关街道人民路118号', '0558-6522120', '341221'),
  here('寿县县医院', '安徽省淮南市寿县寿春镇宾阳大道26号', '0554-4022120', '340422'),
  here('舒城县人民医院', '安徽省六安市舒城县城关镇龙舒路60号', '0564-8622120', '341523'),
  here('桐城市人民医院', '安徽省安庆市桐城市文昌街道龙眠路32号', '0556-6122120', '340881'),
  here('宿松县人民医院', '安徽省安庆市宿松县孚玉镇人民路9号', '0556-7822120', '340826'),
  here('歙县人民医院', '安徽省黄山市歙县徽城镇新安路17号', '0559-6522120', '341021'),
];

const CHINESE_MEDICINE: readonly Here[] = [
  here('东阳市中医院', '浙江省金华市东阳市白云街道世贸大道99号', '0579-86662120', '330783'),
  here('瑞安市中医院', '浙江省温州市瑞安市锦湖街道瑞祥大道12号', '0577-65862120', '330381'),
  here('南安市中医院', '福建省泉州市南安市柳城街道南英路3号', '0595-86362120', '350583'),
  here('樟树市中医院', '江西省宜春市樟树市淦阳街道清江大道45号', '0795-7362120', '360982'),
  here('临泉县中医院', '安徽省阜阳市临泉县城关街道姜寨路28号', '0558-6562120', '341221'),
  here('桐城市中医医院', '安徽省安庆市桐城市龙腾街道和平路16号', '0556-6162120', '340881'),
];

const TOWNS: readonly Here[] = [
  here('临海市杜桥镇中心卫生院', '浙江省台州市临海市杜桥镇杜南大道6号', '0576-85512120', '331082'),
  here('瑞安市马屿镇中心卫生院', '浙江省温州市瑞安市马屿镇康庄路2号', '0577-65512120', '330381'),
  here('南安市水头镇卫生院', '福建省泉州市南安市水头镇镇中路21号', '0595-86912120', '350583'),
  here('漳浦县旧镇镇中心卫生院', '福建省漳州市漳浦县旧镇镇驻地', '0596-3512120', '350623'),
  here('信丰县大塘埠镇中心卫生院', '江西省赣州市信丰县大塘埠镇驻地', '0797-3512120', '360722'),
  here('进贤县李渡镇中心卫生院', '江西省南昌市进贤县李渡镇驻地', '0791-85512120', '360124'),
  here('临泉县杨桥镇中心卫生院', '安徽省阜阳市临泉县杨桥镇驻地', '0558-6512120', '341221'),
  here('舒城县杭埠镇中心卫生院', '安徽省六安市舒城县杭埠镇驻地', '0564-8512120', '341523'),
];

const ALL = [...GENERAL, ...CHINESE_MEDICINE, ...TOWNS];
/** County and county-level city general hospitals of Zhejiang, Fujian, Jiangxi and Anhui. */
export const GENERAL19: readonly Hospital[] = GENERAL.map((x) => x.hospital);
/** County 中医院 of the four. */
export const TCM19: readonly Hospital[] = CHINESE_MEDICINE.map((x) => x.hospital);
/** Township 中心卫生院 of the four (the 基本公共卫生 follow-ups are theirs). */
export const TOWN19: readonly Hospital[] = TOWNS.map((x) => x.hospital);

/** The patient lives in the hospital's county: the ID's address code is that county's. */
export function local19(doc: Doc, rng: Rng): Doc {
  const h = ALL.find((x) => x.hospital.name === doc.hospital.name);
  if (!h) return doc;
  const p = doc.patient;
  return { ...doc, patient: { ...p, idNumber: idNumberIn(rng, p.birth, p.sex, [h.region]) } };
}

/** Puts `text` no wider than `width`: a text too wide is set smaller, half a point at a time, the way a HIS shrinks it to fit. */
export function fitted(s: Sheet, x: number, y: number, text: string, style: Style, width: number): number {
  let fit = style;
  while (s.measure(text, fit) > width && fit.pt > 6) fit = { ...fit, pt: fit.pt - 0.5 };
  return s.put(x, y, text, fit);
}

/** A cell of a ruled table with merged cells: `span` columns wide, `down` rows tall; `vertical` stacks a label's characters. */
export type Merged = { readonly text: string; readonly span?: number; readonly down?: number; readonly label?: boolean;
  readonly vertical?: boolean };

/**
 * A ruled table whose cells may span columns and rows (a 姓名 value across two columns, a 患者信息 label down three rows). Each
 * row lists its cells left to right, skipping the slots a cell from a row above still covers. Labels centred (shaded when
 * `shade`), values left, a text too wide for its cell set smaller; a vertical label is recorded once, on the first row it
 * spans. Returns the bottom edge.
 */
export function mergedGrid(s: Sheet, x: number, y: number, cols: readonly number[], rowH: number, rows: readonly (readonly Merged[])[],
  val: Style, lab: Style, o: { shade?: string; border?: number } = {}): number {
  const stops = cols.reduce<number[]>((a, w) => [...a, (a[a.length - 1] ?? 0) + w], [0]);
  const taken = new Set<string>();
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (taken.has(`${r},${c}`)) c += 1;
      const [span, down] = [cell.span ?? 1, cell.down ?? 1];
      for (let i = 0; i < down; i += 1) for (let j = 0; j < span; j += 1) taken.add(`${r + i},${c + j}`);
      const [cx, cw, cy, ch] = [x + (stops[c] ?? 0), (stops[c + span] ?? 0) - (stops[c] ?? 0), y + r * rowH, down * rowH];
      const style = cell.label ? lab : val;
      const em = px(style.pt);
      if (cell.label && o.shade) {
        s.g.fillStyle = o.shade;
        s.g.fillRect(cx, cy, cw, ch);
      }
      s.rect(cx, cy, cw, ch, o.border ?? 1.6);
      const first = cy + rowH / 2 + em * 0.36;
      if (cell.vertical) {
        const chars = [...cell.text];
        const step = Math.min(em * 1.3, (ch - em) / Math.max(1, chars.length - 1));
        const top = cy + ch / 2 - (step * (chars.length - 1)) / 2 + em * 0.36;
        chars.forEach((t, i) => s.put(cx + cw / 2, top + i * step, t, { ...style, align: 'center' }, false));
        s.record(cx + cw / 2 - em / 2, first, cell.text, cx + cw / 2 + em / 2);
      } else if (cell.label) fitted(s, cx + cw / 2, cy + ch / 2 + em * 0.36, cell.text, { ...style, align: 'center' }, cw - 20);
      else fitted(s, cx + 10, cy + ch / 2 + em * 0.36, cell.text, style, cw - 20);
      c += span;
    }
  });
  return y + rows.length * rowH;
}

export type Vitals = { readonly t: string; readonly p: number; readonly r: number; readonly sbp: number; readonly dbp: number;
  readonly height: number; readonly weight: number; readonly bmi: string; readonly spo2: number; readonly glucose: string };

/** Vital signs at the visit that fit the patient: a hypertensive's pressure above 140, a diabetic's finger-stick glucose high. */
export function vitalsOf(doc: Doc, rng: Rng): Vitals {
  const high = doc.dx.keys.includes('HYPERTENSION');
  const child = doc.patient.age < 14;
  const height = child ? rng.int(85, 150) : doc.patient.sex === '男' ? rng.int(160, 178) : rng.int(149, 166);
  const weight = child ? Math.round(height * rng.range(0.15, 0.25)) : rng.int(48, 86);
  return {
    t: (rng.int(361, 372) / 10).toFixed(1), p: rng.int(child ? 80 : 60, child ? 112 : 96), r: rng.int(16, child ? 24 : 20),
    sbp: high ? rng.int(142, 178) : rng.int(child ? 90 : 108, child ? 110 : 136), dbp: high ? rng.int(86, 104) : rng.int(60, 84),
    height, weight, bmi: (weight / (height / 100) ** 2).toFixed(1), spo2: rng.int(95, 99),
    glucose: (doc.dx.keys.includes('DIABETES') ? rng.range(7.4, 14.6) : rng.range(4.6, 6.8)).toFixed(1),
  };
}

/**
 * Tick boxes as a HIS prints them: each option after a □ of the font, the chosen ones with a check drawn in the box; recorded
 * as one cell (☑高血压\u3000□糖尿病). The fonts have no ☑ glyph, so the check is drawn. Returns the right edge.
 */
export function tickBoxes(s: Sheet, x: number, y: number, options: readonly string[], chosen: readonly string[], style: Style): number {
  const em = px(style.pt);
  let cx = x;
  options.forEach((o, i) => {
    const bw = s.put(cx, y, '□', style, false);
    if (chosen.includes(o)) {
      const [l, top] = [cx + bw * 0.12, y - em * 0.78];
      s.line(l + bw * 0.12, top + em * 0.42, l + bw * 0.32, top + em * 0.66, Math.max(2, em * 0.08), style.color ?? s.ink);
      s.line(l + bw * 0.32, top + em * 0.66, l + bw * 0.78, top + em * 0.08, Math.max(2, em * 0.08), style.color ?? s.ink);
    }
    cx += bw + s.put(cx + bw, y, o, style, false) + (i < options.length - 1 ? em : 0);
  });
  s.record(x, y, options.map((o) => `${chosen.includes(o) ? '☑' : '□'}${o}`).join('\u3000'), cx);
  return cx;
}

const GRADES = ['阴性(-)', '±', '1+', '2+', '3+', '4+'] as const;
const qual = (name: string, abbr: string, grade: number): LabRow =>
  ({ name, abbr, value: GRADES[grade] ?? '阴性(-)', flag: grade >= 2 ? '↑' : '', unit: '', range: '阴性' });
const count = (name: string, abbr: string, v: number, hi: number, unit: string, digits = 1): LabRow =>
  ({ name, abbr, value: v.toFixed(digits), flag: Number(v.toFixed(digits)) > hi ? '↑' : '', unit, range: `0-${hi}` });

/**
 * 尿常规 (dry chemistry and flow-cytometry sediment) as a county analyser reports it: a diabetic's glucose and a kidney patient's
 * protein and blood positive, graded 1+ to 4+ and flagged; the rest negative or in range.
 */
export function urinalysis(doc: Doc, rng: Rng): LabRow[] {
  const k = doc.dx.keys;
  const kidney = k.includes('URAEMIA_DIALYSIS');
  const sugar = k.includes('DIABETES') && rng.chance(0.75) ? rng.int(2, 5) : 0;
  const protein = kidney ? rng.int(2, 4) : k.includes('DIABETES') || k.includes('HYPERTENSION') ? rng.pick([0, 0, 1, 2]) : 0;
  const sg = kidney ? rng.range(1.005, 1.012) : rng.range(1.012, 1.028);
  const ph = rng.pick([5.5, 6.0, 6.0, 6.5, 7.0]);
  const rbc = kidney ? rng.range(30, 160) : rng.range(0.5, 18);
  const wbc = rng.chance(0.2) ? rng.range(30, 120) : rng.range(1, 20);
  return [
    { name: '颜色', abbr: 'COL', value: rng.pick(['淡黄色', '黄色', '淡黄色']), flag: '', unit: '', range: '淡黄色' },
    { name: '透明度', abbr: 'TUR', value: protein >= 3 ? '微浑' : '清亮', flag: '', unit: '', range: '清亮' },
    { name: '比重', abbr: 'SG', value: sg.toFixed(3), flag: sg < 1.003 ? '↓' : '', unit: '', range: '1.003-1.030' },
    { name: '酸碱度', abbr: 'pH', value: ph.toFixed(1), flag: '', unit: '', range: '4.5-8.0' },
    qual('白细胞酯酶', 'LEU', wbc > 30 ? rng.int(1, 3) : 0), qual('亚硝酸盐', 'NIT', 0), qual('尿蛋白', 'PRO', protein),
    qual('葡萄糖', 'GLU', sugar), qual('酮体', 'KET', sugar >= 4 && rng.chance(0.3) ? 2 : 0), qual('尿胆原', 'URO', 0),
    qual('胆红素', 'BIL', 0), qual('隐血', 'BLD', kidney ? rng.int(2, 3) : 0), qual('维生素C', 'VC', rng.pick([0, 0, 1])),
    count('红细胞', 'RBC', rbc, 25, '/μL'), count('白细胞', 'WBC', wbc, 25, '/μL'), count('上皮细胞', 'EC', rng.range(0.5, 12), 30, '/μL'),
    count('管型', 'CAST', kidney ? rng.range(1.2, 4) : rng.range(0, 0.8), 1, '/μL', 2), count('细菌', 'BACT', rng.range(3, 160), 300, '/μL'),
  ];
}

/**
 * The security ground of anti-counterfeit certificate paper: a fine guilloche of interlaced waves over the form's area and a
 * rosette in the middle, in a pale tint (not text).
 */
export function guilloche(s: Sheet, x: number, y: number, w: number, h: number, color: string, rng: Rng): void {
  const g = s.g;
  g.save();
  g.beginPath();
  g.rect(x, y, w, h);
  g.clip();
  g.strokeStyle = color;
  g.lineWidth = 1;
  const [f1, f2, ph] = [rng.range(0.012, 0.02), rng.range(0.03, 0.05), rng.range(0, 6.3)];
  for (let row = y - 40; row < y + h + 40; row += 22) {
    for (const sign of [1, -1]) {
      g.beginPath();
      for (let i = 0; i <= w; i += 6) {
        const yy = row + sign * (9 * Math.sin((x + i) * f1 + ph + row * 0.07) + 4 * Math.sin((x + i) * f2));
        if (i === 0) g.moveTo(x + i, yy);
        else g.lineTo(x + i, yy);
      }
      g.stroke();
    }
  }
  const [cx, cy, r] = [x + w / 2, y + h / 2, Math.min(w, h) * 0.28];
  for (let k = 0; k < 36; k += 1) {
    g.beginPath();
    for (let a = 0; a <= Math.PI * 2 + 0.01; a += 0.02) {
      const rr = r * (0.62 + 0.38 * Math.cos(7 * a + (k * Math.PI) / 18));
      if (a === 0) g.moveTo(cx + rr * Math.cos(a), cy + rr * Math.sin(a));
      else g.lineTo(cx + rr * Math.cos(a), cy + rr * Math.sin(a));
    }
    g.stroke();
  }
  g.restore();
}

/** An ultrasound machine's measurement over a still: two yellow `+` calipers and the dotted line between them (not text). */
export function calipers(s: Sheet, x: number, y: number, w: number, h: number, rng: Rng): void {
  const g = s.g;
  const [ax, ay] = [x + w * rng.range(0.3, 0.45), y + h * rng.range(0.35, 0.6)];
  const [bx, by] = [ax + w * rng.range(0.15, 0.3), ay + h * rng.range(-0.12, 0.12)];
  g.save();
  g.strokeStyle = '#f2e24a';
  g.lineWidth = 2;
  for (const [px0, py0] of [[ax, ay], [bx, by]] as const) {
    g.beginPath();
    g.moveTo(px0 - 9, py0);
    g.lineTo(px0 + 9, py0);
    g.moveTo(px0, py0 - 9);
    g.lineTo(px0, py0 + 9);
    g.stroke();
  }
  g.setLineDash([4, 5]);
  g.beginPath();
  g.moveTo(ax, ay);
  g.lineTo(bx, by);
  g.stroke();
  g.restore();
}
