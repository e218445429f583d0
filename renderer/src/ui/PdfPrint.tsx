import { PrinterOutlined, SaveOutlined } from '@ant-design/icons';
import { Button, Modal, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { downloadFile } from './pdf-download';

type Shown = { readonly url: string; readonly base64: string; readonly fileName: string };

/**
 * A document the desk issued goes to the printer, not to the Downloads folder: it opens in a
 * preview with 打印 (the system print dialog) and 另存为 (saving is the clerk's explicit choice).
 * Nothing is written to disk by the desk itself.
 */
export function usePdfPrint(): { readonly show: (base64: string, fileName: string) => void; readonly preview: React.ReactNode } {
  const [shown, setShown] = useState<Shown | null>(null);
  const frame = useRef<HTMLIFrameElement>(null);

  const show = useCallback((base64: string, fileName: string) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    setShown({ url: URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' })), base64, fileName });
  }, []);
  useEffect(() => () => { if (shown) URL.revokeObjectURL(shown.url); }, [shown]);

  const preview = (
    <Modal open={shown !== null} title={shown?.fileName.replace(/\.pdf$/, '')} width={900} onCancel={() => setShown(null)} destroyOnHidden
      footer={[
        <Typography.Text key="hint" type="secondary" style={{ marginRight: 16 }}>打印时请选择“实际大小”（100%）</Typography.Text>,
        <Button key="save" icon={<SaveOutlined />} onClick={() => shown && downloadFile(shown.base64, shown.fileName)}>另存为…</Button>,
        <Button key="print" type="primary" icon={<PrinterOutlined />} onClick={() => frame.current?.contentWindow?.print()}>打印</Button>,
      ]}>
      {shown && <iframe ref={frame} title="打印预览" src={shown.url} style={{ width: '100%', height: '70vh', border: '1px solid #d9d9d9' }} />}
    </Modal>
  );
  return { show, preview };
}
