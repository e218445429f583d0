import { count, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../client';
import { applicants } from '../schema';

export type ApplicantRow = typeof applicants.$inferSelect;

export const findApplicantByIdNumber = (db: Executor, idNumber: string): ApplicantRow | undefined =>
  db.select().from(applicants).where(eq(applicants.idNumber, idNumber)).get();

export const findApplicantById = (db: Executor, id: string): ApplicantRow | undefined =>
  db.select().from(applicants).where(eq(applicants.id, id)).get();

export const insertApplicant = (db: Executor, row: typeof applicants.$inferInsert): void => {
  db.insert(applicants).values(row).run();
};

/** Escapes LIKE wildcards in user text. */
export const likeContains = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Name, pinyin initials or id-number fragment. */
export function applicantMatches(query: string): SQL | undefined {
  if (query === '') return undefined;
  const pattern = likeContains(query);
  return or(
    sql`${applicants.name} LIKE ${pattern} ESCAPE '\\'`,
    sql`${applicants.namePinyin} LIKE ${pattern.toLowerCase()} ESCAPE '\\'`,
    sql`${applicants.idNumber} LIKE ${pattern.toUpperCase()} ESCAPE '\\'`,
  );
}

export function searchApplicants(db: Executor, query: string, limit: number, offset: number): { rows: ApplicantRow[]; total: number } {
  const where = applicantMatches(query);
  const rows = db.select().from(applicants).where(where).orderBy(desc(applicants.createdAt)).limit(limit).offset(offset).all();
  const total = db.select({ n: count() }).from(applicants).where(where).get()?.n ?? 0;
  return { rows, total };
}

export const updateApplicant = (db: Executor, id: string, patch: Partial<Pick<ApplicantRow, 'scheme' | 'employmentStatus' | 'regionCode' | 'phone' | 'address'>>): void => {
  db.update(applicants).set(patch).where(eq(applicants.id, id)).run();
};
