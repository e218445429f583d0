import { z } from 'zod';
import { APPLICATION_STATES } from '../domain/application-state';
import { MATERIAL_TYPES } from '../domain/evidence/material-types';
import type { DocumentFacts as Facts } from '../domain/extraction/extract-facts';

/** Boundary schemas of intake materials: uploads, documents, pages, the verdict and the notice. */

const id = z.string().uuid();
const civilDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
const fileName = z.string().trim().min(1, '文件名不能为空').max(200, '文件名过长').refine((n) => !/[\\/\0]/.test(n), '文件名不能包含路径');

export const MaterialType = z.enum(MATERIAL_TYPES);
export const OcrStatus = z.enum(['QUEUED', 'RUNNING', 'DONE', 'FAILED', 'CANCELLED']);
export const DocumentSource = z.enum(['UPLOAD', 'CAMERA', 'SCANNER']);

export const BeginUpload = z.object({ fileName, size: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER) }).strict();
export const UploadTicket = z.object({ uploadId: id, chunkBytes: z.number().int().positive() });
export const UploadChunk = z.object({
  uploadId: id,
  index: z.number().int().min(0).max(100_000),
  data: z.string().max(800_000).regex(/^[A-Za-z0-9+/]*={0,2}$/, '分块内容不是有效的 base64'),
}).strict();
export const UploadProgress = z.object({ received: z.number().int() });
export const AttachUpload = z.object({
  uploadId: id, applicationId: id, materialType: MaterialType.nullable(), source: z.enum(['UPLOAD', 'CAMERA']),
}).strict();

export const FactField = z.enum(['name', 'idNumber', 'admissionDate', 'dischargeDate', 'visitDate', 'reportDate', 'diagnoses', 'hospital']);
export const DocumentFacts = z.object({
  documentType: MaterialType.nullable(),
  name: z.string().max(40).nullable(),
  idNumber: z.string().max(40).nullable(),
  recordNo: z.string().max(40).nullable(),
  hospital: z.string().max(80).nullable(),
  admissionDate: civilDate.nullable(),
  dischargeDate: civilDate.nullable(),
  visitDates: z.array(civilDate).max(400).readonly(),
  reportDate: civilDate.nullable(),
  diagnoses: z.array(z.string().max(200)).max(50).readonly(),
  diseaseKeys: z.array(z.string().max(60)).max(50).readonly(),
  physicianNames: z.array(z.string().max(20)).max(20).readonly(),
  /** Where each field was read (page of the document, box on it) and the engine's confidence; absent for typed facts. */
  sources: z.partialRecord(FactField, z.object({
    page: z.number().int().min(0), bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).readonly().nullable(), confidence: z.number().min(0).max(1),
    read: z.string().max(40).optional(),
  })).optional(),
}) satisfies z.ZodType<Facts>;

export const Page = z.object({
  id, index: z.number().int(), width: z.number().int(), height: z.number().int(), textSource: z.enum(['ocr', 'pdf-text']),
  ocrStatus: OcrStatus, ocrError: z.string().nullable(), confidence: z.number().nullable(), ocrMs: z.number().int().nullable(),
  attempts: z.number().int(), duplicateOfPageId: z.string().nullable(), corrected: z.boolean(),
});
export const PageDetail = Page.extend({
  documentId: id, ocrText: z.string().nullable(), correctedText: z.string().nullable(), correctedAt: z.string().nullable(),
  words: z.array(z.object({ text: z.string(), confidence: z.number(), bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]) })),
});
export const Document = z.object({
  id, fileName: z.string(), mime: z.string(), size: z.number().int(), source: DocumentSource,
  materialType: MaterialType.nullable(), effectiveType: MaterialType, originalSighted: z.boolean(), sealed: z.boolean(),
  facts: DocumentFacts.nullable(), factsConfirmed: z.boolean(), confirmedByName: z.string().nullable(), confirmedAt: z.string().nullable(),
  /** Fields read below the confidence bar, for the clerk to check (empty once confirmed). */
  fieldsToCheck: z.array(FactField),
  createdAt: z.string(), pages: z.array(Page),
});

export const ByApplication = z.object({ applicationId: id }).strict();
export const PageImageIn = z.object({ pageId: id, kind: z.enum(['view', 'thumb']) }).strict();
export const PageImage = z.object({ mime: z.string(), base64: z.string() });
export const ByPage = z.object({ pageId: id }).strict();
export const CorrectPage = z.object({ pageId: id, text: z.string().max(20_000, '文字过长') }).strict();
export const UpdateDocument = z.object({
  documentId: id, materialType: MaterialType.nullable(), originalSighted: z.boolean(), sealed: z.boolean(), facts: DocumentFacts.nullable(),
}).strict();
export const MovePages = z.object({
  pageIds: z.array(id).min(1, '请选择页面').max(300),
  /** null: the pages become a new document (split). */
  toDocumentId: id.nullable(),
}).strict();
export const RemoveDocument = z.object({ documentId: id, reason: z.string().trim().min(1, '请填写移除原因').max(200) }).strict();
export const Removed = z.object({ removed: z.boolean() });

export const MaterialsVerdict = z.object({
  complete: z.boolean(),
  ocrPending: z.number().int(),
  routes: z.array(z.object({
    id: z.string(), nameZh: z.string(), satisfied: z.boolean(),
    requirements: z.array(z.object({ nameZh: z.string(), need: z.number().int(), validDocumentIds: z.array(z.string()) })),
  })),
  findings: z.array(z.object({ severity: z.enum(['BLOCK', 'WARN']), code: z.string(), documentId: z.string().nullable(), text: z.string() })),
});
export const MaterialsCheck = z.object({
  verdict: MaterialsVerdict,
  state: z.enum(APPLICATION_STATES),
  notices: z.array(z.object({ id, kind: z.enum(['DEFICIENCY_ONE_TIME', 'CLINICAL_EVIDENCE_REQUEST']), issuedAt: z.string(), issuedByName: z.string(), items: z.array(z.string()) })),
});
export const IssuedNotice = z.object({ noticeId: id, noticeNo: z.string(), items: z.array(z.string()), pdfBase64: z.string() });
export const ById = z.object({ id }).strict();
export const Pdf = z.object({ pdfBase64: z.string() });

export const InboxItem = z.object({
  id, fileName: z.string(), status: z.enum(['PENDING', 'UNREADABLE', 'ASSIGNED']), reason: z.string().nullable(),
  pageCount: z.number().int().nullable(), receivedAt: z.string(),
});
export const Inbox = z.object({ folder: z.string().nullable(), items: z.array(InboxItem) });
export const AssignInbox = z.object({ inboxId: id, applicationId: id, materialType: MaterialType.nullable() }).strict();
