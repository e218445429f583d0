import { Alert, Button, Form, Input, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import type { BackupEntryDto } from '../../../../electron/contract';
import { ApiError, api } from '../../api/client';
import { useDeskMutation } from '../../api/hooks';
import { formatInstant } from '../../ui/format';

/**
 * A new PC, before setup: the desk is made from a backup (e.g. on a USB drive) and the recovery code
 * of the desk that made it, instead of starting empty (issue 11).
 */
export function RestoreFromBackup({ onRestored, onCancel }: { onRestored: (text: string) => void; onCancel: () => void }) {
  const [folder, setFolder] = useState('');
  const [backups, setBackups] = useState<BackupEntryDto[] | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [name, setName] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const restore = useDeskMutation('setup.restore', ['setup.status']);

  const find = async () => {
    setListError(null);
    setBackups(null);
    try {
      const list = await api.call('setup.backups', { folder });
      setBackups(list);
      setName(list.find((b) => b.state !== 'INCOMPLETE')?.name ?? null);
    } catch (e) {
      setListError(e instanceof ApiError ? e.message : '无法读取该文件夹');
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        在新电脑上使用原认定台的数据：选择备份所在的文件夹（如U盘），选一份备份，输入原认定台管理员的恢复码。恢复后用原来的账号和密码登录。
      </Typography.Paragraph>
      <Form layout="vertical" onFinish={() => void find()}>
        <Form.Item label="备份文件夹" htmlFor="setup-backup-folder" style={{ marginBottom: 8 }}>
          <Space.Compact style={{ width: '100%' }}>
            <Input id="setup-backup-folder" value={folder} onChange={(e) => setFolder(e.target.value)} placeholder="如 E:\认定台备份" />
            <Button htmlType="submit" disabled={!folder.trim()}>查找备份</Button>
          </Space.Compact>
        </Form.Item>
      </Form>
      {listError && <Alert type="error" showIcon title={listError} />}
      {backups?.length === 0 && <Alert type="warning" showIcon title="该文件夹中没有认定台的备份。" />}
      {backups && backups.length > 0 && (
        <Radio.Group value={name} onChange={(e) => setName(e.target.value as string)} style={{ display: 'grid', gap: 6 }}
          options={backups.map((b) => ({
            value: b.name, disabled: b.state === 'INCOMPLETE',
            label: `${formatInstant(b.createdAt)} · ${b.hospitalName ?? '未知医院'} · ${b.name}${b.state === 'INCOMPLETE' ? '（不完整）' : ''}`,
          }))} />
      )}
      {backups && backups.length > 0 && (
        <Form layout="vertical">
          <Form.Item label="恢复码" htmlFor="setup-recovery-code" style={{ marginBottom: 0 }}>
            <Input id="setup-recovery-code" value={code} onChange={(e) => { setCode(e.target.value); restore.reset(); }} placeholder="XXXX-XXXX-XXXX-XXXX-XXXX-XXXX" autoComplete="off" style={{ fontFamily: 'monospace' }} />
          </Form.Item>
        </Form>
      )}
      {restore.error && <Alert type="error" showIcon title="未恢复" description={restore.error.message} />}
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Button onClick={onCancel} disabled={restore.isPending}>返回初始化</Button>
        <Button type="primary" disabled={!name || !code.trim()} loading={restore.isPending}
          onClick={() => name && restore.mutate({ folder, name, recoveryCode: code.trim() }, {
            onSuccess: (r) => onRestored(`已从备份 ${r.name}（${formatInstant(r.createdAt)}）恢复${r.migratedFrom ? `，并由旧版本 ${r.migratedFrom} 升级` : ''}。请用原认定台的账号登录。`),
          })}>核验并恢复</Button>
      </Space>
    </Space>
  );
}
