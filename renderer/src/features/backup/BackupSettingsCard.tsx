import { Alert, App, Button, Card, Form, Input, InputNumber, Radio, Space } from 'antd';
import type { BackupStatusDto, In } from '../../../../electron/contract';
import { useDeskMutation } from '../../api/hooks';
import { useFormSubmit } from '../../ui/use-form-submit';

type Values = { folder: string; kind: 'OFF' | 'DAILY' | 'EVERY_HOURS'; at: string; hours: number; keepLast: number };

const toInput = (v: Values): In<'backup.configure'> => ({
  folder: v.folder, keepLast: v.keepLast,
  schedule: v.kind === 'DAILY' ? { kind: 'DAILY', at: v.at } : v.kind === 'EVERY_HOURS' ? { kind: 'EVERY_HOURS', hours: v.hours } : { kind: 'OFF' },
});

/** 备份设置: where backups go (a folder; a USB drive is a folder), when the desk makes them, how many it keeps. */
export function BackupSettingsCard({ status }: { status: BackupStatusDto }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const configure = useDeskMutation('backup.configure', ['backup.status']);
  const { banner, onFinish } = useFormSubmit(form, (v: Values) => configure.mutateAsync(toInput(v)), () => void message.success('已保存备份设置'),
    { BACKUP_FOLDER_UNAVAILABLE: 'folder' });
  const s = status.schedule;
  const kind = Form.useWatch('kind', form) ?? s.kind;

  return (
    <Card title="备份设置" size="small">
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />}
      <Form name="backup-settings" form={form} layout="vertical" onFinish={onFinish} initialValues={{
        folder: status.folder ?? '', kind: s.kind, at: s.kind === 'DAILY' ? s.at : '22:00', hours: s.kind === 'EVERY_HOURS' ? s.hours : 6, keepLast: status.keepLast,
      }}>
        <Form.Item label="备份文件夹" name="folder" rules={[{ required: true, message: '请输入备份文件夹' }]}
          extra="本机或U盘上的文件夹的完整路径，如 E:\认定台备份（U盘）或 D:\认定台备份。备份文件已加密，离开本机密钥或恢复码无法打开。">
          <Input placeholder="如 E:\认定台备份" />
        </Form.Item>
        <Form.Item label="自动备份" name="kind">
          <Radio.Group options={[{ value: 'OFF', label: '不自动备份' }, { value: 'DAILY', label: '每天定时' }, { value: 'EVERY_HOURS', label: '每隔几小时' }]} />
        </Form.Item>
        {kind === 'DAILY' && (
          <Form.Item label="每天备份时间" name="at" rules={[{ required: true, pattern: /^([01]\d|2[0-3]):[0-5]\d$/, message: '时间格式为 时:分，如 22:00' }]}
            extra="认定台未开机时错过的备份，会在下次启动后补做。">
            <Input style={{ width: 120 }} placeholder="22:00" />
          </Form.Item>
        )}
        {kind === 'EVERY_HOURS' && (
          <Form.Item label="间隔（小时）" name="hours" rules={[{ required: true, message: '请输入间隔小时数' }]}>
            <InputNumber min={1} max={168} style={{ width: 120 }} />
          </Form.Item>
        )}
        <Form.Item label="保留最近几份" name="keepLast" rules={[{ required: true, message: '请输入保留份数' }]} extra="超出的本机旧备份自动删除；其他电脑放在同一文件夹的备份不受影响。">
          <InputNumber min={1} max={365} style={{ width: 120 }} />
        </Form.Item>
        <Space><Button type="primary" htmlType="submit" loading={configure.isPending}>保存设置</Button></Space>
      </Form>
    </Card>
  );
}
