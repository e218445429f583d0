import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { In, Method, Out } from '../contract';
import { checkCharacter } from '../domain/id-number';
import type { PolicyPack } from '../domain/policy-pack';
import { SOURCE_OCR_LANG_DIR } from '../ocr/lang-data';
import { SOURCE_PADDLE_MODEL_DIR } from '../ocr/paddle/model-files';
import { loadPolicyPacks, SOURCE_PACKS_DIR } from '../policy/pack-loader';
import { openDeskBackend, type DeskBackend } from '../rpc/desk-backend';
import { textPdf } from './file-fixtures';
import { SOURCE_MIGRATIONS_DIR } from '../../db/source-paths';

export const LIAOCHENG = 'cn.sd.liaocheng.csd';

/** A valid 18-digit id number built from 17 digits (check character computed). */
export const idNumber = (first17: string): string => first17 + checkCharacter(first17);

/** A desk on a fresh encrypted database file (temp dir) built from the real migrations, driven through the real dispatch. */
export class DeskHarness {
  readonly backend: DeskBackend;
  readonly dir = mkdtempSync(join(tmpdir(), 'csd-desk-'));
  now = new Date('2025-03-03T02:00:00Z');
  readonly keyHex = randomBytes(32).toString('hex');
  readonly auditKeyHex = randomBytes(32).toString('hex');

  /** `pack` rewrites every shipped pack (e.g. another split rule) for a test of a pack setting. */
  constructor({ pack = (p) => p, ...opts }: { scanFolder?: string; pack?: (p: PolicyPack) => PolicyPack } = {}) {
    const packs = new Map([...loadPolicyPacks(SOURCE_PACKS_DIR)].map(([id, p]) => [id, pack(p)]));
    this.backend = openDeskBackend({
      ...opts,
      dbFile: join(this.dir, 'desk.db'), keyHex: this.keyHex, auditKeyHex: this.auditKeyHex, migrationsDir: SOURCE_MIGRATIONS_DIR,
      packs, clock: () => this.now, ocrModelDir: SOURCE_PADDLE_MODEL_DIR, ocrLangDir: SOURCE_OCR_LANG_DIR, ocrWorkers: 1, backgroundSync: false,
    });
  }

  /** Calls a method; throws with the error code when the envelope is not ok. */
  async call<M extends Method>(method: M, input: In<M>, session: string | null = null): Promise<Out<M>> {
    const r = await this.backend.call(method, input, session);
    if (!r.ok) throw Object.assign(new Error(`${r.error.code}: ${r.error.message}`), { code: r.error.code });
    return r.value as Out<M>;
  }

  /** The administrator's recovery code shown at setup (issue 11). */
  recoveryCode: string | null = null;

  async setup(packId = LIAOCHENG): Promise<string> {
    ({ recoveryCode: this.recoveryCode } = await this.call('setup.initialize', {
      hospitalName: '聊城市人民医院', hospitalCode: 'H37150200001', packId,
      adminUsername: 'admin', adminDisplayName: '医保办管理员', adminPassword: 'Admin1234',
    }));
    return (await this.call('auth.signIn', { username: 'admin', password: 'Admin1234' })).token;
  }

  /** Moves the desk's clock to an instant (ISO) and signs the administrator in again (a session does not outlive the jump). */
  async at(iso: string): Promise<string> {
    this.now = new Date(iso);
    return (await this.call('auth.signIn', { username: 'admin', password: 'Admin1234' })).token;
  }

  /** A new account of the role, signed in and past its first-sign-in password change. */
  async userSession(adminToken: string, role: 'CLERK' | 'PHYSICIAN' | 'ADMIN', username: string): Promise<string> {
    await this.call('users.create', { username, displayName: username, role, password: 'Initial1' }, adminToken);
    const first = await this.call('auth.signIn', { username, password: 'Initial1' });
    return (await this.call('auth.changePassword', { currentPassword: 'Initial1', newPassword: 'Passw0rd!' }, first.token)).token;
  }

  registerInput(overrides: Partial<In<'applicants.register'>> = {}): In<'applicants.register'> {
    return {
      name: '张三', idNumber: idNumber('37150219800101001'), scheme: 'EMPLOYEE', employmentStatus: 'RETIRED',
      regionCode: '371502', phone: '13800000000', address: '聊城市东昌府区柳园街道1号', ...overrides,
    };
  }

  /** Uploads bytes in contract-sized chunks and attaches them, as the renderer does. */
  async attach(token: string, applicationId: string, fileName: string, bytes: Buffer, materialType: In<'materials.attach'>['materialType'] = null) {
    const { uploadId, chunkBytes } = await this.call('uploads.begin', { fileName, size: bytes.length }, token);
    for (let i = 0; i * chunkBytes < bytes.length; i += 1) {
      await this.call('uploads.chunk', { uploadId, index: i, data: bytes.subarray(i * chunkBytes, (i + 1) * chunkBytes).toString('base64') }, token);
    }
    return this.call('materials.attach', { uploadId, applicationId, materialType, source: 'UPLOAD' }, token);
  }

  /** The clerk confirms every document's facts as read (what 核对/修改 → 确认 does in the UI). */
  async confirmFacts(token: string, applicationId: string): Promise<void> {
    for (const d of await this.call('materials.list', { applicationId }, token)) {
      if (!d.facts || d.factsConfirmed) continue;
      const { sources: _, ...facts } = d.facts;
      await this.call('materials.update', { documentId: d.id, materialType: d.materialType, originalSighted: d.originalSighted, sealed: d.sealed, facts }, token);
    }
  }

  /**
   * A new applicant's diabetes application, received with a discharge record signed by 刘明远 (the treating
   * physician), its facts confirmed and routed to the monthly session (T6). Returns the application id.
   */
  async queuedCase(token: string, idNo: string): Promise<string> {
    const applicantId = (await this.call('applicants.register', this.registerInput({ idNumber: idNo }), token)).id;
    const [app] = await this.call('applications.open', { applicantId, diseases: [{ diseaseKey: 'DIABETES', modeKey: null }] }, token);
    await this.call('applications.receive', { id: app!.id, identityVerification: 'ID_CARD_READER', applicantSigned: true }, token);
    await this.attach(token, app!.id, `出院记录-${app!.id}.pdf`, await textPdf([['聊城市人民医院', '出院记录', `姓名：张三  身份证号：${idNo}`,
      '出院日期：2024-10-10', '出院诊断：2型糖尿病', '医师签名：刘明远']]));
    await this.confirmFacts(token, app!.id);
    const { state } = await this.call('materials.submit', { applicationId: app!.id }, token);
    if (state !== 'QUEUED_FOR_SESSION') throw new Error(`queuedCase: the case went to ${state}`);
    return app!.id;
  }

  async close(): Promise<void> {
    await this.backend.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The error a promise is expected to reject with (fails the test when it resolves). */
export async function failure(p: Promise<unknown>): Promise<{ code: string; message: string; params: Record<string, unknown> }> {
  try {
    await p;
  } catch (e) {
    return e as { code: string; message: string; params: Record<string, unknown> };
  }
  throw new Error('expected a failure');
}
