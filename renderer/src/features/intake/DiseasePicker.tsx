import { Alert, App, Button, Checkbox, Input, Select, Space, Table, Tag, Tooltip } from 'antd';
import { useMemo, useState } from 'react';
import type { ApplicantDto, CatalogueItemDto } from '../../../../electron/contract';
import { useDesk, useDeskMutation } from '../../api/hooks';
import { label, useLabels } from '../../ui/labels';

const PATH_COLORS: Record<string, string> = { INSTANT: 'red', TRANSFER_IN: 'volcano', MONTHLY: 'blue', MONTHLY_REREVIEW: 'purple', UNSPECIFIED: 'default' };

/**
 * The active pack's catalogue, searchable by name or pinyin initials, showing for each disease
 * whether it is 即时办理 or 月度批次 and whether the agency re-reviews it (R26, R27, R30). A person
 * moving in from outside the city is marked 外地转入 with the place (R51).
 */
export function DiseasePicker({ applicant, onOpened }: { applicant: ApplicantDto; onOpened: () => void }) {
  const labels = useLabels();
  const { message } = App.useApp();
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  const [modes, setModes] = useState<Record<string, string | null>>({});
  const [error, setError] = useState<string | null>(null);
  const [transferFrom, setTransferFrom] = useState<string | null>(null);
  const catalogue = useDesk('catalogue.list', { query }, { placeholderData: (prev) => prev });
  const open = useDeskMutation('applications.open', ['applications.list']);
  const items = catalogue.data?.items ?? [];
  const all = useDesk('catalogue.list', { query: '' });
  const byKey = useMemo(() => new Map((all.data?.items ?? []).map((i) => [i.key, i])), [all.data]);

  const pathOf = (item: CatalogueItemDto): string => {
    const mode = modes[item.key];
    if (item.path === 'INSTANT' && transferFrom !== null) return 'TRANSFER_IN';
    return item.path === 'MONTHLY_REREVIEW' && mode && item.reReviewExemptModes.includes(mode) ? 'MONTHLY' : item.path;
  };

  const submit = async () => {
    setError(null);
    try {
      const created = await open.mutateAsync({ applicantId: applicant.id, diseases: selected.map((k) => ({ diseaseKey: k, modeKey: modes[k] ?? null })), transferFrom });
      void message.success(`已创建 ${created.length} 份申请：${created.map((a) => a.displayNo).join('、')}`);
      onOpened();
    } catch (e) {
      setError(e instanceof Error ? e.message : '创建失败');
    }
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {catalogue.data && (
        <Alert type="info" showIcon title={`政策包：${catalogue.data.pack.nameZh} ${catalogue.data.pack.version}（${labels.packStatuses[catalogue.data.pack.status]}）`} />
      )}
      <Space>
        <label htmlFor="disease-search">搜索病种</label>
        <Input.Search id="disease-search" allowClear placeholder="病种名称或拼音首字母，如 tnb" style={{ width: 320 }} onSearch={(v) => setQuery(v.trim())} />
      </Space>
      <Table<CatalogueItemDto>
        rowKey="key" size="small" pagination={false} loading={catalogue.isFetching} dataSource={items}
        rowSelection={{
          selectedRowKeys: selected, preserveSelectedRowKeys: true,
          getCheckboxProps: (r) => ({ disabled: !r.schemes.includes(applicant.scheme), 'aria-label': `选择${r.nameZh}` }),
          onChange: (keys) => setSelected(keys as string[]),
        }}
        columns={[
          { title: '病种', dataIndex: 'nameZh', render: (n: string, r) => (r.schemes.includes(applicant.scheme) ? n : <Tooltip title={`不属于${label(labels.schemes, applicant.scheme)}保障范围`}><span style={{ color: '#999' }}>{n}</span></Tooltip>) },
          { title: '类别', dataIndex: 'diseaseClass', width: 110, render: (c: string | null) => (c ? label(labels.diseaseClasses, c) : <Tag>待省目录确定</Tag>) },
          { title: '办理方式', key: 'path', width: 210, render: (_v, r) => <Tag color={PATH_COLORS[pathOf(r)]}>{label(labels.paths, pathOf(r))}</Tag> },
          {
            title: '治疗方式', key: 'mode', width: 200,
            render: (_v, r) => r.modes.length === 0 ? '—' : (
              <Select<string> aria-label={`${r.nameZh}的治疗方式`} style={{ width: 180 }} allowClear={!r.modeRequired}
                placeholder={r.modeRequired ? '必选' : '可选'} value={modes[r.key] ?? undefined}
                options={r.modes.map((m) => ({ value: m.key, label: m.nameZh }))}
                onChange={(v) => setModes((m) => ({ ...m, [r.key]: v ?? null }))} />
            ),
          },
        ]}
      />
      {catalogue.data?.transferIn && (
        <TransferIn value={transferFrom} onChange={setTransferFrom} evidence={catalogue.data.transferIn.evidence} />
      )}
      {error && <Alert type="error" showIcon title={error} />}
      <Space>
        <span>已选：{selected.length === 0 ? '无' : selected.map((k) => byKey.get(k)?.nameZh ?? k).join('、')}</span>
        <Button type="primary" disabled={selected.length === 0} loading={open.isPending} onClick={() => void submit()}>创建申请</Button>
      </Space>
    </Space>
  );
}

/** R51: 外地转入 — where the person was insured before; instant diseases then need the recognition made there. */
function TransferIn({ value, onChange, evidence }: { value: string | null; onChange: (v: string | null) => void; evidence: string }) {
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Checkbox checked={value !== null} onChange={(e) => onChange(e.target.checked ? '' : null)}>外地参保人转入本市</Checkbox>
      {value !== null && (
        <>
          <Space>
            <label htmlFor="transfer-from">原参保地</label>
            <Input id="transfer-from" style={{ width: 240 }} maxLength={40} placeholder="如：河北省邢台市" value={value} onChange={(e) => onChange(e.target.value)} />
          </Space>
          <Alert type="warning" showIcon title="外地转入（R51）"
            description={`即时办理病种经本院认定医师审核后直接纳入，须提交“${evidence}”原件；其余病种按新申请重新认定。`} />
        </>
      )}
    </Space>
  );
}
