import { generate } from 'selfsigned';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedApprovedCases } from '../testing/approved-cases';
import { startBureauDouble, type BureauDouble } from '../testing/bureau-double';
import { DeskHarness } from '../testing/desk-harness';

/** TLS with the bureau's CA pinned (issue 5), and the clock-skew warning. */

let desk: DeskHarness;
let admin: string;
let bureau: BureauDouble;
let bureauCert: string;
let otherCert: string;

beforeAll(async () => {
  const attrs = [{ name: 'commonName', value: 'localhost' }];
  const [mine, other] = [await generate(attrs), await generate(attrs)];
  bureauCert = mine.cert;
  otherCert = other.cert;
  desk = new DeskHarness();
  admin = await desk.setup();
  // the bureau's clock is 10 minutes behind the desk's
  bureau = await startBureauDouble({ tls: { key: mine.private, cert: mine.cert }, clock: () => new Date(desk.now.getTime() - 10 * 60_000) });
  await seedApprovedCases(desk.backend, admin, 1);
});
afterAll(async () => { await bureau.close(); await desk.close(); });

it('talks to the bureau only through the pinned CA: the system roots or another CA refuse the connection', async () => {
  await desk.call('sync.configure', { url: bureau.url, caPem: null }, admin);
  expect(await desk.backend.services.sync.runCycle()).toMatchObject({ online: false, sent: 0 });
  expect((await desk.call('sync.status', {}, admin)).items[0]!.lastError).toMatch(/^无法连接医保经办机构（(DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE)）$/);
  await desk.call('sync.configure', { url: bureau.url, caPem: otherCert }, admin);
  expect(await desk.backend.services.sync.runCycle()).toMatchObject({ online: false, sent: 0 });
  expect(bureau.filings()).toEqual([]);

  desk.now = new Date(desk.now.getTime() + 31 * 60_000);
  admin = (await desk.call('auth.signIn', { username: 'admin', password: 'Admin1234' })).token;
  await desk.call('sync.configure', { url: bureau.url, caPem: bureauCert }, admin);
  expect(await desk.backend.services.sync.runCycle()).toMatchObject({ online: true, sent: 2 });
  expect(bureau.filings()).toHaveLength(1);
});

it('warns when the desk\'s clock differs from the bureau\'s by more than 5 minutes', async () => {
  const status = await desk.call('sync.status', {}, admin);
  expect([status.clockWarning, Math.round(status.clockSkewMs / 60_000)]).toEqual([true, 10]);
});
