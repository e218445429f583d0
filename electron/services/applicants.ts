import { AppError } from '../contract/app-error';
import { errorMessage } from '../contract/errors';
import { findApplicantById, findApplicantByIdNumber, insertApplicant, searchApplicants, type ApplicantRow } from '../../db/queries/applicants';
import { shanghaiDate } from '../domain/civil-date';
import { inspectIdNumber, type IdNumberInfo } from '../domain/id-number';
import type { InsuranceScheme } from '../domain/policy-pack';
import { recordAudit } from './audit';
import type { CatalogueService } from './catalogue';
import type { Actor, ServiceDeps } from './context';
import { disclose, disclosure } from '../domain/privacy';
import { requirePermission } from './guard';
import { pinyinInitials } from './pinyin';

export type RegisterApplicantInput = {
  name: string; idNumber: string; scheme: InsuranceScheme; employmentStatus: 'ACTIVE' | 'RETIRED' | null;
  regionCode: string; phone: string; address: string;
};

export function createApplicantService(deps: ServiceDeps, catalogue: CatalogueService) {
  const today = () => shanghaiDate(deps.clock());

  /** Rows to DTOs; the region names come from the active pack, looked up once per call. */
  const toDtos = (rows: readonly ApplicantRow[]) => {
    const names = new Map(catalogue.activePack().regions.map((r) => [r.code, r.nameZh]));
    return rows.map((r) => ({
      id: r.id, name: r.name, idNumber: r.idNumber, sex: r.sex, birthDate: r.birthDate, scheme: r.scheme,
      employmentStatus: r.employmentStatus, regionCode: r.regionCode, regionName: names.get(r.regionCode) ?? r.regionCode,
      phone: r.phone, address: r.address, createdAt: r.createdAt,
    }));
  };
  const toDto = (r: ApplicantRow) => toDtos([r])[0]!;

  function inspect(actor: Actor, idNumber: string) {
    requirePermission(actor, 'applicants.read');
    return withMessage(inspectIdNumber(idNumber, today()));
  }

  function register(actor: Actor, input: RegisterApplicantInput) {
    requirePermission(actor, 'applicants.register');
    const id = inspectIdNumber(input.idNumber, today());
    if (!id.valid || !id.birthDate || !id.sex) {
      throw new AppError(id.error ?? 'ID_NUMBER_FORMAT', id.upgraded18 ? { upgraded18: id.upgraded18 } : {});
    }
    checkEnrollment(input);
    return deps.db.transaction((tx) => {
      const existing = findApplicantByIdNumber(tx, id.normalized);
      if (existing) {
        throw new AppError('APPLICANT_DUPLICATE', { name: existing.name, registeredAt: shanghaiDate(new Date(existing.createdAt)), applicantId: existing.id });
      }
      const row: ApplicantRow = {
        id: deps.newId(), idNumber: id.normalized, name: input.name, namePinyin: pinyinInitials(input.name),
        sex: id.sex!, birthDate: id.birthDate!, scheme: input.scheme, employmentStatus: input.employmentStatus ?? 'NA',
        regionCode: input.regionCode, phone: input.phone, address: input.address,
        createdAt: deps.clock().toISOString(), createdBy: actor.userId,
      };
      insertApplicant(tx, row);
      recordAudit(tx, deps, actor, { action: 'applicant.register', entityType: 'applicant', entityId: row.id, details: { scheme: row.scheme, regionCode: row.regionCode } });
      return toDto(row);
    });
  }

  /** Scheme, status and region as a registration or a change states them. */
  function checkEnrollment(input: Pick<RegisterApplicantInput, 'scheme' | 'employmentStatus' | 'regionCode'>): void {
    // 人员状态 applies to the employee scheme only (000 §16 sets the ratio by it).
    if (input.scheme === 'EMPLOYEE' && !input.employmentStatus) throw new AppError('EMPLOYMENT_STATUS_REQUIRED');
    if (input.scheme === 'RESIDENT' && input.employmentStatus) throw new AppError('EMPLOYMENT_STATUS_NOT_APPLICABLE');
    if (!catalogue.activePack().regions.some((r) => r.code === input.regionCode)) throw new AppError('REGION_UNKNOWN', { code: input.regionCode });
  }

  function search(actor: Actor, query: string, page: number, pageSize: number) {
    requirePermission(actor, 'applicants.read');
    const { rows, total } = searchApplicants(deps.db, query, pageSize, (page - 1) * pageSize);
    const shown = disclosure(actor.role, 'LIST');
    return { items: toDtos(rows).map((a) => disclose(a, shown)), total, page, pageSize };
  }

  function get(actor: Actor, applicantId: string) {
    requirePermission(actor, 'applicants.read');
    const row = findApplicantById(deps.db, applicantId);
    if (!row) throw new AppError('APPLICANT_NOT_FOUND');
    return toDto(row);
  }

  return { inspect, register, search, get, toDto, checkEnrollment };
}

function withMessage(info: IdNumberInfo) {
  const params = info.upgraded18 ? { upgraded18: info.upgraded18 } : undefined;
  return { ...info, error: info.error ? { code: info.error, message: errorMessage(info.error, params) } : null };
}

export type ApplicantService = ReturnType<typeof createApplicantService>;
