import type { PageDto } from '../../../../electron/contract';
import { PageImage } from './PageThumb';

type Box = readonly [number, number, number, number];

/** The part of a page a field was read from, enlarged, with the box outlined: what the clerk compares the value with. */
export function PageRegion({ page, bbox, width = 380 }: { page: Pick<PageDto, 'id' | 'width' | 'height' | 'index'>; bbox: Box; width?: number }) {
  const margin = Math.max(24, (bbox[3] - bbox[1]) * 1.5);
  const x0 = Math.max(0, bbox[0] - margin * 2);
  const y0 = Math.max(0, bbox[1] - margin);
  const x1 = Math.min(page.width, bbox[2] + margin * 2);
  const y1 = Math.min(page.height, bbox[3] + margin);
  const scale = width / Math.max(1, x1 - x0);
  return (
    <div role="img" aria-label={`第 ${page.index + 1} 页上该项所在位置`}
      style={{ position: 'relative', width, height: (y1 - y0) * scale, overflow: 'hidden', border: '1px solid #d9d9d9', background: '#fff' }}>
      <PageImage pageId={page.id} kind="view" alt="" style={{
        position: 'absolute', left: -x0 * scale, top: -y0 * scale, width: page.width * scale, height: page.height * scale, maxWidth: 'none',
      }} />
      <div style={{
        position: 'absolute', left: (bbox[0] - x0) * scale - 3, top: (bbox[1] - y0) * scale - 3,
        width: (bbox[2] - bbox[0]) * scale + 6, height: (bbox[3] - bbox[1]) * scale + 6, border: '2px solid #1677ff', borderRadius: 2,
      }} />
    </div>
  );
}
