import { performance } from 'node:perf_hooks';
import { insertApplicant } from '../db/queries/applicants';
import { insertApplication } from '../db/queries/applications';
import { pinyinInitials } from '../electron/services/pinyin';
import { APPLICATION_STATES } from '../electron/domain/application-state';
import { DeskHarness, idNumber } from '../electron/testing/desk-harness';

/**
 * Worklist query time at N applications (default 100,000), through the real dispatch on the real
 * encrypted database. Prints a table of median and p95 milliseconds per query shape.
 *   npx tsx bench/worklist.ts [N]
 */
const N = Number(process.argv[2] ?? 100_000);
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英华';
const DISEASES = ['DIABETES', 'HYPERTENSION', 'HEMOPHILIA', 'LEUKEMIA', 'CORONARY_HEART_DISEASE', 'SEVERE_MENTAL_DISORDER'];

const desk = new DeskHarness();
const admin = await desk.setup();
const adminId = (await desk.call('auth.me', {}, admin)).user.id;
const db = desk.backend.database.db;

const t0 = performance.now();
db.transaction((tx) => {
  for (let i = 0; i < N; i++) {
    const name = SURNAMES[i % SURNAMES.length]! + GIVEN[(i * 7) % GIVEN.length]! + GIVEN[(i * 13) % GIVEN.length]!;
    const birth = new Date(Date.UTC(1940, 0, 1) + (i % 21_900) * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
    const first17 = `371502${birth}${String(Math.floor(i / 21_900)).padStart(3, '0')}`;
    const applicantId = `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`;
    const at = new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
    insertApplicant(tx, {
      id: applicantId, idNumber: idNumber(first17), name, namePinyin: pinyinInitials(name), sex: 'male', birthDate: '1960-01-01',
      scheme: 'EMPLOYEE', employmentStatus: 'RETIRED', regionCode: '371502', phone: '13800000000', address: '聊城市', createdAt: at, createdBy: adminId,
    });
    insertApplication(tx, {
      id: `00000000-0000-7000-9000-${String(i).padStart(12, '0')}`, displayNo: `H${String(i).padStart(10, '0')}`, applicantId,
      diseaseKey: DISEASES[i % DISEASES.length]!, diseaseName: '病种', modeKey: null, modeName: null, path: 'MONTHLY',
      state: APPLICATION_STATES[i % 5]!, packId: 'cn.sd.liaocheng.csd', packVersion: '2025.1-draft', createdAt: at, createdBy: adminId, updatedAt: at,
    });
  }
});
const seedMs = performance.now() - t0;

async function measure(label: string, input: Parameters<typeof desk.call<'applications.list'>>[1], runs = 15) {
  const times: number[] = [];
  let total = 0;
  for (let r = 0; r < runs; r++) {
    const s = performance.now();
    total = (await desk.call('applications.list', input, admin)).total;
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  return { query: label, matches: total, medianMs: +times[Math.floor(runs / 2)]!.toFixed(1), p95Ms: +times[Math.floor(runs * 0.95)]!.toFixed(1) };
}

const rows = [
  await measure('first page, all states', {}),
  await measure('state = RECEIVED', { state: 'RECEIVED' }),
  await measure('page 2000 (deep offset)', { page: 2000, pageSize: 20 }),
  await measure('name contains 王伟', { query: '王伟' }),
  await measure('pinyin initials wwf', { query: 'wwf' }),
  await measure('id number fragment 19800101', { query: '19800101' }),
];
console.log(`worklist bench: ${N.toLocaleString()} applications seeded in ${(seedMs / 1000).toFixed(1)} s (node ${process.version})`);
console.table(rows);
await desk.close();
