import type { Point, Quad } from '../../domain/extraction/layout';
import type { Direction } from './cls';
import { aspect } from './line-crops';

/**
 * Which way up the page is, from its own text boxes: a sideways page has tall line boxes, an
 * upside-down one has lines the direction classifier turns. Counted over the boxes that are
 * clearly lines (not single characters), so stray marks do not decide, and for the way up over
 * those the classifier read.
 */

/** Clockwise quarter turns the text on the page has been rotated by. */
export type QuarterTurns = 0 | 1 | 2 | 3;

const LINE_ASPECT = 1.5;

export function pageTurns(quads: readonly Quad[], directions: readonly (Direction | undefined)[]): QuarterTurns {
  let wide = 0;
  let tall = 0;
  let turned = 0;
  let classified = 0;
  quads.forEach((q, i) => {
    const a = aspect(q);
    if (a >= LINE_ASPECT) wide += 1;
    else if (a <= 1 / LINE_ASPECT) tall += 1;
    else return;
    const d = directions[i];
    if (!d) return;
    classified += 1;
    if (d.upsideDown) turned += 1;
  });
  const sideways = tall > wide;
  const upsideDown = turned * 2 > classified;
  // a clockwise page's sideways lines read upright once turned anticlockwise (lineQuad); an anticlockwise one's read upside down
  if (sideways) return upsideDown ? 3 : 1;
  return upsideDown ? 2 : 0;
}

/** A point of a `width` × `height` image whose content is turned by `turns`, in the upright page's coordinates. */
export function uprightPoint([x, y]: Point, turns: QuarterTurns, width: number, height: number): Point {
  switch (turns) {
    case 0: return [x, y];
    case 1: return [y, width - x];
    case 2: return [width - x, height - y];
    case 3: return [height - y, x];
  }
}
