import { Alert, Button, Form, Input } from 'antd';
import type { SessionDto } from '../../../../electron/contract';
import { api } from '../../api/client';
import { useDeskMutation } from '../../api/hooks';
import { NewPasswordFields } from '../../ui/NewPasswordFields';
import { useFormSubmit } from '../../ui/use-form-submit';

type Values = { currentPassword: string; newPassword: string; confirm: string };

/** Changing one's own password; the backend answers with a fresh session, which replaces the old one. */
export function ChangePasswordForm({ onChanged }: { onChanged: (s: SessionDto) => void }) {
  const [form] = Form.useForm<Values>();
  const change = useDeskMutation('auth.changePassword');
  const { banner, onFinish } = useFormSubmit(
    form,
    ({ currentPassword, newPassword }: Values) => change.mutateAsync({ currentPassword, newPassword }),
    (s) => {
      api.setSession(s.token);
      onChanged(s);
    },
    { CURRENT_PASSWORD_WRONG: 'currentPassword', PASSWORD_UNCHANGED: 'newPassword' },
  );

  return (
    <Form name="change-password" form={form} layout="vertical" onFinish={onFinish}>
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 16 }} />}
      <Form.Item label="当前密码" name="currentPassword" rules={[{ required: true, message: '请输入当前密码' }]}>
        <Input.Password autoFocus autoComplete="current-password" />
      </Form.Item>
      <NewPasswordFields name="newPassword" label="新密码" confirmLabel="确认新密码" />
      <Button type="primary" htmlType="submit" block loading={change.isPending}>修改密码</Button>
    </Form>
  );
}
