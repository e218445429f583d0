import { AimOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Descriptions, Tag, Tooltip } from 'antd';
import type { DocumentDto } from '../../../../electron/contract';
import { formatInstant } from '../../ui/format';

export type FactFieldName = DocumentDto['fieldsToCheck'][number];

/** The fields the desk reads, in the order of the paper, with how each is shown. */
export const FACT_ROWS: readonly { field: FactFieldName; label: string; show: (f: NonNullable<DocumentDto['facts']>) => string | null }[] = [
  { field: 'name', label: '姓名', show: (f) => f.name },
  { field: 'idNumber', label: '身份证号', show: (f) => f.idNumber },
  { field: 'hospital', label: '医疗机构', show: (f) => f.hospital },
  { field: 'admissionDate', label: '入院日期', show: (f) => f.admissionDate },
  { field: 'dischargeDate', label: '出院日期', show: (f) => f.dischargeDate },
  { field: 'visitDate', label: '就诊/开具日期', show: (f) => (f.visitDates.length > 0 ? f.visitDates.join('、') : null) },
  { field: 'reportDate', label: '报告日期', show: (f) => f.reportDate },
  { field: 'diagnoses', label: '诊断', show: (f) => (f.diagnoses.length > 0 ? f.diagnoses.join('；') : null) },
];
const ALWAYS: readonly FactFieldName[] = ['name', 'idNumber', 'hospital', 'diagnoses'];

/** 提取信息: each field with a 请核对 mark when read below the confidence bar, and a button that shows where on the page it was read. */
export function FactsSummary({ doc, editable, onEdit, onLocate }: {
  doc: DocumentDto; editable: boolean; onEdit: () => void; onLocate: (field: FactFieldName) => void;
}) {
  const f = doc.facts;
  if (!f) return null;
  const status = doc.factsConfirmed
    ? <Tag color="green">已由{doc.confirmedByName}确认 {formatInstant(doc.confirmedAt)}</Tag>
    : <Tag color={doc.fieldsToCheck.length > 0 ? 'orange' : 'default'}>自动提取，待核对{doc.fieldsToCheck.length > 0 ? `（${doc.fieldsToCheck.length} 项置信度低）` : ''}</Tag>;
  return (
    <Descriptions size="small" column={2} bordered title={<span>提取信息 {status}</span>}
      extra={editable && <Button size="small" icon={<EditOutlined />} onClick={onEdit}>核对/修改</Button>}
      items={[...FACT_ROWS.filter((r) => ALWAYS.includes(r.field) || r.show(f) !== null).map((r) => {
        const value = r.show(f);
        const low = doc.fieldsToCheck.includes(r.field);
        return {
          key: r.field, label: r.label, span: r.field === 'diagnoses' ? 2 : 1,
          children: (
            <span>
              {value ?? '未识别'}
              {low && <Tag color="orange" style={{ marginLeft: 6 }}>请核对</Tag>}
              {f.sources?.[r.field] && (
                <Tooltip title="在原图上查看">
                  <Button type="link" size="small" icon={<AimOutlined />} aria-label={`在原图上查看${r.label}`} onClick={() => onLocate(r.field)} />
                </Tooltip>
              )}
            </span>
          ),
        };
      }), { key: 'recordNo', label: '住院号/门诊号', children: f.recordNo ?? '—' }]} />
  );
}
