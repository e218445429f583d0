import type { IncomingMessage, ServerResponse } from 'node:http';
import { SAMPLING_RESULTS, type SamplingResult } from '../domain/sampling';
import type { BureauSampling } from './bureau-sampling';

/**
 * The bureau double's operator page (`npm run bureau:dev`, then /operator in a browser): a person
 * acting as the county bureau sees what each hospital filed and sent, passes or fails a re-review,
 * suspends, restores or cancels a filed entitlement, and publishes a year's related costs; the desks
 * pull all of it at their next sync. Plain HTML forms, no script.
 */
export type OperatorState = {
  readonly filings: () => readonly { sn: string; psnNo: string; diseaseCode: string; memo: string; valid: boolean }[];
  readonly archives: () => readonly { packageId: string; applicationNo: string; purpose: string; psnNo: string; samplingId: string | null; files: readonly { name: string }[] }[];
  /** 抽查复核 (R38): draw a month's sample, record a finding (GET /csd/v1/sampling). */
  readonly sampling: BureauSampling;
  /** Changes of enrolment the hospitals told (E11). */
  readonly notices: () => readonly { receivedOn: string; filingSn: string; psn_no: string; event: string; effectiveDate: string; from: Enrolment; to: Enrolment }[];
  /** The re-review conclusions published so far (what GET /csd/v1/rereview serves). */
  readonly rereviews: () => readonly RereviewResult[];
  readonly decideRereview: (r: RereviewResult) => void;
  /** The bureau's decisions on filed entitlements so far (GET /csd/v1/entitlement-events). */
  readonly events: () => readonly BureauEvent[];
  readonly addEvent: (e: Omit<BureauEvent, 'eventId'>) => void;
  /** Publishes the year's related costs by filing number (GET /csd/v1/costs). */
  readonly publishCosts: (year: number, items: { filingSn: string; relatedCost: number }[]) => void;
  /** Publishes a year's State Council holiday arrangement (GET /csd/v1/calendar). */
  readonly publishCalendar: (year: number, holidays: string[], makeUpDays: string[]) => void;
  readonly today: () => string;
};

export type RereviewResult = { applicationNo: string; result: 'PASS' | 'FAIL'; reason: string; decidedOn: string };
export type BureauEvent = { eventId: string; filingSn: string; type: string; effectiveDate: string; reason: string };

/** What the bureau may decide about a filed entitlement, as its operator reads it (domain §2.12). */
const EVENT_TYPES: readonly [string, string][] = [
  ['SUSPEND_ABNORMAL', '暂停（诊疗异常）'], ['LIFT_SUSPENSION', '解除暂停'], ['CANCEL_FRAUD_USE', '取消（转借冒用套取基金，两年内不得申请）'],
  ['CANCEL_NOT_ELIGIBLE', '取消（抽查不符合条件）'], ['DISCONTINUE_SCHEME_CHANGE', '中止（险种变化）'], ['RESTORE', '恢复原资格'],
  ['INVALIDATE_FRAUD_CERT', '认定结果无效（弄虚作假）'], ['TRANSFERRED_OUT', '转出本市'],
];
/** What a hospital may tell (E11, E5, E6), named for the operator beside the events the bureau itself sends. */
const TOLD: readonly [string, string][] = [['ENROLLMENT_CHANGED', '市内参保变更，资格互认'], ['DISCONTINUE_SCHEME_CHANGE', '中止（险种变化）'], ['RESTORE', '恢复原资格']];
const typeName = (t: string): string => [...EVENT_TYPES, ...TOLD].find(([k]) => k === t)?.[1] ?? t;

const RESULT_NAMES: Record<SamplingResult, string> = { CONFIRMED: '符合条件', NOT_ELIGIBLE: '不符合条件（取消资格）', FRAUD_SUSPECTED: '疑似弄虚作假' };

