import { Form, Input, Radio, Select, type FormInstance } from 'antd';
import { useDesk } from '../../api/hooks';
import { useLabels } from '../../ui/labels';

/** 参保类型, 人员状态 (职工 only), 参保地, 联系电话, 地址: as registered, and as changed later. */
export function EnrollmentFields({ form }: { form: FormInstance }) {
  const labels = useLabels();
  const catalogue = useDesk('catalogue.list', { query: '' });
  const scheme = Form.useWatch('scheme', form) as string | undefined;
  return (
    <>
      <Form.Item label="参保类型" name="scheme" rules={[{ required: true }]}>
        <Radio.Group options={Object.entries(labels.schemes).map(([value, text]) => ({ value, label: text }))} />
      </Form.Item>
      {scheme === 'EMPLOYEE' && (
        <Form.Item label="人员状态" name="employmentStatus" rules={[{ required: true, message: '请选择人员状态' }]}>
          <Radio.Group options={[{ value: 'ACTIVE', label: labels.employmentStatuses['ACTIVE'] }, { value: 'RETIRED', label: labels.employmentStatuses['RETIRED'] }]} />
        </Form.Item>
      )}
      <Form.Item label="参保地" name="regionCode" rules={[{ required: true, message: '请选择参保地' }]}>
        <Select showSearch={{ optionFilterProp: 'label' }} placeholder="选择统筹区" options={(catalogue.data?.regions ?? []).map((r) => ({ value: r.code, label: `${r.nameZh}（${r.code}）` }))} />
      </Form.Item>
      <Form.Item label="联系电话" name="phone" rules={[{ required: true, message: '请输入联系电话' }]}>
        <Input maxLength={20} />
      </Form.Item>
      <Form.Item label="地址" name="address" rules={[{ required: true, message: '请输入地址' }]}>
        <Input maxLength={120} />
      </Form.Item>
    </>
  );
}
