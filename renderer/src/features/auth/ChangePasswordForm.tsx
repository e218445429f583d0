import { Alert, Button, Form, Input } from 'antd';
import type { SessionDto } from '../../../../electron/contract';
import { api } from '../../api/client';
import { useDeskMutation } from '../../api/hooks';
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
      <Form.Item label="新密码" name="newPassword" rules={[{ required: true, message: '请输入新密码' }]} extra="至少 8 位，须同时包含字母和数字">
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label="确认新密码" name="confirm" dependencies={['newPassword']}
        rules={[{ required: true, message: '请再次输入新密码' }, ({ getFieldValue }) => ({
          validator: (_r, v) => (v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error('两次输入的新密码不一致'))),
        })]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={change.isPending}>修改密码</Button>
    </Form>
  );
}
