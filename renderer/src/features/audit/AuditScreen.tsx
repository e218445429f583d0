import { DownloadOutlined, SafetyCertificateOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, DatePicker, Input, List, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { In } from '../../../../electron/contract';
import { api } from '../../api/client';
import { useDesk, useDeskMutation } from '../../api/hooks';
import { formatInstant } from '../../ui/format';
import { downloadFile } from '../../ui/pdf-download';

type Filter = In<'audit.list'>['filter'];
const EMPTY: Filter = { action: null, actorId: null, entityId: null, from: null, to: null };

/** 审计日志 (administrator): browse and filter the chain, verify it (deep: re-hash every file), export what is shown. */
export function AuditScreen() {
  const [filter, setFilter] = useState<Filter>(EMPTY);
  const [draft, setDraft] = useState<{ action: string; entityId: string; range: [Dayjs | null, Dayjs | null] | null }>({ action: '', entityId: '', range: null });
  const [page, setPage] = useState(1);
  const [deep, setDeep] = useState(false);
  const list = useDesk('audit.list', { filter, page, pageSize: 50 });
  const status = useDesk('audit.status', {});
  const verify = useDeskMutation('audit.verify', ['audit.status', 'audit.list']);
  const shown = verify.data ?? status.data ?? null;

  const apply = () => {
    setPage(1);
    setFilter({
      action: draft.action.trim() || null, actorId: null, entityId: draft.entityId.trim() || null,
      from: draft.range?.[0]?.startOf('day').toISOString() ?? null, to: draft.range?.[1]?.endOf('day').toISOString() ?? null,
    });
  };
  async function exportCsv() {
    const r = await api.call('audit.export', { filter });
    downloadFile(r.csvBase64, r.fileName, 'text/csv');
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title="审计链核验" extra={<Space>
        <Checkbox checked={deep} onChange={(e) => setDeep(e.target.checked)}>同时核验全部原始文件（较慢）</Checkbox>
        <Button type="primary" icon={<SafetyCertificateOutlined />} loading={verify.isPending} onClick={() => verify.mutate({ deep })}>立即核验</Button>
      </Space>}>
        {shown === null && <Typography.Text type="secondary">尚未核验。</Typography.Text>}
        {shown?.ok && <Alert type="success" showIcon title={`审计链完好：共 ${shown.count} 条记录，受保护的数据均与审计记录一致（${formatInstant(shown.verifiedAt)} 核验）`} />}
        {shown && !shown.ok && (
          <Alert type="error" showIcon title={`审计链核验未通过（${formatInstant(shown.verifiedAt)}）：发现 ${shown.problems.length} 处问题${shown.brokenAt !== null ? `，最早一处在第 ${shown.brokenAt} 条` : ''}`}
            description={<List size="small" dataSource={shown.problems.slice(0, 30)} renderItem={(p) => <List.Item>{p.message}</List.Item>} />} />
        )}
        {verify.error && <Alert type="error" showIcon title={verify.error.message} />}
      </Card>
      <Card title="审计日志">
        <Space wrap style={{ marginBottom: 12 }}>
          <label htmlFor="audit-action">操作</label>
          <Input id="audit-action" style={{ width: 200 }} placeholder="如 application.、review.sign" value={draft.action} onChange={(e) => setDraft({ ...draft, action: e.target.value })} onPressEnter={apply} />
          <label htmlFor="audit-entity">对象编号</label>
          <Input id="audit-entity" style={{ width: 280 }} value={draft.entityId} onChange={(e) => setDraft({ ...draft, entityId: e.target.value })} onPressEnter={apply} />
          <DatePicker.RangePicker aria-label="时间范围" value={draft.range} onChange={(v) => setDraft({ ...draft, range: v })} />
          <Button icon={<SearchOutlined />} onClick={apply}>查询</Button>
          <Button icon={<DownloadOutlined />} onClick={() => void exportCsv()}>导出（CSV）</Button>
        </Space>
        <Table rowKey="seq" size="small" loading={list.isLoading} dataSource={list.data?.items ?? []}
          pagination={{ current: page, pageSize: 50, total: list.data?.total ?? 0, onChange: setPage, showTotal: (t) => `共 ${t} 条` }}
          columns={[
            { title: '序号', dataIndex: 'seq', width: 80 },
            { title: '时间', dataIndex: 'at', width: 150, render: (v: string) => formatInstant(v) },
            { title: '操作人', dataIndex: 'actorName', width: 130 },
            { title: '操作', dataIndex: 'action', width: 200, render: (v: string, r) => <span>{v}{r.sealed && <Tag color="blue" style={{ marginLeft: 4 }}>封存</Tag>}</span> },
            { title: '对象', dataIndex: 'entityId', width: 260, render: (v: string | null, r) => `${r.entityType}${v ? ` ${v}` : ''}` },
            { title: '详情', dataIndex: 'details', ellipsis: true },
          ]} />
      </Card>
    </Space>
  );
}
