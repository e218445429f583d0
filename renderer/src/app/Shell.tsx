import { AuditOutlined, CalendarOutlined, CloudSyncOutlined, DatabaseOutlined, SafetyCertificateOutlined, FileAddOutlined, InboxOutlined, KeyOutlined, LogoutOutlined, SettingOutlined, TeamOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { SessionDto } from '../../../electron/contract';
import { ChangePasswordForm } from '../features/auth/ChangePasswordForm';
import { IdleLock } from '../features/lock/IdleLock';
import { UsersScreen } from '../features/admin/UsersScreen';
import { AuditAlert } from '../features/audit/AuditAlert';
import { AuditScreen } from '../features/audit/AuditScreen';
import { BackupScreen } from '../features/backup/BackupScreen';
import { RegisterScreen } from '../features/intake/RegisterScreen';
import { InboxScreen } from '../features/materials/InboxScreen';
import { MaterialsScreen } from '../features/materials/MaterialsScreen';
import { RosterScreen } from '../features/roster/RosterScreen';
import { SessionsScreen } from '../features/panel/SessionsScreen';
import { TasksScreen } from '../features/panel/TasksScreen';
import { SyncBadge } from '../features/sync/SyncBadge';
import { SyncScreen } from '../features/sync/SyncScreen';
import { WorklistScreen } from '../features/worklist/WorklistScreen';
import { useLabels } from '../ui/labels';

type Page = 'tasks' | 'worklist' | 'register' | 'inbox' | 'sessions' | 'roster' | 'sync' | 'users' | 'audit' | 'backup';

/** Left navigation, top bar with who is signed in, and the current page. */
export function Shell({ session, onSignOut, onSessionChanged, onRestored }: {
  session: SessionDto; onSignOut: () => void; onSessionChanged: (s: SessionDto) => void;
  /** A restore reopened the desk (every session ended): back to sign-in with what happened. */
  onRestored: (text: string) => void;
}) {
  const labels = useLabels();
  const isPhysician = session.user.role === 'PHYSICIAN';
  const [page, setPage] = useState<Page>(isPhysician ? 'tasks' : 'worklist');
  const [materialsFor, setMaterialsFor] = useState<string | null>(null);
  const [changingPassword, setChangingPassword] = useState(false);
  const isAdmin = session.user.role === 'ADMIN';
  const canIntake = session.user.role !== 'PHYSICIAN';

  const items = [
    ...(isPhysician ? [{ key: 'tasks', icon: <AuditOutlined />, label: '我的认定任务' }] : []),
    { key: 'worklist', icon: <UnorderedListOutlined />, label: '工作台' },
    ...(canIntake ? [{ key: 'register', icon: <FileAddOutlined />, label: '受理登记' }, { key: 'inbox', icon: <InboxOutlined />, label: '扫描收件箱' }] : []),
    ...(canIntake ? [{ key: 'sessions', icon: <CalendarOutlined />, label: '月度资格确认' }, { key: 'roster', icon: <TeamOutlined />, label: '认定医师名册' }, { key: 'sync', icon: <CloudSyncOutlined />, label: '数据同步' }] : []),
    ...(isAdmin ? [
      { key: 'audit', icon: <SafetyCertificateOutlined />, label: '审计日志' },
      { key: 'backup', icon: <DatabaseOutlined />, label: '备份与恢复' },
      { key: 'users', icon: <SettingOutlined />, label: '系统设置' },
    ] : []),
  ];

  return (
    <IdleLock userName={session.user.displayName}>
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={200} theme="light" style={{ borderRight: '1px solid #e8e8e8' }}>
        <div style={{ padding: '16px 20px', fontWeight: 600, fontSize: 16, color: '#1565c0' }}>慢特病认定台</div>
        <nav aria-label="主导航">
          <Menu mode="inline" selectedKeys={[page]} items={items} onClick={(e) => { setMaterialsFor(null); setPage(e.key as Page); }} style={{ borderRight: 0 }} />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', borderBottom: '1px solid #e8e8e8', padding: '0 24px', display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
          <Typography.Text strong>{session.hospitalName} · {isPhysician ? '门诊慢特病资格确认' : '医保办窗口'}</Typography.Text>
          <Space>
            {canIntake && <SyncBadge onOpen={() => { setMaterialsFor(null); setPage('sync'); }} />}
            <span aria-label="当前用户">{session.user.displayName}</span>
            <Tag color="blue">{labels.roles[session.user.role]}</Tag>
            <Button icon={<KeyOutlined />} onClick={() => setChangingPassword(true)}>修改密码</Button>
            <Button icon={<LogoutOutlined />} onClick={onSignOut}>退出登录</Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          {isAdmin && <AuditAlert onOpen={() => { setMaterialsFor(null); setPage('audit'); }} />}
          {materialsFor !== null && (
            <MaterialsScreen applicationId={materialsFor} canIntake={canIntake} onBack={() => setMaterialsFor(null)}
              signer={isPhysician ? session.user.displayName : null} />
          )}
          {materialsFor === null && page === 'tasks' && <TasksScreen onReview={setMaterialsFor} />}
          {materialsFor === null && page === 'worklist' && <WorklistScreen canIntake={canIntake} canRevoke={isAdmin} onOpenMaterials={setMaterialsFor} />}
          {materialsFor === null && page === 'inbox' && <InboxScreen onOpenMaterials={setMaterialsFor} />}
          {materialsFor === null && page === 'register' && <RegisterScreen onOpened={() => setPage('worklist')} />}
          {materialsFor === null && page === 'sessions' && <SessionsScreen />}
          {materialsFor === null && page === 'roster' && <RosterScreen canManage={isAdmin} />}
          {materialsFor === null && page === 'sync' && <SyncScreen canConfigure={isAdmin} />}
          {materialsFor === null && page === 'users' && <UsersScreen selfId={session.user.id} />}
          {materialsFor === null && page === 'audit' && <AuditScreen />}
          {materialsFor === null && page === 'backup' && <BackupScreen onRestored={onRestored} />}
        </Layout.Content>
      </Layout>
      <Modal title="修改密码" open={changingPassword} footer={null} destroyOnHidden onCancel={() => setChangingPassword(false)}>
        <ChangePasswordForm onChanged={(s) => { setChangingPassword(false); onSessionChanged(s); }} />
      </Modal>
    </Layout>
    </IdleLock>
  );
}
