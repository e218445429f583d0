import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../electron/contract/app-error';
import { errorMessage, isErrorCode } from '../electron/contract/errors';
import { shanghaiDate } from '../electron/domain/civil-date';
import { extractFacts } from '../electron/domain/extraction/extract-facts';
import { fieldConfidence } from '../electron/domain/extraction/confidence';
import { inspectIdNumber } from '../electron/domain/id-number';
import { drawPanel } from '../electron/domain/panel/draw';
import { PanelCase as PanelCaseSchema, Physician as PhysicianSchema } from '../electron/contract/panel-schemas';
import { CaseDescription as CaseDescriptionSchema } from '../electron/contract/lifecycle-schemas';
import { LABELS } from '../electron/contract/labels';
import { caseOnDay } from '../electron/domain/lifecycle';
import { SOURCE_OCR_LANG_DIR } from '../electron/ocr/lang-data';
import { chooseOcrEngine, createOcrPool, type OcrEngineChoice } from '../electron/ocr/ocr-engine';
import { ocrFile, type FilePageText } from '../electron/ocr/ocr-file';
import { SOURCE_PADDLE_MODEL_DIR } from '../electron/ocr/paddle/model-files';
import { loadPolicyPacks, SOURCE_PACKS_DIR } from '../electron/policy/pack-loader';
import { loadOrCreateKeyFile, readKeyFile } from '../electron/files/key-file';
import { addWorkingDays } from '../electron/domain/calendar/working-days';
import { isCivilDate } from '../electron/domain/civil-date';
import { officialCalendar } from '../electron/policy/holiday-calendar';
import type { openSyncWorker } from '../electron/services/open-desk';
import { httpGateway } from '../electron/sync/http-gateway';
import { SOURCE_MIGRATIONS_DIR } from '../db/source-paths';

/**
 * The desk's command line: the same domain, readers and OCR as the app, no UI. For scripted checks.
 *   npm run -s cli -- id-check <身份证号> [--json]
 *   npm run -s cli -- ocr <file> [--engine paddle|tesseract] [--json]
 *   npm run -s cli -- extract <file> [--pack <packId>] [--engine paddle|tesseract] [--json]
 *   npm run -s cli -- draw --roster <roster.json> --case <case.json> --seed N [--pack <packId>] [--json]
 *   npm run -s cli -- sync --db <desk.db> --bureau <url> [--json]   (key: desk.key beside the database)
 */

type Command = (args: string[]) => Promise<number>;

/** The desk's services, loaded only by the commands that open a database (three seconds of start-up the others skip). */
const openWorker = async (o: Parameters<typeof openSyncWorker>[0]): Promise<ReturnType<typeof openSyncWorker>> =>
  (await import('../electron/services/open-desk')).openSyncWorker(o);

/** English beside the Chinese for the reasons a file is refused (stderr is read by scripts and people). */
const ENGLISH: Record<string, string> = {
  FILE_EMPTY: 'the file is empty', FILE_TOO_LARGE: 'the file is too large', FILE_TYPE_UNSUPPORTED: 'unsupported file type',
  HEIC_UNSUPPORTED: 'HEIC photos are not supported', IMAGE_UNREADABLE: 'the image is damaged or truncated',
  IMAGE_TOO_LARGE: 'the image has too many pixels', PDF_CORRUPT: 'the PDF is damaged', PDF_ENCRYPTED: 'the PDF is password-protected',
  TOO_MANY_PAGES: 'too many pages', OCR_TIMEOUT: 'OCR timed out', OCR_FAILED: 'OCR failed',
};

