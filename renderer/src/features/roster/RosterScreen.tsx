import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, List, Space, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { RosterEntryDto } from '../../../../electron/contract';
import { useDesk, useDeskMutation } from '../../api/hooks';
import { blobToBase64 } from '../../api/upload';
import { label, useLabels } from '../../ui/labels';
import { PhysicianEditor } from './PhysicianEditor';
import { SanctionForm } from './SanctionForm';

/**
 * 认定医师名册: the physicians the bureau authorised, imported from its CSV or XLSX (problems listed
 * by row, nothing half-imported) and kept up to date by hand by the administrator.
 */
export function RosterScreen({ canManage }: { canManage: boolean }) {
  const labels = useLabels();
  const roster = useDesk('roster.list', {});
  const catalogue = useDesk('catalogue.list', { query: '' });
  const importFile = useDeskMutation('roster.import', ['roster.list']);
  const [editing, setEditing] = useState<RosterEntryDto | 'NEW' | null>(null);
  const [sanctioning, setSanctioning] = useState<RosterEntryDto | null>(null);
  const diseaseName = (key: string) => catalogue.data?.items.find((e) => e.key === key)?.nameZh ?? key;
  const result = importFile.data;

  const upload = async (file: File) => importFile.mutate({ fileName: file.name, contentBase64: await blobToBase64(file) });

  return (
    <Card title="认定医师名册" extra={canManage && (
      <Space>
        <Button icon={<PlusOutlined />} onClick={() => setEditing('NEW')}>新增医师</Button>
        <Upload accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" showUploadList={false}
          customRequest={({ file }) => { void upload(file as File); }}>
          <Button type="primary" icon={<UploadOutlined />} loading={importFile.isPending}>导入名册（Excel / CSV）</Button>
        </Upload>
      </Space>
    )}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {canManage && <Typography.Text type="secondary">
          名册文件为 Excel（.xlsx，第一个工作表）或 CSV（UTF-8 或 GBK）。表头：医保医师编码、姓名、身份证号、医院编码、专业、职称、授权病种、授权起始、授权截止、在岗、已备案培训、回避身份证号（可选：黑名单起始、黑名单截止、黑名单原因）。多个值用“；”分隔。
        </Typography.Text>}
        {importFile.error && <Alert type="error" showIcon title={importFile.error.message} />}
        {result && result.problems.length === 0 && <Alert type="success" showIcon title={`已导入 ${result.imported} 名医师。`} />}
        {result && result.problems.length > 0 && (
          <Alert type="error" showIcon title={`名册有 ${result.problems.length} 处问题，未导入任何记录，请修改后重新导入：`}
            description={<List size="small" dataSource={result.problems} renderItem={(p) => <List.Item>第 {p.row} 行：{p.message}</List.Item>} />} />
        )}
        {roster.error && <Alert type="error" showIcon title={roster.error.message} />}
        <Table<RosterEntryDto> rowKey="id" size="middle" loading={roster.isLoading} dataSource={roster.data ?? []}
          locale={{ emptyText: '名册为空。请导入医保经办机构下发的资格确认医师名册。' }}
          columns={[
            { title: '医保医师编码', dataIndex: 'id', width: 130 },
            { title: '姓名', dataIndex: 'name', width: 90 },
            { title: '医院编码', dataIndex: 'hospitalCode', width: 140 },
            { title: '职称', dataIndex: 'title', width: 100, render: (t: string) => label(labels.titles, t) },
            { title: '专业', dataIndex: 'specialtyNames', render: (s: string[]) => s.join('、') },
            { title: '授权病种', render: (_v, p) => (p.authorisation ? p.authorisation.diseaseKeys.map(diseaseName).join('、') : <Tag>未授权</Tag>) },
            { title: '授权期限', width: 190, render: (_v, p) => (p.authorisation ? `${p.authorisation.from} 至 ${p.authorisation.to ?? '长期'}` : '—') },
            { title: '状态', width: 200, render: (_v, p) => (
              <Space size={4} wrap>
                {p.active ? <Tag color="green">在岗</Tag> : <Tag>停用</Tag>}
                {!p.onboarded && <Tag color="orange">未完成备案培训</Tag>}
                {p.blacklistedToday && <Tag color="red" title={p.sanctions.map((s) => `${s.from}–${s.to ?? ''} ${s.reason}`).join('\n')}>黑名单</Tag>}
              </Space>
            ) },
            ...(canManage ? [{ title: '操作', width: 150, render: (_v: unknown, p: RosterEntryDto) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setEditing(p)}>编辑</Button>
                <Button type="link" size="small" danger onClick={() => setSanctioning(p)}>列入黑名单</Button>
              </Space>
            ) }] : []),
          ]} />
        {editing && <PhysicianEditor physician={editing} defaultHospitalCode={roster.data?.[0]?.hospitalCode ?? ''} onClose={() => setEditing(null)} />}
        {sanctioning && <SanctionForm physician={sanctioning} onClose={() => setSanctioning(null)} />}
      </Space>
    </Card>
  );
}
