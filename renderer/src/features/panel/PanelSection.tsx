import { FilePdfOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { Alert, Button, List, Space, Tag, Typography } from 'antd';
import type { ApplicationStateName } from '../../../../electron/contract';
import { api } from '../../api/client';
import { useDesk, useDeskMutation } from '../../api/hooks';
import { formatInstant } from '../../ui/format';
import { label, useLabels } from '../../ui/labels';
import { usePdfPrint } from '../../ui/PdfPrint';

/** 认定医师: who was drawn for the case, and the random draw itself (R19, R20); never a manual pick. */
export function PanelSection({ applicationId, state, canDraw }: { applicationId: string; state: ApplicationStateName; canDraw: boolean }) {
  const labels = useLabels();
  const panel = useDesk('panel.get', { applicationId });
  const decisions = useDesk('review.decisions', { applicationId });
  const draw = useDeskMutation('panel.draw', ['panel.get', 'applications.get', 'applications.list']);
  const redraw = useDeskMutation('panel.redrawOverdue', ['panel.get']);
  const assignments = panel.data?.assignments ?? [];
  const needed = (panel.data?.minPhysicians ?? 2) - assignments.filter((a) => a.role === 'PANEL' && (a.status === 'PENDING' || a.status === 'COMPLETED')).length;
  // after a split whose second-stage draw found too few, nobody is pending and the case is not decided: the desk may draw again
  const stalled = state === 'UNDER_REVIEW' && assignments.length > 0 && !assignments.some((a) => a.status === 'PENDING');
  const overdue = assignments.filter((a) => a.overdue);
  const open = state === 'QUEUED_FOR_SESSION' || state === 'UNDER_REVIEW';
  const r = draw.data;
  const pdf = usePdfPrint();

  return (
    <div>
      <Typography.Title level={5}>认定医师</Typography.Title>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {panel.data && panel.data.assignments.length === 0 && <Typography.Text type="secondary">尚未抽取。</Typography.Text>}
        {panel.data?.assignments.map((a) => (
          <div key={a.id}>
            {a.name}（{label(labels.titles, a.title)}） {a.role !== 'PANEL' && <Tag color="orange">{label(labels.panelRoles, a.role)}</Tag>}
            <Tag>{label(labels.assignmentStatuses, a.status)}</Tag>
            {a.overdue && <Tag color="red">超过 {panel.data?.respondWithinDays} 日未签署</Tag>}
            <Typography.Text type="secondary">抽取于 {formatInstant(a.drawnAt)}，候选 {a.poolSize} 人，随机种子 {a.seed}{a.closeReason && `；${a.closeReason}`}</Typography.Text>
          </div>
        ))}
        {decisions.data?.map((d) => (
          <div key={d.id}>
            <Tag color={d.result === 'APPROVE' ? 'green' : 'red'}>{d.result === 'APPROVE' ? '同意' : '不同意'}</Tag>
            {d.physicianName}（{label(labels.titles, d.title)}{d.role !== 'PANEL' ? `，${label(labels.panelRoles, d.role)}` : ''}）签署于 {formatInstant(d.signedAt)}
            {d.criteria.some((c) => !c.met) && `，认定标准不符合：${d.criteria.flatMap((c, i) => (c.met ? [] : [`第 ${i + 1} 条`])).join('、')}`}
            {d.reasonCodes.length > 0 && `，原因：${d.reasonCodes.map((c) => label(labels.rejectReasons, c)).join('、')}`}
            {d.comment && `，说明：${d.comment}`}{' '}
            {d.contentIntact ? <Tag color="blue">材料与签署时一致</Tag> : <Tag color="red">签署后材料被改动！</Tag>}
          </div>
        ))}
        {(state === 'APPROVED' || state === 'AWAITING_REREVIEW' || state === 'HOSPITAL_REJECTED') && (
          <Button icon={<FilePdfOutlined />} onClick={() => void api.call('review.decisionPdf', { applicationId }).then((f) => pdf.show(f.pdfBase64, f.fileName))}>
            {state === 'HOSPITAL_REJECTED' ? '打印不予认定通知书' : '打印资格确认表'}
          </Button>
        )}
        {canDraw && open && (needed > 0 || stalled) && (
          <Button type="primary" icon={<ThunderboltOutlined />} loading={draw.isPending} onClick={() => draw.mutate({ applicationId })}>
            {state === 'QUEUED_FOR_SESSION' ? '开始资格确认：随机抽取认定医师' : needed > 0 ? `随机抽取认定医师（还需 ${needed} 名）` : '随机抽取认定医师'}
          </Button>
        )}
        {canDraw && state === 'UNDER_REVIEW' && overdue.length > 0 && (
          <Button danger icon={<ThunderboltOutlined />} loading={redraw.isPending} onClick={() => redraw.mutate({ applicationId })}>
            重新抽取超时未签署的医师（{overdue.map((a) => a.name).join('、')}）
          </Button>
        )}
        {redraw.error && <Alert type="error" showIcon title={redraw.error.message} />}
        {redraw.data && (
          <Alert type="info" showIcon title={redraw.data.expired.map((e) => `${e.name} 超时未签署，${e.replacedBy ? `已改由 ${e.replacedBy} 审核` : '暂无其他符合条件的医师可替换'}`).join('；')} />
        )}
        {draw.error && <Alert type="error" showIcon title={draw.error.message} />}
        {r?.outcome === 'DRAWN' && <Alert type="success" showIcon title={`已从 ${r.eligible} 名符合条件的医师中随机抽取：${r.assigned.map((a) => a.name).join('、')}`} />}
        {r?.outcome === 'POOL_TOO_SMALL' && (
          <Alert type="error" showIcon title={`符合条件的医师只有 ${r.eligible} 名，需 ${r.needed} 名，不能抽取（R19）`}
            description={<>
              <List size="small" header="未入选的医师及原因" dataSource={r.excluded}
                renderItem={(e) => <List.Item>{e.name}：{e.reasons.map((x) => label(labels.exclusionReasons, x)).join('；')}</List.Item>} />
              <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0 }}>
                请联系医保经办机构为本院授权更多该专业的资格确认医师，或告知申请人到其他有授权的定点医疗机构申请。申请保持原状态，不会指定医师。
              </Typography.Paragraph>
            </>} />
        )}
      </Space>
      {pdf.preview}
    </div>
  );
}
