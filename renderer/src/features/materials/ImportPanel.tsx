import { CameraOutlined, InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Progress, Select, Space, Upload } from 'antd';
import { useRef, useState } from 'react';
import type { MaterialTypeName } from '../../../../electron/contract';
import { ApiError } from '../../api/client';
import { uploadMaterial } from '../../api/upload';
import { useLabels } from '../../ui/labels';
import { CameraCapture } from './CameraCapture';

type Failure = { fileName: string; message: string };

/** File dialog, drag and drop, and the document camera; files go one by one, a failure is listed and the rest continue. */
export function ImportPanel({ applicationId }: { applicationId: string }) {
  const labels = useLabels();
  const qc = useQueryClient();
  const [type, setType] = useState<MaterialTypeName | ''>('');
  const [current, setCurrent] = useState<{ name: string; progress: number } | null>(null);
  const [failures, setFailures] = useState<Failure[]>([]);
  const [camera, setCamera] = useState(false);
  const queue = useRef<{ file: Blob; name: string; source: 'UPLOAD' | 'CAMERA' }[]>([]);
  const busy = useRef(false);

  async function send(file: Blob, name: string, source: 'UPLOAD' | 'CAMERA'): Promise<void> {
    queue.current.push({ file, name, source });
    if (busy.current) return;
    busy.current = true;
    for (let next = queue.current.shift(); next; next = queue.current.shift()) {
      const item = next;
      setCurrent({ name: item.name, progress: 0 });
      try {
        await uploadMaterial(item.file, item.name, applicationId, type === '' ? null : type, item.source, (p) => setCurrent({ name: item.name, progress: p }));
      } catch (e) {
        setFailures((f) => [...f, { fileName: item.name, message: e instanceof ApiError ? e.message : '上传失败，请重试。' }]);
      }
      await qc.invalidateQueries({ queryKey: ['materials.list'] });
      await qc.invalidateQueries({ queryKey: ['materials.check'] });
    }
    setCurrent(null);
    busy.current = false;
  }

  const typeOptions = [{ value: '', label: '自动识别材料类型' }, ...Object.entries(labels.materialTypes).map(([value, label]) => ({ value, label }))];

  return (
    <Card size="small" title="导入材料">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <label htmlFor="import-type">材料类型</label>
          <Select<string> id="import-type" virtual={false} style={{ width: 220 }} value={type} options={typeOptions} onChange={(v) => setType(v as MaterialTypeName | '')} />
          <Button icon={<CameraOutlined />} onClick={() => setCamera(true)}>高拍仪拍摄</Button>
        </Space>
        <Upload.Dragger multiple showUploadList={false} accept=".pdf,.jpg,.jpeg,.png,.tif,.tiff,.webp,.bmp,.heic"
          customRequest={({ file }) => { const f = file as File; void send(f, f.name, 'UPLOAD'); }}>
          <p className="ant-upload-drag-icon"><InboxOutlined /></p>
          <p>点击选择文件，或把文件拖到这里</p>
          <p style={{ color: '#888' }}>PDF、JPEG、PNG、TIFF（含多页）；单个文件不超过 100 MB</p>
        </Upload.Dragger>
        {current && <div aria-live="polite">正在上传 {current.name}<Progress percent={Math.round(current.progress * 100)} size="small" /></div>}
        {failures.map((f, i) => (
          <Alert key={`${f.fileName}-${i}`} type="error" showIcon closable title={`${f.fileName}：未导入`} description={f.message}
            onClose={() => setFailures((all) => all.filter((_, j) => j !== i))} />
        ))}
      </Space>
      <CameraCapture open={camera} onClose={() => setCamera(false)} onCaptured={(blob, name) => void send(blob, name, 'CAMERA')} />
    </Card>
  );
}
