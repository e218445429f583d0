import type { ApplicationState, TransitionError } from '../domain/application-state';
import type { IdNumberErrorCode } from '../domain/id-number';
import type { InsuranceScheme } from '../domain/policy-pack';
import { LABELS } from './labels';

/** Stable error codes of the boundary, each with the Chinese message a desk user reads. */

type Params = Readonly<Record<string, string | number>>;
type Message = (params?: Params) => string;

const p = (params: Params | undefined, name: string): string => String(params?.[name] ?? '');

// Every domain error code must have a message: the `satisfies` below fails to compile otherwise.
const MESSAGES = {
  // transport and boundary
  UNKNOWN_METHOD: () => '系统不支持该操作。',
  INVALID_INPUT: (x) => `输入有误：${p(x, 'detail')}`,
  UNAUTHENTICATED: () => '请先登录。',
  FORBIDDEN: (x) => `当前角色（${p(x, 'role')}）无权执行此操作。`,
  DISK_FULL: () => '磁盘空间不足，本次操作未保存（已填写的内容未丢失）。请清理磁盘或联系管理员后重试。',
  INTERNAL: () => '系统内部错误，操作未完成，已填写的内容未丢失，请重试或联系管理员。',
  // setup and accounts
  SETUP_ALREADY_DONE: () => '系统已完成初始化。',
  SETUP_REQUIRED: () => '系统尚未初始化，请先设置医院信息和管理员账号。',
  SIGN_IN_FAILED: () => '用户名或密码错误。',
  ACCOUNT_DISABLED: () => '该账号已停用，请联系管理员。',
  SIGN_IN_WAIT: (x) => `密码错误次数过多，请 ${p(x, 'seconds')} 秒后再试。`,
  ACCOUNT_LOCKED: (x) => `连续 ${p(x, 'failures')} 次密码错误，账号已暂时锁定，请 ${p(x, 'minutes')} 分钟后再试或联系管理员。`,
  PASSWORD_CHANGE_REQUIRED: () => '首次登录或密码被重置后，须先修改密码。',
  CURRENT_PASSWORD_WRONG: () => '当前密码不正确。',
  PASSWORD_UNCHANGED: () => '新密码不能与当前密码相同。',
  USER_NOT_FOUND: () => '未找到该账号。',
  CANNOT_DISABLE_SELF: () => '不能停用自己正在使用的账号。',
  USERNAME_TAKEN: (x) => `用户名“${p(x, 'username')}”已被使用。`,
  // identity numbers (GB 11643)
  ID_NUMBER_EMPTY: () => '请输入身份证号。',
  ID_NUMBER_FORMAT: () => '身份证号应为 18 位：前 17 位为数字，最后一位为数字或 X。',
  ID_NUMBER_REGION: () => '身份证号前两位不是有效的省级行政区划代码。',
  ID_NUMBER_BIRTH_DATE: () => '身份证号中的出生日期无效。',
  ID_NUMBER_CHECKSUM: () => '身份证号校验码错误，请核对后重新输入。',
  ID_NUMBER_LEGACY_15: (x) => `这是 15 位旧身份证号，请使用 18 位号码${x?.['upgraded18'] ? `（对应 ${p(x, 'upgraded18')}）` : ''}。`,
  // applicants
  APPLICANT_DUPLICATE: (x) => `身份证号已登记：${p(x, 'name')}（登记于 ${p(x, 'registeredAt')}），请直接使用该参保人。`,
  APPLICANT_NOT_FOUND: () => '未找到该参保人。',
  EMPLOYMENT_STATUS_REQUIRED: () => '职工医保参保人须选择人员状态（在职/退休）。',
  EMPLOYMENT_STATUS_NOT_APPLICABLE: () => '居民医保参保人无需填写人员状态。',
  REGION_UNKNOWN: (x) => `参保地 ${p(x, 'code')} 不在当前政策包的统筹区内。`,
  // applications and catalogue
  DISEASE_UNKNOWN: (x) => `病种“${p(x, 'key')}”不在当前病种目录中。`,
  DISEASE_MODE_REQUIRED: (x) => `病种“${p(x, 'disease')}”须选择治疗方式。`,
  DISEASE_MODE_UNKNOWN: (x) => `病种“${p(x, 'disease')}”没有治疗方式“${p(x, 'mode')}”。`,
  DISEASE_SCHEME_MISMATCH: (x) => `病种“${p(x, 'disease')}”不属于${LABELS.schemes[x?.['scheme'] as InsuranceScheme] ?? p(x, 'scheme')}的保障范围（R2）。`,
  DISEASE_REPEATED: (x) => `同一次申请中病种“${p(x, 'disease')}”重复选择。`,
  TRANSFER_IN_UNDEFINED: (x) => `${p(x, 'pack')}未规定外地转入的办理方式，请按新申请办理（R51）。`,
  APPLICANT_BANNED: (x) => `该参保人因${p(x, 'reason')}，于 ${p(x, 'decidedOn')} 被确定两年内不得重新申请，至 ${p(x, 'until')} 止；${p(x, 'from')} 起方可再次申请（R44）。`,
  NOTICE_NOT_DUE: (x) => `该申请当前状态（${LABELS.states[x?.['state'] as ApplicationState] ?? p(x, 'state')}）没有需要告知申请人的决定。`,
  EVIDENCE_REQUEST_NOT_ALLOWED: (x) => `该申请当前状态（${LABELS.states[x?.['state'] as ApplicationState] ?? p(x, 'state')}）不能要求补充临床资料；审核中的申请只能要求一次（AMB-50）。`,
  SESSION_NOTHING_QUEUED: () => '目前没有待月度确认的申请，无需组织资格确认。',
  SESSION_NOT_FOUND: () => '未找到该次月度资格确认记录。',
  APPLICATION_DUPLICATE: (x) => `该参保人已有病种“${p(x, 'disease')}”的申请 ${p(x, 'displayNo')}（${LABELS.states[x?.['state'] as ApplicationState] ?? p(x, 'state')}），不能重复申请。`,
  APPLICATION_NOT_FOUND: () => '未找到该申请。',
  POLICY_PACK_INVALID: (x) => `政策包 ${p(x, 'origin')} 无效：${p(x, 'problems')}`,
  POLICY_PACK_UNKNOWN: (x) => `未找到政策包 ${p(x, 'packId')}。`,
  // state machine (domain §3)
  TRANSITION_NOT_ALLOWED: (x) => `当前状态（${LABELS.states[x?.['state'] as ApplicationState] ?? p(x, 'state')}）下不能执行该操作。`,
  IDENTITY_NOT_VERIFIED: () => '受理前须完成身份核验并记录核验方式（R4）。',
  APPLICANT_SIGNATURE_MISSING: () => '受理前须由申请人或代办人签字确认（R3）。',
  MATERIALS_INCOMPLETE: () => '材料不齐全，请先出具一次性告知书（R8）。',
  MATERIALS_ALREADY_COMPLETE: () => '材料已齐全，无需出具一次性告知书。',
  NOT_INSTANT: () => '该病种不是即时办理病种。',
  INSTANT_DISEASE: () => '该病种为即时办理病种，不进入月度批次。',
  REREVIEW_REQUIRED: () => '该病种须经医保经办机构复核。',
  REREVIEW_NOT_REQUIRED: () => '该病种无需医保经办机构复核。',
  TOO_FEW_SIGNATURES: () => '须至少 2 名资格确认医师签字后才能作出结论（R19）。',
  // materials: import, OCR and the completeness check
  FILE_EMPTY: (x) => `文件“${p(x, 'fileName')}”是空文件（0 字节），请重新扫描或选择其他文件。`,
  FILE_TOO_LARGE: (x) => `文件“${p(x, 'fileName')}”过大（${p(x, 'mb')} MB），单个文件不能超过 ${p(x, 'maxMb')} MB。请降低扫描分辨率或分成几份导入。`,
  FILE_TYPE_UNSUPPORTED: (x) => `无法识别文件“${p(x, 'fileName')}”的格式。支持 PDF、JPEG、PNG、TIFF（含多页）、WebP、BMP。`,
  HEIC_UNSUPPORTED: (x) => `文件“${p(x, 'fileName')}”是 HEIC 格式（苹果手机照片），请在手机上改存为 JPEG 后再导入。`,
  IMAGE_UNREADABLE: (x) => `图片“${p(x, 'fileName')}”已损坏或不完整，无法读取。`,
  IMAGE_TOO_LARGE: (x) => `图片“${p(x, 'fileName')}”像素过多（超过 ${p(x, 'megapixels')} 百万像素），请以 300 dpi 以下重新扫描。`,
  PDF_CORRUPT: (x) => `PDF 文件“${p(x, 'fileName')}”已损坏，无法打开。`,
  PDF_ENCRYPTED: (x) => `PDF 文件“${p(x, 'fileName')}”设有密码保护，请导出为无密码的 PDF 或扫描纸质件后导入。`,
  TOO_MANY_PAGES: (x) => `文件“${p(x, 'fileName')}”共 ${p(x, 'pages')} 页，超过单个文件 ${p(x, 'max')} 页的上限，请拆分后分别导入。`,
  FILE_DUPLICATE: (x) => `文件“${p(x, 'fileName')}”与本申请已导入的“${p(x, 'existing')}”内容完全相同，未重复导入。`,
  UPLOAD_NOT_FOUND: () => '上传已失效，请重新选择文件。',
  UPLOAD_INCOMPLETE: (x) => `文件只收到 ${p(x, 'received')} / ${p(x, 'size')} 字节，请重新上传。`,
  DOCUMENT_NOT_FOUND: () => '未找到该材料。',
  PAGE_NOT_FOUND: () => '未找到该页。',
  MATERIALS_FROZEN: (x) => `申请处于“${LABELS.states[x?.['state'] as ApplicationState] ?? p(x, 'state')}”状态，材料已冻结，不能再修改。`,
  OCR_TIMEOUT: (x) => `识别超时（超过 ${p(x, 'seconds')} 秒），可点“重试”。`,
  OCR_FAILED: (x) => `识别失败：${p(x, 'detail')}`,
  OCR_CANCELLED: () => '已取消识别。',
  INBOX_ITEM_NOT_FOUND: () => '未找到该扫描文件，可能已被其他窗口处理。',
  SCAN_FOLDER_UNAVAILABLE: (x) => `扫描文件夹“${p(x, 'folder')}”不存在或无法读取。`,
  NOTICE_NOT_NEEDED: () => '材料已齐全，无需出具一次性告知书。',
  // physicians' roster
  ROSTER_EMPTY: () => '名册文件中没有医师记录。',
  PHYSICIAN_INVALID: (x) => `医师信息有误：${p(x, 'detail')}。`,
  PHYSICIAN_EXISTS: (x) => `医保医师编码 ${p(x, 'id')} 已在名册中，请在列表中点“编辑”修改。`,
  PHYSICIAN_NOT_FOUND: () => '名册中没有该医师。',
  TABLE_FILE_UNREADABLE: (x) => `无法读取名册文件：${p(x, 'detail')}。`,
  NOT_ASSIGNED: () => '您未被抽取审核该申请，或已签署过意见。',
  SIGNATURE_PASSWORD_WRONG: () => '签署密码不正确。签署须由医师本人输入自己的登录密码。',
  CRITERIA_INCOMPLETE: (x) => `请对照认定标准逐项判断“符合”或“不符合”后再签署（R15）：${p(x, 'missing')}。`,
  STANDARDS_NOT_MET: (x) => `有认定标准判断为“不符合”，不能签署“同意”（R15）：${p(x, 'unmet')}。`,
  NOTHING_OVERDUE: (x) => `没有超过 ${p(x, 'days')} 日未签署的认定医师，无需重新抽取。`,
  SYSTEM_ACCOUNT: () => '这是记录医保经办机构同步数据的系统账号，不能启用或设置密码。',
  SYNC_NOT_CONFIGURED: () => '尚未设置医保经办机构接口地址，请管理员在“数据同步”中设置。',
  DOCUMENT_MIXES_PATIENTS: () => '这些页面属于不同的参保人，不能放在同一份材料中；请分别归为不同材料。',
  AUDIT_TAMPERED: () => '该申请的数据与审计记录不符（疑似被绕过系统直接改动），不能出具认定文书；请管理员在“审计日志”中核验。',
  REJECT_ALL_MET_NEEDS_REASON: () => '各项认定标准均判断为“符合”却选择“不同意”：请在“说明”中写明不同意的理由。',
  PHYSICIAN_NO_LONGER_QUALIFIED: (x) => `您已不再具备审核该申请的资格（${p(x, 'reasons')}，R48），不能签署；该任务已撤回并重新抽取医师。`,
  CONTENT_CHANGED: () => '待签署的内容在您核对期间发生了变化（材料被更正或补充），请重新核对后再签署。',
  UNLOCK_PASSWORD_WRONG: () => '密码不正确，请输入本人的登录密码解锁。',
  FACTS_NOT_CONFIRMED: (x) => `以下材料的识别信息尚未核对确认：${p(x, 'documents')}。请点“核对/修改”对照原件确认后，再出具告知书或提交认定。`,
  OUTBOX_ITEM_NOT_FAILED: () => '该条记录不在“上传失败”状态，无需重新排队。',
  FILING_REFUSED_FINAL: () => '医保经办机构已拒绝该备案，案件已转为“备案被拒”，不能重新排队；如需再次认定，请告知参保人重新申请。',
  SIGNATURE_IMAGE_INVALID: (x) => `手写签名图像无效：${p(x, 'detail')}。`,
  SIGNATURE_BLANK: () => '签名板上没有签名，请用鼠标或手写笔写下姓名后再保存。',
  SIGNATURE_EXISTS: () => '您已留存手写签名，签名留存后不能更改；如确需更换，请联系医保办。',
  REJECT_REASON_REQUIRED: () => '不同意时须选择原因或填写说明。',
  // backups, restore and the recovery code (issue 11)
  BACKUP_FOLDER_NOT_SET: () => '尚未设置备份文件夹，请先在“备份与恢复”中填写备份位置（可以是U盘上的文件夹）。',
  BACKUP_FOLDER_UNAVAILABLE: (x) => `备份文件夹“${p(x, 'folder')}”${p(x, 'reason')}。`,
  BACKUP_BUSY: () => '正在进行备份或恢复，请稍后再试。',
  BACKUP_FAILED: (x) => `备份未完成：${p(x, 'detail')}。不完整的文件已删除，现有数据未受影响。`,
  BACKUP_NOT_FOUND: (x) => `备份文件夹中找不到备份“${p(x, 'name')}”。`,
  BACKUP_MANIFEST_MISSING: (x) => `备份“${p(x, 'name')}”缺少清单文件（${p(x, 'name')}.manifest.json），无法核验，不能用于恢复。未做任何替换。`,
  BACKUP_MANIFEST_INVALID: (x) => `备份“${p(x, 'name')}”的清单文件已损坏或不是本系统的，无法核验，不能用于恢复。未做任何替换。`,
  BACKUP_CHECKSUM_MISMATCH: (x) => `备份“${p(x, 'name')}”的 SHA-256 与清单不符：文件已损坏或被改动。未做任何替换。`,
  BACKUP_CORRUPT: (x) => `备份“${p(x, 'name')}”已损坏，数据库完整性检查未通过（${p(x, 'detail')}）。未做任何替换。`,
  BACKUP_NEEDS_RECOVERY_CODE: () => '该备份不是用本机的数据库密钥加密的（来自另一台电脑，或本机密钥已更换）。请输入备份所属认定台的恢复码后再试。未做任何替换。',
  BACKUP_KEY_MISMATCH: () => '本机密钥和所输入的恢复码都无法解开该备份：备份与恢复码不属于同一认定台。未做任何替换。',
  BACKUP_NEWER_SCHEMA: (x) => `该备份来自更新版本的认定台（数据库版本 ${p(x, 'migration')}），本程序无法使用，请先升级认定台。未做任何替换。`,
  BACKUP_AUDIT_BROKEN: (x) => `备份中的审计链核验未通过：${p(x, 'detail')}。该备份可能被改动过，不能用于恢复。未做任何替换。`,
  RESTORE_FAILED: (x) => `恢复未完成：${p(x, 'detail')}。原数据库已放回，数据未改变。`,
  RECOVERY_CODE_FORMAT: () => '恢复码应为 24 位数字和字母（不含 I、L、O、U），可按 4 位一组输入。',
  RECOVERY_CODE_TYPO: () => '恢复码有输入错误（校验位不符），请逐组核对后重新输入。',
  RECOVERY_CODE_WRONG: () => '恢复码不正确，未做任何改动。请核对抄写的恢复码；恢复码重新签发过的，须使用最新的一份。',
  RECOVERY_WAIT: (x) => `恢复码错误次数过多，请 ${p(x, 'seconds')} 秒后再试。`,
  RECOVERY_FILE_MISSING: (x) => `${p(x, 'where')}中没有加密保存的密钥（key.recovery.json），无法使用恢复码。`,
  BACKUP_NOT_AVAILABLE: () => '此进程不能备份或恢复（没有数据库文件）。',
  RECOVERY_KEY_MISMATCH: () => '恢复码正确，但它解开的密钥打不开本机的数据库：加密保存的密钥（key.recovery.json）与数据库不属于同一认定台。未做任何改动。',
  RECOVERY_NOT_AVAILABLE: () => '此认定台没有数据目录，不能签发恢复码。',
  STARTUP_FAULT: (x) => `认定台未能打开数据库：${p(x, 'message')}`,
  NOT_IN_FAULT: () => '认定台已正常打开，无需输入恢复码。',
  PANEL_ALREADY_DRAWN: (x) => `该申请已抽取 ${p(x, 'drawn')} 名认定医师，无需再抽取。`,
} satisfies Record<TransitionError | IdNumberErrorCode, Message> & Record<string, Message>;

export type ErrorCode = keyof typeof MESSAGES;

export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(MESSAGES, code);
}

export function errorMessage(code: ErrorCode, params?: Params): string {
  return MESSAGES[code](params);
}
