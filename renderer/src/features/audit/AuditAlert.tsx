import { Alert, Button } from 'antd';
import { useDesk } from '../../api/hooks';

/** For the administrator, on every screen: the last verification of the audit chain found something. */
export function AuditAlert({ onOpen }: { onOpen: () => void }) {
  const status = useDesk('audit.status', {});
  const s = status.data;
  if (!s || s.ok) return null;
  return (
    <Alert type="error" showIcon style={{ marginBottom: 16 }} title={`审计链核验未通过：${s.problems[0]?.message ?? ''}${s.problems.length > 1 ? ` 等 ${s.problems.length} 处` : ''}`}
      action={<Button size="small" danger onClick={onOpen}>查看审计日志</Button>} />
  );
}
