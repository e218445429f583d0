import { Alert, App, Button, Form, Input, Modal, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import type { UserDto } from '../../../../electron/contract';
import { useDeskMutation } from '../../api/hooks';
import { useFormSubmit } from '../../ui/use-form-submit';

/** 停用/启用 and 重置密码 for one account row. */
export function UserActions({ user, isSelf }: { user: UserDto; isSelf: boolean }) {
  const { message } = App.useApp();
  const setDisabled = useDeskMutation('users.setDisabled', ['users.list']);
  const reset = useDeskMutation('users.resetPassword', ['users.list']);
  const [resetting, setResetting] = useState(false);
  const [form] = Form.useForm<{ password: string }>();
  const { banner, onFinish } = useFormSubmit(form, ({ password }: { password: string }) => reset.mutateAsync({ id: user.id, password }), () => {
    setResetting(false);
    void message.success(`已重置 ${user.username} 的密码，其下次登录须修改密码`);
  });

  const toggle = async () => {
    try {
      await setDisabled.mutateAsync({ id: user.id, disabled: !user.disabled });
      void message.success(user.disabled ? `已启用 ${user.username}` : `已停用 ${user.username}`);
    } catch (e) {
      void message.error(e instanceof Error ? e.message : '操作失败');
    }
  };

  return (
    <Space>
      {!isSelf && (
        <Popconfirm title={user.disabled ? `启用账号 ${user.username}？` : `停用账号 ${user.username}？停用后其登录会话立即失效。`} okText="确定" cancelText="取消" onConfirm={() => void toggle()}>
          <Button size="small" danger={!user.disabled}>{user.disabled ? '启用' : '停用'}</Button>
        </Popconfirm>
      )}
      <Button size="small" onClick={() => setResetting(true)}>重置密码</Button>
      <Modal title={`重置 ${user.displayName}（${user.username}）的密码`} open={resetting} footer={null} destroyOnHidden onCancel={() => setResetting(false)}>
        <Form name="reset-password" form={form} layout="vertical" onFinish={onFinish}>
          {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />}
          <Form.Item label="临时密码" name="password" rules={[{ required: true, message: '请输入临时密码' }]} extra="至少 8 位，须同时包含字母和数字；对方下次登录须修改">
            <Input.Password autoFocus autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={reset.isPending}>重置密码</Button>
        </Form>
      </Modal>
    </Space>
  );
}
