import { Alert, Button, Input, Modal, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useDesk, useDeskMutation } from '../../api/hooks';
import { formatInstant } from '../../ui/format';
import { PageImage } from './PageThumb';

/** Words read with less confidence than this are marked for the clerk to check. */
const LOW_CONFIDENCE = 0.6;

/** The page image beside its text; low-confidence words boxed on the image and listed; the clerk's correction is kept with who/when. */
export function PageViewer({ pageId, editable, onClose, highlight = null }: {
  pageId: string | null; editable: boolean; onClose: () => void;
  /** The box of a field the clerk is looking at (from 提取信息). */
  highlight?: { bbox: readonly [number, number, number, number]; label: string } | null;
}) {
  const page = useDesk('pages.get', { pageId: pageId ?? '' }, { enabled: pageId !== null });
  const correct = useDeskMutation('pages.correct', ['materials.list', 'materials.check', 'pages.get']);
  // the clerk's edit, or (until they type) the page's current authoritative text
  const [edit, setEdit] = useState<{ pageId: string; text: string } | null>(null);
  const p = page.data;
  const saved = p ? (p.correctedText ?? p.ocrText ?? '') : '';
  const text = edit && edit.pageId === pageId ? edit.text : saved;
  const setText = (t: string): void => { if (pageId) setEdit({ pageId, text: t }); };
  const low = p?.words.filter((w) => w.confidence < LOW_CONFIDENCE && w.text.trim() !== '') ?? [];

  return (
    <Modal open={pageId !== null} onCancel={onClose} width={1280} title={p ? `第 ${p.index + 1} 页 · 原图与识别文字` : '页面'} destroyOnHidden
      footer={<Space>
        <Button onClick={onClose}>关闭</Button>
        {editable && <Button type="primary" loading={correct.isPending} disabled={!p || text === saved}
          onClick={() => pageId && correct.mutate({ pageId, text })}>保存更正</Button>}
      </Space>}>
      {!p && <Spin />}
      {p && (
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 16 }}>
          <div style={{ position: 'relative', border: '1px solid #ddd', maxHeight: '72vh', overflow: 'auto' }}>
            <div style={{ position: 'relative' }}>
              <PageImage pageId={p.id} kind="view" alt={`第 ${p.index + 1} 页原图`} style={{ width: '100%' }} />
              {low.map((w, i) => (
                <div key={i} title={`${w.text}（置信度 ${Math.round(w.confidence * 100)}%）`} style={{
                  position: 'absolute', border: '2px solid #f5222d', background: 'rgba(245,34,45,0.12)',
                  left: `${(w.bbox[0] / p.width) * 100}%`, top: `${(w.bbox[1] / p.height) * 100}%`,
                  width: `${((w.bbox[2] - w.bbox[0]) / p.width) * 100}%`, height: `${((w.bbox[3] - w.bbox[1]) / p.height) * 100}%`,
                }} />
              ))}
              {highlight && (
                <div ref={(el) => el?.scrollIntoView({ block: 'center' })} title={highlight.label} aria-label={`${highlight.label}所在位置`} style={{
                  position: 'absolute', border: '3px solid #1677ff', background: 'rgba(22,119,255,0.12)',
                  left: `${(highlight.bbox[0] / p.width) * 100}%`, top: `${(highlight.bbox[1] / p.height) * 100}%`,
                  width: `${((highlight.bbox[2] - highlight.bbox[0]) / p.width) * 100}%`, height: `${((highlight.bbox[3] - highlight.bbox[1]) / p.height) * 100}%`,
                }} />
              )}
            </div>
          </div>
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Space wrap>
              {p.textSource === 'pdf-text' ? <Tag color="blue">PDF 文字层</Tag> : <Tag>OCR 识别{p.confidence !== null ? `，平均置信度 ${Math.round(p.confidence * 100)}%` : ''}</Tag>}
              {p.correctedAt && <Tag color="purple">已人工更正 {formatInstant(p.correctedAt)}</Tag>}
              {p.ocrError && <Tag color="error">{p.ocrError}</Tag>}
            </Space>
            {low.length > 0 && (
              <Alert type="warning" showIcon title={`${low.length} 处识别置信度较低（图中红框），请对照原图核对：`}
                description={low.slice(0, 40).map((w) => w.text).join('　')} />
            )}
            <label htmlFor="page-text">识别文字{editable ? '（可直接修改，保存后以更正内容为准）' : ''}</label>
            <Input.TextArea id="page-text" value={text} readOnly={!editable} onChange={(e) => setText(e.target.value)} autoSize={{ minRows: 18, maxRows: 26 }} />
            {correct.error && <Alert type="error" showIcon title={correct.error.message} />}
            {correct.isSuccess && <Typography.Text type="success">已保存，提取信息已按更正内容重新读取。</Typography.Text>}
          </Space>
        </div>
      )}
    </Modal>
  );
}
