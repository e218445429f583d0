import { Alert, App, Button, Card, Form, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useDeskMutation } from '../../api/hooks';
import { formatInstant } from '../../ui/format';
import { useFormSubmit } from '../../ui/use-form-submit';
import { RecoveryCodeNotice } from './RecoveryCodeNotice';

/** 恢复码: when the code in force was issued, and 重新签发 with the administrator's password (the old code stops working). */
export function RecoveryCodeCard({ issuedAt }: { issuedAt: string | null }) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [code, setCode] = useState<string | null>(null);
  const [form] = Form.useForm<{ password: string }>();
  const reissue = useDeskMutation('recovery.reissue', ['backup.status']);
  const { banner, onFinish } = useFormSubmit(form, (v: { password: string }) => reissue.mutateAsync(v), (r) => setCode(r.recoveryCode), { CURRENT_PASSWORD_WRONG: 'password' });
  const close = () => { setOpen(false); setCode(null); form.resetFields(); };

  return (
    <Card title="管理员恢复码" size="small">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text>{issuedAt ? `现行恢复码签发于 ${formatInstant(issuedAt)}。` : '本机尚未签发恢复码。'}</Typography.Text>
        <Typography.Text type="secondary">恢复码用于在新电脑上恢复备份，或在系统密钥丢失时打开本机数据。遗失或可能泄露时，请重新签发：旧恢复码随即作废。</Typography.Text>
        <Button onClick={() => setOpen(true)}>重新签发恢复码…</Button>
      </Space>
      <Modal title="重新签发恢复码" open={open} footer={null} destroyOnHidden maskClosable={false} onCancel={close} width={560}>
        {code ? (
          <RecoveryCodeNotice code={code} continueLabel="完成" onContinue={() => { close(); void message.success('已签发新恢复码，旧恢复码已作废'); }} />
        ) : (
          <Form name="reissue-recovery" form={form} layout="vertical" onFinish={onFinish}>
            <Typography.Paragraph>签发后旧恢复码立即作废，新恢复码只显示一次。请输入您的登录密码确认。</Typography.Paragraph>
            {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />}
            <Form.Item label="登录密码" name="password" rules={[{ required: true, message: '请输入本人登录密码' }]}>
              <Input.Password autoComplete="current-password" autoFocus />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={reissue.isPending}>签发新恢复码</Button>
          </Form>
        )}
      </Modal>
    </Card>
  );
}
