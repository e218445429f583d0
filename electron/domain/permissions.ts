/** Roles at the desk (domain §1.3–§1.5, §1.9) and what each may do. Checked in the service layer. */

export const ROLES = ['ADMIN', 'CLERK', 'PHYSICIAN'] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  'users.manage',
  'applicants.read',
  'applicants.register',
  'applications.read',
  'applications.open',
  'applications.transition',
  'applications.revoke',
  'catalogue.read',
  'audit.verify',
  'materials.read',
  'materials.write',
  'roster.read',
  'roster.manage',
  'panel.draw',
  'review.sign',
  'sync.read',
  'sync.run',
  'sync.configure',
  'backup.manage',
] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * ADMIN stands for the hospital medical-insurance office (医保办, §1.5 HospitalMiOffice), which per
 * §1.9 may also verify identity and check completeness, so it can do the clerk's intake work.
 * Physicians review and sign (a later capability); they do not register or open applications.
 */
const MATRIX: Readonly<Record<Action, readonly Role[]>> = {
  'users.manage': ['ADMIN'],
  // a physician reads the applicant of a drawn case through that case, never the register of applicants
  'applicants.read': ['ADMIN', 'CLERK'],
  'applicants.register': ['ADMIN', 'CLERK'],
  'applications.read': ['ADMIN', 'CLERK', 'PHYSICIAN'],
  'applications.open': ['ADMIN', 'CLERK'],
  'applications.transition': ['ADMIN', 'CLERK'],
  // 撤销认定 undoes a recognition: the office's decision, not the window's
  'applications.revoke': ['ADMIN'],
  'catalogue.read': ['ADMIN', 'CLERK', 'PHYSICIAN'],
  'audit.verify': ['ADMIN'],
  // physicians read the materials of the cases they review; only the desk adds or changes them
  'materials.read': ['ADMIN', 'CLERK', 'PHYSICIAN'],
  'materials.write': ['ADMIN', 'CLERK'],
  // the 医保办 maintains the roster the bureau authorises (domain §1.9)
  'roster.read': ['ADMIN', 'CLERK'],
  'roster.manage': ['ADMIN'],
  // R20: the draw is random, so whoever runs it picks nobody; the desk staff start it
  'panel.draw': ['ADMIN', 'CLERK'],
  // 000 §8(2): only the drawn physicians sign, each with their own credentials; never a clerk
  'review.sign': ['PHYSICIAN'],
  // the desk's exchange with the bureau: the 医保办 sees and nudges it; only the administrator points it somewhere
  'sync.read': ['ADMIN', 'CLERK'],
  'sync.run': ['ADMIN', 'CLERK'],
  'sync.configure': ['ADMIN'],
  // backups hold every record of the desk, and a restore replaces them all: the administrator's alone
  'backup.manage': ['ADMIN'],
};

export function can(role: Role, action: Action): boolean {
  return MATRIX[action].includes(role);
}
