import { Alert, Form, Input, Modal } from 'antd';
import type { DocumentDto } from '../../../../electron/contract';
import { useDeskMutation } from '../../api/hooks';

type Values = {
  name: string; idNumber: string; hospital: string; recordNo: string; admissionDate: string; dischargeDate: string;
  visitDates: string; reportDate: string; diagnoses: string;
};

const DATE = { pattern: /^\d{4}-\d{2}-\d{2}$/, message: '日期格式为 2025-03-03' };
const orNull = (s: string): string | null => (s.trim() === '' ? null : s.trim());

/** The clerk checks the extracted facts against the paper and confirms them; confirmed facts are what the check uses. */
export function FactsEditor({ doc, onClose }: { doc: DocumentDto | null; onClose: () => void }) {
  const update = useDeskMutation('materials.update', ['materials.list', 'materials.check']);
  const [form] = Form.useForm<Values>();
  const f = doc?.facts;

  function save(v: Values): void {
    if (!doc) return;
    const visits = v.visitDates.split(/[，,、\s]+/).map((s) => s.trim()).filter((s) => s !== '');
    update.mutate({
      documentId: doc.id, materialType: doc.materialType, originalSighted: doc.originalSighted, sealed: doc.sealed,
      facts: {
        documentType: f?.documentType ?? null, name: orNull(v.name), idNumber: orNull(v.idNumber), recordNo: orNull(v.recordNo),
        hospital: orNull(v.hospital), admissionDate: orNull(v.admissionDate), dischargeDate: orNull(v.dischargeDate),
        visitDates: visits, reportDate: orNull(v.reportDate), diagnoses: v.diagnoses.split('\n').map((s) => s.trim()).filter((s) => s !== ''),
        diseaseKeys: [], physicianNames: f?.physicianNames ?? [],
      },
    }, { onSuccess: onClose });
  }

  return (
    <Modal open={doc !== null} title={`核对提取信息 · ${doc?.fileName ?? ''}`} okText="确认" onCancel={onClose} onOk={() => form.submit()}
      confirmLoading={update.isPending} destroyOnHidden width={640}>
      <Form<Values> form={form} name="facts-editor" layout="horizontal" labelCol={{ span: 6 }} onFinish={save} preserve={false}
        initialValues={{
          name: f?.name ?? '', idNumber: f?.idNumber ?? '', hospital: f?.hospital ?? '', recordNo: f?.recordNo ?? '',
          admissionDate: f?.admissionDate ?? '', dischargeDate: f?.dischargeDate ?? '', visitDates: f?.visitDates.join('，') ?? '',
          reportDate: f?.reportDate ?? '', diagnoses: f?.diagnoses.join('\n') ?? '',
        }}>
        <Form.Item label="姓名" name="name"><Input autoFocus /></Form.Item>
        <Form.Item label="身份证号" name="idNumber"><Input maxLength={18} /></Form.Item>
        <Form.Item label="医疗机构" name="hospital"><Input /></Form.Item>
        <Form.Item label="住院号/门诊号" name="recordNo"><Input /></Form.Item>
        <Form.Item label="入院日期" name="admissionDate" rules={[DATE]}><Input placeholder="YYYY-MM-DD" /></Form.Item>
        <Form.Item label="出院日期" name="dischargeDate" rules={[DATE]}><Input placeholder="YYYY-MM-DD" /></Form.Item>
        <Form.Item label="就诊日期" name="visitDates" extra="多个日期用逗号分隔"
          rules={[{ validator: (_r, v: string) => (v.split(/[，,、\s]+/).every((d) => d === '' || /^\d{4}-\d{2}-\d{2}$/.test(d)) ? Promise.resolve() : Promise.reject(new Error('日期格式为 2025-03-03'))) }]}>
          <Input />
        </Form.Item>
        <Form.Item label="报告日期" name="reportDate" rules={[DATE]}><Input placeholder="YYYY-MM-DD" /></Form.Item>
        <Form.Item label="诊断" name="diagnoses" extra="每行一个诊断"><Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} /></Form.Item>
      </Form>
      {update.error && <Alert type="error" showIcon title={update.error.message} />}
    </Modal>
  );
}
