import { SyncOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Form, Input, Space, Table, Tag, Typography } from 'antd';
import type { SyncStatusDto } from '../../../../electron/contract';
import { useDesk, useDeskMutation } from '../../api/hooks';
import { useCasesFollowSync } from './use-cases-follow-sync';
import { formatInstant } from '../../ui/format';
import { useFormSubmit } from '../../ui/use-form-submit';

type Item = SyncStatusDto['items'][number];
const OPERATION = { '2503': '慢特病备案（2503）', '2504': '撤销备案（2504）', ARCHIVE: '病历档案上传', REREVIEW: '复核材料报送', SAMPLING: '抽查复核档案报送', ENROLLMENT: '参保变更通知' } as const;
const PULLED: Record<string, string> = {
  'policy-pack': '病种目录/政策包', roster: '认定医师名册与黑名单', calendar: '节假日安排', rereview: '复核结果', 'entitlement-events': '资格变动（暂停、恢复、取消等）', costs: '年度相关费用清单', sampling: '抽查复核',
};

/**
 * 数据同步: the link with the county bureau — online or not, last success, what waits and what the
 * bureau refused (its err_msg, in its words). Nothing here deletes a record: a refused one is fixed
 * in its case and re-queued. The administrator sets the bureau's address and pinned root certificate.
 */
export function SyncScreen({ canConfigure }: { canConfigure: boolean }) {
  const { message } = App.useApp();
  const status = useDesk('sync.status', {}, { refetchInterval: 5_000 });
  const now = useDeskMutation('sync.now', ['sync.status']);
  const requeue = useDeskMutation('sync.requeue', ['sync.status']);
  const s = status.data;
  useCasesFollowSync(s);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title="与医保经办机构的数据同步" extra={
        <Button type="primary" icon={<SyncOutlined />} loading={now.isPending} disabled={!s?.configured}
          onClick={() => now.mutate({}, { onSuccess: (r) => void message.info(r.online ? `已同步：上传 ${r.sent} 条，失败 ${r.failed} 条，待上传 ${r.pending} 条` : '无法连接医保经办机构，记录已保留，网络恢复后自动上传') })}>
          立即同步
        </Button>
      }>
        {status.error && <Alert type="error" showIcon title={status.error.message} />}
        {now.error && <Alert type="error" showIcon title={now.error.message} style={{ marginBottom: 12 }} />}
        {s?.clockWarning && (
          <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={`本机时钟与医保经办机构相差 ${Math.round(Math.abs(s.clockSkewMs) / 60_000)} 分钟`}
            description="签署和认定时间以本机时钟记录，请校准本机时间。" />
        )}
        {s && (
          <Descriptions size="small" column={3} bordered items={[
            { label: '连接状态', children: !s.configured ? <Tag>未设置</Tag> : s.online === false ? <Tag color="red">离线</Tag> : s.online ? <Tag color="green">在线</Tag> : <Tag>等待连接</Tag> },
            { label: '最近一次连通', children: s.lastSuccessAt ? formatInstant(s.lastSuccessAt) : '—' },
            { label: '已上传', children: `${s.sent} 条` },
            { label: '待上传', children: `${s.pending} 条` },
            { label: '上传失败', children: s.failedCount > 0 ? <Typography.Text type="danger">{s.failedCount} 条</Typography.Text> : '0 条' },
            { label: '接口地址', children: s.bureauUrl ?? '—' },
            { label: '最近一次下载', span: 3, children: s.lastPull
              ? <Space wrap>{Object.entries(s.lastPull).map(([k, v]) => <Tag key={k} color={v.startsWith('拒绝') || v.startsWith('未取得') ? 'orange' : undefined}>{PULLED[k] ?? k}：{v}</Tag>)}</Space>
              : '—' },
          ]} />
        )}
      </Card>
      <Card title="待上传与失败的记录" size="small">
        <Table<Item> rowKey="id" size="small" dataSource={s?.items ?? []} pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: '没有待上传的记录。' }}
          columns={[
            { title: '申请编号', dataIndex: 'displayNo', width: 220 },
            { title: '申请人', dataIndex: 'applicantName', width: 100 },
            { title: '病种', dataIndex: 'diseaseName', width: 150 },
            { title: '交易', dataIndex: 'infno', width: 150, render: (v: Item['infno']) => OPERATION[v] },
            { title: '状态', dataIndex: 'status', width: 90, render: (v: Item['status']) => (v === 'FAILED' ? <Tag color="red">被拒绝</Tag> : <Tag color="blue">待上传</Tag>) },
            { title: '尝试', dataIndex: 'attempts', width: 60 },
            { title: '医保经办机构反馈 / 原因', dataIndex: 'lastError', render: (v: string | null) => v ?? '—' },
            { title: '操作', width: 110, render: (_v, item) => item.status === 'FAILED' && item.infno !== '2503' && (
              <Button size="small" loading={requeue.isPending} onClick={() => requeue.mutate({ id: item.id }, { onSuccess: () => void message.success('已按申请的当前信息重新排队上传') })}>重新排队</Button>
            ) },
          ]} />
        {requeue.error && <Alert type="error" showIcon title={requeue.error.message} />}
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          被拒绝的记录不会被删除。被拒绝的备案即为“备案被拒”，案件状态随之改变，请在工作台查看并告知参保人；
          被拒绝的撤销备案可在处理后点“重新排队”；其他记录按顺序自动重试。
        </Typography.Paragraph>
      </Card>
      {canConfigure && s && <SyncSettings url={s.bureauUrl} />}
    </Space>
  );
}

function SyncSettings({ url }: { url: string | null }) {
  const { message } = App.useApp();
  const configure = useDeskMutation('sync.configure', ['sync.status']);
  const [form] = Form.useForm<{ url: string; caPem: string }>();
  const { banner, onFinish } = useFormSubmit(form, (v: { url: string; caPem?: string }) => configure.mutateAsync({ url: v.url, caPem: v.caPem?.trim() ? v.caPem.trim() : null }),
    () => void message.success('已保存接口设置'));
  return (
    <Card title="接口设置（管理员）" size="small">
      <Form name="sync-settings" form={form} layout="vertical" initialValues={{ url: url ?? '', caPem: '' }} onFinish={onFinish} style={{ maxWidth: 720 }}>
        {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />}
        <Form.Item label="医保经办机构接口地址" name="url" rules={[{ required: true, message: '请输入接口地址' }]}>
          <Input placeholder="https://…/fsi/api/rsfComIfsService/callService" />
        </Form.Item>
        <Form.Item label="医保经办机构根证书（PEM，可选；填写后只信任该证书）" name="caPem">
          <Input.TextArea rows={3} placeholder="-----BEGIN CERTIFICATE-----" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={configure.isPending}>保存</Button>
      </Form>
    </Card>
  );
}
