import { Spin } from 'antd';
import { useDesk } from '../../api/hooks';

/** A page image from the encrypted store, as a data URL (CSP allows data: images only from the desk itself). */
export function PageImage({ pageId, kind, alt, style }: { pageId: string; kind: 'view' | 'thumb'; alt: string; style?: React.CSSProperties }) {
  const img = useDesk('pages.image', { pageId, kind }, { staleTime: Infinity });
  if (!img.data) return <div style={{ ...style, display: 'grid', placeItems: 'center', background: '#fafafa' }}><Spin size="small" /></div>;
  return <img src={`data:${img.data.mime};base64,${img.data.base64}`} alt={alt} style={{ display: 'block', ...style }} />;
}
