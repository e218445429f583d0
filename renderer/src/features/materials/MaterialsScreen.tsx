import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Empty, Row, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import type { DocumentDto } from '../../../../electron/contract';
import { useDesk } from '../../api/hooks';
import { StateTag } from '../worklist/StateTag';
import { DocumentCard } from './DocumentCard';
import { FactsEditor } from './FactsEditor';
import { FACT_ROWS, type FactFieldName } from './FactsSummary';
import { ImportPanel } from './ImportPanel';
import { isPending } from './ocr-status';
import { PageViewer } from './PageViewer';
import { VerdictPanel } from './VerdictPanel';
import { SignPanel } from '../panel/SignPanel';

const EDITABLE = ['DRAFT', 'RECEIVED', 'INCOMPLETE'];

/** 材料与识别 (and, for a drawn physician, 审核签字): import and capture, OCR status per page, extracted facts, and the materials verdict of one application. */
export function MaterialsScreen({ applicationId, canIntake, onBack, signer }: { applicationId: string; canIntake: boolean; onBack: () => void; signer: string | null }) {
  const detail = useDesk('applications.get', { id: applicationId });
  const docs = useDesk('materials.list', { applicationId }, {
    refetchInterval: (q) => (q.state.data?.some((d) => d.pages.some(isPending)) ? 1000 : false),
  });
  const pending = docs.data?.some((d) => d.pages.some(isPending)) ?? false;
  const check = useDesk('materials.check', { applicationId }, {
    refetchInterval: (q) => (pending || (q.state.data?.verdict.ocrPending ?? 0) > 0 ? 1500 : false),
  });
  const [pageId, setPageId] = useState<string | null>(null);
  const [highlight, setHighlight] = useState<{ bbox: readonly [number, number, number, number]; label: string } | null>(null);
  const locate = (doc: DocumentDto, field: FactFieldName) => {
    const source = doc.facts?.sources?.[field];
    const page = source ? doc.pages[source.page] : undefined;
    if (!source || !page) return;
    setHighlight(source.bbox ? { bbox: source.bbox, label: FACT_ROWS.find((r) => r.field === field)?.label ?? '' } : null);
    setPageId(page.id);
  };
  const [editing, setEditing] = useState<DocumentDto | null>(null);
  const d = detail.data;
  const editable = canIntake && d !== undefined && EDITABLE.includes(d.application.state);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Space wrap size="large">
          <Button icon={<ArrowLeftOutlined />} onClick={onBack}>返回工作台</Button>
          <Typography.Title level={4} style={{ margin: 0 }}>材料与识别</Typography.Title>
          {d && <span>申请 {d.application.displayNo} · {d.applicant.name} · {d.application.diseaseName}{d.application.modeName ? `（${d.application.modeName}）` : ''}</span>}
          {d && <StateTag state={d.application.state} />}
        </Space>
      </Card>
      {(detail.error ?? docs.error) && <Alert type="error" showIcon title={(detail.error ?? docs.error)?.message} />}
      {d && !editable && canIntake && <Alert type="info" showIcon title="该申请已进入认定环节，材料已冻结，只能查看。" />}
      <Row gutter={16}>
        <Col span={15}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            {editable && <ImportPanel applicationId={applicationId} />}
            {docs.isLoading && <Spin />}
            {docs.data?.length === 0 && <Card><Empty description="尚未导入材料" /></Card>}
            {docs.data?.map((doc) => (
              <DocumentCard key={doc.id} doc={doc} editable={editable} onEditFacts={setEditing}
                others={docs.data.filter((o) => o.id !== doc.id).map((o) => ({ id: o.id, label: `${o.fileName}（${o.pages.map((x) => x.index + 1).join('、')} 页）` }))}
                onOpenPage={(p) => { setHighlight(null); setPageId(p.id); }} onLocate={(field) => locate(doc, field)} />
            ))}
          </Space>
        </Col>
        <Col span={9}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            {check.data && d && <VerdictPanel applicationId={applicationId} displayNo={d.application.displayNo} check={check.data} canAct={canIntake} />}
            {signer !== null && d && <SignPanel applicationId={applicationId} diseaseKey={d.application.diseaseKey} signerName={signer} open={d.application.state === 'UNDER_REVIEW'} />}
          </Space>
        </Col>
      </Row>
      <PageViewer pageId={pageId} editable={editable} highlight={highlight} onClose={() => setPageId(null)} />
      <FactsEditor doc={editing} onClose={() => setEditing(null)} />
    </Space>
  );
}
