import { FileSearchOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Drawer, Space, Spin, Timeline, Typography } from 'antd';
import { useEffect } from 'react';
import { useDesk } from '../../api/hooks';
import { formatInstant } from '../../ui/format';
import { label, useLabels } from '../../ui/labels';
import { ChangeApplicant } from '../intake/ChangeApplicant';
import { PanelSection } from '../panel/PanelSection';
import { ReceiveForm, RevokeForm, ToldForm, WithdrawForm } from './ApplicationActions';
import { DeadlineTags } from './DeadlineTags';
import { StateTag } from './StateTag';

/** One application: who, which disease and path, the state history, and what can be done now. */
export function ApplicationDrawer({ id, canIntake, canRevoke, onClose, onOpenMaterials }: {
  id: string | null; canIntake: boolean; canRevoke: boolean; onClose: () => void; onOpenMaterials: (applicationId: string) => void;
}) {
  const labels = useLabels();
  const detail = useDesk('applications.get', { id: id ?? '' }, { enabled: id !== null });
  const d = detail.data;
  // a case opened again is read afresh: physicians sign and the bureau answers at other desks meanwhile
  const { refetch } = detail;
  useEffect(() => { if (id !== null) void refetch(); }, [id, refetch]);

  return (
    <Drawer open={id !== null} onClose={onClose} size={640} title={d ? `申请 ${d.application.displayNo}` : '申请详情'} destroyOnHidden
      extra={d && <Button type="primary" icon={<FileSearchOutlined />} onClick={() => onOpenMaterials(d.application.id)}>材料与识别</Button>}>
      {detail.isLoading && <Spin />}
      {detail.error && <Alert type="error" showIcon title={detail.error.message} />}
      {d && (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          {d.ban && <Alert type="error" showIcon title={`该参保人因“${d.ban.reason}”两年内不得重新申请，至 ${d.ban.until} 止（R41、R44）。`} />}
          <Descriptions title="参保人" extra={canIntake && <ChangeApplicant applicant={d.applicant} />} column={2} size="small" bordered items={[
            { key: 'name', label: '姓名', children: d.applicant.name },
            { key: 'id', label: '身份证号', children: d.applicant.idNumber },
            { key: 'sex', label: '性别', children: label(labels.sexes, d.applicant.sex) },
            { key: 'birth', label: '出生日期', children: d.applicant.birthDate },
            { key: 'scheme', label: '参保类型', children: label(labels.schemes, d.applicant.scheme) },
            { key: 'status', label: '人员状态', children: label(labels.employmentStatuses, d.applicant.employmentStatus) },
            { key: 'region', label: '参保地', children: d.applicant.regionName },
            { key: 'phone', label: '联系电话', children: d.applicant.phone },
            { key: 'addr', label: '地址', span: 2, children: d.applicant.address },
          ]} />
          <Descriptions title="申请" column={2} size="small" bordered items={[
            { key: 'disease', label: '病种', span: 2, children: d.application.modeName ? `${d.application.diseaseName}（${d.application.modeName}）` : d.application.diseaseName },
            { key: 'path', label: '办理方式', children: label(labels.paths, d.application.path) },
            { key: 'state', label: '状态', children: <StateTag state={d.application.state} /> },
            ...(d.application.transferFrom ? [{ key: 'transfer', label: '外地转入', span: 2, children: `原参保地：${d.application.transferFrom}${d.application.path === 'TRANSFER_IN' ? '（经本院审核直接纳入，R51）' : '（非即时办理病种，按新申请重新认定，R51）'}` }] : []),
            { key: 'received', label: '受理时间', children: formatInstant(d.application.receivedAt) },
            { key: 'pack', label: '政策包版本', children: d.application.packVersion },
            { key: 'due', label: '期限', span: 2, children: <DeadlineTags deadlines={d.deadlines} /> },
            ...(d.notifications.length > 0 ? [{
              key: 'told', label: '告知记录', span: 2,
              children: d.notifications.map((n) => `${n.toldOn} ${label(labels.notifyMethods, n.method)}（${label(labels.states, n.state)}，${n.recordedByName}记录${n.note ? `；${n.note}` : ''}）`).join('；'),
            }] : []),
          ]} />
          {d.entitlement && (
            <Descriptions title="门诊慢特病资格" column={2} size="small" bordered items={[
              { key: 'state', label: '资格状态', children: label(labels.entitlementStates, d.entitlement.state) },
              { key: 'start', label: '享受待遇起始日', children: d.entitlement.startDate },
              { key: 'end', label: '终止日', children: d.entitlement.endDate ?? '—' },
              { key: 'filing', label: '备案', children: label(labels.filingStates, d.entitlement.filing) },
              ...(d.entitlement.filingError ? [{ key: 'err', label: '经办机构反馈', span: 2, children: d.entitlement.filingError }] : []),
              ...(d.entitlementEvents.length > 0 ? [{
                key: 'events', label: '资格变动', span: 2,
                children: <Timeline style={{ marginTop: 8, marginBottom: 0 }} items={d.entitlementEvents.map((e, i) => ({
                  key: i, color: e.toState === 'EFFECTIVE' ? 'green' : 'red',
                  content: `${e.effectiveDate} ${label(labels.entitlementEventTypes, e.type)}（${e.decidedBy === 'BUREAU' ? '医保经办机构' : '本院认定台'}）：`
                    + `${label(labels.entitlementStates, e.fromState)} → ${label(labels.entitlementStates, e.toState)}。${e.reason}`
                    + `${e.unexpected ? '（与本院记录的状态不一致，以经办机构决定为准）' : ''}`,
                }))} />,
              }] : []),
              ...d.samplings.map((s) => ({
                key: `sampling-${s.samplingId}`, label: `抽查复核（${s.period}）`, span: 2,
                children: `${formatInstant(s.requestedAt)} 医保经办机构抽中；档案包${label(labels.samplingUploads, s.upload ?? 'NONE')}；`
                  + (s.result ? `结论（${s.decidedOn}）：${label(labels.samplingResults, s.result)}${s.reason ? `，${s.reason}` : ''}` : '结论：待经办机构作出'),
              })),
            ]} />
          )}
          {d.application.state === 'AWAITING_REREVIEW' && (
            <Alert type="info" showIcon title="已报医疗保障经办机构月度复核：复核通过后才备案，并自复核通过之日起享受待遇（000 §8(3)）。" />
          )}
          <div>
            <Typography.Title level={5}>办理记录</Typography.Title>
            <Timeline items={d.history.map((h) => ({
              key: h.seq,
              content: `${formatInstant(h.at)} ${h.actorName}：${h.fromState ? `${labels.states[h.fromState]} → ` : '创建申请，'}${labels.states[h.toState]}${h.note ? `（${h.note}）` : ''}`,
            }))} />
          </div>
          {['QUEUED_FOR_SESSION', 'UNDER_REVIEW', 'APPROVED', 'HOSPITAL_REJECTED', 'AWAITING_REREVIEW'].includes(d.application.state) && (
            <PanelSection applicationId={d.application.id} state={d.application.state} canDraw={canIntake} />
          )}
          {canIntake && d.events.includes('RECEIVE') && <ReceiveForm id={d.application.id} />}
          {canIntake && d.events.includes('WITHDRAW') && <WithdrawForm id={d.application.id} />}
          {canIntake && d.noticeKind !== null && <ToldForm id={d.application.id} noticeKind={d.noticeKind} />}
          {canRevoke && d.revocable && <RevokeForm id={d.application.id} />}
        </Space>
      )}
    </Drawer>
  );
}