const idCheck: Command = (args) => {
  const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean', default: false } }, allowPositionals: true });
  const raw = positionals[0];
  if (raw === undefined) return Promise.resolve(usage('id-check 需要一个身份证号 / id-check needs an id number'));
  const info = inspectIdNumber(raw, shanghaiDate(new Date()));
  if (values.json) {
    console.log(JSON.stringify({ valid: info.valid, birthDate: info.birthDate, sex: info.sex, region: info.region, error: info.error }));
  } else if (info.valid) {
    console.log(`有效：出生日期 ${info.birthDate}，性别 ${info.sex === 'male' ? '男' : '女'}，地区 ${info.region}（${info.province}）`);
  } else {
    console.log(`无效（${info.error}）：${errorMessage(info.error ?? 'ID_NUMBER_FORMAT', info.upgraded18 ? { upgraded18: info.upgraded18 } : undefined)}`);
  }
  return Promise.resolve(info.valid ? 0 : 1);
};

const ENGINE_OPTION = { engine: { type: 'string' } } as const;

/** Reads a file to page texts with the engine and pool the app would choose; a refusal is one line, Chinese / English, and exit code 1. */
async function readFileText(file: string | undefined, engine: string | undefined): Promise<{ pages: FilePageText[]; ms: number; ocr: OcrEngineChoice } | number> {
  if (file === undefined) return usage('需要一个文件 / a file is needed');
  if (engine !== undefined && engine !== 'paddle' && engine !== 'tesseract') return usage('--engine 应为 paddle 或 tesseract / --engine must be paddle or tesseract');
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    console.error(`找不到或无法读取文件：${file} / cannot read file: ${file}`);
    return 1;
  }
  const choice = chooseOcrEngine({ modelDir: SOURCE_PADDLE_MODEL_DIR, ...(engine ? { preference: engine } : {}) });
  const pool = createOcrPool(choice, { modelDir: SOURCE_PADDLE_MODEL_DIR, langDir: SOURCE_OCR_LANG_DIR }, 120_000);
  const started = Date.now();
  try {
    return { pages: await ocrFile(pool, bytes, basename(file)), ms: Date.now() - started, ocr: choice };
  } catch (e) {
    const code = e instanceof AppError ? e.code : 'OCR_FAILED';
    const params = e instanceof AppError ? e.params : { detail: String(e) };
    console.error(`${isErrorCode(code) ? errorMessage(code, params) : code} / ${ENGLISH[code] ?? code}`);
    return 1;
  } finally {
    await pool.close();
  }
}

const ocr: Command = async (args) => {
  const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean', default: false }, ...ENGINE_OPTION }, allowPositionals: true });
  const r = await readFileText(positionals[0], values.engine);
  if (typeof r === 'number') return r;
  if (values.json) {
    console.log(JSON.stringify({ engine: r.ocr.engine, pages: r.pages.map(({ lines: _, ...page }) => page), ms: r.ms }));
    return 0;
  }
  console.log(`识别引擎：${r.ocr.shapeZh}${r.ocr.fallbackReason ? `。${r.ocr.fallbackReason}` : ''}`);
  for (const p of r.pages) console.log(`—— 第 ${p.index + 1} 页（${p.source === 'ocr' ? `OCR，置信度 ${Math.round(p.confidence * 100)}%` : 'PDF 文字层'}）——\n${p.text}`);
  return 0;
};

