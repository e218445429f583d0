import { z } from 'zod';

/**
 * The national medical-insurance information platform's message envelope (医保信息平台 定点医药机构接口):
 * every transaction is one POST of this request, answered by the response below.
 */
export type HsaRequest = {
  readonly infno: string;
  readonly msgid: string;
  readonly mdtrtarea_admvs: string;
  readonly insuplc_admdvs: string;
  readonly recer_sys_code: string;
  readonly dev_no: string;
  readonly dev_safe_info: string;
  readonly cainfo: string;
  readonly signtype: string;
  readonly infver: string;
  readonly opter_type: string;
  readonly opter: string;
  readonly opter_name: string;
  readonly inf_time: string;
  readonly fixmedins_code: string;
  readonly fixmedins_name: string;
  readonly sign_no: string;
  readonly input: { readonly data: Record<string, unknown> };
};

/** Anything else the bureau sends back is garbage and changes nothing locally. */
export const HsaResponse = z.object({
  infcode: z.coerce.number().int(),
  inf_refmsgid: z.string().optional().default(''),
  refmsg_time: z.string().optional().default(''),
  respond_time: z.string().optional().default(''),
  err_msg: z.string().nullable().optional().default(null),
  output: z.unknown().optional(),
});
export type HsaResponse = z.infer<typeof HsaResponse>;

/** 2503 人员慢特病备案: the recognition as the bureau files it. */
export type Filing2503 = {
  readonly psn_no: string; readonly insutype: string; readonly opsp_dise_code: string; readonly opsp_dise_name: string;
  readonly tel: string; readonly addr: string; readonly insu_optins: string; readonly ide_fixmedins_no: string; readonly ide_fixmedins_name: string;
  readonly hosp_ide_date: string; readonly diag_dr_codg: string; readonly diag_dr_name: string; readonly begndate: string; readonly enddate: string;
  /** Our idempotency key, echoed by 5301 so a re-send after a lost answer is recognised. */
  readonly memo: string;
};

export const Output2503 = z.object({ result: z.object({ trt_dcla_detl_sn: z.string().min(1) }) });
export const Output5301 = z.object({
  feedetail: z.array(z.object({
    trt_dcla_detl_sn: z.string(), opsp_dise_code: z.string(), ide_fixmedins_no: z.string(), memo: z.string().optional().default(''), vali_flag: z.string(),
  })),
});

/** yyyyMMddHHmmss → yyyy-MM-dd HH:mm:ss in Beijing time, as the platform writes inf_time. */
export function platformTime(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
}
