import { FilePdfOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { api } from '../../api/client';
import { useDesk, useDeskMutation } from '../../api/hooks';
import { formatInstant } from '../../ui/format';
import { usePdfPrint } from '../../ui/PdfPrint';

/** This month's reminder (R27) where cases wait and no session was held; shown on the worklist too. */
export function SessionReminder() {
  const status = useDesk('sessions.status', {}, { refetchInterval: 60_000 });
  const r = status.data?.reminder;
  return r ? (
    <Alert type="warning" showIcon style={{ marginBottom: 16 }}
      title={`本月（${r.month}）仍有 ${r.waiting} 件申请待月度资格确认，尚未组织资格确认；请在月底前到“月度资格确认”组织（000 §8(2)，R27）。`} />
  ) : null;
}

/**
 * 月度资格确认 (R27, §2.9): the queued non-instant cases, the button that holds this month's session
 * and draws every panel at once (T7), the sessions held with their printable list, and months missed.
 */
export function SessionsScreen() {
  const { message } = App.useApp();
  const pdf = usePdfPrint();
  const status = useDesk('sessions.status', {}, { refetchOnMount: 'always' });
  const queued = useDesk('applications.list', { state: 'QUEUED_FOR_SESSION', query: '', page: 1, pageSize: 100 }, { refetchOnMount: 'always' });
  const hold = useDeskMutation('sessions.hold', ['sessions.status', 'applications.list', 'applications.get']);
  const waiting = queued.data?.items ?? [];
  const total = queued.data?.total ?? 0;
  const print = (sessionId: string) => void api.call('sessions.listPdf', { sessionId }).then((f) => pdf.show(f.pdfBase64, f.fileName))
    .catch((e: unknown) => void message.error(e instanceof Error ? e.message : String(e)));
  const s = status.data;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      {pdf.preview}
      <Card title="月度资格确认" extra={<Typography.Text type="secondary">定点医疗机构每月至少组织一次资格确认（000 §8(2)）</Typography.Text>}>
        {s && !s.rule && <Alert type="info" showIcon title="本机使用的政策包未规定每月组织资格确认。" style={{ marginBottom: 12 }} />}
        <SessionReminder />
        {queued.error && <Alert type="error" showIcon title={queued.error.message} style={{ marginBottom: 12 }} />}
        {hold.error && <Alert type="error" showIcon title={hold.error.message} style={{ marginBottom: 12 }} />}
        {hold.data && (
          <Alert type="success" showIcon style={{ marginBottom: 12 }} title={`已组织本月资格确认，${hold.data.results.length} 件申请：`}
            description={hold.data.results.map((r) => `${r.displayNo} ${r.outcome === 'DRAWN' ? `抽取 ${r.detail}` : `未抽取（${r.detail}）`}`).join('；')} />
        )}
        {total > waiting.length && <Typography.Text type="secondary">另有 {total - waiting.length} 件未列出，一并抽取。</Typography.Text>}
        <Table size="small" rowKey="id" loading={queued.isLoading} dataSource={waiting} pagination={false}
          locale={{ emptyText: '目前没有待月度确认的申请。' }}
          columns={[
            { title: '申请编号', dataIndex: 'displayNo' },
            { title: '姓名', dataIndex: 'applicantName' },
            { title: '病种', dataIndex: 'diseaseName' },
            { title: '受理时间', dataIndex: 'receivedAt', render: (v: string | null) => formatInstant(v) },
          ]} />
        <Button type="primary" icon={<ThunderboltOutlined />} style={{ marginTop: 12 }} disabled={total === 0} loading={hold.isPending}
          onClick={() => hold.mutate({})}>
          开始本月资格确认（为 {total} 件申请随机抽取认定医师）
        </Button>
      </Card>
      <Card title="已组织的资格确认">
        <Table size="small" rowKey="id" dataSource={s?.sessions ?? []} pagination={false} locale={{ emptyText: '尚未组织过资格确认。' }}
          columns={[
            { title: '月份', dataIndex: 'month' },
            { title: '组织时间', dataIndex: 'heldAt', render: (v: string) => formatInstant(v) },
            { title: '组织人', dataIndex: 'organiser' },
            { title: '件数', dataIndex: 'cases' },
            { title: '', key: 'print', render: (_v, row) => <Button size="small" icon={<FilePdfOutlined />} onClick={() => print(row.id)}>打印名单</Button> },
          ]} />
        {(s?.violations.length ?? 0) > 0 && (
          <Alert type="error" showIcon style={{ marginTop: 12 }} title="未按月组织资格确认（已记入审计日志）"
            description={s?.violations.map((v) => <div key={`${v.kind}${v.period}`}><Tag color="red">{v.period}</Tag>{v.detail}</div>)} />
        )}
      </Card>
    </Space>
  );
}
