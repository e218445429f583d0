import { Alert, Button, Card, Table, Tag } from 'antd';
import type { MyCaseDto } from '../../../../electron/contract';
import { useDesk } from '../../api/hooks';
import { formatInstant } from '../../ui/format';

/** 我的认定任务: the cases this physician was drawn for and has not yet signed. Nothing else is theirs to see here. */
export function TasksScreen({ onReview }: { onReview: (applicationId: string) => void }) {
  const cases = useDesk('review.myCases', {});
  return (
    <Card title="我的认定任务">
      {cases.error && <Alert type="error" showIcon title={cases.error.message} />}
      <Table<MyCaseDto> rowKey="applicationId" size="middle" loading={cases.isLoading} dataSource={cases.data ?? []} pagination={false}
        locale={{ emptyText: '暂无待审核的申请。' }}
        columns={[
          { title: '申请编号', dataIndex: 'displayNo', width: 230 },
          { title: '申请人', dataIndex: 'applicantName', width: 110 },
          { title: '病种', dataIndex: 'diseaseName' },
          { title: '抽取', dataIndex: 'role', width: 120, render: (r: MyCaseDto['role']) => (r === 'TIEBREAK' ? <Tag color="orange">第三名医师</Tag> : <Tag>审核医师</Tag>) },
          { title: '抽取时间', dataIndex: 'drawnAt', width: 170, render: formatInstant },
          { title: '操作', width: 100, render: (_v, c) => <Button type="primary" size="small" onClick={() => onReview(c.applicationId)}>审核</Button> },
        ]} />
    </Card>
  );
}
