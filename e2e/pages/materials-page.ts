import { expect, type Page } from '@playwright/test';
import type { WebHost } from '../../electron/web-host/server';
import { checkCharacter } from '../../electron/domain/id-number';
import { ADMIN } from './setup-page';

export const APPLICANT = { name: '张三', idNumber: '37150219800101001' + checkCharacter('37150219800101001') };

/** Calls the backend the UI calls, directly (for seeding); throws with the Chinese message on an error. */
export const backendCall = (host: WebHost) => async (method: string, input: unknown, token: string | null = null) => {
  const r = await host.backend.call(method, input, token);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as Record<string, unknown>;
};

/** Sets the desk up as 聊城市人民医院 with the Liaocheng pack and returns the administrator's session token. */
export async function setUpDesk(host: WebHost): Promise<string> {
  const call = backendCall(host);
  await call('setup.initialize', {
    hospitalName: '聊城市人民医院', hospitalCode: 'H37150200001', packId: 'cn.sd.liaocheng.csd',
    adminUsername: ADMIN.username, adminDisplayName: ADMIN.name, adminPassword: ADMIN.password,
  });
  const token = (await call('auth.signIn', { username: ADMIN.username, password: ADMIN.password }))['token'] as string;
  return token;
}

/** Seeds a configured desk with one received application (through the same backend the UI calls) and returns it. */
export async function seedReceivedApplication(host: WebHost, diseaseKey: string, evidencePdf?: Buffer): Promise<{ displayNo: string }> {
  const call = backendCall(host);
  const token = await setUpDesk(host);
  const applicant = await call('applicants.register', {
    name: APPLICANT.name, idNumber: APPLICANT.idNumber, scheme: 'EMPLOYEE', employmentStatus: 'RETIRED', regionCode: '371502',
    phone: '13800000000', address: '聊城市东昌府区柳园街道1号',
  }, token);
  const apps = (await host.backend.call('applications.open', { applicantId: applicant['id'], diseases: [{ diseaseKey, modeKey: null }] }, token));
  if (!apps.ok) throw new Error(apps.error.message);
  const app = (apps.value as { id: string; displayNo: string }[])[0]!;
  await call('applications.receive', { id: app.id, identityVerification: 'ID_CARD_READER', applicantSigned: true }, token);
  if (evidencePdf) {
    // a complete file, routed on (T5/T6), so the case is ready for the panel
    const ticket = await call('uploads.begin', { fileName: '出院记录.pdf', size: evidencePdf.length }, token);
    await call('uploads.chunk', { uploadId: ticket['uploadId'], index: 0, data: evidencePdf.toString('base64') }, token);
    const doc = await call('materials.attach', { uploadId: ticket['uploadId'], applicationId: app.id, materialType: null, source: 'UPLOAD' }, token);
    // the clerk confirms what was read (a text-layer PDF: its facts are there at once)
    const { sources: _, ...facts } = doc['facts'] as Record<string, unknown>;
    await call('materials.update', { documentId: doc['id'], materialType: null, originalSighted: false, sealed: false, facts }, token);
    await call('materials.submit', { applicationId: app.id }, token);
  }
  return { displayNo: app.displayNo };
}

export class MaterialsPage {
  constructor(private readonly page: Page) {}

  async openFromWorklist(displayNo: string): Promise<void> {
    await this.page.getByRole('cell', { name: displayNo }).click();
    await this.page.getByRole('button', { name: '材料与识别' }).click();
  }

  async importFiles(files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<void> {
    await this.page.locator('input[type=file]').setInputFiles(files);
  }

  /** 核对/修改 → 确认: the clerk confirms what was read from one document. */
  async confirmFacts(fileName: string): Promise<void> {
    await this.card(fileName).getByRole('button', { name: '核对/修改' }).click();
    await this.page.getByRole('dialog', { name: /核对提取信息/ }).getByRole('button', { name: '确认' }).click();
    await expect(this.card(fileName).getByText(/已由.+确认/)).toBeVisible();
  }

  card(fileName: string | RegExp) {
    return this.page.locator('.ant-card').filter({ has: this.page.getByText(fileName, { exact: true }) });
  }
}
