import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startBureauDouble } from './bureau-double';

/** Issue 12: a person acting as the bureau passes or fails a re-review on the double's operator page. */

const dir = mkdtempSync(join(tmpdir(), 'bureau-op-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const form = (fields: Record<string, string>) => ({
  method: 'POST', redirect: 'manual' as const, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString(),
});

/** A hospital's re-review package, as the desk uploads it: manifest, file, commit. */
async function sendPackage(base: string, applicationNo: string, purpose = 'REREVIEW'): Promise<void> {
  const bytes = Buffer.from(`出院记录 ${applicationNo}`);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const manifest = { applicationNo, psn_no: '371502195001011234', purpose, files: [{ name: '出院记录.pdf', sha256, size: bytes.length }] };
  await fetch(`${base}/csd/v1/archive/P-${applicationNo}`, { method: 'POST', body: JSON.stringify(manifest) });
  await fetch(`${base}/csd/v1/archive/P-${applicationNo}/${sha256}`, { method: 'PUT', body: bytes });
  expect((await fetch(`${base}/csd/v1/archive/P-${applicationNo}/commit`, { method: 'POST' })).status).toBe(200);
}

describe('bureau double operator page', () => {
  it('lists a re-review package, refuses a failure without a reason, publishes a pass for the desks to pull, and keeps it over a restart', async () => {
    const dbFile = join(dir, 'bureau.db');
    let bureau = await startBureauDouble({ dbFile, clock: () => new Date('2026-11-23T03:00:00Z') });
    const base = bureau.operatorUrl.replace(/\/operator$/, '');
    expect(await (await fetch(bureau.operatorUrl)).text()).toContain('暂无待复核的申请。');
    await sendPackage(base, 'H001');
    const listed = await (await fetch(bureau.operatorUrl)).text();
    expect(listed).toContain('H001');
    expect(listed).toContain('371502********1234');
    expect(listed).not.toContain('371502195001011234');
    expect(listed).toContain('value="2026-11-23"');

    const refused = await fetch(`${bureau.operatorUrl}/rereview`, form({ applicationNo: 'H001', result: 'FAIL', reason: ' ', decidedOn: '2026-11-23' }));
    expect([refused.status, await refused.text()]).toEqual([400, '复核不通过须填写理由，定点医疗机构据此告知参保人。']);
    expect((await fetch(`${base}/csd/v1/rereview`)).status).toBe(404);

    const passed = await fetch(`${bureau.operatorUrl}/rereview`, form({ applicationNo: 'H001', result: 'PASS', reason: '', decidedOn: '2026-11-23' }));
    expect(passed.status).toBe(303);
    const served = { results: [{ applicationNo: 'H001', result: 'PASS', reason: '', decidedOn: '2026-11-23' }] };
    expect(await (await fetch(`${base}/csd/v1/rereview`)).json()).toEqual(served);
    expect(bureau.requests.count).toBe(5); // the package and the pull; the operator's own pages are not platform traffic

    await bureau.close();
    bureau = await startBureauDouble({ dbFile });
    const again = await (await fetch(bureau.operatorUrl)).text();
    expect(again).toContain('暂无待复核的申请。');
    expect(again).toMatch(/H001.*通过.*2026-11-23/s);
    expect(await (await fetch(`${bureau.url.replace(/\/fsi.*$/, '')}/csd/v1/rereview`)).json()).toEqual(served);
    await bureau.close();
  });

  it('publishes an entitlement event and a year\'s related costs; refuses a change without a reason and a malformed cost line', async () => {
    const bureau = await startBureauDouble({ clock: () => new Date('2026-11-23T03:00:00Z') });
    const base = bureau.operatorUrl.replace(/\/operator$/, '');
    const noReason = await fetch(`${bureau.operatorUrl}/event`, form({ filingSn: 'SN1', type: 'SUSPEND_ABNORMAL', effectiveDate: '2026-11-23', reason: '' }));
    expect([noReason.status, await noReason.text()]).toEqual([400, '资格变动须选择类型，填写 YYYY-MM-DD 格式的生效日期和理由。']);
    await fetch(`${bureau.operatorUrl}/event`, form({ filingSn: 'SN1', type: 'SUSPEND_ABNORMAL', effectiveDate: '2026-11-23', reason: '诊疗异常' }));
    await fetch(`${bureau.operatorUrl}/event`, form({ filingSn: 'SN1', type: 'LIFT_SUSPENSION', effectiveDate: '2026-11-30', reason: '抽查后解除' }));
    expect(await (await fetch(`${base}/csd/v1/entitlement-events`)).json()).toEqual({ events: [
      { eventId: 'EV000001', filingSn: 'SN1', type: 'SUSPEND_ABNORMAL', effectiveDate: '2026-11-23', reason: '诊疗异常' },
      { eventId: 'EV000002', filingSn: 'SN1', type: 'LIFT_SUSPENSION', effectiveDate: '2026-11-30', reason: '抽查后解除' },
    ] });
    const bad = await fetch(`${bureau.operatorUrl}/costs`, form({ year: '2025', items: 'SN1,abc' }));
    expect(bad.status).toBe(400);
    expect((await fetch(`${bureau.operatorUrl}/costs`, form({ year: '2025', items: 'SN1,0\r\nSN2，35.5\n' }))).status).toBe(303);
    expect(await (await fetch(`${base}/csd/v1/costs`)).json()).toEqual({ year: 2025, items: [{ filingSn: 'SN1', relatedCost: 0 }, { filingSn: 'SN2', relatedCost: 35.5 }] });
    await bureau.close();
  });

  it('publishes a new year\'s holidays; refuses dates outside the year', async () => {
    const bureau = await startBureauDouble({ clock: () => new Date('2026-11-23T03:00:00Z') });
    const base = bureau.operatorUrl.replace(/\/operator$/, '');
    expect((await fetch(`${bureau.operatorUrl}/calendar`, form({ year: '2027', holidays: '2026-10-01', makeUpDays: '' }))).status).toBe(400);
    expect((await fetch(`${bureau.operatorUrl}/calendar`, form({ year: '2027', holidays: '2027-10-01\n2027-10-04', makeUpDays: '2027-10-09' }))).status).toBe(303);
    expect(await (await fetch(`${base}/csd/v1/calendar`)).json()).toEqual({ years: [{ year: 2027, holidays: ['2027-10-01', '2027-10-04'], makeUpDays: ['2027-10-09'] }] });
    await bureau.close();
  });

  it('R38: draws a month\'s sample of at least 20 % from the archives it received, and refuses a lower rate or a finding without its reason', async () => {
    const bureau = await startBureauDouble({ clock: () => new Date('2026-11-23T03:00:00Z') });
    try {
      const base = bureau.operatorUrl.replace(/\/operator$/, '');
      for (const no of ['A1', 'A2', 'A3', 'A4', 'A5', 'A6']) await sendPackage(base, no, 'ARCHIVE');
      expect((await fetch(`${bureau.operatorUrl}/sampling`, form({ period: '2026-11', rate: '10' }))).status).toBe(400);
      expect((await fetch(`${bureau.operatorUrl}/sampling`, form({ period: '2026-11', rate: '20' }))).status).toBe(303);
      const [request] = bureau.sampling.requests();
      expect([request!.population, request!.items.length]).toEqual([6, 2]); // ceil(1.2)
      expect((await fetch(`${bureau.operatorUrl}/sampling`, form({ period: '2026-11', rate: '20' }))).status).toBe(409);
      const no = request!.items[0]!.applicationNo;
      const page = await (await fetch(bureau.operatorUrl)).text();
      expect(page).toContain(`抽查结论 ${no}`);
      const bare = await fetch(`${bureau.operatorUrl}/sampling/result`, form({ samplingId: 'SP202611', applicationNo: no, result: 'NOT_ELIGIBLE', decidedOn: '2026-11-23', reason: '' }));
      expect([bare.status, await bare.text()]).toEqual([400, '不符合条件或疑似弄虚作假须填写理由，定点医疗机构据此告知参保人。']);
      expect((await fetch(`${bureau.operatorUrl}/sampling/result`, form({ samplingId: 'SP202611', applicationNo: no, result: 'CONFIRMED', decidedOn: '2026-11-23', reason: '' }))).status).toBe(303);
      expect(bureau.sampling.requests()[0]!.items[0]).toEqual({ applicationNo: no, result: 'CONFIRMED', reason: '', decidedOn: '2026-11-23' });
    } finally {
      await bureau.close();
    }
  });
});
