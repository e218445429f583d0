import { z } from 'zod';
import { APPLICATION_EVENTS } from '../domain/application-state';
import { ENTITLEMENT_EVENT_TYPES } from '../domain/entitlement-events';
import type { CaseDescription as DomainCase } from '../domain/lifecycle';

/** A case as the `lifecycle` CLI takes it: its disease and the dated events that happened to it. */
const civilDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

export const CaseDescription = z.object({
  disease: z.string().trim().regex(/^[A-Z][A-Z0-9_]*$/, '病种代码应为大写字母与下划线'),
  mode: z.string().trim().regex(/^[A-Z][A-Z0-9_]*$/).nullable().optional(),
  events: z.array(z.object({
    event: z.enum(APPLICATION_EVENTS),
    on: civilDate,
    signedDecisions: z.number().int().min(0).max(9).optional(),
  }).strict()).max(100),
  told: z.array(civilDate).max(100).optional(),
  reviews: z.array(z.object({ name: z.string().trim().min(1).max(20), drawnOn: civilDate }).strict()).max(20).optional(),
  filedOn: civilDate.optional(),
  transferFrom: z.string().trim().min(2).max(40).optional(),
  entitlementEvents: z.array(z.object({ type: z.enum(ENTITLEMENT_EVENT_TYPES), on: civilDate }).strict()).max(50).optional(),
}).strict() satisfies z.ZodType<DomainCase>;
