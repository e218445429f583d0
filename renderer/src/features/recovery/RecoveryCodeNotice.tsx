import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Space, Typography } from 'antd';
import { useState } from 'react';

/**
 * The administrator's recovery code, shown this once (issue 11): written down or printed and kept
 * apart from the computer, it opens the data on a new PC or after the system's key store is lost.
 * Nothing goes on until the administrator confirms it is copied.
 */
export function RecoveryCodeNotice({ code, continueLabel = '继续', onContinue }: { code: string; continueLabel?: string; onContinue: () => void }) {
  const [copied, setCopied] = useState(false);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Alert type="warning" showIcon title="请立即抄写或打印恢复码，本页关闭后不再显示"
        description="电脑更换、系统重装或密钥丢失时，只有凭恢复码才能打开本机数据和备份。恢复码请由管理员妥善保管，不要与电脑、U盘放在一起，也不要拍照发到聊天软件。" />
      <div role="group" aria-label="恢复码" style={{ textAlign: 'center', padding: '20px 12px', border: '2px dashed #1565c0', borderRadius: 6, background: '#f5f9ff' }}>
        <Typography.Text type="secondary">管理员恢复码</Typography.Text>
        <div data-testid="recovery-code" style={{ fontFamily: '"DejaVu Sans Mono", Consolas, monospace', fontSize: 22, letterSpacing: 1, fontWeight: 600, marginTop: 8, whiteSpace: 'nowrap' }}>{code}</div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>共 24 位，由数字和字母组成（不含 I、L、O、U），输入时可不加横线、不分大小写</Typography.Text>
      </div>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>打印</Button>
        <Checkbox checked={copied} onChange={(e) => setCopied(e.target.checked)}>我已抄写保存</Checkbox>
      </Space>
      <Button type="primary" block disabled={!copied} onClick={onContinue}>{continueLabel}</Button>
    </Space>
  );
}
