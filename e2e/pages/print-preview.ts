import { expect, type Download, type Page } from '@playwright/test';
import { settled } from './antd';

/**
 * Opens a document the desk issues (`open`), checks it comes up in the print preview and that
 * neither opening nor 打印 writes a file, then saves it by the explicit 另存为 and returns that download.
 */
export async function printAndSave(page: Page, open: () => Promise<void>, screenshot?: string): Promise<Download> {
  const downloads: Download[] = [];
  const count = (d: Download): void => { downloads.push(d); };
  page.on('download', count);
  await open();
  const preview = page.getByRole('dialog').filter({ has: page.getByTitle('打印预览') });
  await expect(preview.locator('iframe[title="打印预览"]')).toHaveAttribute('src', /^blob:/);
  // the system print dialog cannot show in a headless browser; the call reaching the PDF frame is what is checked
  await preview.evaluate((el) => {
    const frame = el.querySelector('iframe')!;
    (frame.contentWindow as unknown as { print: () => void }).print = () => { document.body.dataset['printed'] = 'yes'; };
  });
  await preview.getByRole('button', { name: '打印' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  if (screenshot) { await settled(page); await page.screenshot({ path: screenshot }); }
  expect(downloads).toHaveLength(0);
  page.off('download', count);
  const saved = page.waitForEvent('download');
  await preview.getByRole('button', { name: '另存为…' }).click();
  const file = await saved;
  await preview.getByRole('button', { name: 'Close' }).or(preview.getByLabel('Close')).first().click();
  return file;
}
