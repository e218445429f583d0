import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import type { ApplicantDto, In, Out } from '../../../../electron/contract';
import { ApiError, api } from '../../api/client';
import { useDeskMutation } from '../../api/hooks';
import { showErrorOnForm } from '../../ui/form-errors';
import { label, useLabels } from '../../ui/labels';
import { EnrollmentFields } from './EnrollmentFields';

type Values = In<'applicants.register'>;
type IdInfo = Out<'idNumber.inspect'>;

/**
 * The paper form's order: 姓名, 身份证号 (checked on leaving the field; 性别 and 出生日期 follow from it),
 * 参保类型, 人员状态 (职工 only), 参保地, 联系电话, 地址. A refused submit keeps everything typed.
 */
export function ApplicantForm({ onRegistered }: { onRegistered: (a: ApplicantDto) => void }) {
  const labels = useLabels();
  const [form] = Form.useForm<Values>();
  const [idInfo, setIdInfo] = useState<IdInfo | null>(null);
  const [banner, setBanner] = useState<{ text: string; existingId?: string } | null>(null);
  const register = useDeskMutation('applicants.register', ['applicants.search']);

  const checkId = async (_rule: unknown, value: string | undefined) => {
    if (!value) return;
    const info = await api.call('idNumber.inspect', { idNumber: value });
    setIdInfo(info.valid ? info : null);
    if (!info.valid) throw new Error(info.error?.message ?? '身份证号无效');
  };

  const submit = async (values: Values) => {
    setBanner(null);
    try {
      onRegistered(await register.mutateAsync({ ...values, employmentStatus: values.scheme === 'EMPLOYEE' ? values.employmentStatus : null }));
    } catch (e) {
      const text = showErrorOnForm(form, e, { ID_NUMBER: 'idNumber', EMPLOYMENT_STATUS_REQUIRED: 'employmentStatus', REGION_UNKNOWN: 'regionCode' });
      const existingId = e instanceof ApiError && e.code === 'APPLICANT_DUPLICATE' ? String(e.params['applicantId']) : undefined;
      if (text) setBanner(existingId ? { text, existingId } : { text });
    }
  };

  const adoptExisting = async (id: string) => onRegistered(await api.call('applicants.get', { id }));

  return (
    <Form name="applicant" form={form} layout="horizontal" labelCol={{ span: 5 }} wrapperCol={{ span: 17 }} onFinish={(v) => void submit(v)}
      initialValues={{ scheme: 'EMPLOYEE', employmentStatus: 'ACTIVE' }}>
      {banner && (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={banner.text}
          action={banner.existingId ? <Button size="small" onClick={() => void adoptExisting(banner.existingId!)}>使用该参保人</Button> : undefined} />
      )}
      <Form.Item label="姓名" name="name" rules={[{ required: true, message: '请输入姓名' }]}>
        <Input autoFocus maxLength={40} />
      </Form.Item>
      <Form.Item label="身份证号" name="idNumber" validateTrigger="onBlur" validateDebounce={0} rules={[{ required: true, message: '请输入身份证号' }, { validator: checkId }]}>
        <Input maxLength={22} placeholder="18 位，可用读卡器或扫码枪录入" />
      </Form.Item>
      <Form.Item label="性别" htmlFor="derived-sex">
        <Input id="derived-sex" readOnly value={idInfo ? label(labels.sexes, idInfo.sex) : ''} placeholder="由身份证号自动识别" />
      </Form.Item>
      <Form.Item label="出生日期" htmlFor="derived-birth">
        <Input id="derived-birth" readOnly value={idInfo?.birthDate ?? ''} placeholder="由身份证号自动识别" />
      </Form.Item>
      <EnrollmentFields form={form} />
      <Form.Item wrapperCol={{ offset: 5 }}>
        <Button type="primary" htmlType="submit" loading={register.isPending}>登记参保人</Button>
      </Form.Item>
    </Form>
  );
}
