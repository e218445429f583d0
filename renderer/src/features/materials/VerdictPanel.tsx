import { CheckCircleTwoTone, CloseCircleTwoTone, FilePdfOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, Button, Card, List, Popconfirm, Space, Tag, Typography } from 'antd';
import type { MaterialsCheckDto } from '../../../../electron/contract';
import { api } from '../../api/client';
import { useDeskMutation } from '../../api/hooks';
import { formatInstant } from '../../ui/format';
import { usePdfPrint } from '../../ui/PdfPrint';

const EDITABLE = ['DRAFT', 'RECEIVED', 'INCOMPLETE'];

/** 齐全 / 不齐全 with every missing or failing item at once (R8), the one-time notice, and 提交认定. */
/** The two notices a file may carry: the clerk's one-time notice (R8) and a physician's request (T9). */
const NOTICE_TITLE = { DEFICIENCY_ONE_TIME: '一次性告知书', CLINICAL_EVIDENCE_REQUEST: '补充临床资料告知书' } as const;

export function VerdictPanel({ applicationId, displayNo, check, canAct }: { applicationId: string; displayNo: string; check: MaterialsCheckDto; canAct: boolean }) {
  const after = ['materials.check', 'materials.list', 'applications.get', 'applications.list'] as const;
  const notice = useDeskMutation('materials.issueNotice', after);
  const submit = useDeskMutation('materials.submit', after);
  const pdf = usePdfPrint();
  const v = check.verdict;
  const blocks = v.findings.filter((f) => f.severity === 'BLOCK');
  const warns = v.findings.filter((f) => f.severity === 'WARN');
  const open = EDITABLE.includes(check.state);

  return (
    <Card size="small" title="材料审查（一次性告知）">
      <Space orientation="vertical" style={{ width: '100%' }}>
        {v.ocrPending > 0 && <Alert type="info" showIcon title={`还有 ${v.ocrPending} 份材料正在识别，结论会随之更新。`} />}
        {v.complete
          ? <Alert type="success" showIcon title="材料齐全" description={`满足：${v.routes.filter((r) => r.satisfied).map((r) => r.nameZh).join('、')}`} />
          : <Alert type="error" showIcon title={`材料不齐全（${blocks.length} 项）`} description="以下各项须一次性告知申请人补齐（任选一条路径补齐即可）。" />}
        <div>
          {v.routes.map((r) => (
            <div key={r.id}>
              {r.satisfied ? <CheckCircleTwoTone twoToneColor="#52c41a" /> : <CloseCircleTwoTone twoToneColor="#ff4d4f" />} <strong>{r.nameZh}</strong>
              <ul style={{ margin: '4px 0 8px 8px' }}>
                {r.requirements.map((q) => <li key={q.nameZh}>{q.nameZh}：合格 {q.validDocumentIds.length} / 需 {q.need}</li>)}
              </ul>
            </div>
          ))}
        </div>
        {!v.complete && (
          <List size="small" header={<strong>须补齐</strong>} bordered dataSource={blocks}
            renderItem={(f, i) => <List.Item><Typography.Text type="danger">{i + 1}. {f.text}</Typography.Text></List.Item>} />
        )}
        {warns.length > 0 && (
          <List size="small" header={<strong>提示认定医师</strong>} bordered dataSource={warns}
            renderItem={(f) => <List.Item><Typography.Text type="warning">{f.text}</Typography.Text></List.Item>} />
        )}
        {canAct && open && !v.complete && (
          <Button type="primary" danger icon={<FilePdfOutlined />} loading={notice.isPending}
            onClick={() => notice.mutate({ applicationId }, { onSuccess: (n) => pdf.show(n.pdfBase64, `一次性告知书_${n.noticeNo}.pdf`) })}>
            出具一次性告知书
          </Button>
        )}
        {canAct && open && v.complete && (
          <Popconfirm title="材料齐全，提交资格认定？提交后材料冻结，不能再修改。" okText="提交" cancelText="取消" onConfirm={() => submit.mutate({ applicationId })}>
            <Button type="primary" icon={<SendOutlined />} loading={submit.isPending} disabled={check.state === 'DRAFT' || v.ocrPending > 0}>
              {check.state === 'INCOMPLETE' ? '材料已补齐，提交认定' : '提交认定'}
            </Button>
          </Popconfirm>
        )}
        {check.state === 'DRAFT' && v.complete && <Typography.Text type="secondary">请先在工作台完成受理（身份核验与签字）后提交认定。</Typography.Text>}
        {(notice.error ?? submit.error) && <Alert type="error" showIcon title={(notice.error ?? submit.error)?.message} />}
        {submit.isSuccess && <Alert type="success" showIcon title={`申请 ${displayNo} 已提交认定。`} />}
        {check.notices.length > 0 && (
          <List size="small" header={<strong>已出具的告知书</strong>} dataSource={check.notices}
            renderItem={(n, i) => (
              <List.Item actions={[<Button key="print" size="small" icon={<FilePdfOutlined />}
                onClick={() => void api.call('materials.noticePdf', { id: n.id }).then((r) => pdf.show(r.pdfBase64, `${NOTICE_TITLE[n.kind]}_${displayNo}-${i + 1}.pdf`))}>重新打印</Button>]}>
                <span>第 {i + 1} 次 · {NOTICE_TITLE[n.kind]} · {formatInstant(n.issuedAt)} · {n.issuedByName} · {n.items.length} 项：{n.items.join('；')} <Tag>已告知</Tag></span>
              </List.Item>
            )} />
        )}
      </Space>
      {pdf.preview}
    </Card>
  );
}
