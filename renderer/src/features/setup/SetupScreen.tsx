import { Alert, Button, Card, Form, Input, Select, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import type { In, Out } from '../../../../electron/contract';
import { useDeskMutation } from '../../api/hooks';
import { useFormSubmit } from '../../ui/use-form-submit';
import { useLabels } from '../../ui/labels';
import { NewPasswordFields } from '../../ui/NewPasswordFields';
import { RecoveryCodeNotice } from '../recovery/RecoveryCodeNotice';
import { RestoreFromBackup } from './RestoreFromBackup';

type Values = In<'setup.initialize'> & { confirm: string };

/**
 * First start: the hospital, the policy pack in force, and the administrator's password; then the
 * administrator's recovery code, shown once (issue 11). Or, on a new PC, the desk from a backup.
 */
export function SetupScreen({ packs, damaged, onDone }: {
  packs: Out<'setup.status'>['packs']; damaged: string | null; onDone: (notice?: string) => void;
}) {
  const labels = useLabels();
  const [form] = Form.useForm<Values>();
  const [code, setCode] = useState<string | null>(null);
  const [fromBackup, setFromBackup] = useState(false);
  // setup.status is refreshed only after the code has been seen: the screen would change under it
  const init = useDeskMutation('setup.initialize');
  const { banner, onFinish } = useFormSubmit(form, ({ confirm: _confirm, ...values }: Values) => init.mutateAsync(values), (r) => (r.recoveryCode ? setCode(r.recoveryCode) : onDone()));

  if (code) {
    return (
      <Page>
        <Typography.Title level={3}>初始化完成：请保存管理员恢复码</Typography.Title>
        <RecoveryCodeNotice code={code} continueLabel="我已保存，继续登录" onContinue={() => onDone()} />
      </Page>
    );
  }
  if (fromBackup) {
    return (
      <Page>
        <Typography.Title level={3}>从备份恢复认定台</Typography.Title>
        {damaged && <Alert type="error" showIcon title={damaged} style={{ marginBottom: 16 }} />}
        <RestoreFromBackup onRestored={(text) => onDone(text)} onCancel={() => setFromBackup(false)} />
      </Page>
    );
  }
  return (
    <Page>
      {damaged && <Alert type="error" showIcon title="数据库文件已损坏" description={damaged} style={{ marginBottom: 16 }}
        action={<Button type="primary" danger onClick={() => setFromBackup(true)}>从备份恢复</Button>} />}
      <Typography.Title level={3}>首次使用：初始化认定台</Typography.Title>
      <Typography.Paragraph type="secondary">设置本院信息、适用的政策包和管理员账号。管理员密码只保存其加盐哈希，请牢记。</Typography.Paragraph>
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 16 }} />}
      <Form name="setup" form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item label="医院名称" name="hospitalName" rules={[{ required: true, message: '请输入医院名称' }]}>
          <Input autoFocus placeholder="如：聊城市人民医院" />
        </Form.Item>
        <Form.Item label="定点医疗机构编码" name="hospitalCode" rules={[{ required: true, message: '请输入定点医疗机构编码' }]} normalize={(v: string) => v.toUpperCase()}>
          <Input placeholder="如：H37150200001" />
        </Form.Item>
        <Form.Item label="政策包" name="packId" rules={[{ required: true, message: '请选择本院适用的政策包' }]}>
          <Select placeholder="选择本地区的政策包" options={packs.map((p) => ({ value: p.packId, label: `${p.nameZh} ${p.version}（${labels.packStatuses[p.status]}）` }))} />
        </Form.Item>
        <Form.Item label="管理员用户名" name="adminUsername" rules={[{ required: true, message: '请输入用户名' }]}>
          <Input autoComplete="username" />
        </Form.Item>
        <Form.Item label="管理员姓名" name="adminDisplayName" rules={[{ required: true, message: '请输入姓名' }]}>
          <Input />
        </Form.Item>
        <NewPasswordFields name="adminPassword" label="管理员密码" confirmLabel="确认密码" />
        <Button type="primary" htmlType="submit" block loading={init.isPending}>完成初始化</Button>
      </Form>
      <Button type="link" block style={{ marginTop: 8 }} onClick={() => setFromBackup(true)}>在新电脑上从备份恢复…</Button>
    </Page>
  );
}

function Page({ children }: { children: ReactNode }) {
  return (
    <div style={{ display: 'flex', justifyContent: 'center', alignItems: 'flex-start', padding: 48, background: '#f5f7fa', minHeight: '100vh', boxSizing: 'border-box' }}>
      <Card style={{ width: 560 }}>{children}</Card>
    </div>
  );
}
