import { Alert, App, Button, DatePicker, Drawer, Form, Input, Select, Space, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { RosterEntryDto } from '../../../../electron/contract';
import { useDesk, useDeskMutation } from '../../api/hooks';
import { useLabels } from '../../ui/labels';
import { useFormSubmit } from '../../ui/use-form-submit';

type Values = {
  id: string; name: string; idNumber: string; hospitalCode: string; title: RosterEntryDto['title']; specialties: string[];
  diseaseKeys: string[]; authorisedFrom?: Dayjs; authorisedTo?: Dayjs; active: boolean; onboarded: boolean; declaredConflicts: string;
};

const day = (d: Dayjs | undefined): string | null => (d ? d.format('YYYY-MM-DD') : null);

/**
 * 新增/编辑医师 (administrator): the same fields and rules as a roster row. The 医保医师编码 of an
 * existing physician cannot change (decisions and assignments refer to it).
 */
export function PhysicianEditor({ physician, defaultHospitalCode, onClose }: { physician: RosterEntryDto | 'NEW'; defaultHospitalCode: string; onClose: () => void }) {
  const { message } = App.useApp();
  const labels = useLabels();
  const catalogue = useDesk('catalogue.list', { query: '' });
  const save = useDeskMutation('roster.save', ['roster.list']);
  const [form] = Form.useForm<Values>();
  const creating = physician === 'NEW';
  const initial: Partial<Values> = creating
    ? { hospitalCode: defaultHospitalCode, title: 'ASSOCIATE_CHIEF', specialties: [], diseaseKeys: [], active: true, onboarded: false, declaredConflicts: '' }
    : {
      id: physician.id, name: physician.name, idNumber: physician.idNumber, hospitalCode: physician.hospitalCode, title: physician.title,
      specialties: physician.specialties, diseaseKeys: physician.authorisation?.diseaseKeys ?? [],
      authorisedFrom: physician.authorisation ? dayjs(physician.authorisation.from) : undefined,
      authorisedTo: physician.authorisation?.to ? dayjs(physician.authorisation.to) : undefined,
      active: physician.active, onboarded: physician.onboarded, declaredConflicts: physician.declaredConflicts.join('；'),
    };
  const { banner, onFinish } = useFormSubmit(form, (v: Values) => save.mutateAsync({
    mode: creating ? 'CREATE' : 'UPDATE',
    physician: {
      id: v.id, name: v.name, idNumber: v.idNumber.toUpperCase(), hospitalCode: v.hospitalCode, title: v.title, specialties: v.specialties,
      authorisation: v.diseaseKeys.length > 0 ? { diseaseKeys: v.diseaseKeys, from: day(v.authorisedFrom)!, to: day(v.authorisedTo) } : null,
      active: v.active, onboarded: v.onboarded,
      declaredConflicts: v.declaredConflicts.split(/[;；,，\s]+/).map((x) => x.trim().toUpperCase()).filter((x) => x !== ''),
    },
  }), (saved) => {
    void message.success(creating ? `已将 ${saved.name} 加入名册` : `已保存 ${saved.name} 的信息`);
    onClose();
  }, { PHYSICIAN_EXISTS: 'id' });

  return (
    <Drawer title={creating ? '新增认定医师' : `编辑认定医师：${physician.name}`} open size="large" destroyOnHidden onClose={onClose}
      extra={<Space><Button onClick={onClose}>取消</Button><Button type="primary" loading={save.isPending} onClick={() => form.submit()}>保存</Button></Space>}>
      <Form name="physician" form={form} layout="vertical" initialValues={initial} onFinish={onFinish}>
        {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />}
        <Space size="middle" style={{ display: 'flex' }} align="start">
          <Form.Item label="医保医师编码" name="id" rules={[{ required: true, message: '请填写医保医师编码' }]} style={{ width: 200 }}>
            <Input disabled={!creating} autoFocus={creating} />
          </Form.Item>
          <Form.Item label="姓名" name="name" rules={[{ required: true, message: '请填写姓名' }]} style={{ width: 160 }}><Input /></Form.Item>
          <Form.Item label="职称" name="title" rules={[{ required: true }]} style={{ width: 160 }}>
            <Select options={Object.entries(labels.titles).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
        </Space>
        <Space size="middle" style={{ display: 'flex' }} align="start">
          <Form.Item label="身份证号" name="idNumber" rules={[{ required: true, message: '请填写身份证号' }]} style={{ width: 240 }}><Input maxLength={18} /></Form.Item>
          <Form.Item label="医院编码" name="hospitalCode" rules={[{ required: true, message: '请填写医院编码' }]} style={{ width: 240 }}><Input /></Form.Item>
        </Space>
        <Form.Item label="专业（可多选；须与病种对应方可抽取，R18）" name="specialties" rules={[{ required: true, message: '至少选择一个专业' }]}>
          <Select mode="multiple" aria-label="专业" optionFilterProp="label" options={(catalogue.data?.specialties ?? []).map((s) => ({ value: s.key, label: s.nameZh }))} />
        </Form.Item>
        <Form.Item label="医保经办机构授权的病种" name="diseaseKeys">
          <Select mode="multiple" aria-label="授权病种" optionFilterProp="label" placeholder="未授权则不参与抽取" options={(catalogue.data?.items ?? []).map((e) => ({ value: e.key, label: e.nameZh }))} />
        </Form.Item>
        <Space size="middle" style={{ display: 'flex' }} align="start">
          <Form.Item label="授权起始" name="authorisedFrom" dependencies={['diseaseKeys']}
            rules={[({ getFieldValue }) => ({ validator: (_r, v) => ((getFieldValue('diseaseKeys') as string[]).length > 0 && !v ? Promise.reject(new Error('有授权病种时须填写授权起始日期')) : Promise.resolve()) })]}>
            <DatePicker aria-label="授权起始" />
          </Form.Item>
          <Form.Item label="授权截止（空为长期）" name="authorisedTo"><DatePicker aria-label="授权截止" /></Form.Item>
        </Space>
        <Space size="large">
          <Form.Item label="在岗" name="active" valuePropName="checked"><Switch checkedChildren="在岗" unCheckedChildren="停用" /></Form.Item>
          <Form.Item label="已完成备案、履职承诺和培训（R22）" name="onboarded" valuePropName="checked"><Switch checkedChildren="是" unCheckedChildren="否" /></Form.Item>
        </Space>
        <Form.Item label="申报回避的身份证号（亲属等，R21）" name="declaredConflicts" extra="多个用“；”分隔">
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
