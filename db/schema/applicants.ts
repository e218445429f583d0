import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** 参保人 (domain §2.1). The id number is the natural key (unique). */
export const applicants = sqliteTable(
  'applicants',
  {
    id: text('id').primaryKey(),
    idNumber: text('id_number').notNull().unique(),
    name: text('name').notNull(),
    /** Pinyin initials of the name, for search (张三 -> zs). */
    namePinyin: text('name_pinyin').notNull(),
    sex: text('sex', { enum: ['male', 'female'] }).notNull(),
    birthDate: text('birth_date').notNull(),
    scheme: text('scheme', { enum: ['EMPLOYEE', 'RESIDENT'] }).notNull(),
    employmentStatus: text('employment_status', { enum: ['ACTIVE', 'RETIRED', 'NA'] }).notNull(),
    regionCode: text('region_code').notNull(),
    phone: text('phone').notNull(),
    address: text('address').notNull(),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [index('applicants_name_idx').on(t.name), index('applicants_pinyin_idx').on(t.namePinyin)],
);