const extract: Command = async (args) => {
  const { values, positionals } = parseArgs({
    args, options: { json: { type: 'boolean', default: false }, pack: { type: 'string', default: 'cn.sd.liaocheng.csd' }, ...ENGINE_OPTION },
    allowPositionals: true,
  });
  const pack = loadPolicyPacks(SOURCE_PACKS_DIR).get(values.pack);
  if (!pack) return usage(`未知政策包 / unknown policy pack: ${values.pack}`);
  const r = await readFileText(positionals[0], values.engine);
  if (typeof r === 'number') return r;
  // the rows of boxes, as the desk reads them (labels paired with values across cells and columns)
  const f = extractFacts(r.pages.map((p) => ({ lines: p.lines })), pack);
  const out = {
    documentType: f.documentType, name: f.name, idNumber: f.idNumber, hospital: f.hospital, admissionDate: f.admissionDate,
    // the date the document attests (issue 10): a report's is its 报告日期
    dischargeDate: f.dischargeDate, visitDate: f.documentType === 'TEST_REPORT' ? f.reportDate : f.visitDates.at(-1) ?? null, reportDate: f.reportDate, diagnoses: f.diagnoses,
    diseaseCodes: f.diseaseKeys, confidence: fieldConfidence(f),
  };
  if (values.json) console.log(JSON.stringify(out));
  else {
    const { confidence, ...fields } = out;
    for (const [k, v] of Object.entries(fields)) console.log(`${k}: ${typeof v === 'string' ? v : (v?.join('；') ?? '—')}`);
    console.log(`confidence: ${Object.entries(confidence).map(([k, c]) => `${k} ${c}`).join('，')}`);
  }
  return 0;
};

/** The same eligibility rules and draw as the app, over a roster and a case given as JSON files. */
const draw: Command = (args) => {
  const { values } = parseArgs({
    args, options: {
      roster: { type: 'string' }, case: { type: 'string' }, seed: { type: 'string' }, json: { type: 'boolean', default: false },
      pack: { type: 'string', default: 'cn.sd.liaocheng.csd' },
    },
  });
  if (!values.roster || !values.case || values.seed === undefined) return Promise.resolve(usage('draw 需要 --roster、--case 和 --seed / draw needs --roster, --case and --seed'));
  const seed = Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) return Promise.resolve(usage('--seed 应为 0 至 4294967295 的整数 / --seed must be a 32-bit unsigned integer'));
  const pack = loadPolicyPacks(SOURCE_PACKS_DIR).get(values.pack);
  if (!pack) return Promise.resolve(usage(`未知政策包 / unknown policy pack: ${values.pack}`));
  const roster = parseJsonFile(values.roster, PhysicianSchema.array());
  const panelCase = parseJsonFile(values.case, PanelCaseSchema);
  if (!roster.ok || !panelCase.ok) {
    console.error(!roster.ok ? roster.error : !panelCase.ok ? panelCase.error : '');
    return Promise.resolve(1);
  }
  const r = drawPanel({
    roster: roster.value, case: panelCase.value, specialtiesForDisease: pack.panel.diseaseSpecialties[panelCase.value.diseaseKey] ?? [],
    seed, count: pack.panel.minPhysicians, workload: new Map(), alreadyDrawn: [],
  });
  const excluded = (r.ok ? r.value.excluded : []).map((e) => ({ id: e.id, reason: e.reasons[0], reasons: e.reasons }));
  if (!r.ok) {
    console.error(`符合条件的医师不足 ${String(r.error.params?.['needed'])} 名（仅 ${String(r.error.params?.['eligible'])} 名），不能抽取 / POOL_TOO_SMALL: fewer eligible physicians than needed`);
    return Promise.resolve(1);
  }
  if (values.json) console.log(JSON.stringify({ assigned: r.value.assigned, excluded, seed }));
  else console.log(`抽取：${r.value.assigned.join('、')}（候选 ${r.value.pool.length} 名，排除 ${excluded.length} 名，种子 ${seed}）`);
  return Promise.resolve(0);
};

