import { Tag, Tooltip } from 'antd';
import type { DeadlineDto } from '../../../../electron/contract';
import { label, useLabels } from '../../ui/labels';

const COLOR = { OVERDUE: 'red', DUE_TODAY: 'orange', OPEN: 'default' } as const;

/** The deadlines a case runs against: 已逾期 in red, 今日到期 in orange, the rest with their date (§3.5). */
export function DeadlineTags({ deadlines }: { deadlines: readonly DeadlineDto[] }) {
  const labels = useLabels();
  if (deadlines.length === 0) return <span style={{ color: '#999' }}>—</span>;
  return (
    <>
      {deadlines.map((d) => {
        const what = `${label(labels.deadlineKinds, d.kind)}${d.who ? `（${d.who}）` : ''}`;
        const text = d.status === 'OPEN' ? `${what} 至 ${d.dueOn}` : `${label(labels.deadlineStatuses, d.status)}：${what}`;
        const unverified = d.unverifiedYears.length > 0 ? `；${d.unverifiedYears.join('、')} 年的节假日安排尚无数据，按周一至周五计算，请核实` : '';
        return (
          <Tooltip key={`${d.kind}${d.who ?? ''}`} title={`期限 ${d.dueOn}${unverified}`}>
            <Tag color={COLOR[d.status]} style={{ marginBottom: 2 }}>{text}</Tag>
          </Tooltip>
        );
      })}
    </>
  );
}
