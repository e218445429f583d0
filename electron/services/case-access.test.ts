import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeskHarness, failure, idNumber } from '../testing/desk-harness';
import { textPdf } from '../testing/file-fixtures';
import { rosterCsv, rosterImport } from '../testing/roster-fixtures';

/**
 * Personal data only to those whose work needs it (issue 11): every method that reveals a case or a
 * person, for every role and every relation to the case, through the real dispatch.
 */

type Relation = 'DESK_ADMIN' | 'DESK_CLERK' | 'SIGNED' | 'PENDING' | 'RECUSED' | 'NEVER_DRAWN';
const ID = idNumber('37150219580304001');
let desk: DeskHarness;
let applicationId: string;
let applicantId: string;
let pageId: string;
const token = new Map<Relation, string>();

beforeAll(async () => {
  desk = new DeskHarness();
  const admin = await desk.setup();
  const codes = ['D401', 'D402', 'D403', 'D404'];
  await desk.call('roster.import', rosterImport(rosterCsv(codes.map((c) => ({ 医保医师编码: c })))), admin);
  const sessions = new Map<string, string>();
  for (const c of codes) sessions.set(c, await desk.userSession(admin, 'PHYSICIAN', c));
  applicantId = (await desk.call('applicants.register', desk.registerInput({ idNumber: ID, phone: '13912345678' }), admin)).id;
  const [app] = await desk.call('applications.open', { applicantId, diseases: [{ diseaseKey: 'DIABETES', modeKey: null }] }, admin);
  applicationId = app!.id;
  await desk.call('applications.receive', { id: applicationId, identityVerification: 'ID_CARD_READER', applicantSigned: true }, admin);
  await desk.attach(admin, applicationId, '出院记录.pdf', await textPdf([['聊城市人民医院', '出院记录', `姓名：张三  身份证号：${ID}`, '出院日期：2024-10-10', '出院诊断：2型糖尿病']]));
  await desk.confirmFacts(admin, applicationId);
  await desk.call('materials.submit', { applicationId }, admin);
  const [first, second] = (await desk.call('panel.draw', { applicationId }, admin)).assigned.map((a) => a.id);
  await desk.call('review.recuse', { applicationId, reason: '申请人为本人亲属' }, sessions.get(first!));
  const panel = (await desk.call('panel.get', { applicationId }, admin)).assignments;
  const replacement = panel.find((a) => a.status === 'PENDING' && a.physicianId !== second)!.physicianId;
  await desk.call('review.sign', {
    applicationId, result: 'APPROVE', reasonCodes: [], comment: '', criteria: [{ id: 'C1', met: true }, { id: 'C2', met: true }], password: 'Passw0rd!',
  }, sessions.get(second!));
  const never = codes.find((c) => ![first, second, replacement].includes(c))!;
  token.set('DESK_ADMIN', admin);
  token.set('DESK_CLERK', await desk.userSession(admin, 'CLERK', 'clerk-privacy'));
  token.set('SIGNED', sessions.get(second!)!);
  token.set('PENDING', sessions.get(replacement)!);
  token.set('RECUSED', sessions.get(first!)!);
  token.set('NEVER_DRAWN', sessions.get(never)!);
  pageId = (await desk.call('materials.list', { applicationId }, admin))[0]!.pages[0]!.id;
});
afterAll(() => desk.close());

const RELATIONS: Relation[] = ['DESK_ADMIN', 'DESK_CLERK', 'SIGNED', 'PENDING', 'RECUSED', 'NEVER_DRAWN'];
const desking = (r: Relation) => r === 'DESK_ADMIN' || r === 'DESK_CLERK';
const drawn = (r: Relation) => r === 'SIGNED' || r === 'PENDING';

