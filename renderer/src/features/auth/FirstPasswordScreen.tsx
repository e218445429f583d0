import { Button, Card, Typography } from 'antd';
import type { SessionDto } from '../../../../electron/contract';
import { ChangePasswordForm } from './ChangePasswordForm';

/** An account created or reset by the administrator chooses its own password before anything else. */
export function FirstPasswordScreen({ session, onChanged, onSignOut }: { session: SessionDto; onChanged: (s: SessionDto) => void; onSignOut: () => void }) {
  return (
    <div style={{ display: 'flex', justifyContent: 'center', alignItems: 'center', minHeight: '100vh', background: '#f5f7fa' }}>
      <Card style={{ width: 420 }}>
        <Typography.Title level={4}>请设置您自己的密码</Typography.Title>
        <Typography.Paragraph type="secondary">{session.user.displayName}，您的账号由管理员创建或重置，首次登录须修改密码后才能使用。</Typography.Paragraph>
        <ChangePasswordForm onChanged={onChanged} />
        <Button type="link" block style={{ marginTop: 8 }} onClick={onSignOut}>不是本人？返回登录</Button>
      </Card>
    </div>
  );
}
