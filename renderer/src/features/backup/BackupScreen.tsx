import { CloudUploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Space, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import type { BackupEntryDto } from '../../../../electron/contract';
import { useDesk, useDeskMutation } from '../../api/hooks';
import { formatInstant } from '../../ui/format';
import { RecoveryCodeCard } from '../recovery/RecoveryCodeCard';
import { BackupSettingsCard } from './BackupSettingsCard';
import { RestoreDialog } from './RestoreDialog';

const STATE: Record<BackupEntryDto['state'], { color: string; text: string }> = {
  VERIFIED: { color: 'green', text: '已完整核验' },
  CHECKED: { color: 'blue', text: '写入时已检查' },
  UNCHECKED: { color: 'default', text: '未核验' },
  FAILED: { color: 'red', text: '核验未通过' },
  INCOMPLETE: { color: 'orange', text: '不完整' },
};

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);
const SCHEDULE = (s: { kind: string; at?: string; hours?: number }) => (s.kind === 'DAILY' ? `每天 ${s.at}` : s.kind === 'EVERY_HOURS' ? `每 ${s.hours} 小时` : '不自动备份');

/**
 * 备份与恢复 (administrator): settings, 立即备份, the backups in the folder with their checked state,
 * 核验 and 恢复 (with confirmation), and the recovery code. After a restore the desk has reopened and
 * every session ended: the screen hands back to sign-in.
 */
export function BackupScreen({ onRestored }: { onRestored: (text: string) => void }) {
  const { message } = App.useApp();
  const status = useDesk('backup.status', {}, { refetchInterval: 30_000 });
  const run = useDeskMutation('backup.run', ['backup.status']);
  const verify = useDeskMutation('backup.verify', ['backup.status']);
  const [restoring, setRestoring] = useState<BackupEntryDto | null>(null);
  const s = status.data;

  return (
    <div style={{ display: 'grid', gridTemplateColumns: '1fr 360px', gap: 24, alignItems: 'start' }}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card title="备份" extra={
          <Button type="primary" icon={<CloudUploadOutlined />} loading={run.isPending} disabled={!s?.folder}
            onClick={() => run.mutate({}, { onSuccess: (b) => void message.success(`已备份：${b.name}（${size(b.size)}）`) })}>立即备份</Button>
        }>
          {status.error && <Alert type="error" showIcon title={status.error.message} />}
          {run.error && <Alert type="error" showIcon title={run.error.message} style={{ marginBottom: 12 }} />}
          {s?.folderProblem && <Alert type="warning" showIcon title={s.folderProblem} style={{ marginBottom: 12 }} />}
          {s && !s.folder && <Alert type="info" showIcon title="尚未设置备份文件夹，请在右侧“备份设置”中填写。" style={{ marginBottom: 12 }} />}
          {s?.lastError && <Alert type="error" showIcon title={`上次备份失败（${formatInstant(s.lastAttemptAt)}）`} description={s.lastError} style={{ marginBottom: 12 }} />}
          {s && (
            <Descriptions size="small" column={3} bordered styles={{ label: { whiteSpace: 'nowrap' } }} items={[
              { label: '备份文件夹', span: 3, children: s.folder ?? '—' },
              { label: '自动备份', children: SCHEDULE(s.schedule) },
              { label: '上次成功备份', children: formatInstant(s.lastSuccessAt) },
              { label: '下次自动备份', children: formatInstant(s.nextAt) },
            ]} />
          )}
        </Card>
        <Card title="备份列表" size="small">
          {verify.data && (
            <Alert type={verify.data.ok ? 'success' : 'error'} showIcon style={{ marginBottom: 12 }} closable onClose={() => verify.reset()}
              title={verify.data.ok ? `备份 ${verify.data.name} 核验通过：审计链 ${verify.data.auditEvents} 条记录完好${verify.data.migratedFrom ? `（来自旧版本 ${verify.data.migratedFrom}，恢复时将升级）` : ''}` : `备份 ${verify.data.name} 核验未通过`}
              description={verify.data.problem ?? undefined} />
          )}
          {verify.error && <Alert type="error" showIcon title={verify.error.message} style={{ marginBottom: 12 }} />}
          <Table<BackupEntryDto> rowKey="name" size="small" dataSource={s?.backups ?? []} loading={status.isLoading}
            pagination={{ pageSize: 10, hideOnSinglePage: true }} locale={{ emptyText: s?.folder ? '备份文件夹中还没有备份。' : '请先设置备份文件夹。' }}
            columns={[
              { title: '备份时间', dataIndex: 'createdAt', width: 140, render: formatInstant },
              { title: '名称', dataIndex: 'name', render: (v: string, b) => (
                <span style={{ whiteSpace: 'nowrap' }}>{v}{b.otherDesk && <Tag style={{ marginLeft: 6 }}>其他电脑{b.hospitalName ? `·${b.hospitalName}` : ''}</Tag>}</span>
              ) },
              { title: '大小', dataIndex: 'size', width: 80, render: size },
              { title: '方式', dataIndex: 'trigger', width: 60, render: (t: BackupEntryDto['trigger']) => (t === 'SCHEDULED' ? '自动' : t === 'MANUAL' ? '手动' : '—') },
              { title: '状态', dataIndex: 'state', width: 110, render: (v: BackupEntryDto['state'], b) => (
                <Tooltip title={b.problem ?? (b.checkedAt ? `核验于 ${formatInstant(b.checkedAt)}` : undefined)}><Tag color={STATE[v].color}>{STATE[v].text}</Tag></Tooltip>
              ) },
              { title: '操作', width: 130, render: (_v, b) => (
                <Space size="small">
                  <Button size="small" disabled={b.state === 'INCOMPLETE'} loading={verify.isPending && verify.variables?.name === b.name}
                    onClick={() => verify.mutate({ name: b.name })}>核验</Button>
                  <Button size="small" danger disabled={b.state === 'INCOMPLETE'} onClick={() => setRestoring(b)}>恢复</Button>
                </Space>
              ) },
            ]} />
        </Card>
      </Space>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {s && <BackupSettingsCard key={`${s.folder}-${s.schedule.kind}-${s.keepLast}`} status={s} />}
        {s && <RecoveryCodeCard issuedAt={s.recoveryIssuedAt} />}
      </Space>
      <RestoreDialog backup={restoring} onClose={() => setRestoring(null)} onRestored={(r) => onRestored(
        `已从备份 ${r.name}（${formatInstant(r.createdAt)}）恢复${r.migratedFrom ? `，并由旧版本 ${r.migratedFrom} 升级` : ''}。原数据库已保留为 ${r.safetyCopy}。认定台已重新打开，请重新登录。`,
      )} />
    </div>
  );
}
