import type { DocumentDto, MaterialTypeName } from '../../../electron/contract';
import { api } from './client';

/** base64 of a file or a slice of one, without the data-URL prefix. */
export function blobToBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result.replace(/^data:[^,]*,/, '') : '');
    reader.onerror = () => reject(reader.error ?? new Error('读取文件失败'));
    reader.readAsDataURL(blob);
  });
}

/**
 * Sends a file through the contract in chunks (the same for IPC and HTTP), then attaches it to the
 * application. The size check happens before the first byte is sent.
 */
export async function uploadMaterial(
  file: Blob, fileName: string, applicationId: string, materialType: MaterialTypeName | null,
  source: 'UPLOAD' | 'CAMERA', onProgress: (fraction: number) => void = () => undefined,
): Promise<DocumentDto> {
  const { uploadId, chunkBytes } = await api.call('uploads.begin', { fileName, size: file.size });
  for (let i = 0; i * chunkBytes < file.size; i += 1) {
    const data = await blobToBase64(file.slice(i * chunkBytes, (i + 1) * chunkBytes));
    await api.call('uploads.chunk', { uploadId, index: i, data });
    onProgress(Math.min(1, ((i + 1) * chunkBytes) / file.size));
  }
  return api.call('materials.attach', { uploadId, applicationId, materialType, source });
}
