import { z } from 'zod';
import { Physician } from '../contract/panel-schemas';

/** The bodies the bureau serves under /csd/v1/… ; anything that does not match is refused whole. */

export const PolicyPackPull = z.object({ pack: z.unknown().nullable() });
export const RosterPull = z.object({ version: z.string().min(1), physicians: z.array(Physician) });
export const RereviewPull = z.object({
  results: z.array(z.object({
    applicationNo: z.string().min(1), result: z.enum(['PASS', 'FAIL']), reason: z.string().max(500).default(''), decidedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  })),
});
export const CostsPull = z.object({
  year: z.number().int().min(2000).max(2100),
  items: z.array(z.object({ diseaseCode: z.string().min(1), diseaseName: z.string(), annualLimit: z.number().min(0) })),
});
