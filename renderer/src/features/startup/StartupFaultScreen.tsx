import { Alert, Button, Card, Form, Input, Result, Typography } from 'antd';
import type { Out } from '../../../../electron/contract';
import { useDeskMutation } from '../../api/hooks';
import { useFormSubmit } from '../../ui/use-form-submit';

type Fault = NonNullable<Out<'startup.fault'>>;

/**
 * The desk could not open its database (issue 11): the reason in words and, when the wrapped keys
 * are there, 输入恢复码 — the administrator's code writes the keys back and the desk opens.
 */
export function StartupFaultScreen({ fault, onRecovered }: { fault: Fault; onRecovered: () => void }) {
  const [form] = Form.useForm<{ recoveryCode: string }>();
  const recover = useDeskMutation('startup.recover');
  const { banner, onFinish } = useFormSubmit(form, (v: { recoveryCode: string }) => recover.mutateAsync(v), onRecovered);

  return (
    <div style={{ display: 'flex', justifyContent: 'center', alignItems: 'flex-start', padding: 48, background: '#f5f7fa', minHeight: '100vh', boxSizing: 'border-box' }}>
      <Card style={{ width: 620 }}>
        <Result status="warning" title="认定台未能打开数据库" subTitle={fault.message} style={{ paddingBottom: 8 }} />
        {fault.canRecover ? (
          <Form name="recover" form={form} layout="vertical" onFinish={onFinish}>
            <Typography.Title level={5}>输入恢复码</Typography.Title>
            <Typography.Paragraph type="secondary">
              请输入初始化或最近一次重新签发时抄写的管理员恢复码（24 位，可不加横线、不分大小写）。恢复码正确时，认定台找回密钥并打开原有数据；输错不会改动任何数据。
            </Typography.Paragraph>
            {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />}
            <Form.Item label="恢复码" name="recoveryCode" rules={[{ required: true, message: '请输入恢复码' }]}>
              <Input placeholder="XXXX-XXXX-XXXX-XXXX-XXXX-XXXX" autoComplete="off" autoFocus style={{ fontFamily: 'monospace' }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={recover.isPending}>找回密钥并打开</Button>
          </Form>
        ) : (
          <Alert type="info" showIcon title="请联系管理员或技术支持" description="找回密钥需要数据目录中的 key.recovery.json（每次备份时也会复制到备份文件夹）和管理员恢复码。" />
        )}
      </Card>
    </div>
  );
}
