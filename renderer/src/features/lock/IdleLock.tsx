import { LockOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, Space, Typography } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useDesk, useDeskMutation } from '../../api/hooks';

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * 自动锁屏: after the desk's idle minutes nothing of the screen stays visible; the signed-in person
 * unlocks with their own password and carries on where they were (the session survives the lock).
 */
export function IdleLock({ userName, children }: { userName: string; children: ReactNode }) {
  const settings = useDesk('desk.lockSettings', {});
  const minutes = settings.data?.idleLockMinutes ?? 10;
  const [locked, setLocked] = useState(false);
  const [password, setPassword] = useState('');
  const unlock = useDeskMutation('auth.unlock', []);

  useEffect(() => {
    if (locked) return undefined;
    let timer = window.setTimeout(() => setLocked(true), minutes * 60_000);
    const poke = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setLocked(true), minutes * 60_000);
    };
    for (const e of ACTIVITY) window.addEventListener(e, poke, { passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const e of ACTIVITY) window.removeEventListener(e, poke);
    };
  }, [locked, minutes]);

  if (!locked) return <>{children}</>;
  const submit = () => unlock.mutate({ password }, { onSuccess: () => { setPassword(''); setLocked(false); } });
  return (
    <div role="dialog" aria-label="屏幕已锁定" style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f0f2f5' }}>
      <Card style={{ width: 380 }}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Title level={4}><LockOutlined /> 屏幕已锁定</Typography.Title>
          <Typography.Text type="secondary">{minutes} 分钟无操作已自动锁定。请 {userName} 输入本人登录密码解锁，未保存的工作不会丢失。</Typography.Text>
          <label htmlFor="unlock-password">登录密码</label>
          <Input.Password id="unlock-password" autoFocus value={password} onChange={(e) => setPassword(e.target.value)} onPressEnter={submit} />
          {unlock.error && <Alert type="error" showIcon title={unlock.error.message} />}
          <Button type="primary" block disabled={password === ''} loading={unlock.isPending} onClick={submit}>解锁</Button>
        </Space>
      </Card>
    </div>
  );
}
