import { CloudOutlined, DisconnectOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useDesk } from '../../api/hooks';
import { formatInstant } from '../../ui/format';
import { useCasesFollowSync } from './use-cases-follow-sync';

/** Top-bar sign of the bureau link: 在线/离线 and what waits, refreshed every 15 s; a click opens 数据同步. */
export function SyncBadge({ onOpen }: { onOpen: () => void }) {
  const status = useDesk('sync.status', {}, { refetchInterval: 15_000 });
  const s = status.data;
  useCasesFollowSync(s);
  if (!s) return null;
  const text = !s.configured ? '未设置同步' : s.online === false ? '离线' : s.online ? '在线' : '等待连接';
  const parts = [text, s.pending > 0 ? `待上传 ${s.pending}` : '', s.failedCount > 0 ? `失败 ${s.failedCount}` : ''].filter((x) => x !== '');
  return (
    <Tooltip title={s.lastSuccessAt ? `最近一次与医保经办机构连通：${formatInstant(s.lastSuccessAt)}` : '尚未与医保经办机构同步'}>
      <Button aria-label="同步状态" icon={s.online === false || !s.configured ? <DisconnectOutlined /> : <CloudOutlined />} danger={s.failedCount > 0 || s.clockWarning} onClick={onOpen}>
        {parts.join(' · ')}
      </Button>
    </Tooltip>
  );
}
