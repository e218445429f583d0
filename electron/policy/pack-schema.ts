import { z } from 'zod';
import { EVIDENCE_DATE_FIELDS, MATERIAL_TYPES } from '../domain/evidence/material-types';
import type { EvidenceRequirement, EvidenceRoute } from '../domain/evidence/check-materials';
import { INSTITUTION_CATEGORIES, INSTITUTION_LEVELS, OWNERSHIPS, type Institution, type IssuerPredicate } from '../domain/evidence/institutions';
import {
  INSURANCE_SCHEMES, PACK_STATUSES,
  type CatalogueEntry, type PolicyPack, type RatioByStatus,
} from '../domain/policy-pack';
import { OUTCOME_NOTICE_KINDS, type OutcomeNoticeKind } from '../domain/outcome-notices';

/** Validates a policy pack file against the domain's PolicyPack type (§6.6: validated at load, fail closed). */

const civilDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
const key = z.string().regex(/^[A-Z][A-Z0-9_]*$/, '键名应为大写字母与下划线');
const ratio = z.number().gt(0).lte(1);

const ratios = z.object({
  EMPLOYEE_ACTIVE: ratio.optional(),
  EMPLOYEE_RETIRED: ratio.optional(),
  RESIDENT: ratio.optional(),
}) satisfies z.ZodType<RatioByStatus>;

const letter = z.object({
  titleZh: z.string().min(1),
  policyZh: z.string().min(1),
  recourseZh: z.array(z.string().min(1)).min(1),
  sources: z.array(z.string().min(1)).min(1),
});

const entry = z
  .object({
    key,
    nameZh: z.string().min(1),
    nameEn: z.string().min(1),
    code: z.string().min(1).nullable(),
    diseaseClass: z.enum(['A', 'B']).nullable(),
    instant: z.boolean().nullable(),
    reReview: z.enum(['FULL_MONTHLY', 'SAMPLE']).nullable(),
    reReviewExemptModes: z.array(key),
    modes: z.array(z.object({ key, nameZh: z.string().min(1) })),
    modeRequired: z.boolean(),
    schemes: z.array(z.enum(INSURANCE_SCHEMES)).min(1),
    group: z.string().nullable(),
    sources: z.array(z.string().min(1)).min(1),
    dataGaps: z.array(z.string()),
    diagnosisTerms: z.array(z.string().min(1)),
    notDiagnosisTerms: z.array(z.string().min(1)).default([]),
    icd10: z.array(z.string().regex(/^[A-Z](\d{2}(\.\d{1,2})?)?$/, 'ICD-10 前缀格式不正确')),
    standard: z.object({
      nameZh: z.string().min(1),
      criteria: z.array(z.object({ id: key, textZh: z.string().min(1) })).min(1, '认定标准至少须有一条（R15）'),
    }),
  })
  .superRefine((e, ctx) => {
    const modeKeys = new Set(e.modes.map((m) => m.key));
    for (const m of e.reReviewExemptModes) {
      if (!modeKeys.has(m)) ctx.addIssue({ code: 'custom', message: `免复核方式 ${m} 不在治疗方式列表中` });
    }
    if (e.modeRequired && e.modes.length === 0) ctx.addIssue({ code: 'custom', message: '要求选择治疗方式但未列出任何方式' });
  }) satisfies z.ZodType<CatalogueEntry>;

const institution = z.object({
  code: z.string().min(1),
  nameZh: z.string().min(2),
  aliases: z.array(z.string().min(2)),
  level: z.enum(INSTITUTION_LEVELS),
  category: z.enum(INSTITUTION_CATEGORIES),
  countsAsGeneral: z.boolean(),
  ownership: z.enum(OWNERSHIPS),
  designated: z.boolean(),
}) satisfies z.ZodType<Institution>;

const issuerPredicate = z.object({
  levelMin: z.enum(INSTITUTION_LEVELS).optional(),
  level: z.enum(INSTITUTION_LEVELS).optional(),
  category: z.enum(INSTITUTION_CATEGORIES).optional(),
  countsAsGeneral: z.boolean().optional(),
  ownership: z.enum(OWNERSHIPS).optional(),
  designated: z.boolean().optional(),
}) satisfies z.ZodType<IssuerPredicate>;

