import { Button, Card, Descriptions, Space, Steps } from 'antd';
import { useState } from 'react';
import type { ApplicantDto } from '../../../../electron/contract';
import { label, useLabels } from '../../ui/labels';
import { ApplicantForm } from './ApplicantForm';
import { DiseasePicker } from './DiseasePicker';
import { FindApplicant } from './FindApplicant';

/** 受理登记: register (or find) the applicant, then open one application per chosen disease. */
export function RegisterScreen({ onOpened }: { onOpened: () => void }) {
  const labels = useLabels();
  const [applicant, setApplicant] = useState<ApplicantDto | null>(null);

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Steps current={applicant ? 1 : 0} items={[{ title: '登记参保人' }, { title: '选择申请病种' }]} />
      {!applicant && (
        <div style={{ display: 'grid', gridTemplateColumns: 'minmax(520px, 1fr) 380px', gap: 24, alignItems: 'start' }}>
          <Card title="登记参保人"><ApplicantForm onRegistered={setApplicant} /></Card>
          <Card title="已登记的参保人"><FindApplicant onPick={setApplicant} /></Card>
        </div>
      )}
      {applicant && (
        <>
          <Card title="参保人" extra={<Button onClick={() => setApplicant(null)}>更换参保人</Button>}>
            <Descriptions column={4} size="small" items={[
              { key: 'n', label: '姓名', children: applicant.name },
              { key: 'i', label: '身份证号', children: applicant.idNumber },
              { key: 's', label: '参保类型', children: `${label(labels.schemes, applicant.scheme)}${applicant.employmentStatus !== 'NA' ? ` · ${label(labels.employmentStatuses, applicant.employmentStatus)}` : ''}` },
              { key: 'r', label: '参保地', children: applicant.regionName },
            ]} />
          </Card>
          <Card title="选择申请病种"><DiseasePicker applicant={applicant} onOpened={onOpened} /></Card>
        </>
      )}
    </Space>
  );
}
