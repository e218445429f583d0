import { z } from 'zod';
import { Physician } from '../contract/panel-schemas';
import { ENTITLEMENT_EVENT_TYPES } from '../domain/entitlement-events';
import { SAMPLING_RESULTS } from '../domain/sampling';

/** The bodies the bureau serves under /csd/v1/… ; anything that does not match is refused whole. */

export const PolicyPackPull = z.object({ pack: z.unknown().nullable() });
export const RosterPull = z.object({ version: z.string().min(1), physicians: z.array(Physician) });
export const RereviewPull = z.object({
  results: z.array(z.object({
    applicationNo: z.string().min(1), result: z.enum(['PASS', 'FAIL']), reason: z.string().max(500).default(''), decidedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  })),
});
const civilDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/**
 * The year's related costs (R39): every filing of this hospital effective in that year, by the
 * bureau's filing number, with the cost related to its disease (0 when none). A filing missing
 * from the list is unknown, never taken as empty.
 */
export const CostsPull = z.object({
  year: z.number().int().min(2000).max(2100),
  items: z.array(z.object({ filingSn: z.string().min(1).max(64), relatedCost: z.number().min(0) })),
});
export type CostsItems = z.output<typeof CostsPull>['items'];
/** What the bureau decided about filed entitlements (§2.12), each event with its own id. */
export const EntitlementEventsPull = z.object({
  events: z.array(z.object({
    eventId: z.string().min(1).max(64), filingSn: z.string().min(1).max(64), type: z.enum(ENTITLEMENT_EVENT_TYPES),
    effectiveDate: civilDate, reason: z.string().min(1).max(500),
  })),
});

/** A State Council arrangement the bureau publishes for a year the desk's calendar package lacks (§3.6). */
export const CalendarPull = z.object({
  years: z.array(z.object({
    year: z.number().int().min(2000).max(2100), holidays: z.array(civilDate).min(1).max(60), makeUpDays: z.array(civilDate).max(20),
  }).refine((y) => [...y.holidays, ...y.makeUpDays].every((d) => d.startsWith(`${y.year}-`)), '日期须在该年度内')),
});

/** 抽查复核 (R38): the cases the bureau drew, by application number, each with its finding once made. */
export const SamplingPull = z.object({
  requests: z.array(z.object({
    samplingId: z.string().min(1).max(64), period: z.string().regex(/^\d{4}-\d{2}$/),
    items: z.array(z.object({
      applicationNo: z.string().min(1).max(64), result: z.enum(SAMPLING_RESULTS).nullable(), reason: z.string().max(500).default(''), decidedOn: civilDate.nullable(),
    })).max(2000),
  })).max(200),
});
