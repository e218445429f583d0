import { FilePdfOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Form, Input, Select } from 'antd';
import { useState } from 'react';
import type { In, Method, Out } from '../../../../electron/contract';
import { api } from '../../api/client';
import { useDeskMutation } from '../../api/hooks';
import { usePdfPrint } from '../../ui/PdfPrint';
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
  id: string; method: 'applications.withdraw'; title: string; label: string; placeholder: string; action: string; done: string;
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
 * was already filed with the bureau, a 2504 revocation goes out with the next sync. Marked as 弄虚作假,
 * the person may not apply again for the pack's years (R41, R44).
 */
export function RevokeForm({ id }: { id: string }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string; fraud: boolean }>();
  const revoke = useDeskMutation('applications.revoke', [...AFTER_CHANGE, 'sync.status']);
  const { banner, onFinish } = useFormSubmit(form, (v: { reason: string; fraud?: boolean }) => revoke.mutateAsync({ id, reason: v.reason, fraud: v.fraud === true }),
    () => void message.success('已撤销认定，将通知医保经办机构撤销备案'));
  return (
    <Card size="small" title="撤销认定">
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />}
      <Form name="revoke" form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item label="撤销原因" name="reason" rules={[{ required: true, message: '请填写撤销原因' }]}>
          <Input placeholder="如：经核查病历资料系伪造（000 §24）" />
        </Form.Item>
        <Form.Item name="fraud" valuePropName="checked">
          <Checkbox>申请人在认定过程中弄虚作假：认定结果无效，两年内不得重新申请（R41）</Checkbox>
        </Form.Item>
        <Button danger htmlType="submit" loading={revoke.isPending}>撤销认定</Button>
      </Form>
    </Card>
  );
}

/**
 * §2.17, §3.5: the outcome notice to print for the applicant, and when and how they were told;
 * recording it closes the working-day notice deadline.
 */
export function ToldForm({ id, noticeKind }: { id: string; noticeKind: Out<'applications.get'>['noticeKind'] }) {
  const labels = useLabels();
  const pdf = usePdfPrint();
  const [printing, setPrinting] = useState(false);
  const { message } = App.useApp();
  const print = () => {
    setPrinting(true);
    api.call('applications.noticePdf', { applicationId: id }).then((f) => pdf.show(f.pdfBase64, f.fileName))
      .catch((e: unknown) => void message.error(e instanceof Error ? e.message : String(e))).finally(() => setPrinting(false));
  };
  // today in Asia/Shanghai, once, as the form's first value
  const [today] = useState(() => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10));
  type Told = Omit<In<'applications.recordTold'>, 'id'>;
  const [form] = Form.useForm<Told>();
  const told = useDeskMutation('applications.recordTold', AFTER_CHANGE);
  const { banner, onFinish } = useFormSubmit(form, (v: Told) => told.mutateAsync({ ...v, id, note: v.note ?? null }), () => void message.success('已记录告知'));
  return (
    <Card size="small" title="告知申请人" extra={noticeKind && (
      <Button icon={<FilePdfOutlined />} loading={printing} onClick={print}>打印{labels.noticeKinds[noticeKind]}</Button>
    )}>
      {pdf.preview}
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />}
      <Form name="told" form={form} layout="inline" onFinish={onFinish} initialValues={{ toldOn: today, method: 'IN_PERSON' }}>
        <Form.Item label="告知方式" name="method" rules={[{ required: true, message: '请选择告知方式' }]}>
          <Select style={{ width: 120 }} options={Object.entries(labels.notifyMethods).map(([value, text]) => ({ value, label: text }))} />
        </Form.Item>
        <Form.Item label="告知日期" name="toldOn" rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: '日期格式应为 YYYY-MM-DD' }]}>
          <Input style={{ width: 130 }} />
        </Form.Item>
        <Form.Item label="备注" name="note"><Input style={{ width: 200 }} placeholder="如：邮寄单号、接听人" /></Form.Item>
        <Button type="primary" htmlType="submit" loading={told.isPending}>记录</Button>
      </Form>
    </Card>
  );
}
