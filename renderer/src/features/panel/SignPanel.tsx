import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Form, Input, Modal, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import type { In } from '../../../../electron/contract';
import { api } from '../../api/client';
import { useDesk, useDeskMutation } from '../../api/hooks';
import { SignSummary } from './SignSummary';
import { useLabels } from '../../ui/labels';
import { RequestEvidence } from './RequestEvidence';

type Values = Omit<In<'review.sign'>, 'applicationId' | 'criteria' | 'password' | 'contentHash'> & { criteria?: Record<string, boolean | undefined> };

/** antd leaves out fields that are not shown (the reasons when 同意); criteria not judged stay out, and the desk says which. */
function complete(applicationId: string, v: Partial<Values>, password: string, contentHash: string): In<'review.sign'> {
  return {
    applicationId, result: v.result ?? 'APPROVE', reasonCodes: v.reasonCodes ?? [], comment: v.comment ?? '', password, contentHash,
    criteria: Object.entries(v.criteria ?? {}).flatMap(([id, met]) => (met === undefined ? [] : [{ id, met }])),
  };
}

/**
 * 审核确认并签字 (000 §8(2)): the physician judges each criterion of the disease's certification
 * standard (R15), decides and signs with their own password, typed now. The screen says who signs
 * and what exactly is signed (the materials shown on the left).
 */
export function SignPanel({ applicationId, diseaseKey, signerName, open }: { applicationId: string; diseaseKey: string; signerName: string; open: boolean }) {
  const labels = useLabels();
  const catalogue = useDesk('catalogue.list', { query: '' });
  const signature = useDesk('review.mySignature', {});
  const standard = catalogue.data?.items.find((e) => e.key === diseaseKey)?.standard;
  const [form] = Form.useForm<Values>();
  const result = Form.useWatch('result', form);
  const sign = useDeskMutation('review.sign', ['review.myCases', 'review.decisions', 'applications.get', 'panel.get']);
  const recuse = useDeskMutation('review.recuse', ['review.myCases', 'panel.get']);
  const [recusing, setRecusing] = useState(false);
  const [reason, setReason] = useState('');
  // the last summary: exactly what will be signed, shown before the password is asked
  const [review, setReview] = useState<{ values: Values; contentHash: string } | null>(null);
  const [password, setPassword] = useState('');
  const [preparing, setPreparing] = useState<string | null>(null);

  async function prepare(values: Values) {
    try {
      setPreparing(null);
      const { contentHash } = await api.call('review.contentHash', { applicationId });
      setPassword('');
      setReview({ values, contentHash });
    } catch (e) {
      setPreparing(e instanceof Error ? e.message : String(e));
    }
  }

  if (recuse.data) {
    return <Alert type="info" showIcon title="您已回避该申请。" description={recuse.data.redrawn ? '已从其他符合条件的医师中重新抽取。' : '暂无其他符合条件的医师，医保办将另行安排。'} />;
  }

  if (sign.data) {
    return (
      <Card size="small" title="审核确认">
        <Alert type="success" showIcon title="已签署。" description={<>
          {sign.data.outcome === 'DECIDED' && '意见已齐，认定结论已生成。'}
          {sign.data.outcome === 'PENDING' && '等待其他认定医师签署。'}
          {sign.data.splitTo === 'TIEBREAK' && '两名医师意见不一致，已抽取第三名医师。'}
          {sign.data.splitTo === 'EXPERT' && '两名医师意见不一致，已提交专家组评审。'}
          <Typography.Paragraph style={{ margin: '8px 0 0' }} type="secondary">签署内容摘要（SHA-256）：<Typography.Text code>{sign.data.contentHash.slice(0, 16)}…</Typography.Text></Typography.Paragraph>
        </>} />
      </Card>
    );
  }

  if (!open) return null;
  return (
    <Card size="small" title="审核确认并签字">
      <Form<Values> form={form} name="sign-decision" layout="vertical" initialValues={{ reasonCodes: [], comment: '' }}
        onFinish={(v) => void prepare(v)}>
        {standard && (
          <div role="group" aria-label="认定标准">
            <Typography.Text strong>认定标准（R15）：{standard.nameZh}</Typography.Text>
            <Typography.Paragraph type="secondary" style={{ margin: '2px 0 8px' }}>请对照左侧病历逐项判断。</Typography.Paragraph>
            {standard.criteria.map((c, i) => (
              <Form.Item key={c.id} name={['criteria', c.id]} label={`${i + 1}. ${c.textZh}`} style={{ marginBottom: 10 }}>
                <Radio.Group aria-label={`第 ${i + 1} 条`} options={[{ value: true, label: '符合' }, { value: false, label: '不符合' }]} />
              </Form.Item>
            ))}
          </div>
        )}
        <Form.Item label="审核意见" name="result" rules={[{ required: true, message: '请选择“同意”或“不同意”' }]}>
          <Radio.Group optionType="button" buttonStyle="solid" options={[{ value: 'APPROVE', label: '同意' }, { value: 'REJECT', label: '不同意' }]} />
        </Form.Item>
        {result === 'REJECT' && (
          <Form.Item label="不同意原因" name="reasonCodes">
            <Checkbox.Group options={Object.entries(labels.rejectReasons).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
        )}
        <Form.Item label="说明" name="comment"><Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} /></Form.Item>

        {signature.data && !signature.data.pngBase64 && (
          <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="您尚未留存手写签名"
            description="资格确认表上将留出签名栏，打印后须手写签名。可在“我的认定任务”页留存手写签名。" />
        )}
        {preparing && <Alert type="error" showIcon title={preparing} style={{ marginBottom: 12 }} />}
        <Space>
          <Button type="primary" htmlType="submit" icon={<SafetyCertificateOutlined />}>签署…</Button>
          <RequestEvidence applicationId={applicationId} />
          <Button onClick={() => setRecusing(true)}>申请回避</Button>
        </Space>
      </Form>
      <Modal open={review !== null} title={`签署确认 · 签署人 ${signerName}`} okText="确认签署" cancelText="返回修改" destroyOnHidden width={620}
        okButtonProps={{ disabled: password === '', loading: sign.isPending }} onCancel={() => { setReview(null); sign.reset(); }}
        onOk={() => review && sign.mutate(complete(applicationId, review.values, password, review.contentHash), { onSuccess: () => setReview(null) })}>
        {review && <SignSummary values={review.values} contentHash={review.contentHash} standard={standard} rejectReasons={labels.rejectReasons} />}
        <label htmlFor="sign-password">请输入本人登录密码以签署上述内容</label>
        <Input.Password id="sign-password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)}
          onPressEnter={() => review && password !== '' && sign.mutate(complete(applicationId, review.values, password, review.contentHash), { onSuccess: () => setReview(null) })} />
        {sign.error && <Alert type="error" showIcon title={sign.error.message} style={{ marginTop: 12 }} />}
      </Modal>
      <Modal open={recusing} title="申请回避" okText="回避" okButtonProps={{ disabled: reason.trim() === '', loading: recuse.isPending }}
        onCancel={() => setRecusing(false)} onOk={() => recuse.mutate({ applicationId, reason }, { onSuccess: () => setRecusing(false) })}>
        <p>回避后将从其他符合条件的医师中重新抽取，您不会再被抽取审核该申请。</p>
        <label htmlFor="recuse-reason">回避原因</label>
        <Input id="recuse-reason" value={reason} onChange={(e) => setReason(e.target.value)} placeholder="如：申请人为本人亲属或同事" />
        {recuse.error && <Alert type="error" showIcon title={recuse.error.message} style={{ marginTop: 8 }} />}
      </Modal>
    </Card>
  );
}
