import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import type { BackupEntryDto, Out } from '../../../../electron/contract';
import { ApiError } from '../../api/client';
import { useDeskMutation } from '../../api/hooks';
import { formatInstant } from '../../ui/format';

/**
 * 恢复 with confirmation: what will happen (checked first, the current data kept as a safety copy,
 * everyone signed out), a tick to confirm, and the recovery code only for a backup of another PC.
 */
export function RestoreDialog({ backup, onClose, onRestored }: { backup: BackupEntryDto | null; onClose: () => void; onRestored: (r: Out<'backup.restore'>) => void }) {
  const [confirmed, setConfirmed] = useState(false);
  const [code, setCode] = useState('');
  const [needCode, setNeedCode] = useState(false);
  const restore = useDeskMutation('backup.restore');
  const queries = useQueryClient();
  const close = () => { setConfirmed(false); setCode(''); setNeedCode(false); restore.reset(); onClose(); };
  const askCode = needCode || backup?.otherDesk === true;

  const run = () => {
    if (!backup) return;
    restore.mutate({ name: backup.name, recoveryCode: askCode && code.trim() ? code.trim() : null, confirm: true }, {
      onSuccess: (r) => { close(); onRestored(r); },
      onError: (e) => {
        if (e instanceof ApiError && e.code === 'BACKUP_NEEDS_RECOVERY_CODE') setNeedCode(true);
        // a refused backup is marked in the list
        void queries.invalidateQueries({ queryKey: ['backup.status'] });
      },
    });
  };

  return (
    <Modal title="从备份恢复" open={backup !== null} onCancel={close} destroyOnHidden maskClosable={false} width={600}
      footer={[
        <Button key="cancel" onClick={close} disabled={restore.isPending}>取消</Button>,
        <Button key="ok" type="primary" danger disabled={!confirmed || (askCode && !code.trim())} loading={restore.isPending} onClick={run}>核验并恢复</Button>,
      ]}>
      {backup && (
        <>
          <Typography.Paragraph>
            将用 <Typography.Text strong>{formatInstant(backup.createdAt)}</Typography.Text> 的备份（{backup.name}）替换认定台的全部当前数据。
          </Typography.Paragraph>
          <ul style={{ paddingLeft: 20, marginTop: 0 }}>
            <li>恢复前会完整核验备份（密钥、文件校验、数据库完整性、审计链）；核验不通过则不做任何替换。</li>
            <li>当前数据库保留为安全副本，存放在数据目录中。</li>
            <li>备份之后新增或修改的数据将不在恢复后的认定台中。</li>
            <li>恢复完成后认定台重新打开，所有人需重新登录。</li>
          </ul>
          {askCode && (
            <Form layout="vertical">
              <Form.Item label="恢复码" htmlFor="restore-recovery-code" extra="该备份来自另一台电脑（或本机密钥已更换），请输入备份所属认定台管理员的恢复码。">
                <Input id="restore-recovery-code" value={code} onChange={(e) => { setCode(e.target.value); restore.reset(); }} placeholder="XXXX-XXXX-XXXX-XXXX-XXXX-XXXX" autoComplete="off" />
              </Form.Item>
            </Form>
          )}
          {restore.error && <Alert type="error" showIcon title="未恢复" description={restore.error.message} style={{ marginBottom: 12 }} />}
          <Checkbox checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)}>我确认用此备份替换当前数据</Checkbox>
        </>
      )}
    </Modal>
  );
}