/** One sync cycle of a desk database against a bureau endpoint: what a scheduled job or a script runs. */
const sync: Command = async (args) => {
  const { values } = parseArgs({ args, options: { db: { type: 'string' }, bureau: { type: 'string' }, json: { type: 'boolean', default: false } } });
  if (!values.db || !values.bureau) return usage('sync 需要 --db 和 --bureau / sync needs --db and --bureau');
  if (!existsSync(values.db)) {
    console.error(`数据库文件不存在 / no such database: ${values.db}`);
    return 1;
  }
  let worker;
  try {
    worker = await openWorker({
      dbFile: values.db, keyHex: loadOrCreateKeyFile(join(dirname(values.db), 'desk.key')),
      auditKeyHex: loadOrCreateKeyFile(join(dirname(values.db), 'audit.key')), migrationsDir: SOURCE_MIGRATIONS_DIR,
      packs: loadPolicyPacks(SOURCE_PACKS_DIR), gateway: httpGateway({ url: values.bureau }),
    });
  } catch (e) {
    console.error(`无法打开数据库（密钥不符或文件已损坏） / cannot open the database: ${(e as Error).message}`);
    return 1;
  }
  try {
    const r = await worker.sync.runCycle();
    if (r.busy) {
      console.error('另一个同步进程（认定台或命令行）正在使用该数据库，本次未同步 / another sync worker holds this database');
      return 4;
    }
    if (values.json) console.log(JSON.stringify({ sent: r.sent, failed: r.failed, pending: r.pending, pulled: r.pulled ?? {} }));
    else console.log(`${r.online ? '已连接' : '无法连接'}医保经办机构：上传 ${r.sent} 条，失败 ${r.failed} 条，待上传 ${r.pending} 条`);
    return r.online || r.pending === 0 ? 0 : 3;
  } finally {
    worker.close();
  }
};

/** `audit verify --db <desk.db> [--deep]`: exit 0 when the chain holds, 1 naming the first broken row and what is wrong. */
const audit: Command = async (args) => {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { db: { type: 'string' }, deep: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } } });
  if (positionals[0] !== 'verify' || !values.db) return usage('audit verify 需要 --db / audit verify needs --db');
  if (!existsSync(values.db)) {
    console.error(`数据库文件不存在 / no such database: ${values.db}`);
    return 1;
  }
  let worker;
  try {
    worker = await openWorker({
      dbFile: values.db, keyHex: readKeyFile(join(dirname(values.db), 'desk.key')), auditKeyHex: readKeyFile(join(dirname(values.db), 'audit.key')),
      migrationsDir: SOURCE_MIGRATIONS_DIR, packs: loadPolicyPacks(SOURCE_PACKS_DIR),
    });
  } catch (e) {
    console.error(`无法打开数据库或密钥 / cannot open the database or its keys: ${(e as Error).message}`);
    return 1;
  }
  try {
    const r = worker.audit.check(values.deep);
    if (values.json) console.log(JSON.stringify({ ok: r.ok, count: r.count, brokenAt: r.brokenAt, problems: r.problems }));
    else if (r.ok) console.log(`审计链完好：共 ${r.count} 条记录，所有受保护的数据与审计记录一致`);
    else for (const p of r.problems) console.error(p.message);
    return r.ok ? 0 : 1;
  } finally {
    worker.close();
  }
};

/** `workdays add <YYYY-MM-DD> <n>`: the date n working days later on the official calendar; a year without data is warned about. */
const workdays: Command = (args) => {
  const [sub, from, count] = args.filter((a) => a !== '--json');
  const n = Number(count);
  if (sub !== 'add' || !from || !isCivilDate(from) || !Number.isInteger(n) || n < 0 || n > 3650) {
    return Promise.resolve(usage('workdays add 需要日期（YYYY-MM-DD）和天数 / workdays add needs a date and a number of days'));
  }
  const r = addWorkingDays(officialCalendar(), from, n);
  if (r.unverifiedYears.length > 0) {
    console.error(`警告：${r.unverifiedYears.join('、')} 年的法定节假日安排尚无数据，该年按周一至周五计算，结果未经核实 / warning: no official calendar for ${r.unverifiedYears.join(', ')}, counted Monday–Friday`);
  }
  console.log(args.includes('--json') ? JSON.stringify({ date: r.date, unverifiedYears: r.unverifiedYears }) : r.date);
  return Promise.resolve(0);
};

