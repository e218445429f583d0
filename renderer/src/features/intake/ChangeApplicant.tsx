import { EditOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import type { ApplicantDto, In } from '../../../../electron/contract';
import { useDeskMutation } from '../../api/hooks';
import { useFormSubmit } from '../../ui/use-form-submit';
import { EnrollmentFields } from './EnrollmentFields';

type Values = Omit<In<'applicants.change'>, 'id'>;

/**
 * 修改参保信息 (000 §10, R49–R51): phone, address, scheme, status and place. Each change is kept in the
 * audit chain before and after; a change of scheme or place moves the person's recognitions.
 */
export function ChangeApplicant({ applicant }: { applicant: ApplicantDto }) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const change = useDeskMutation('applicants.change', ['applications.get', 'applications.list']);
  const { banner, onFinish } = useFormSubmit(form, (v: Values) => change.mutateAsync({
    ...v, id: applicant.id, employmentStatus: v.scheme === 'EMPLOYEE' ? v.employmentStatus : null,
  }), () => { setOpen(false); void message.success('已修改参保信息'); });
  const initial: Values = {
    scheme: applicant.scheme, employmentStatus: applicant.employmentStatus === 'NA' ? null : applicant.employmentStatus,
    regionCode: applicant.regionCode, phone: applicant.phone, address: applicant.address,
  };
  return (
    <>
      <Button size="small" icon={<EditOutlined />} onClick={() => setOpen(true)}>修改参保信息</Button>
      <Modal title={`修改参保信息：${applicant.name}`} open={open} footer={null} destroyOnHidden onCancel={() => setOpen(false)}>
        <Typography.Paragraph type="secondary">
          姓名和身份证号不可修改。参保险种或参保地变更时，该参保人的门诊慢特病资格按 000 §10 处理：新险种保障的病种继续享受（市内互认），不保障的中止，恢复原险种后恢复。
        </Typography.Paragraph>
        <Form name="change-applicant" form={form} layout="horizontal" labelCol={{ span: 5 }} wrapperCol={{ span: 18 }} initialValues={initial} onFinish={onFinish}>
          {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />}
          <EnrollmentFields form={form} />
          <Form.Item wrapperCol={{ offset: 5 }}>
            <Button type="primary" htmlType="submit" loading={change.isPending}>保存修改</Button>
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
