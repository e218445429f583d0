import { Alert, Button, Card, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { InboxItemDto, MaterialTypeName } from '../../../../electron/contract';
import { useDesk, useDeskMutation } from '../../api/hooks';
import { formatInstant, maskIdNumber } from '../../ui/format';
import { useLabels } from '../../ui/labels';

/** 扫描收件箱: files the scanner saved into the watched folder; the clerk attaches each to an application. Unreadable files stay listed with the reason. */
export function InboxScreen({ onOpenMaterials }: { onOpenMaterials: (applicationId: string) => void }) {
  const labels = useLabels();
  const inbox = useDesk('inbox.list', {}, { refetchInterval: 3000 });
  const [assigning, setAssigning] = useState<InboxItemDto | null>(null);
  const [query, setQuery] = useState('');
  const [applicationId, setApplicationId] = useState<string | null>(null);
  const [type, setType] = useState<MaterialTypeName | ''>('');
  const candidates = useDesk('applications.list', { state: null, query, page: 1, pageSize: 20 }, { enabled: assigning !== null });
  const assign = useDeskMutation('inbox.assign', ['inbox.list', 'materials.list', 'materials.check']);

  const close = (): void => { setAssigning(null); setApplicationId(null); setQuery(''); assign.reset(); };

  return (
    <Card title="扫描收件箱" extra={<span style={{ color: '#888' }}>
      {inbox.data?.folder ? <>扫描仪保存到 <Typography.Text code copyable>{inbox.data.folder}</Typography.Text> 的文件会自动出现在这里；文件加密存入本机数据库后，文件夹中的原文件即被删除</> : '未配置扫描文件夹'}
    </span>}>
      {inbox.error && <Alert type="error" showIcon title={inbox.error.message} />}
      <Table<InboxItemDto> rowKey="id" size="middle" dataSource={inbox.data?.items ?? []} pagination={false} locale={{ emptyText: '暂无待处理的扫描文件' }}
        columns={[
          { title: '文件', dataIndex: 'fileName' },
          { title: '收到时间', dataIndex: 'receivedAt', width: 170, render: formatInstant },
          { title: '页数', dataIndex: 'pageCount', width: 70, render: (n: number | null) => n ?? '—' },
          { title: '状态', dataIndex: 'status', width: 380, render: (_s, r) => (r.status === 'UNREADABLE'
            ? <span><Tag color="error">无法识别</Tag>{r.reason}</span> : <Tag color="blue">待归档</Tag>) },
          { title: '操作', width: 120, render: (_v, r) => r.status === 'PENDING' && <Button size="small" type="primary" onClick={() => setAssigning(r)}>归入申请</Button> },
        ]} />
      <Modal open={assigning !== null} title={`归入申请 · ${assigning?.fileName ?? ''}`} okText="归入" onCancel={close} destroyOnHidden
        okButtonProps={{ disabled: applicationId === null, loading: assign.isPending }}
        onOk={() => assigning && applicationId && assign.mutate({ inboxId: assigning.id, applicationId, materialType: type === '' ? null : type }, {
          onSuccess: () => { const target = applicationId; close(); onOpenMaterials(target); },
        })}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <label htmlFor="inbox-application">申请（输入姓名、拼音首字母或身份证号查找）</label>
          <Select<string> id="inbox-application" showSearch={{ filterOption: false, onSearch: setQuery }} style={{ width: '100%' }} value={applicationId ?? undefined}
            placeholder="查找申请" onChange={setApplicationId} loading={candidates.isFetching}
            options={(candidates.data?.items ?? []).map((a) => ({ value: a.id, label: `${a.applicantName} ${maskIdNumber(a.applicantIdNumber)} · ${a.diseaseName} · ${a.displayNo}` }))} />
          <label htmlFor="inbox-type">材料类型</label>
          <Select<string> id="inbox-type" virtual={false} style={{ width: '100%' }} value={type} onChange={(v) => setType(v as MaterialTypeName | '')}
            options={[{ value: '', label: '自动识别材料类型' }, ...Object.entries(labels.materialTypes).map(([value, label]) => ({ value, label }))]} />
          {assign.error && <Alert type="error" showIcon title={assign.error.message} />}
        </Space>
      </Modal>
    </Card>
  );
}
