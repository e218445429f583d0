import { Alert, App, Button, Card, Form, Input, Select, Table, Tag } from 'antd';
import type { In, UserDto } from '../../../../electron/contract';
import { useDesk, useDeskMutation } from '../../api/hooks';
import { formatInstant } from '../../ui/format';
import { useFormSubmit } from '../../ui/use-form-submit';
import { useLabels } from '../../ui/labels';
import { IdleLockCard } from './IdleLockCard';
import { OcrEngineCard } from './OcrEngineCard';
import { UserActions } from './UserActions';

/** 系统设置 → 用户管理 (administrator only; the service refuses anyone else). */
export function UsersScreen({ selfId }: { selfId: string }) {
  const labels = useLabels();
  const { message } = App.useApp();
  const users = useDesk('users.list', {});
  const create = useDeskMutation('users.create', ['users.list']);
  const [form] = Form.useForm<In<'users.create'>>();
  const { banner, onFinish } = useFormSubmit(form, (v: In<'users.create'>) => create.mutateAsync(v), (u) => {
    form.resetFields();
    void message.success(`已创建账号 ${u.username}（${labels.roles[u.role]}），其首次登录须修改密码`);
  }, { USERNAME_TAKEN: 'username' });

  return (
    <div style={{ display: 'grid', gridTemplateColumns: '1fr 360px', gap: 24, alignItems: 'start' }}>
      <Card title="用户管理">
        {users.error && <Alert type="error" showIcon title={users.error.message} />}
        <Table<UserDto>
          rowKey="id" loading={users.isLoading} dataSource={users.data ?? []} pagination={false} size="middle"
          columns={[
            { title: '用户名', dataIndex: 'username' },
            { title: '姓名', dataIndex: 'displayName' },
            { title: '角色', dataIndex: 'role', render: (r: UserDto['role']) => <Tag>{labels.roles[r]}</Tag> },
            {
              title: '状态', key: 'status',
              render: (_v, u) => (u.disabled ? <Tag color="red">已停用</Tag> : u.mustChangePassword ? <Tag color="gold">待首次改密</Tag> : <Tag color="green">正常</Tag>),
            },
            { title: '创建时间', dataIndex: 'createdAt', render: formatInstant },
            { title: '操作', key: 'actions', render: (_v, u) => <UserActions user={u} isSelf={u.id === selfId} /> },
          ]}
        />
      </Card>
      <div style={{ display: 'grid', gap: 24 }}>
      <Card title="新建账号">
        {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 16 }} />}
        <Form name="create-user" form={form} layout="vertical" onFinish={onFinish} initialValues={{ role: 'CLERK' }}>
          <Form.Item label="用户名" name="username" rules={[{ required: true, message: '请输入用户名' }]}><Input autoComplete="off" /></Form.Item>
          <Form.Item label="姓名" name="displayName" rules={[{ required: true, message: '请输入姓名' }]}><Input /></Form.Item>
          <Form.Item label="角色" name="role" rules={[{ required: true }]}>
            <Select options={Object.entries(labels.roles).map(([value, text]) => ({ value, label: text }))} />
          </Form.Item>
          <Form.Item label="初始密码" name="password" rules={[{ required: true, message: '请设置初始密码' }]} extra="至少 8 位，须同时包含字母和数字">
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={create.isPending}>创建账号</Button>
        </Form>
      </Card>
      <IdleLockCard />
      <OcrEngineCard />
      </div>
    </div>
  );
}