/** `lifecycle --case <json> --on <YYYY-MM-DD>`: a described case's state, entitlement and open deadlines on that day, by the desk's rules. */
const lifecycle: Command = (args) => {
  const { values } = parseArgs({ args, options: { case: { type: 'string' }, on: { type: 'string' }, json: { type: 'boolean', default: false }, pack: { type: 'string', default: 'cn.sd.liaocheng.csd' } } });
  if (!values.case || !values.on || !isCivilDate(values.on)) return Promise.resolve(usage('lifecycle 需要 --case <json> 和 --on <YYYY-MM-DD> / lifecycle needs --case and --on'));
  const pack = loadPolicyPacks(SOURCE_PACKS_DIR).get(values.pack);
  if (!pack) return Promise.resolve(usage(`未知政策包 / unknown policy pack: ${values.pack}`));
  const described = parseJsonFile(values.case, CaseDescriptionSchema);
  if (!described.ok) {
    console.error(described.error);
    return Promise.resolve(1);
  }
  const r = caseOnDay(described.value, values.on, pack, officialCalendar());
  if ('error' in r) {
    const where = r.at < 0 ? r.detail : `第 ${r.at + 1} 个事件：${r.detail}`;
    console.error(`${r.error === 'UNKNOWN_DISEASE' ? '政策包中没有该病种' : r.error === 'EVENTS_OUT_OF_ORDER' ? '事件日期须按先后排列' : '状态机不允许该事件'}（${where}）/ ${r.error}`);
    return Promise.resolve(1);
  }
  if (values.json) console.log(JSON.stringify(r));
  else {
    console.log(`状态：${LABELS.states[r.state]}（${LABELS.paths[r.path]}）`);
    console.log(`资格：${r.entitlement ? `${LABELS.entitlementStates[r.entitlement.state]}，自 ${r.entitlement.startDate}${r.entitlement.endDate ? ` 至 ${r.entitlement.endDate}` : ''}` : '无'}`);
    for (const e of r.entitlementHistory) console.log(`资格事件：${e.on} ${LABELS.entitlementEventTypes[e.type]}（${e.rule}）→ ${LABELS.entitlementStates[e.to]}${e.expected ? '' : '（依经办机构决定）'}`);
    if (r.ban) console.log(`禁止申请：至 ${r.ban.until} 止（${LABELS.banKinds[r.ban.kind]}，R44）`);
    for (const d of r.deadlines) console.log(`期限：${LABELS.deadlineKinds[d.kind]}${d.who ? `（${d.who}）` : ''} 至 ${d.dueOn}，${LABELS.deadlineStatuses[d.status]}`);
  }
  return Promise.resolve(0);
};

function parseJsonFile<T>(path: string, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }):
  { ok: true; value: T } | { ok: false; error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return { ok: false, error: `无法读取或解析 JSON 文件：${path} / cannot read or parse JSON: ${path}` };
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const first = parsed.error.issues[0];
  return { ok: false, error: `${path} 第 ${first?.path.map(String).join('.') ?? ''} 项有误：${first?.message ?? ''} / invalid input in ${path}` };
}

const COMMANDS: Record<string, Command> = { 'id-check': idCheck, ocr, extract, draw, sync, audit, workdays, lifecycle };

function usage(problem?: string): number {
  if (problem) console.error(problem);
  console.error('用法 / usage: npm run -s cli -- id-check <身份证号> | ocr <文件> [--engine paddle|tesseract] | extract <文件> [--pack <packId>] [--engine …] | draw --roster <json> --case <json> --seed N | sync --db <desk.db> --bureau <url> | audit verify --db <desk.db> [--deep] | workdays add <YYYY-MM-DD> <n> | lifecycle --case <json> --on <YYYY-MM-DD>  [--json]');
  return 2;
}

const [name, ...rest] = process.argv.slice(2);
const command = name === undefined ? undefined : COMMANDS[name];
process.exitCode = command ? await command(rest) : usage(name ? `未知命令 / unknown command: ${name}` : undefined);