/** R38: the month's draw (at least 20 % of approvals not under full re-review) and a finding per drawn case. */
function samplingSection(s: OperatorState): string {
  const received = new Set(s.archives().filter((a) => a.purpose === 'SAMPLING').map((a) => `${a.samplingId}|${a.applicationNo}`));
  const month = s.today().slice(0, 7);
  const requests = s.sampling.requests();
  return `<h2>抽查复核（每月按不低于 20% 的比例抽取非全面复核的认定结果）</h2>
<form method="post" action="/operator/sampling">期间 <input type="text" name="period" value="${month}" style="width:80px" aria-label="抽查期间">
抽查比例 <input type="text" name="rate" value="20" style="width:40px" aria-label="抽查比例">% <button>抽取</button></form>
<table><tr><th>抽查批次</th><th>申请编号</th><th>档案包</th><th>结论</th></tr>
${requests.length === 0 ? '<tr><td colspan="4" class="muted">暂无抽查。</td></tr>' : requests.flatMap((r) => (r.items.length === 0
    ? [`<tr><td>${esc(r.samplingId)}（${esc(r.period)}，N = ${r.population}）</td><td colspan="3" class="muted">该期间没有可抽查的认定结果。</td></tr>`]
    : r.items.map((i) => `<tr><td>${esc(r.samplingId)}（${esc(r.period)}，N = ${r.population}，抽 ${r.items.length}）</td><td>${esc(i.applicationNo)}</td>
<td>${received.has(`${r.samplingId}|${i.applicationNo}`) ? '<span class="ok">已收到</span>' : '<span class="muted">待认定台报送</span>'}</td>
<td>${i.result ? esc(`${RESULT_NAMES[i.result]}（${i.decidedOn ?? ''}）${i.reason ? `：${i.reason}` : ''}`) : `<form method="post" action="/operator/sampling/result">
<input type="hidden" name="samplingId" value="${esc(r.samplingId)}"><input type="hidden" name="applicationNo" value="${esc(i.applicationNo)}">
<select name="result" aria-label="抽查结论 ${esc(i.applicationNo)}">${SAMPLING_RESULTS.map((k) => `<option value="${k}">${RESULT_NAMES[k]}</option>`).join('')}</select>
日期 <input type="text" name="decidedOn" value="${s.today()}" style="width:100px" aria-label="结论日期 ${esc(i.applicationNo)}">
理由 <input type="text" name="reason" aria-label="抽查理由 ${esc(i.applicationNo)}"><button>作出结论</button></form>`}</td></tr>`))).join('')}
</table>`;
}

type Enrolment = { insutype: string; insu_optins: string };
const enrolment = (e: Enrolment): string => `${({ '310': '职工医保', '390': '居民医保' } as Record<string, string>)[e.insutype] ?? e.insutype} · ${e.insu_optins}`;

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const mask = (id: string): string => (id.length === 18 ? `${id.slice(0, 6)}********${id.slice(14)}` : id);

const STYLE = `body{font:14px/1.6 "Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:24px 40px;color:#222}
h1{font-size:20px}h2{font-size:16px;margin-top:28px;border-left:4px solid #1f4e99;padding-left:8px}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:6px 8px;text-align:left}th{background:#f3f5f9}
form{display:inline}input[type=text]{width:220px}button{margin-left:4px}.muted{color:#888}.ok{color:#1a7f37}.bad{color:#c62828}`;

