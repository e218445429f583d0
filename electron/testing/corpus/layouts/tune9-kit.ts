import type { Doc } from '../case';
import { clock, parts } from '../dates';
import type { Dx } from '../diseases';
import type { Hospital } from '../hospitals';
import type { Rng } from '../rng';

/** Pieces the tune9 layouts share: private hospitals, labels spaced out over their boxes, times with seconds, dates with 号. */

const h = (name: string, address: string, phone: string): Hospital => ({ name, address, phone });

/** 民营医院 of the Liaocheng counties (医保定点, run by a company; their paper comes from a Word template or a small HIS). */
export const PRIVATE: readonly Hospital[] = [
  h('聊城民生医院', '聊城市东昌府区柳园北路118号', '0635-8599120'), h('阳谷仁和医院', '阳谷县狮子楼路56号', '0635-6286120'),
  h('莘县博爱医院', '莘县莘亭街道东关街32号', '0635-7195120'), h('临清华康医院', '临清市永青路219号', '0635-2955120'),
  h('东阿协和医院', '东阿县铜城街道洛神路11号', '0635-3390120'), h('冠县康宁医院', '冠县东外环路88号', '0635-5291120'),
  h('高唐华仁医院', '高唐县汇鑫路15号', '0635-3866120'),
];

/**
 * A label spread over the width of its box the way Word templates and old HIS forms print it: 姓  名, 性  别 (two-character
 * labels get two spaces or a full-width one), 住 院 号, 入 院 日 期 (longer ones a space between characters).
 */
export function spaced(label: string, wide: boolean): string {
  const chars = [...label];
  if (chars.length === 2) return chars.join(wide ? '\u3000' : '  ');
  return chars.join(' ');
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** How a time with seconds is printed: 2025-01-02 10:30:25, 2025/01/02 10:30:25, 2025年01月02日 10:30:25. */
export type Stamp = 'iso' | 'slash' | 'cn';

/** A date and time to the second (the seconds derived from the minutes, so the same document prints the same time). */
export function stamp(iso: string, minutes: number, how: Stamp, salt = 0): string {
  const [y, m, d] = parts(iso);
  const t = `${clock(minutes)}:${pad((minutes * 37 + salt * 11) % 60)}`;
  if (how === 'cn') return `${y}年${pad(m)}月${pad(d)}日 ${t}`;
  return how === 'slash' ? `${y}/${pad(m)}/${pad(d)} ${t}` : `${y}-${pad(m)}-${pad(d)} ${t}`;
}

/** A date as a hand writes it into a blank: 2025年3月4号, 2025.3.4, 2025年3月4日 (no zero padding). */
export type Hand = 'hao' | 'dot' | 'ri';
export function handDate(iso: string, how: Hand): string {
  const [y, m, d] = parts(iso);
  if (how === 'dot') return `${y}.${m}.${d}`;
  return `${y}年${m}月${d}${how === 'hao' ? '号' : '日'}`;
}

/** The month and day alone as a hand writes them in a note: 1月2号 (a day during the stay, never a truth date). */
export function handDay(iso: string): string {
  const [, m, d] = parts(iso);
  return `${m}月${d}号`;
}

/** A diagnosis with a comma inside (双相情感障碍，目前为躁狂发作) written with brackets, so a list joined by 、 or ； stays readable. */
export const bracketed = (d: Dx): Dx => (d.text.includes('，') ? { ...d, text: d.text.replace('，', '（') + '）' } : d);

/** The document with its final and admission diagnoses bracketed (for pages that run them together in a sentence or a cell). */
export function runnable(doc: Doc): Doc {
  return { ...doc, dx: { ...doc.dx, western: doc.dx.western.map(bracketed), admission: doc.dx.admission.map(bracketed) } };
}

/**
 * How the page says the patient came in (a ward's words), with the admission date inside: 于2025年1月2日门诊以“…”收入我科,
 * 经急诊拟“…”收入院, 收住我科, 入住心内科. `first`: the diagnosis the patient was sent up with.
 */
export function admitted(doc: Doc, date: string, first: string, route: '门诊' | '急诊', rng: Rng): string {
  if (route === '急诊') return rng.pick([`于${date}经急诊拟“${first}”收入院`, `于${date}由急诊以“${first}”收住我科`]);
  return rng.pick([
    `于${date}门诊以“${first}”收入我科`,
    `于${date}来我院就诊，门诊拟“${first}”收住我科`,
    `于${date}入住我院${doc.department}`,
    `为求进一步诊治，于${date}以“${first}”收入${doc.department}`,
  ]);
}

/** How the page says the patient left, with the discharge date inside; `self`: at the family's request, against advice. */
export function leftOn(date: string, self: boolean, rng: Rng): string {
  if (self) return rng.pick([`患者家属要求出院，于${date}自动出院`, `经交代病情后，患者及家属签字要求自动出院，于${date}办理出院`]);
  return rng.pick([`于${date}办理出院`, `病情稳定后于${date}出院`, `于${date}好转出院`, `现病情平稳，准予${date}出院`]);
}
