import { Alert, App, Button, Card, Checkbox, Form, Input, Select } from 'antd';
import type { In, Method } from '../../../../electron/contract';
import { useDeskMutation } from '../../api/hooks';
import { useFormSubmit } from '../../ui/use-form-submit';
import { useLabels } from '../../ui/labels';

const AFTER_CHANGE = ['applications.list', 'applications.get'] as const;

/** T1 受理: how identity was verified (R4) and the applicant's signature (R3). */
export function ReceiveForm({ id }: { id: string }) {
  const labels = useLabels();
  const { message } = App.useApp();
  const [form] = Form.useForm<Omit<In<'applications.receive'>, 'id'>>();
  const receive = useDeskMutation('applications.receive', AFTER_CHANGE);
  const { banner, onFinish } = useFormSubmit(form, (v: Omit<In<'applications.receive'>, 'id'>) => receive.mutateAsync({ ...v, id }), () => void message.success('已受理'));

  return (
    <Card size="small" title="受理（核验身份并签字确认）">
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />}
      <Form name="receive" form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item label="身份核验方式" name="identityVerification" rules={[{ required: true, message: '请选择身份核验方式' }]}>
          <Select options={Object.entries(labels.identityVerifications).map(([value, text]) => ({ value, label: text }))} />
        </Form.Item>
        <Form.Item name="applicantSigned" valuePropName="checked" rules={[{ validator: (_r, v) => (v ? Promise.resolve() : Promise.reject(new Error('须由申请人或代办人签字确认'))) }]}>
          <Checkbox>申请人（或代办人）已在申请表上签字确认</Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={receive.isPending}>确认受理</Button>
      </Form>
    </Card>
  );
}

/** An action on an application that needs only a reason, kept in its history. */
function ReasonForm({ id, method, title, label, placeholder, action, done, invalidates = [] }: {
  id: string; method: 'applications.withdraw' | 'applications.revoke'; title: string; label: string; placeholder: string; action: string; done: string;
  invalidates?: readonly Method[];
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const mutation = useDeskMutation(method, [...AFTER_CHANGE, ...invalidates]);
  const { banner, onFinish } = useFormSubmit(form, ({ reason }: { reason: string }) => mutation.mutateAsync({ id, reason }), () => void message.success(done));

  return (
    <Card size="small" title={title}>
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />}
      <Form name={method.replace('applications.', '')} form={form} layout="inline" onFinish={onFinish}>
        <Form.Item label={label} name="reason" rules={[{ required: true, message: `请填写${label}` }]} style={{ flex: 1 }}>
          <Input placeholder={placeholder} />
        </Form.Item>
        <Button danger htmlType="submit" loading={mutation.isPending}>{action}</Button>
      </Form>
    </Card>
  );
}

/** T15 撤回 at the applicant's request; the reason is kept in the history. */
export function WithdrawForm({ id }: { id: string }) {
  return <ReasonForm id={id} method="applications.withdraw" title="撤回申请" label="撤回原因" placeholder="如：申请人主动撤回" action="撤回" done="已撤回" />;
}

/**
 * 撤销认定 (T17) by the administrator, e.g. when the records prove forged (000 §24). If the recognition
 * was already filed with the bureau, a 2504 revocation goes out with the next sync.
 */
export function RevokeForm({ id }: { id: string }) {
  return (
    <ReasonForm id={id} method="applications.revoke" title="撤销认定" label="撤销原因" placeholder="如：经核查病历资料系伪造（000 §24）" action="撤销认定"
      done="已撤销认定，将通知医保经办机构撤销备案" invalidates={['sync.status']} />
  );
}
