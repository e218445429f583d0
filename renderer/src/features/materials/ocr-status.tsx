import { Tag } from 'antd';
import type { PageDto } from '../../../../electron/contract';
import { useLabels } from '../../ui/labels';

const COLORS: Record<PageDto['ocrStatus'], string> = { QUEUED: 'default', RUNNING: 'processing', DONE: 'success', FAILED: 'error', CANCELLED: 'warning' };

/** 排队 / 识别中 / 完成 (with confidence) / 失败 — per page. */
export function OcrStatusTag({ page }: { page: PageDto }) {
  const labels = useLabels();
  const text = page.textSource === 'pdf-text' ? '文字层' : labels.ocrStatuses[page.ocrStatus];
  const conf = page.ocrStatus === 'DONE' && page.textSource === 'ocr' && page.confidence !== null ? ` ${Math.round(page.confidence * 100)}%` : '';
  return <Tag color={COLORS[page.ocrStatus]} title={page.ocrError ?? undefined}>{text}{conf}</Tag>;
}

export const isPending = (p: PageDto): boolean => p.ocrStatus === 'QUEUED' || p.ocrStatus === 'RUNNING';