function page(s: OperatorState, notice: string | null): string {
  const decided = new Map(s.rereviews().map((r) => [r.applicationNo, r]));
  const pending = s.archives().filter((a) => a.purpose === 'REREVIEW' && !decided.has(a.applicationNo));
  const rows = (cells: string[][]): string => cells.map((c) => `<tr>${c.map((x) => `<td>${x}</td>`).join('')}</tr>`).join('');
  const empty = (n: number, text: string) => `<tr><td colspan="${n}" class="muted">${text}</td></tr>`;
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>医保经办机构（测试替身）操作台</title><style>${STYLE}</style></head><body>
<h1>医保经办机构（测试替身）操作台</h1>
${notice ? `<p class="ok">${esc(notice)}</p>` : ''}
<h2>待复核（定点医疗机构初审通过、报送复核的材料）</h2>
<table><tr><th>申请编号</th><th>参保人</th><th>材料</th><th>复核结论</th></tr>
${pending.length === 0 ? empty(4, '暂无待复核的申请。') : rows(pending.map((a) => [esc(a.applicationNo), esc(mask(a.psnNo)), esc(a.files.map((f) => f.name).join('、')),
    `<form method="post" action="/operator/rereview"><input type="hidden" name="applicationNo" value="${esc(a.applicationNo)}">
     复核日期 <input type="text" name="decidedOn" value="${s.today()}" style="width:100px" aria-label="复核日期 ${esc(a.applicationNo)}">
     理由 <input type="text" name="reason" placeholder="不通过时必填" aria-label="理由 ${esc(a.applicationNo)}">
     <button name="result" value="PASS">复核通过</button><button name="result" value="FAIL">复核不通过</button></form>`]))}
</table>
<h2>已作出的复核结论（认定台下次同步时拉取）</h2>
<table><tr><th>申请编号</th><th>结论</th><th>复核日期</th><th>理由</th></tr>
${decided.size === 0 ? empty(4, '暂无。') : rows([...decided.values()].map((r) => [esc(r.applicationNo),
    r.result === 'PASS' ? '<span class="ok">通过</span>' : '<span class="bad">不通过</span>', esc(r.decidedOn), esc(r.reason || '—')]))}
</table>
<h2>门诊慢特病备案（2503）与资格变动</h2>
<table><tr><th>备案流水号</th><th>人员编号</th><th>病种编码</th><th>状态</th><th>作出资格变动</th></tr>
${s.filings().length === 0 ? empty(5, '暂无备案。') : rows(s.filings().map((f) => {
    const last = s.events().filter((e) => e.filingSn === f.sn).at(-1);
    const state = !f.valid ? '<span class="muted">已撤销备案</span>' : last ? esc(`${typeName(last.type)}（${last.effectiveDate}）`) : '有效';
    return [esc(f.sn), esc(mask(f.psnNo)), esc(f.diseaseCode), state, f.valid ? `<form method="post" action="/operator/event">
      <input type="hidden" name="filingSn" value="${esc(f.sn)}"><select name="type" aria-label="变动 ${esc(f.sn)}">${EVENT_TYPES.map(([k, v]) => `<option value="${k}">${v}</option>`).join('')}</select>
      生效日期 <input type="text" name="effectiveDate" value="${s.today()}" style="width:100px" aria-label="生效日期 ${esc(f.sn)}">
      理由 <input type="text" name="reason" aria-label="变动理由 ${esc(f.sn)}"><button>发布</button></form>` : ''];
  }))}
</table>
${samplingSection(s)}
<h2>参保变更通知（市内参保险种或参保地变化，原、新经办机构据此办理）</h2>
<table><tr><th>收到日期</th><th>备案流水号</th><th>人员编号</th><th>变动</th><th>原参保</th><th>现参保</th><th>生效日期</th></tr>
${s.notices().length === 0 ? empty(7, '暂无。') : rows(s.notices().map((n) => [esc(n.receivedOn), esc(n.filingSn), esc(mask(n.psn_no)), esc(typeName(n.event)),
    esc(enrolment(n.from)), esc(enrolment(n.to)), esc(n.effectiveDate)]))}
</table>
<h2>年度相关费用清单（乙类病种连续两年无相关费用的，由认定台退出）</h2>
<form method="post" action="/operator/costs">年度 <input type="text" name="year" value="${Number(s.today().slice(0, 4)) - 1}" style="width:60px" aria-label="费用年度">
<p class="muted">每行一项：备案流水号,相关费用（元，无费用填 0）。未列出的备案视为不明，不会据此退出。</p>
<textarea name="items" rows="4" cols="60" aria-label="相关费用">${s.filings().filter((f) => f.valid).map((f) => `${esc(f.sn)},0`).join('\n')}</textarea>
<br><button>发布费用清单</button></form>
<h2>节假日安排（认定台日历缺少的新年度）</h2>
<form method="post" action="/operator/calendar">年度 <input type="text" name="year" value="${Number(s.today().slice(0, 4)) + 1}" style="width:60px" aria-label="日历年度">
<p class="muted">每行一个日期（YYYY-MM-DD）。</p>
放假日期<br><textarea name="holidays" rows="3" cols="30" aria-label="放假日期"></textarea><br>
调休上班日期<br><textarea name="makeUpDays" rows="2" cols="30" aria-label="调休上班日期"></textarea>
<br><button>发布节假日安排</button></form>
<h2>已归档的档案包</h2>
<table><tr><th>申请编号</th><th>用途</th><th>文件</th></tr>
${s.archives().length === 0 ? empty(3, '暂无。') : rows(s.archives().map((a) => [esc(a.applicationNo), ({ REREVIEW: '复核材料', SAMPLING: '抽查复核' } as Record<string, string>)[a.purpose] ?? '归档', esc(a.files.map((f) => f.name).join('、'))]))}
</table></body></html>`;
}

/** Handles /operator requests; returns false for any other path. */
export function operatorRoute(req: IncomingMessage, res: ServerResponse, body: Buffer, s: OperatorState): boolean {
  const url = new URL(req.url ?? '/', 'http://operator');
  if (!url.pathname.startsWith('/operator')) return false;
  const html = (status: number, text: string) => res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' }).end(text);
  if (req.method === 'GET' && url.pathname === '/operator') {
    html(200, page(s, url.searchParams.get('done')));
    return true;
  }
  const form = new URLSearchParams(body.toString('utf8'));
  const back = (notice: string) => res.writeHead(303, { location: `/operator?done=${encodeURIComponent(notice)}` }).end();
  if (req.method === 'POST' && url.pathname === '/operator/rereview') {
    const applicationNo = form.get('applicationNo') ?? '';
    const result = form.get('result');
    const decidedOn = form.get('decidedOn') ?? '';
    const reason = (form.get('reason') ?? '').trim();
    if (!applicationNo || (result !== 'PASS' && result !== 'FAIL') || !/^\d{4}-\d{2}-\d{2}$/.test(decidedOn)) html(400, '复核结论不完整：须有申请编号、结论和 YYYY-MM-DD 格式的复核日期。');
    else if (result === 'FAIL' && reason === '') html(400, '复核不通过须填写理由，定点医疗机构据此告知参保人。');
    else {
      s.decideRereview({ applicationNo, result, reason, decidedOn });
      back(`已${result === 'PASS' ? '通过' : '不通过'}复核：${applicationNo}`);
    }
    return true;
  }
  if (req.method === 'POST' && url.pathname === '/operator/event') {
    const e = { filingSn: form.get('filingSn') ?? '', type: form.get('type') ?? '', effectiveDate: form.get('effectiveDate') ?? '', reason: (form.get('reason') ?? '').trim() };
    if (!EVENT_TYPES.some(([k]) => k === e.type) || !/^\d{4}-\d{2}-\d{2}$/.test(e.effectiveDate) || e.reason === '') html(400, '资格变动须选择类型，填写 YYYY-MM-DD 格式的生效日期和理由。');
    else {
      s.addEvent(e);
      back(`已发布：${e.filingSn} ${typeName(e.type)}`);
    }
    return true;
  }
  if (req.method === 'POST' && url.pathname === '/operator/sampling') {
    const period = form.get('period') ?? '';
    const rate = Number(form.get('rate')) / 100;
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(period) || !(rate >= 0.2 && rate <= 1)) html(400, '抽查须填写 YYYY-MM 格式的期间，比例在 20% 至 100% 之间（R38）。');
    else {
      try {
        const r = s.sampling.draw(period, rate);
        back(`已抽取 ${period}：${r.population} 件中抽 ${r.items.length} 件`);
      } catch (e) {
        html(409, e instanceof Error ? e.message : String(e));
      }
    }
    return true;
  }
  if (req.method === 'POST' && url.pathname === '/operator/sampling/result') {
    const result = form.get('result') as SamplingResult;
    const [samplingId, applicationNo, decidedOn, reason] = ['samplingId', 'applicationNo', 'decidedOn', 'reason'].map((k) => (form.get(k) ?? '').trim()) as [string, string, string, string];
    if (!SAMPLING_RESULTS.includes(result) || !/^\d{4}-\d{2}-\d{2}$/.test(decidedOn)) html(400, '抽查结论须选择结论并填写 YYYY-MM-DD 格式的日期。');
    else if (result !== 'CONFIRMED' && reason === '') html(400, '不符合条件或疑似弄虚作假须填写理由，定点医疗机构据此告知参保人。');
    else if (!s.sampling.decide(samplingId, applicationNo, result, reason, decidedOn)) html(409, '该抽查项不存在或已作出结论。');
    else back(`已作出抽查结论：${applicationNo} ${RESULT_NAMES[result]}`);
    return true;
  }
  if (req.method === 'POST' && url.pathname === '/operator/costs') {
    const year = Number(form.get('year'));
    const lines = (form.get('items') ?? '').split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
    const items = lines.map((l) => l.split(/[,，]/)).map(([sn, cost]) => ({ filingSn: (sn ?? '').trim(), relatedCost: Number(cost) }));
    if (!Number.isInteger(year) || year < 2000 || items.some((i) => i.filingSn === '' || !Number.isFinite(i.relatedCost) || i.relatedCost < 0)) {
      html(400, '费用清单格式不符：年度为四位数字，每行“备案流水号,费用”，费用为不小于 0 的数字。');
    } else {
      s.publishCosts(year, items);
      back(`已发布 ${year} 年度相关费用清单（${items.length} 项）`);
    }
    return true;
  }
  if (req.method === 'POST' && url.pathname === '/operator/calendar') {
    const year = Number(form.get('year'));
    const dates = (name: string) => (form.get(name) ?? '').split(/\s+/).filter((d) => d !== '');
    const [holidays, makeUpDays] = [dates('holidays'), dates('makeUpDays')];
    if (!Number.isInteger(year) || holidays.length === 0 || ![...holidays, ...makeUpDays].every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && d.startsWith(`${year}-`))) {
      html(400, '节假日安排格式不符：年度为四位数字，日期为该年度内的 YYYY-MM-DD，至少一个放假日期。');
    } else {
      s.publishCalendar(year, holidays, makeUpDays);
      back(`已发布 ${year} 年节假日安排（放假 ${holidays.length} 天，调休上班 ${makeUpDays.length} 天）`);
    }
    return true;
  }
  html(404, '未找到该页面。');
  return true;
}
