import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import type { In, SessionDto } from '../../../../electron/contract';
import { useDeskMutation } from '../../api/hooks';

export function SignInScreen({ hospitalName, notice = null, onSignedIn }: { hospitalName: string; notice?: string | null; onSignedIn: (s: SessionDto) => void }) {
  const [error, setError] = useState<string | null>(null);
  const signIn = useDeskMutation('auth.signIn');

  const submit = async (values: In<'auth.signIn'>) => {
    setError(null);
    try {
      onSignedIn(await signIn.mutateAsync(values));
    } catch (e) {
      setError(e instanceof Error ? e.message : '登录失败');
    }
  };

  return (
    <div style={{ display: 'flex', justifyContent: 'center', alignItems: 'center', minHeight: '100vh', background: '#f5f7fa' }}>
      <Card style={{ width: 400 }}>
        <Typography.Title level={3} style={{ marginBottom: 4 }}>慢特病认定台</Typography.Title>
        <Typography.Paragraph type="secondary">{hospitalName} · 门诊慢特病资格认定</Typography.Paragraph>
        {notice && <Alert type="success" showIcon title={notice} style={{ marginBottom: 16 }} />}
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Form name="sign-in" layout="vertical" onFinish={(v: In<'auth.signIn'>) => void submit(v)}>
          <Form.Item label="用户名" name="username" rules={[{ required: true, message: '请输入用户名' }]}>
            <Input autoFocus autoComplete="username" />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={signIn.isPending}>登录</Button>
        </Form>
      </Card>
    </div>
  );
}
