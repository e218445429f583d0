/** Saves bytes the backend produced (base64) under a file name: only on the user's explicit choice (另存为, 导出). */
export function downloadFile(base64: string, fileName: string, type = 'application/pdf'): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
