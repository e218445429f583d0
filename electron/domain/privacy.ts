import type { Role } from './permissions';

/**
 * Personal data only to those whose work needs it (issue 11): the desk staff work every case; a
 * physician sees only the cases drawn for them, and a co-panelist's vote only once they have signed.
 */
export type CaseRelation = 'DESK' | 'ASSIGNED_PENDING' | 'ASSIGNED_SIGNED' | 'NONE';
export type AssignmentStatus = 'PENDING' | 'COMPLETED' | 'RECUSED' | 'EXPIRED';

/** How the caller stands to a case: a recused or expired physician no longer has it. */
export function caseRelation(role: Role, myAssignments: readonly AssignmentStatus[]): CaseRelation {
  if (role !== 'PHYSICIAN') return 'DESK';
  if (myAssignments.includes('PENDING')) return 'ASSIGNED_PENDING';
  if (myAssignments.includes('COMPLETED')) return 'ASSIGNED_SIGNED';
  return 'NONE';
}

export const mayReadCase = (r: CaseRelation): boolean => r !== 'NONE';
/** Each physician judges on their own: the other votes stay hidden until one's own is signed. */
export const mayReadVotes = (r: CaseRelation): boolean => r === 'DESK' || r === 'ASSIGNED_SIGNED';

export type Purpose = 'LIST' | 'DETAIL';
export type Disclosure = { readonly idNumber: 'FULL' | 'MASKED'; readonly phone: 'FULL' | 'MASKED'; readonly address: 'FULL' | 'HIDDEN' };

/**
 * What of an applicant's identifiers a role sees for a purpose: lists always masked; the full
 * record for the desk staff who verify identity and contact the applicant; a physician reviews the
 * medical content and needs neither the full number, the phone nor the address.
 */
export function disclosure(role: Role, purpose: Purpose): Disclosure {
  if (purpose === 'DETAIL' && role !== 'PHYSICIAN') return { idNumber: 'FULL', phone: 'FULL', address: 'FULL' };
  return { idNumber: 'MASKED', phone: 'MASKED', address: role === 'PHYSICIAN' ? 'HIDDEN' : 'FULL' };
}

/** 371502********001X: region and the last four, never the birth date. */
export const maskIdNumber = (id: string): string => (id.length === 18 ? `${id.slice(0, 6)}********${id.slice(14)}` : '*'.repeat(id.length));
/** 138****0000 */
export const maskPhone = (phone: string): string => (phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****');

export function disclose<T extends { idNumber: string; phone: string; address: string }>(p: T, d: Disclosure): T {
  return {
    ...p,
    idNumber: d.idNumber === 'FULL' ? p.idNumber : maskIdNumber(p.idNumber),
    phone: d.phone === 'FULL' ? p.phone : maskPhone(p.phone),
    address: d.address === 'FULL' ? p.address : '（不向认定医师显示）',
  };
}
