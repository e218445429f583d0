import { Alert, Button, Modal, Space } from 'antd';
import { useEffect, useRef, useState } from 'react';

/**
 * 高拍仪 (a UVC document camera, seen as a webcam): live preview and capture as JPEG. Each
 * capture is sent at once, so the clerk can turn the pages and press 拍摄 (or Space) again.
 */
export function CameraCapture({ open, onClose, onCaptured }: { open: boolean; onClose: () => void; onCaptured: (jpeg: Blob, name: string) => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [count, setCount] = useState(0);

  useEffect(() => {
    if (!open) return undefined;
    let stream: MediaStream | null = null;
    let cancelled = false;
    navigator.mediaDevices?.getUserMedia({ video: { width: { ideal: 2592 }, height: { ideal: 1944 } }, audio: false })
      .then((s) => {
        if (cancelled) { s.getTracks().forEach((t) => t.stop()); return; }
        stream = s;
        if (video.current) { video.current.srcObject = s; void video.current.play(); }
      })
      .catch(() => !cancelled && setError('未找到高拍仪或摄像头，或未允许使用摄像头。请检查设备连接后重试，也可改用“选择文件”。'));
    return () => { cancelled = true; stream?.getTracks().forEach((t) => t.stop()); setError(null); };
  }, [open]);

  function capture(): void {
    const v = video.current;
    if (!v || v.videoWidth === 0) return;
    const canvas = document.createElement('canvas');
    canvas.width = v.videoWidth;
    canvas.height = v.videoHeight;
    canvas.getContext('2d')?.drawImage(v, 0, 0);
    canvas.toBlob((blob) => {
      if (!blob) return;
      const n = count + 1;
      setCount(n);
      const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
      onCaptured(blob, `高拍仪_${stamp}_${String(n).padStart(2, '0')}.jpg`);
    }, 'image/jpeg', 0.92);
  }

  return (
    <Modal open={open} title="高拍仪拍摄" width={900} onCancel={onClose} destroyOnHidden
      footer={<Space><span>已拍摄 {count} 张</span><Button onClick={onClose}>完成</Button><Button type="primary" onClick={capture} disabled={error !== null}>拍摄（空格）</Button></Space>}>
      <div onKeyDown={(e) => { if (e.key === ' ') { e.preventDefault(); capture(); } }} tabIndex={0} aria-label="高拍仪预览">
        {error ? <Alert type="warning" showIcon title={error} /> : <video ref={video} muted playsInline style={{ width: '100%', background: '#000' }} />}
      </div>
    </Modal>
  );
}
