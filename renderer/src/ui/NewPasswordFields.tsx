import { Form, Input } from 'antd';

/** A new password and its confirmation, with the desk's rule shown under the first field. */
export function NewPasswordFields({ name, label, confirmLabel }: { name: string; label: string; confirmLabel: string }) {
  return (
    <>
      <Form.Item label={label} name={name} rules={[{ required: true, message: `请输入${label}` }]} extra="至少 8 位，须同时包含字母和数字">
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label={confirmLabel} name="confirm" dependencies={[name]}
        rules={[{ required: true, message: `请再次输入${label}` }, ({ getFieldValue }) => ({
          validator: (_r, v) => (v === getFieldValue(name) ? Promise.resolve() : Promise.reject(new Error('两次输入的密码不一致'))),
        })]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
