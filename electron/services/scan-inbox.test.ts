import { appendFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeskHarness } from '../testing/desk-harness';
import { renderRecord, sampleRecords } from '../testing/record-fixtures';

/** The watched scanner folder: taken once it stops growing, exactly once, unreadable files listed with the reason. */

let desk: DeskHarness;
let admin: string;
let folder: string;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const inbox = () => desk.call('inbox.list', {}, admin);

beforeAll(async () => {
  const probe = new DeskHarness();
  folder = join(probe.dir, 'scanner');
  await probe.close();
  mkdirSync(folder, { recursive: true });
  desk = new DeskHarness({ scanFolder: folder });
  admin = await desk.setup();
});
afterAll(() => desk.close());

describe('scanner folder', () => {
  it('waits while a file is still being written, then takes it once and deletes the plaintext copy', async () => {
    const png = await renderRecord(sampleRecords(1, 21)[0]!);
    const path = join(folder, 'scan0001.png');
    writeFileSync(path, png.subarray(0, 20_000));
    for (let i = 1; i <= 4; i += 1) {
      await desk.backend.scanNow();
      expect((await inbox()).items).toEqual([]);
      appendFileSync(path, png.subarray(20_000 * i, 20_000 * (i + 1)));
      await sleep(50);
    }
    appendFileSync(path, png.subarray(100_000));
    await desk.backend.scanNow(); // sees the final size
    expect((await inbox()).items).toEqual([]);
    await sleep(2100); // stable for the settle time
    await desk.backend.scanNow();
    const { items, folder: shown } = await inbox();
    expect(shown).toBe(folder);
    expect(items).toEqual([expect.objectContaining({ fileName: 'scan0001.png', status: 'PENDING', pageCount: 1, reason: null })]);
    // the bytes are in the encrypted database; no readable medical record is left in the folder
    expect(readdirSync(folder, { recursive: true })).toEqual([]);

    // the desk stopped after storing but before moving: the file is seen again and not taken twice
    writeFileSync(join(folder, 'scan0001.png'), png);
    await desk.backend.scanNow();
    await sleep(2100);
    await desk.backend.scanNow();
    expect((await inbox()).items).toHaveLength(1);
    expect(readdirSync(folder, { recursive: true })).toEqual([]);
  });

  it('lists what cannot be read with the reason and moves it to 无法识别', async () => {
    writeFileSync(join(folder, 'broken.pdf'), '%PDF-1.7 truncated');
    writeFileSync(join(folder, 'empty.jpg'), '');
    await desk.backend.scanNow();
    await sleep(2100);
    await desk.backend.scanNow();
    const unreadable = (await inbox()).items.filter((i) => i.status === 'UNREADABLE');
    expect(unreadable.map((i) => [i.fileName, i.reason])).toEqual(expect.arrayContaining([
      ['broken.pdf', 'PDF 文件“broken.pdf”已损坏，无法打开。'],
      ['empty.jpg', '文件“empty.jpg”是空文件（0 字节），请重新扫描或选择其他文件。'],
    ]));
    expect(existsSync(join(folder, 'broken.pdf'))).toBe(false); // kept (encrypted) with its reason, not as plaintext
  });

  it('attaches a pending scan to an application', async () => {
    const applicant = await desk.call('applicants.register', desk.registerInput(), admin);
    const [app] = await desk.call('applications.open', { applicantId: applicant.id, diseases: [{ diseaseKey: 'DIABETES', modeKey: null }] }, admin);
    const pending = (await inbox()).items.find((i) => i.status === 'PENDING')!;
    const doc = await desk.call('inbox.assign', { inboxId: pending.id, applicationId: app!.id, materialType: 'INPATIENT_RECORD_COPY' }, admin);
    expect(doc).toMatchObject({ fileName: 'scan0001.png', source: 'SCANNER', materialType: 'INPATIENT_RECORD_COPY' });
    expect((await inbox()).items.some((i) => i.id === pending.id)).toBe(false);
    await expect(desk.call('inbox.assign', { inboxId: pending.id, applicationId: app!.id, materialType: null }, admin)).rejects.toMatchObject({ code: 'INBOX_ITEM_NOT_FOUND' });
  });
});
