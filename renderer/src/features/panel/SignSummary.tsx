import { Descriptions, Tag, Typography } from 'antd';
import type { In } from '../../../../electron/contract';

type Standard = { nameZh: string; criteria: readonly { id: string; textZh: string }[] } | undefined;
type Values = Omit<In<'review.sign'>, 'applicationId' | 'criteria' | 'password' | 'contentHash'> & { criteria?: Record<string, boolean | undefined> };

/** Exactly what a signature binds: the decision, each criterion as judged, the reasons, and the hash of the content reviewed. */
export function SignSummary({ values, contentHash, standard, rejectReasons }: {
  values: Values; contentHash: string; standard: Standard; rejectReasons: Readonly<Record<string, string>>;
}) {
  const judged = (id: string) => values.criteria?.[id];
  return (
    <Descriptions column={1} size="small" bordered style={{ marginBottom: 12 }} items={[
      { key: 'result', label: '审核意见', children: values.result === 'APPROVE' ? <Tag color="green">同意</Tag> : <Tag color="red">不同意</Tag> },
      ...(standard?.criteria ?? []).map((c, i) => ({
        key: c.id, label: `标准第 ${i + 1} 条`,
        children: <span>{judged(c.id) === true ? <Tag color="green">符合</Tag> : judged(c.id) === false ? <Tag color="red">不符合</Tag> : <Tag>未判断</Tag>} {c.textZh}</span>,
      })),
      ...(values.result === 'REJECT' ? [{ key: 'reasons', label: '不同意原因', children: (values.reasonCodes ?? []).map((r) => rejectReasons[r] ?? r).join('、') || '—' }] : []),
      { key: 'comment', label: '说明', children: values.comment?.trim() || '—' },
      { key: 'hash', label: '所审内容摘要', children: <Typography.Text code copyable>{contentHash}</Typography.Text> },
    ]} />
  );
}
