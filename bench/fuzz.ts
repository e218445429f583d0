import { contract } from '../electron/contract';
import { seededRandom } from '../electron/domain/panel/draw';
import { DeskHarness } from '../electron/testing/desk-harness';

/**
 * `npm run bench:fuzz`: hostile and malformed requests to every method of the contract, signed in as
 * the administrator, through the real dispatch on a real encrypted database. Prints requests sent,
 * refused, accepted, internal errors, and rows written by refused requests (which must be 0).
 * N=<requests per method> (default 60), SEED=<n>.
 */
const N = Number(process.env['N'] ?? 60);
const random = seededRandom(Number(process.env['SEED'] ?? 20261125));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;

const NASTY_STRINGS = ['', ' ', 'D\ud800', '\udc00', '😀', '\u0000', 'a'.repeat(100_000), '<script>alert(1)</script>', "'; DROP TABLE applicants; --",
  '../../etc/passwd', '张三', '37150219800101001X', '2025-02-30', '1e309', 'null', '{"__proto__":{"admin":true}}', '\u202e', '00000000-0000-0000-0000-000000000000'];

function value(depth = 0): unknown {
  const kind = Math.floor(random() * (depth > 2 ? 6 : 9));
  switch (kind) {
    case 0: return pick(NASTY_STRINGS);
    case 1: return pick([0, -1, 1.5, Number.MAX_SAFE_INTEGER, -0, 1e308]);
    case 2: return pick([true, false, null]);
    case 3: return crypto.randomUUID();
    case 4: return pick(['2025-03-03', 'APPROVE', 'DIABETES', 'ADMIN', 'EMPLOYEE']);
    case 5: return undefined;
    case 6: return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1));
    default: return Object.fromEntries(Array.from({ length: Math.floor(random() * 5) }, () => [pick(['id', 'name', 'applicationId', 'query', 'page', 'pageSize', '__proto__', 'constructor', pick(NASTY_STRINGS)]), value(depth + 1)]));
  }
}

/** A valid-looking input with one field broken, or pure noise. */
function input(method: string): unknown {
  const shape = (contract as Record<string, { input: { shape?: Record<string, unknown> } }>)[method]?.input.shape;
  if (!shape || random() < 0.3) return value();
  return Object.fromEntries(Object.keys(shape).map((k) => [k, value(1)]));
}

const desk = new DeskHarness();
const admin = await desk.setup();
const sqlite = desk.backend.database.sqlite;
// a refusal is itself recorded (audit event, wrong-password count): those are not data written by it
const RECORDS_OF_REFUSALS = ['audit_events', 'sign_in_failures'];
const tables = (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'").all() as { name: string }[])
  .map((t) => t.name).filter((t) => !RECORDS_OF_REFUSALS.includes(t));
const rowCount = () => tables.reduce((n, t) => n + (sqlite.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n, 0);
const counts = { sent: 0, refused: 0, accepted: 0, internal: 0, rowsByRefused: 0 };
const codes = new Map<string, number>();
const skip = new Set(['auth.signOut', 'auth.changePassword', 'users.resetPassword', 'users.setDisabled', 'setup.initialize']); // would end the fuzzing session itself
try {
  for (const method of Object.keys(contract)) {
    if (skip.has(method)) continue;
    for (let i = 0; i < N; i += 1) {
      const before = rowCount();
      const r = await desk.backend.call(method, input(method), admin);
      counts.sent += 1;
      if (r.ok) { counts.accepted += 1; continue; }
      counts.refused += 1;
      codes.set(r.error.code, (codes.get(r.error.code) ?? 0) + 1);
      if (r.error.code === 'INTERNAL') counts.internal += 1;
      counts.rowsByRefused += rowCount() - before;
    }
  }
  const verify = await desk.call('audit.verify', { deep: true }, admin);
  console.log(`fuzz: ${Object.keys(contract).length - skip.size} methods × ${N} requests, seed ${process.env['SEED'] ?? 20261125}`);
  console.table({ requests: counts.sent, refused: counts.refused, accepted: counts.accepted, 'internal errors': counts.internal, 'rows written by refused requests': counts.rowsByRefused });
  console.table(Object.fromEntries([...codes].sort((a, b) => b[1] - a[1]).slice(0, 12)));
  console.log(`audit chain afterwards: ${verify.ok ? 'intact' : verify.problems.map((p) => p.message).join('；')}`);
} finally {
  await desk.close();
}
