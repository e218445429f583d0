import { Alert, Card, Descriptions } from 'antd';
import { useDesk } from '../../api/hooks';

/** 系统设置: which engine reads the records and in what shape, chosen from this PC's cores and memory. */
export function OcrEngineCard() {
  const info = useDesk('ocr.engine', {});
  const e = info.data;
  return (
    <Card title="文字识别（OCR）">
      {e && (
        <Descriptions column={1} size="small" items={[
          { key: 'engine', label: '识别引擎', children: e.engine === 'paddle' ? 'PaddleOCR（PP-OCRv4，本机离线）' : 'Tesseract（本机离线）' },
          { key: 'shape', label: '运行方式', children: e.shapeZh },
        ]} />
      )}
      {e?.fallbackReason && <Alert type="warning" showIcon title={e.fallbackReason} style={{ marginTop: 8 }} />}
    </Card>
  );
}
