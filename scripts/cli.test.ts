import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCharacter } from '../electron/domain/id-number';
import { encryptedPdf, textPdf } from '../electron/testing/file-fixtures';
import { renderRecord, sampleRecords } from '../electron/testing/record-fixtures';
import { DeskHarness } from '../electron/testing/desk-harness';

/** Runs the real CLI as a user would (tsx, the project's Node). */
const cli = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout.trim(), err: r.stderr.trim() };
};

describe('cli id-check', () => {
  it('prints the decoded number and exits 0 when valid', () => {
    const id = `37150219800101001${checkCharacter('37150219800101001')}`;
    const r = cli('id-check', id, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ valid: true, birthDate: '1980-01-01', sex: 'male', region: '371502', error: null });
  });

  it('reports a stable code and exits 1 when the check digit is wrong', () => {
    const good = `37150219800101001${checkCharacter('37150219800101001')}`;
    const r = cli('id-check', good.slice(0, 17) + (good.endsWith('0') ? '1' : '0'), '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toEqual({ valid: false, birthDate: null, sex: null, region: null, error: 'ID_NUMBER_CHECKSUM' });
  });

  it('recognises a 15-digit legacy number as such', () => {
    const r = cli('id-check', '371502800101002', '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toEqual({ valid: false, birthDate: '1980-01-01', sex: 'female', region: '371502', error: 'ID_NUMBER_LEGACY_15' });
  });

  it('speaks Chinese without --json', () => {
    expect(cli('id-check', '123').out).toContain('身份证号应为 18 位');
  });

  it('refuses an unknown command with usage and exit 2', () => {
    const r = cli('nope');
    expect(r.code).toBe(2);
    expect(r.err).toContain('未知命令');
  });
});

describe('cli ocr / extract', () => {
  const dir = mkdtempSync(join(tmpdir(), 'csd-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, bytes: Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };

  const NUMBER: unknown = expect.any(Number);
  it('extracts the fields of a scanned discharge record', async () => {
    const spec = sampleRecords(1, 4)[0]!;
    const r = cli('extract', write('discharge.png', await renderRecord(spec)), '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      documentType: 'INPATIENT_RECORD_COPY', name: spec.name, idNumber: spec.idNumber, hospital: spec.hospital,
      admissionDate: spec.admissionDate, dischargeDate: spec.dischargeDate, visitDate: null, reportDate: null, diagnoses: [...spec.diagnoses], diseaseCodes: [...spec.diseaseKeys],
      confidence: expect.objectContaining({ name: NUMBER, idNumber: NUMBER, dischargeDate: NUMBER }) as unknown,
    });
    const confidence = (JSON.parse(r.out) as { confidence: Record<string, number> }).confidence;
    expect(Object.values(confidence).every((c) => c > 0.5 && c <= 1)).toBe(true);
    expect(confidence).not.toHaveProperty('reportDate');
  });

  it('gives a test report\'s 报告日期 as the date it attests, not its 采样 or 审核 time', async () => {
    const pdf = await textPdf([['聊城市人民医院检验报告单', '姓名：张三  性别：男', '采样时间：2024-03-20 08:10  审核时间：2024-03-21 09:30', '报告时间：2024-03-22 10:05']]);
    const r = cli('extract', write('lab.pdf', pdf), '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ documentType: 'TEST_REPORT', visitDate: '2024-03-22', reportDate: '2024-03-22' });
  });

  it('uses the text layer of a PDF instead of OCR', async () => {
    const r = cli('ocr', write('emr.pdf', await textPdf([['门诊病历', '诊断：2型糖尿病，定期复查血糖']])), '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as { engine: string; pages: { index: number; text: string; confidence: number; source: string }[]; ms: number };
    expect(out.engine).toBe('paddle');
    expect(out.pages).toEqual([{ index: 0, text: expect.stringContaining('2型糖尿病') as string, confidence: 1, source: 'pdf-text' }]);
    expect(out.ms).toBeGreaterThanOrEqual(0);
  });

  it('reads with tesseract when asked to, and says so', async () => {
    const spec = sampleRecords(1, 9)[0]!;
    const r = cli('ocr', write('lab.png', await renderRecord(spec)), '--engine', 'tesseract', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as { engine: string; pages: { text: string; source: string }[] };
    expect(out.engine).toBe('tesseract');
    expect(out.pages[0]?.text).toContain(spec.idNumber);
  });

  it.each([
    ['a missing file', () => join(dir, 'nope.pdf'), '找不到或无法读取文件'],
    ['a corrupt PDF', () => write('bad.pdf', Buffer.from('%PDF-1.4\nnot really')), '/ the PDF is damaged'],
    ['a password-protected PDF', () => write('locked.pdf', encryptedPdf()), '/ the PDF is password-protected'],
    ['a text file named .jpg', () => write('photo.jpg', Buffer.from('hello')), '/ unsupported file type'],
  ])('refuses %s with one line in Chinese and English and exit code 1', (_n, path, reason) => {
    const r = cli('ocr', path(), '--json');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.err).toContain(reason);
  });
});

describe('cli draw', () => {
  const dir = mkdtempSync(join(tmpdir(), 'csd-draw-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, value: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify(value));
    return path;
  };
  const physician = (id: string, over: Record<string, unknown> = {}) => ({
    id, name: `医师${id}`, idNumber: `11010519700101${id.replace(/\D/g, '').padStart(3, '0')}1`, hospitalCode: 'H1', specialties: ['ENDOCRINOLOGY'], title: 'CHIEF',
    authorisation: { diseaseKeys: ['DIABETES'], from: '2024-01-01', to: null }, active: true, sanctions: [], onboarded: true, declaredConflicts: [], ...over,
  });
  const theCase = file('case.json', { diseaseKey: 'DIABETES', applicantIdNumber: '371502198001010018', hospitalCode: 'H1', date: '2025-03-03' });

  it('draws two eligible physicians reproducibly and lists who was excluded and why', () => {
    const roster = file('roster.json', [physician('D1'), physician('D2'), physician('D3'), physician('D4', { title: 'ATTENDING' }), physician('D5', { specialties: ['CARDIOLOGY'] })]);
    const a = cli('draw', '--roster', roster, '--case', theCase, '--seed', '7', '--json');
    expect(a.code).toBe(0);
    const out = JSON.parse(a.out) as { assigned: string[]; excluded: { id: string; reason: string }[]; seed: number };
    expect(out.assigned).toHaveLength(2);
    expect(out.assigned.every((id) => ['D1', 'D2', 'D3'].includes(id))).toBe(true);
    expect(out.excluded.map((e) => [e.id, e.reason])).toEqual([['D4', 'TITLE'], ['D5', 'SPECIALTY']]);
    expect(out.seed).toBe(7);
    expect(JSON.parse(cli('draw', '--roster', roster, '--case', theCase, '--seed', '7', '--json').out)).toEqual(out);
  });

  it('refuses to draw from a pool of one, and reports a malformed roster', () => {
    const small = cli('draw', '--roster', file('small.json', [physician('D1'), physician('D2', { onboarded: false })]), '--case', theCase, '--seed', '1', '--json');
    expect(small.code).toBe(1);
    expect(small.err).toContain('POOL_TOO_SMALL');
    const bad = cli('draw', '--roster', file('bad.json', [physician('D1', { title: '教授' })]), '--case', theCase, '--seed', '1');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('0.title');
  });
});

describe('cli audit verify', () => {
  it('exits 0 on an intact database, and 1 naming what was changed behind the desk\'s back', async () => {
    const desk = new DeskHarness();
    const admin = await desk.setup();
    const applicant = await desk.call('applicants.register', desk.registerInput(), admin);
    const [app] = await desk.call('applications.open', { applicantId: applicant.id, diseases: [{ diseaseKey: 'HEMOPHILIA', modeKey: null }] }, admin);
    writeFileSync(join(desk.dir, 'desk.key'), desk.keyHex, { mode: 0o600 });
    writeFileSync(join(desk.dir, 'audit.key'), desk.auditKeyHex, { mode: 0o600 });
    const db = join(desk.dir, 'desk.db');
    try {
      const ok = cli('audit', 'verify', '--db', db);
      expect([ok.code, ok.out]).toEqual([0, expect.stringMatching(/^审计链完好：共 \d+ 条记录/) as string]);
      desk.backend.database.sqlite.prepare("UPDATE applications SET state = 'APPROVED' WHERE id = ?").run(app!.id);
      const broken = cli('audit', 'verify', '--db', db, '--json');
      expect(broken.code).toBe(1);
      expect((JSON.parse(broken.out) as { problems: { message: string }[] }).problems[0]!.message).toMatch(new RegExp(`^申请 ${app!.id} 与第 \\d+ 条审计记录不符`));
    } finally {
      await desk.close();
    }
  }, 60_000);
});

describe('cli workdays', () => {
  it('adds working days on the official calendar (ED5 across National Day 2025)', () => {
    expect(cli('workdays', 'add', '2025-09-29', '5')).toEqual({ code: 0, out: '2025-10-13', err: '' });
  });

  it('warns on stderr where the calendar has no data for a year, and still answers', () => {
    const r = cli('workdays', 'add', '2026-12-28', '5', '--json');
    expect([r.code, JSON.parse(r.out)]).toEqual([0, { date: '2027-01-04', unverifiedYears: [2027] }]);
    expect(r.err).toMatch(/^警告：2027 年的法定节假日安排尚无数据/);
  });

  it('refuses a malformed date with usage and exit 2', () => {
    expect(cli('workdays', 'add', '2025-02-30', '5').code).toBe(2);
  });
});

describe('cli lifecycle', () => {
  const dir = mkdtempSync(join(tmpdir(), 'csd-cli-lifecycle-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, value: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify(value));
    return path;
  };
  const monthly = [{ event: 'RECEIVE', on: '2025-03-03' }, { event: 'ROUTE', on: '2025-03-03' }, { event: 'OPEN_SESSION', on: '2025-03-27' }, { event: 'PANEL_APPROVE', on: '2025-03-27' }];

  it('ED5: a re-review rejection received 2025-09-29 is due to the applicant on 2025-10-13 (National Day), overdue the day after', () => {
    const path = file('rejected.json', { disease: 'DIABETES', events: [...monthly, { event: 'REREVIEW_FAIL', on: '2025-09-29' }] });
    const r = cli('lifecycle', '--case', path, '--on', '2025-10-14', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({
      state: 'REREVIEW_REJECTED', entitlement: null, deadlines: [{ kind: 'NOTIFY_REREVIEW_REJECTION', dueOn: '2025-10-13', status: 'OVERDUE' }],
    });
    expect(cli('lifecycle', '--case', path, '--on', '2025-10-13').out).toContain('期限：告知复核未通过 至 2025-10-13，今日到期');
  });

  it('ED3: no entitlement before the re-review passes, then from the pass date', () => {
    const path = file('passed.json', { disease: 'DIABETES', events: [...monthly, { event: 'REREVIEW_PASS', on: '2025-04-15' }] });
    expect(JSON.parse(cli('lifecycle', '--case', path, '--on', '2025-04-10', '--json').out)).toMatchObject({ state: 'AWAITING_REREVIEW', entitlement: null });
    expect(JSON.parse(cli('lifecycle', '--case', path, '--on', '2025-04-15', '--json').out)).toMatchObject({ state: 'APPROVED', entitlement: { state: 'EFFECTIVE', startDate: '2025-04-15' } });
  });

  it('prints what the bureau later did to the entitlement, and the ban it gave (R42, R44)', () => {
    const path = file('cancelled.json', {
      disease: 'DIABETES', events: [...monthly, { event: 'REREVIEW_PASS', on: '2025-04-15' }],
      entitlementEvents: [{ type: 'SUSPEND_ABNORMAL', on: '2025-06-02' }, { type: 'CANCEL_FRAUD_USE', on: '2025-09-10' }],
    });
    const out = cli('lifecycle', '--case', path, '--on', '2025-12-01').out;
    expect(out).toContain('资格：已取消，自 2025-04-15 至 2025-09-10');
    expect(out).toContain('资格事件：2025-06-02 诊疗异常，暂停资格（E2）→ 暂停');
    expect(out).toContain('禁止申请：至 2027-09-09 止（转借冒用等套取基金，R44）');
  });

  it('refuses a malformed case, an unknown disease and an event the state machine does not allow, in Chinese, exit 1', () => {
    const bad = cli('lifecycle', '--case', file('bad.json', { disease: 'DIABETES', events: [{ event: 'RECEIVE', on: '2025-3-3' }] }), '--on', '2025-04-01');
    expect([bad.code, bad.err]).toEqual([1, expect.stringContaining('日期格式应为 YYYY-MM-DD')]);
    expect(cli('lifecycle', '--case', file('flu.json', { disease: 'FLU', events: [] }), '--on', '2025-04-01').err).toContain('政策包中没有该病种（FLU）');
    const jump = cli('lifecycle', '--case', file('jump.json', { disease: 'DIABETES', events: [{ event: 'PANEL_APPROVE', on: '2025-03-03' }] }), '--on', '2025-04-01');
    expect([jump.code, jump.err]).toEqual([1, expect.stringContaining('状态机不允许该事件（第 1 个事件：DRAFT × PANEL_APPROVE）')]);
  });
});
