import { blob, index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { MATERIAL_TYPES } from '../../electron/domain/evidence/material-types';
import { applications } from './applications';
import { users } from './users';

/**
 * Materials (domain §2.5). Every byte lives inside the encrypted database: the original file
 * unchanged for the archive, and per page the OCR input, a view image and a thumbnail.
 */

export const OCR_STATUSES = ['QUEUED', 'RUNNING', 'DONE', 'FAILED', 'CANCELLED'] as const;
export const DOCUMENT_SOURCES = ['UPLOAD', 'CAMERA', 'SCANNER'] as const;

export const storedFiles = sqliteTable(
  'stored_files',
  {
    id: text('id').primaryKey(),
    sha256: text('sha256').notNull(),
    fileName: text('file_name').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    bytes: blob('bytes', { mode: 'buffer' }).notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('stored_files_sha_idx').on(t.sha256)],
);

export const documents = sqliteTable(
  'documents',
  {
    id: text('id').primaryKey(),
    applicationId: text('application_id').notNull().references(() => applications.id),
    fileId: text('file_id').notNull().references(() => storedFiles.id),
    /** Null = 自动识别: the extracted document type is used. */
    materialType: text('material_type', { enum: MATERIAL_TYPES }),
    source: text('source', { enum: DOCUMENT_SOURCES }).notNull(),
    /** R14: a paper outpatient original the clerk has seen. */
    originalSighted: integer('original_sighted', { mode: 'boolean' }).notNull().default(false),
    /** 004: the copy carries the hospital seal. */
    sealed: integer('sealed', { mode: 'boolean' }).notNull().default(false),
    /** Facts read by the extractor once every page has text (JSON DocumentFacts). */
    factsJson: text('facts_json'),
    /** Facts as the clerk confirmed or corrected them; authoritative when present. */
    confirmedFactsJson: text('confirmed_facts_json'),
    confirmedBy: text('confirmed_by').references(() => users.id),
    confirmedAt: text('confirmed_at'),
    createdBy: text('created_by').notNull().references(() => users.id),
    createdAt: text('created_at').notNull(),
    /** A wrongly attached document is set aside, never deleted (its bytes stay for the archive). */
    removedAt: text('removed_at'),
    removedBy: text('removed_by').references(() => users.id),
  },
  (t) => [index('documents_application_idx').on(t.applicationId, t.createdAt)],
);

export const pages = sqliteTable(
  'pages',
  {
    id: text('id').primaryKey(),
    documentId: text('document_id').notNull().references(() => documents.id),
    pageIndex: integer('page_index').notNull(),
    sha256: text('sha256').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    duplicateOfPageId: text('duplicate_of_page_id'),
    textSource: text('text_source', { enum: ['ocr', 'pdf-text'] }).notNull(),
    ocrStatus: text('ocr_status', { enum: OCR_STATUSES }).notNull(),
    ocrError: text('ocr_error'),
    ocrText: text('ocr_text'),
    ocrConfidence: real('ocr_confidence'),
    ocrWordsJson: text('ocr_words_json'),
    /** The page's rows of boxes in reading order (layout.ts), which the extraction pairs labels and values on. */
    ocrLinesJson: text('ocr_lines_json'),
    ocrMs: integer('ocr_ms'),
    attempts: integer('attempts').notNull().default(0),
    queuedAt: text('queued_at').notNull(),
    correctedText: text('corrected_text'),
    correctedBy: text('corrected_by').references(() => users.id),
    correctedAt: text('corrected_at'),
  },
  (t) => [index('pages_document_idx').on(t.documentId, t.pageIndex), index('pages_status_idx').on(t.ocrStatus, t.queuedAt)],
);

export const pageImages = sqliteTable(
  'page_images',
  {
    pageId: text('page_id').notNull().references(() => pages.id),
    kind: text('kind', { enum: ['ocr', 'view', 'thumb'] }).notNull(),
    mime: text('mime').notNull(),
    bytes: blob('bytes', { mode: 'buffer' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.pageId, t.kind] })],
);

/** A file arriving in chunks over the contract (the same path for IPC and HTTP). */
export const uploads = sqliteTable('uploads', {
  id: text('id').primaryKey(),
  fileName: text('file_name').notNull(),
  size: integer('size').notNull(),
  createdBy: text('created_by').notNull().references(() => users.id),
  createdAt: text('created_at').notNull(),
});

export const uploadChunks = sqliteTable(
  'upload_chunks',
  {
    uploadId: text('upload_id').notNull().references(() => uploads.id, { onDelete: 'cascade' }),
    idx: integer('idx').notNull(),
    bytes: blob('bytes', { mode: 'buffer' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.uploadId, t.idx] })],
);

/** Files taken from the scanner folder, waiting to be attached to an application (or unreadable, with the reason). */
export const scanInbox = sqliteTable(
  'scan_inbox',
  {
    id: text('id').primaryKey(),
    fileId: text('file_id').notNull().references(() => storedFiles.id),
    fileName: text('file_name').notNull(),
    status: text('status', { enum: ['PENDING', 'UNREADABLE', 'ASSIGNED'] }).notNull(),
    reasonCode: text('reason_code'),
    reason: text('reason'),
    pageCount: integer('page_count'),
    receivedAt: text('received_at').notNull(),
    documentId: text('document_id').references(() => documents.id),
  },
  (t) => [index('scan_inbox_status_idx').on(t.status, t.receivedAt)],
);

/** 一次性告知书 (R8): what was listed, when and by whom, and the PDF exactly as handed over. */
export const notices = sqliteTable(
  'notices',
  {
    id: text('id').primaryKey(),
    applicationId: text('application_id').notNull().references(() => applications.id),
    kind: text('kind', { enum: ['DEFICIENCY_ONE_TIME', 'CLINICAL_EVIDENCE_REQUEST'] }).notNull(),
    itemsJson: text('items_json').notNull(),
    pdf: blob('pdf', { mode: 'buffer' }).notNull(),
    issuedBy: text('issued_by').notNull().references(() => users.id),
    issuedAt: text('issued_at').notNull(),
  },
  (t) => [index('notices_application_idx').on(t.applicationId, t.issuedAt)],
);
