import { Alert, Button, Card, Input, Space, Typography } from 'antd';
import { useRef, useState, type PointerEvent } from 'react';
import { useDesk, useDeskMutation } from '../../api/hooks';
import { formatInstant } from '../../ui/format';

const W = 600;
const H = 200;

/**
 * 我的手写签名 (AMB-14): drawn once with mouse, pen or finger, confirmed with the physician's own
 * password, then placed on every 资格确认表 they sign. Until then the forms leave a line for ink.
 */
export function SignatureCard() {
  const mine = useDesk('review.mySignature', {});
  const save = useDeskMutation('review.saveSignature', ['review.mySignature']);
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const [inked, setInked] = useState(false);
  const [password, setPassword] = useState('');

  const point = (e: PointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return [((e.clientX - r.left) / r.width) * W, ((e.clientY - r.top) / r.height) * H] as const;
  };
  const down = (e: PointerEvent<HTMLCanvasElement>) => {
    const ctx = e.currentTarget.getContext('2d');
    if (!ctx) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drawing.current = true;
    Object.assign(ctx, { lineWidth: 5, lineCap: 'round', lineJoin: 'round', strokeStyle: '#111' });
    ctx.beginPath();
    ctx.moveTo(...point(e));
  };
  const move = (e: PointerEvent<HTMLCanvasElement>) => {
    const ctx = e.currentTarget.getContext('2d');
    if (!drawing.current || !ctx) return;
    ctx.lineTo(...point(e));
    ctx.stroke();
    setInked(true);
  };
  const clear = () => {
    canvas.current?.getContext('2d')?.clearRect(0, 0, W, H);
    setInked(false);
    save.reset();
  };
  const submit = () => {
    const png = canvas.current?.toDataURL('image/png').replace(/^data:image\/png;base64,/, '') ?? '';
    save.mutate({ pngBase64: png, password }, { onSuccess: () => setPassword('') });
  };

  const saved = mine.data?.pngBase64;
  return (
    <Card title="我的手写签名" size="small">
      {mine.error && <Alert type="error" showIcon title={mine.error.message} />}
      {saved ? (
        <Space orientation="vertical">
          <img alt="已留存的手写签名" src={`data:image/png;base64,${saved}`} style={{ height: 70, border: '1px solid #eee', background: '#fff' }} />
          <Typography.Text type="secondary">留存于 {formatInstant(mine.data?.capturedAt ?? '')}，将用于您签署的资格确认表。签名留存后不能更改。</Typography.Text>
        </Space>
      ) : mine.data && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">请在下框内用鼠标、手写笔或手指写下您的姓名。留存一次，之后签署的资格确认表都会使用。</Typography.Text>
          <canvas ref={canvas} width={W} height={H} aria-label="签名板"
            style={{ width: W, maxWidth: '100%', height: H, border: '1px dashed #999', borderRadius: 6, touchAction: 'none', background: '#fff', cursor: 'crosshair' }}
            onPointerDown={down} onPointerMove={move} onPointerUp={() => { drawing.current = false; }} onPointerLeave={() => { drawing.current = false; }} />
          <Space wrap>
            <Button onClick={clear}>清除重写</Button>
            <Input.Password aria-label="本人登录密码" placeholder="本人登录密码" value={password} onChange={(e) => setPassword(e.target.value)} style={{ width: 200 }} autoComplete="current-password" />
            <Button type="primary" disabled={!inked || password === ''} loading={save.isPending} onClick={submit}>保存签名</Button>
          </Space>
          {save.error && <Alert type="error" showIcon title={save.error.message} />}
        </Space>
      )}
    </Card>
  );
}
