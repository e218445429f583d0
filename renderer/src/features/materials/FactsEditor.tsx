import { Alert, Empty, Form, Input, Modal, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { DocumentDto } from '../../../../electron/contract';
import { useDeskMutation } from '../../api/hooks';
import { FACT_ROWS, type FactFieldName } from './FactsSummary';
import { PageRegion } from './PageRegion';

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
  const [focused, setFocused] = useState<FactFieldName>('name');
  const f = doc?.facts;
  const source = f?.sources?.[focused];
  const page = source ? doc?.pages[source.page] : undefined;
  const label = FACT_ROWS.find((r) => r.field === focused)?.label ?? '';
  /** A field read below the confidence bar is marked on the form (focusing any field shows where it was read). */
  const at = (field: FactFieldName) => (!doc?.fieldsToCheck.includes(field) ? {} : {
    validateStatus: 'warning' as const,
    help: f?.sources?.[field]?.read ? `原件上的号码 ${f.sources[field].read} 校验位不符，未采用，请对照原件填写` : '识别置信度低，请对照原件核对',
  });

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
      confirmLoading={update.isPending} destroyOnHidden width={1040}>
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 400px', gap: 16 }}>
      <Form<Values> form={form} name="facts-editor" layout="horizontal" labelCol={{ span: 6 }} onFinish={save} preserve={false}
        initialValues={{
          name: f?.name ?? '', idNumber: f?.idNumber ?? '', hospital: f?.hospital ?? '', recordNo: f?.recordNo ?? '',
          admissionDate: f?.admissionDate ?? '', dischargeDate: f?.dischargeDate ?? '', visitDates: f?.visitDates.join('，') ?? '',
          reportDate: f?.reportDate ?? '', diagnoses: f?.diagnoses.join('\n') ?? '',
        }}>
        <Form.Item label="姓名" name="name" {...at('name')}><Input autoFocus onFocus={() => setFocused('name')} /></Form.Item>
        <Form.Item label="身份证号" name="idNumber" {...at('idNumber')}><Input maxLength={18} onFocus={() => setFocused('idNumber')} /></Form.Item>
        <Form.Item label="医疗机构" name="hospital" {...at('hospital')}><Input onFocus={() => setFocused('hospital')} /></Form.Item>
        <Form.Item label="住院号/门诊号" name="recordNo"><Input /></Form.Item>
        <Form.Item label="入院日期" name="admissionDate" rules={[DATE]} {...at('admissionDate')}>
          <Input placeholder="YYYY-MM-DD" onFocus={() => setFocused('admissionDate')} />
        </Form.Item>
        <Form.Item label="出院日期" name="dischargeDate" rules={[DATE]} {...at('dischargeDate')}>
          <Input placeholder="YYYY-MM-DD" onFocus={() => setFocused('dischargeDate')} />
        </Form.Item>
        <Form.Item label="就诊/开具日期" name="visitDates" extra="多个日期用逗号分隔" {...at('visitDate')}
          rules={[{ validator: (_r, v: string) => (v.split(/[，,、\s]+/).every((d) => d === '' || /^\d{4}-\d{2}-\d{2}$/.test(d)) ? Promise.resolve() : Promise.reject(new Error('日期格式为 2025-03-03'))) }]}>
          <Input onFocus={() => setFocused('visitDate')} />
        </Form.Item>
        <Form.Item label="报告日期" name="reportDate" rules={[DATE]} {...at('reportDate')}>
          <Input placeholder="YYYY-MM-DD" onFocus={() => setFocused('reportDate')} />
        </Form.Item>
        <Form.Item label="诊断" name="diagnoses" extra="每行一个诊断" {...at('diagnoses')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} onFocus={() => setFocused('diagnoses')} />
        </Form.Item>
      </Form>
      <div>
        <Typography.Text strong>原图上的“{label}”</Typography.Text>
        {source?.bbox && <Tag style={{ marginLeft: 8 }} color={doc?.fieldsToCheck.includes(focused) ? 'orange' : 'default'}>识别置信度 {Math.round(source.confidence * 100)}%</Tag>}
        <div style={{ marginTop: 8 }}>
          {page && source?.bbox ? <PageRegion page={page} bbox={source.bbox} /> : <Empty description="该项不是从原图识别的（或未识别），请对照纸质材料核对" />}
        </div>
      </div>
      </div>
      {update.error && <Alert type="error" showIcon title={update.error.message} />}
    </Modal>
  );
}
