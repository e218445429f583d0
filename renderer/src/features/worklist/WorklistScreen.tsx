import { Alert, Card, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import type { ApplicationStateName, WorklistItemDto } from '../../../../electron/contract';
import { useDesk } from '../../api/hooks';
import { formatInstant, maskIdNumber } from '../../ui/format';
import { label, useLabels } from '../../ui/labels';
import { ApplicationDrawer } from './ApplicationDrawer';
import { DeadlineTags } from './DeadlineTags';
import { StateTag } from './StateTag';
import { SessionReminder } from '../panel/SessionsScreen';

/** 工作台: every application, newest first, filterable by state and searchable by name / pinyin / id number. */
export function WorklistScreen({ canIntake, canRevoke, onOpenMaterials }: { canIntake: boolean; canRevoke: boolean; onOpenMaterials: (applicationId: string) => void }) {
  const labels = useLabels();
  const [state, setState] = useState<ApplicationStateName | null>(null);
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [openId, setOpenId] = useState<string | null>(null);
  // read afresh whenever the worklist is opened: background sync and the scheduler change cases meanwhile
  const list = useDesk('applications.list', { state, query, page, pageSize }, { placeholderData: (prev) => prev, refetchOnMount: 'always', refetchInterval: 60_000 });

  const counts = list.data?.countsByState ?? {};
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const stateOptions = [
    { value: '', label: `全部状态（${total}）` },
    ...Object.entries(labels.states).map(([value, text]) => ({ value, label: `${text}（${counts[value] ?? 0}）` })),
  ];

  return (
    <Card title="工作台 · 申请列表">
      {canIntake && <SessionReminder />}
      <Space style={{ marginBottom: 16 }} wrap>
        <label htmlFor="worklist-state">状态</label>
        <Select<string> id="worklist-state" virtual={false} listHeight={480} style={{ width: 220 }} value={state ?? ''} options={stateOptions}
          onChange={(v) => { setState(v === '' ? null : (v as ApplicationStateName)); setPage(1); }} />
        <label htmlFor="worklist-search">查找</label>
        <Input.Search id="worklist-search" allowClear style={{ width: 320 }} placeholder="姓名、拼音首字母或身份证号"
          onSearch={(v) => { setQuery(v.trim()); setPage(1); }} />
      </Space>
      {list.error && <Alert type="error" showIcon title={list.error.message} style={{ marginBottom: 16 }} />}
      <Table<WorklistItemDto>
        rowKey="id" size="middle" loading={list.isFetching} dataSource={list.data?.items ?? []}
        onRow={(r) => ({ onClick: () => setOpenId(r.id), style: { cursor: 'pointer' } })}
        pagination={{
          current: page, pageSize, total: list.data?.total ?? 0, showSizeChanger: true, pageSizeOptions: [10, 20, 50, 100],
          showTotal: (t) => `共 ${t} 条`, onChange: (p, s) => { setPage(p); setPageSize(s); },
        }}
        locale={{ emptyText: query || state ? '没有符合条件的申请' : '还没有申请。在“受理登记”中登记参保人并创建申请。' }}
        columns={[
          { title: '申请编号', dataIndex: 'displayNo', width: 200 },
          { title: '姓名', dataIndex: 'applicantName', width: 90 },
          { title: '身份证号', dataIndex: 'applicantIdNumber', width: 170, render: maskIdNumber },
          { title: '病种', dataIndex: 'diseaseName', render: (n: string, r) => (r.modeName ? `${n}（${r.modeName}）` : n) },
          { title: '办理方式', dataIndex: 'path', width: 130, render: (p: string) => <Tag color={p === 'INSTANT' ? 'red' : 'default'} style={{ whiteSpace: 'normal' }}>{label(labels.paths, p)}</Tag> },
          { title: '状态', dataIndex: 'state', width: 130, render: (s: ApplicationStateName) => <StateTag state={s} /> },
          { title: '期限', dataIndex: 'deadlines', width: 200, render: (_: unknown, r) => <DeadlineTags deadlines={r.deadlines} /> },
          { title: '创建时间', dataIndex: 'createdAt', width: 110, render: formatInstant },
        ]}
      />
      <ApplicationDrawer id={openId} canIntake={canIntake} canRevoke={canRevoke} onClose={() => setOpenId(null)} onOpenMaterials={onOpenMaterials} />
    </Card>
  );
}