/** What each method must answer for each relation: a value check, or FORBIDDEN. */
const TABLE: Record<string, (r: Relation) => { call: () => Promise<unknown>; expect: 'FORBIDDEN' | ((v: never) => void) }> = {
  'applications.list': (r) => ({
    call: () => desk.call('applications.list', { state: null, query: '', page: 1, pageSize: 10 }, token.get(r)),
    expect: (v: { items: { id: string; applicantIdNumber: string }[] }) => {
      expect(v.items.map((i) => i.id)).toEqual(desking(r) || drawn(r) ? [applicationId] : []);
      for (const i of v.items) expect(i.applicantIdNumber).toBe(`${ID.slice(0, 6)}********${ID.slice(14)}`); // lists are masked for everyone
    },
  }),
  'applications.get': (r) => ({
    call: () => desk.call('applications.get', { id: applicationId }, token.get(r)),
    expect: desking(r) || drawn(r) ? (v: { applicant: { idNumber: string; phone: string; address: string } }) => {
      expect(v.applicant.idNumber).toBe(desking(r) ? ID : `${ID.slice(0, 6)}********${ID.slice(14)}`);
      expect(v.applicant.phone).toBe(desking(r) ? '13912345678' : '139****5678');
      expect(v.applicant.address === '聊城市东昌府区柳园街道1号').toBe(desking(r));
    } : 'FORBIDDEN',
  }),
  'applicants.search': (r) => ({
    call: () => desk.call('applicants.search', { query: '张三', page: 1, pageSize: 10 }, token.get(r)),
    expect: desking(r) ? (v: { items: { idNumber: string }[] }) => expect(v.items.map((a) => a.idNumber)).toEqual([`${ID.slice(0, 6)}********${ID.slice(14)}`]) : 'FORBIDDEN',
  }),
  'applicants.get': (r) => ({
    call: () => desk.call('applicants.get', { id: applicantId }, token.get(r)),
    expect: desking(r) ? (v: { idNumber: string }) => expect(v.idNumber).toBe(ID) : 'FORBIDDEN',
  }),
  'panel.get': (r) => ({
    call: () => desk.call('panel.get', { applicationId }, token.get(r)),
    expect: desking(r) || drawn(r) ? (v: { assignments: unknown[] }) => expect(v.assignments).toHaveLength(3) : 'FORBIDDEN',
  }),
  'review.decisions': (r) => ({
    call: () => desk.call('review.decisions', { applicationId }, token.get(r)),
    // a co-panelist's vote stays hidden until the physician has signed
    expect: desking(r) || drawn(r) ? (v: unknown[]) => expect(v).toHaveLength(r === 'PENDING' ? 0 : 1) : 'FORBIDDEN',
  }),
  'materials.list': (r) => ({
    call: () => desk.call('materials.list', { applicationId }, token.get(r)),
    expect: desking(r) || drawn(r) ? (v: unknown[]) => expect(v).toHaveLength(1) : 'FORBIDDEN',
  }),
  'pages.get': (r) => ({
    call: () => desk.call('pages.get', { pageId }, token.get(r)),
    expect: desking(r) || drawn(r) ? (v: { id: string }) => expect(v.id).toBe(pageId) : 'FORBIDDEN',
  }),
  'materials.check': (r) => ({
    call: () => desk.call('materials.check', { applicationId }, token.get(r)),
    expect: desking(r) || drawn(r) ? (v: { verdict: { complete: boolean } }) => expect(v.verdict.complete).toBe(true) : 'FORBIDDEN',
  }),
};

describe('method × role × relation to the case', () => {
  const cases = Object.keys(TABLE).flatMap((method) => RELATIONS.map((r) => [method, r] as const));
  it.each(cases)('%s as %s', async (method, relation) => {
    const { call, expect: want } = TABLE[method]!(relation);
    if (want === 'FORBIDDEN') expect((await failure(call())).code).toBe('FORBIDDEN');
    else (want as (v: unknown) => void)(await call());
  });
});

describe('viewing a person\'s materials is itself audited', () => {
  it('records who looked at which case and page, once per ten minutes', async () => {
    const views = () => (desk.backend.database.sqlite.prepare("SELECT action, entity_id FROM audit_events WHERE action LIKE 'material.view.%' AND actor_id = (SELECT id FROM users WHERE username = 'clerk-privacy')").all() as { action: string }[]).map((r) => r.action);
    const clerk = token.get('DESK_CLERK')!;
    desk.now = new Date(desk.now.getTime() + 11 * 60_000); // the table above looked within the last ten minutes
    const before = views().length;
    await desk.call('materials.list', { applicationId }, clerk);
    await desk.call('materials.list', { applicationId }, clerk);
    await desk.call('pages.get', { pageId }, clerk);
    expect(views().slice(before)).toEqual(['material.view.materials', 'material.view.page']);
  });
});
