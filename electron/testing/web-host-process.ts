import { spawn, type ChildProcess } from 'node:child_process';
import { checkCharacter } from '../domain/id-number';

/** The real web host in its own process, as `npm run web` starts it: for the kill -9 test and bench. */
export type HostProcess = { proc: ChildProcess; origin: string; token: string; exited: Promise<unknown>; out: string };

export function startHostProcess(dataDir: string): Promise<HostProcess> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'electron/web-host/cli.ts', '--data', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise((r) => proc.once('exit', r));
  return new Promise((ok, fail) => {
    let out = '';
    proc.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+)\/#host=(\S+)/.exec(out);
      if (m) ok({ proc, origin: m[1]!, token: m[2]!, exited, out });
    });
    proc.on('exit', (code) => fail(new Error(`host exited ${code}: ${out}`)));
  });
}

export async function hostRpc(h: HostProcess, method: string, input: unknown, session?: string): Promise<{ ok: boolean; value?: unknown; error?: { code: string } }> {
  const res = await fetch(`${h.origin}/rpc/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${h.token}`, ...(session ? { 'X-Desk-Session': session } : {}) },
    body: JSON.stringify(input),
  });
  return (await res.json()) as { ok: boolean; value?: unknown; error?: { code: string } };
}

export const signInAdmin = async (h: HostProcess) => ((await hostRpc(h, 'auth.signIn', { username: 'admin', password: 'Admin1234' })).value as { token: string }).token;

/** A valid ID number per index, for bursts of writes. */
export const burstIdNumber = (i: number): string => {
  const first17 = `3715021980${String(1 + (i % 12)).padStart(2, '0')}${String(10 + (i % 18)).padStart(2, '0')}${String(i % 1000).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
};
