import { Alert, Button, Card, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import type { MyCaseDto } from '../../../../electron/contract';
import { useDesk } from '../../api/hooks';
import { formatInstant } from '../../ui/format';
import { label, useLabels } from '../../ui/labels';
import { SignatureCard } from './SignatureCard';

/**
 * 我的认定任务: the cases this physician was drawn for and has not yet signed, each with the last day
 * to act (after it the desk draws someone else, R20); nothing else is theirs to see here.
 */
export function TasksScreen({ onReview }: { onReview: (applicationId: string) => void }) {
  const labels = useLabels();
  const cases = useDesk('review.myCases', {});
  const today = dayjs().format('YYYY-MM-DD');
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title="我的认定任务">
        {cases.error && <Alert type="error" showIcon title={cases.error.message} />}
        <Table<MyCaseDto> rowKey="applicationId" size="middle" loading={cases.isLoading} dataSource={cases.data ?? []} pagination={false}
          locale={{ emptyText: '暂无待审核的申请。' }}
          columns={[
            { title: '申请编号', dataIndex: 'displayNo', width: 230 },
            { title: '申请人', dataIndex: 'applicantName', width: 110 },
            { title: '病种', dataIndex: 'diseaseName' },
            { title: '抽取', dataIndex: 'role', width: 120, render: (r: MyCaseDto['role']) => <Tag color={r === 'PANEL' ? undefined : 'orange'}>{label(labels.panelRoles, r)}</Tag> },
            { title: '抽取时间', dataIndex: 'drawnAt', width: 170, render: formatInstant },
            { title: '审核期限', dataIndex: 'dueDate', width: 150, render: (d: string) => (d < today ? <Tag color="red">{d} 已超期</Tag> : `${d} 前`) },
            { title: '操作', width: 100, render: (_v, c) => <Button type="primary" size="small" onClick={() => onReview(c.applicationId)}>审核</Button> },
          ]} />
      </Card>
      <SignatureCard />
    </Space>
  );
}
