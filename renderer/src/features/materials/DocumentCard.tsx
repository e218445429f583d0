import { DeleteOutlined, EyeOutlined, ReloadOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Input, Modal, Select, Space, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import type { DocumentDto, MaterialTypeName, PageDto } from '../../../../electron/contract';
import { useDeskMutation } from '../../api/hooks';
import { useLabels } from '../../ui/labels';
import { FactsSummary, type FactFieldName } from './FactsSummary';
import { OcrStatusTag, isPending } from './ocr-status';
import { PageImage } from './PageThumb';

const REFRESH = ['materials.list', 'materials.check'] as const;

/** One imported file: its type, the R14/004 checks, its pages with OCR status, and the facts read from it. */
export function DocumentCard({ doc, editable, others, onOpenPage, onEditFacts, onLocate }: {
  doc: DocumentDto; editable: boolean; onOpenPage: (p: PageDto) => void; onEditFacts: (d: DocumentDto) => void; onLocate: (field: FactFieldName) => void;
  /** The application's other documents, as places a page can be moved to. */
  others: { id: string; label: string }[];
}) {
  const labels = useLabels();
  const update = useDeskMutation('materials.update', REFRESH);
  const remove = useDeskMutation('materials.remove', REFRESH);
  const retry = useDeskMutation('pages.retryOcr', REFRESH);
  const cancel = useDeskMutation('pages.cancelOcr', REFRESH);
  const move = useDeskMutation('materials.movePages', REFRESH);
  const [removing, setRemoving] = useState(false);
  const [reason, setReason] = useState('');
  const set = (patch: Partial<{ materialType: MaterialTypeName | null; originalSighted: boolean; sealed: boolean }>) =>
    update.mutate({ documentId: doc.id, materialType: doc.materialType, originalSighted: doc.originalSighted, sealed: doc.sealed, facts: null, ...patch });
  const pending = doc.pages.some(isPending);
  const error = update.error ?? remove.error ?? retry.error ?? cancel.error ?? move.error;
  const moveTargets = [...(doc.pages.length > 1 ? [{ value: 'NEW', label: '拆为新材料' }] : []), ...others.map((o) => ({ value: o.id, label: `并入：${o.label}` }))];

  return (
    <Card size="small" title={<span><span>{doc.fileName}</span> <Tag>{labels.documentSources[doc.source]}</Tag>{doc.pages.length > 1 && <Tag>{doc.pages.length} 页</Tag>}</span>}
      extra={editable && <Button size="small" danger icon={<DeleteOutlined />} onClick={() => setRemoving(true)}>移除</Button>}>
      {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 8 }} />}
      <Space wrap style={{ marginBottom: 8 }}>
        <label htmlFor={`type-${doc.id}`}>材料类型</label>
        <Select<string> id={`type-${doc.id}`} virtual={false} size="small" style={{ width: 210 }} disabled={!editable}
          value={doc.materialType ?? ''} onChange={(v) => set({ materialType: v === '' ? null : (v as MaterialTypeName) })}
          options={[{ value: '', label: `自动识别（${labels.materialTypes[doc.effectiveType]}）` }, ...Object.entries(labels.materialTypes).map(([value, label]) => ({ value, label }))]} />
        {doc.effectiveType === 'OUTPATIENT_RECORD_ORIGINAL' && (
          <Checkbox checked={doc.originalSighted} disabled={!editable} onChange={(e) => set({ originalSighted: e.target.checked })}>已核验原件（R14）</Checkbox>
        )}
        {(doc.effectiveType === 'INPATIENT_RECORD_COPY' || doc.effectiveType === 'INPATIENT_COMPLETE_RECORD_SEALED') && (
          <Checkbox checked={doc.sealed} disabled={!editable} onChange={(e) => set({ sealed: e.target.checked })}>加盖医院公章</Checkbox>
        )}
      </Space>
      <div style={{ display: 'flex', gap: 10, flexWrap: 'wrap', marginBottom: 8 }}>
        {doc.pages.map((p) => (
          <div key={p.id} style={{ width: 118, textAlign: 'center' }}>
            <button type="button" aria-label={`查看第 ${p.index + 1} 页`} onClick={() => onOpenPage(p)} style={{ border: '1px solid #ddd', padding: 0, background: '#fff', cursor: 'pointer' }}>
              <PageImage pageId={p.id} kind="thumb" alt={`第 ${p.index + 1} 页缩略图`} style={{ width: 116, height: 160, objectFit: 'contain' }} />
            </button>
            <div>第 {p.index + 1} 页 <OcrStatusTag page={p} /></div>
            {p.duplicateOfPageId && <Tag color="orange">疑似重复页</Tag>}
            {p.corrected && <Tag color="purple">已人工更正</Tag>}
            <Space size={2}>
              <Tooltip title="查看原图与识别文字"><Button size="small" icon={<EyeOutlined />} aria-label="查看" onClick={() => onOpenPage(p)} /></Tooltip>
              {editable && (p.ocrStatus === 'FAILED' || p.ocrStatus === 'CANCELLED') && (
                <Tooltip title={p.ocrError ?? '重试'}><Button size="small" icon={<ReloadOutlined />} aria-label="重试识别" onClick={() => retry.mutate({ pageId: p.id })} /></Tooltip>)}
              {editable && isPending(p) && (
                <Tooltip title="取消识别"><Button size="small" icon={<StopOutlined />} aria-label="取消识别" onClick={() => cancel.mutate({ pageId: p.id })} /></Tooltip>)}
            </Space>
            {editable && !pending && moveTargets.length > 0 && (
              <Select<string> size="small" style={{ width: 116 }} placeholder="移动此页" aria-label={`移动第 ${p.index + 1} 页`} value={null}
                popupMatchSelectWidth={false} options={moveTargets}
                onChange={(v) => move.mutate({ pageIds: [p.id], toDocumentId: v === 'NEW' ? null : v })} />
            )}
          </div>
        ))}
      </div>
      {pending && <Typography.Text type="secondary">正在识别，完成后自动提取信息……</Typography.Text>}
      {!pending && <FactsSummary doc={doc} editable={editable} onEdit={() => onEditFacts(doc)} onLocate={onLocate} />}
      <Modal open={removing} title={`移除材料“${doc.fileName}”`} okText="移除" okButtonProps={{ danger: true, disabled: reason.trim() === '' }}
        onCancel={() => setRemoving(false)} onOk={() => remove.mutate({ documentId: doc.id, reason }, { onSuccess: () => setRemoving(false) })}>
        <p>移除后该材料不再参与审查，原文件仍保留在档案中。</p>
        <label htmlFor={`remove-${doc.id}`}>移除原因</label>
        <Input id={`remove-${doc.id}`} value={reason} onChange={(e) => setReason(e.target.value)} placeholder="如：重复扫描、非本人材料" />
      </Modal>
    </Card>
  );
}
