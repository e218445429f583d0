import { Tag } from 'antd';
import type { ApplicationStateName } from '../../../../electron/contract';
import { useLabels } from '../../ui/labels';

const COLORS: Partial<Record<ApplicationStateName, string>> = {
  DRAFT: 'gold', RECEIVED: 'blue', INCOMPLETE: 'orange', UNDER_REVIEW: 'processing', QUEUED_FOR_SESSION: 'cyan',
  AWAITING_REREVIEW: 'purple', APPROVED: 'green', HOSPITAL_REJECTED: 'red', REREVIEW_REJECTED: 'red',
  FILING_REJECTED: 'red', INVALIDATED: 'red',
};

export function StateTag({ state }: { state: ApplicationStateName }) {
  const labels = useLabels();
  return <Tag color={COLORS[state] ?? 'default'}>{labels.states[state]}</Tag>;
}
