import { Alert, App, Button, DatePicker, Form, Input, List, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { RosterEntryDto } from '../../../../electron/contract';
import { useDeskMutation } from '../../api/hooks';
import { useFormSubmit } from '../../ui/use-form-submit';

type Values = { from: Dayjs; to?: Dayjs; reason: string };

/** 列入黑名单 (000 §24: 3 年内不许重新申请). Earlier entries are listed and never edited away. */
export function SanctionForm({ physician, onClose }: { physician: RosterEntryDto; onClose: () => void }) {
  const { message } = App.useApp();
  const add = useDeskMutation('roster.addSanction', ['roster.list']);
  const [form] = Form.useForm<Values>();
  const today = dayjs();
  const { banner, onFinish } = useFormSubmit(form, (v: Values) => add.mutateAsync({
    physicianId: physician.id, from: v.from.format('YYYY-MM-DD'), to: v.to ? v.to.format('YYYY-MM-DD') : null, reason: v.reason,
  }), () => {
    void message.success(`已将 ${physician.name} 列入黑名单`);
    onClose();
  });

  return (
    <Modal title={`列入黑名单：${physician.name}（${physician.id}）`} open footer={null} destroyOnHidden onCancel={onClose}>
      {physician.sanctions.length > 0 && (
        <List size="small" header={<Typography.Text type="secondary">既往记录</Typography.Text>} dataSource={physician.sanctions}
          renderItem={(s) => <List.Item>{s.from} 至 {s.to ?? '长期'}：{s.reason}</List.Item>} style={{ marginBottom: 12 }} />
      )}
      <Form name="sanction" form={form} layout="vertical" onFinish={onFinish}
        initialValues={{ from: today, to: today.add(3, 'year').subtract(1, 'day') }}>
        {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />}
        <Form.Item label="起始日期" name="from" rules={[{ required: true, message: '请选择起始日期' }]}><DatePicker aria-label="起始日期" /></Form.Item>
        <Form.Item label="截止日期" name="to" extra="默认 3 年（000 §24）；留空为长期"><DatePicker aria-label="截止日期" /></Form.Item>
        <Form.Item label="原因" name="reason" rules={[{ required: true, whitespace: true, message: '请填写原因' }]}>
          <Input.TextArea rows={2} maxLength={200} placeholder="如：优亲厚友、伪造病历（000 §24）" />
        </Form.Item>
        <Button type="primary" danger htmlType="submit" loading={add.isPending}>列入黑名单</Button>
      </Form>
    </Modal>
  );
}
