import { Alert, App, Button, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useDeskMutation } from '../../api/hooks';

/**
 * T9 (AMB-50): before deciding, the physician may ask once for more clinical evidence. The request is
 * a notice of its own (补充临床资料告知书), listed with the file's notices, that the window prints and
 * hands to the applicant; the case waits until the evidence is brought and then comes back to the
 * same physicians.
 */
export function RequestEvidence({ applicationId }: { applicationId: string }) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const request = useDeskMutation('review.requestEvidence', ['review.myCases', 'applications.get', 'panel.get', 'materials.check']);
  const items = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const submit = () => request.mutate({ applicationId, items }, {
    onSuccess: () => {
      setOpen(false);
      void message.success('已出具补充临床资料告知书，由医保办窗口打印交申请人；补齐后回到本人继续审核');
    },
  });
  return (
    <>
      <Button onClick={() => setOpen(true)}>要求补充临床资料…</Button>
      <Modal open={open} title="要求补充临床资料" okText="出具告知书" cancelText="取消" destroyOnHidden
        okButtonProps={{ disabled: items.length === 0, loading: request.isPending }} onCancel={() => setOpen(false)} onOk={submit}>
        <Typography.Paragraph type="secondary">每个案件只能要求一次（AMB-50）。请逐行写明需要申请人补充的临床资料。</Typography.Paragraph>
        <label htmlFor="evidence-items">需要补充的资料（每行一项）</label>
        <Input.TextArea id="evidence-items" rows={4} value={text} onChange={(e) => setText(e.target.value)} placeholder="如：近三个月空腹及餐后血糖检测报告" />
        {request.error && <Alert type="error" showIcon title={request.error.message} style={{ marginTop: 12 }} />}
      </Modal>
    </>
  );
}
