import { App, Button, Card, InputNumber, Space } from 'antd';
import { useState } from 'react';
import { useDesk, useDeskMutation } from '../../api/hooks';

/** 系统设置 → 自动锁屏: minutes of inactivity before every screen of this desk locks. */
export function IdleLockCard() {
  const { message } = App.useApp();
  const settings = useDesk('desk.lockSettings', {});
  const save = useDeskMutation('desk.setIdleLock', ['desk.lockSettings']);
  const [minutes, setMinutes] = useState<number | null>(null);
  const value = minutes ?? settings.data?.idleLockMinutes ?? 10;
  return (
    <Card title="自动锁屏">
      <Space>
        <label htmlFor="idle-minutes">无操作</label>
        <InputNumber id="idle-minutes" min={1} max={120} value={value} onChange={(v) => setMinutes(v)} />
        <span>分钟后锁定屏幕</span>
        <Button onClick={() => save.mutate({ minutes: value }, { onSuccess: () => void message.success('已保存自动锁屏时间') })}>保存</Button>
      </Space>
    </Card>
  );
}