const requirement = z.object({
    nameZh: z.string().min(1),
    types: z.array(z.enum(MATERIAL_TYPES)).min(1),
    minCount: z.number().int().positive(),
    window: z.object({ years: z.number().int().positive(), dateField: z.enum(EVIDENCE_DATE_FIELDS) }).nullable(),
    issuerAnyOf: z.array(issuerPredicate).min(1).nullable(),
    requireOriginalSighted: z.boolean(),
    requireSeal: z.boolean(),
    continuityMaxGapDays: z.number().int().positive().nullable(),
}) satisfies z.ZodType<EvidenceRequirement>;
const route = z.object({ id: key, nameZh: z.string().min(1), items: z.array(requirement).min(1) }) satisfies z.ZodType<EvidenceRoute>;

export const policyPackSchema = z
  .object({
    packId: z.string().regex(/^[a-z0-9.-]+$/),
    version: z.string().min(1),
    nameZh: z.string().min(1),
    status: z.enum(PACK_STATUSES),
    effective: z.object({ from: civilDate, to: civilDate.nullable() }),
    sources: z.array(z.string()).min(1),
    schemes: z.array(z.enum(INSURANCE_SCHEMES)).min(1),
    regions: z.array(z.object({ code: z.string().regex(/^\d{6}$/), nameZh: z.string().min(1), agencyNameZh: z.string().min(1) })).min(1),
    intake: z.object({ incompleteLapseCalendarDays: z.number().int().positive() }),
    bans: z.object({ applicantYears: z.number().int().positive(), sources: z.array(z.string().min(1)).min(1) }),
    notices: z.object({
      applicantWithinWorkingDays: z.number().int().positive(),
      sources: z.array(z.string().min(1)).min(1),
      letters: z.object(Object.fromEntries(OUTCOME_NOTICE_KINDS.map((k) => [k, letter])) as Record<OutcomeNoticeKind, typeof letter>),
    }),
    sessions: z.object({ remindFromDayOfMonth: z.number().int().min(1).max(28), sources: z.array(z.string().min(1)).min(1) }).nullable(),
    filing: z.object({ instantAckWorkingDays: z.number().int().min(1).max(10), sources: z.array(z.string().min(1)).min(1) }),
    benefits: z
      .object({
        deductible: z.object({ A: z.number().min(0), B: z.object({ EMPLOYEE: z.number().min(0).optional(), RESIDENT: z.number().min(0).optional() }) }),
        baseRatio: ratios,
        ratioOverrides: z.array(ratios.extend({ mode: key.optional(), disease: key.optional(), src: z.string().min(1) })),
        outOfAreaRevertTo: ratios,
        sources: z.array(z.string()).min(1),
      })
      .nullable(),
    catalogue: z.array(entry).min(1, '病种目录为空'),
    evidence: z.object({ sources: z.array(z.string().min(1)).min(1), routes: z.array(route).min(1, '未定义任何材料路径') }),
    transferIn: z.object({ evidence: requirement, sources: z.array(z.string().min(1)).min(1) }).nullable(),
    institutions: z.array(institution),
    panel: z.object({
      minPhysicians: z.number().int().min(2, '至少须抽取 2 名医师（000 §8(2)）'),
      sources: z.array(z.string().min(1)).min(1),
      specialties: z.array(z.object({ key, nameZh: z.string().min(1) })),
      diseaseSpecialties: z.record(key, z.array(key).min(1)),
      respondWithinDays: z.number().int().min(1).max(60),
      onSplit: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('TIEBREAK') }),
        z.object({ kind: z.literal('EXPERT_PANEL'), size: z.number().int().min(3).refine((n) => n % 2 === 1, '专家组人数须为奇数') }),
      ]),
    }),
  })
  .superRefine((p, ctx) => {
    const specialties = new Set(p.panel.specialties.map((s) => s.key));
    for (const [disease, list] of Object.entries(p.panel.diseaseSpecialties)) {
      if (!p.catalogue.some((e) => e.key === disease)) ctx.addIssue({ code: 'custom', message: `专科对照中的病种 ${disease} 不在病种目录中` });
      for (const s of list) if (!specialties.has(s)) ctx.addIssue({ code: 'custom', message: `病种 ${disease} 的专科 ${s} 未定义` });
    }
    const seen = new Set<string>();
    for (const e of p.catalogue) {
      if (seen.has(e.key)) ctx.addIssue({ code: 'custom', message: `病种键重复：${e.key}` });
      seen.add(e.key);
      for (const s of e.schemes) {
        if (!p.schemes.includes(s)) ctx.addIssue({ code: 'custom', message: `病种 ${e.key} 的险种 ${s} 不在本政策包范围内` });
      }
    }
  }) satisfies z.ZodType<PolicyPack>;
