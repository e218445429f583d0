import { textPdf } from '../../electron/testing/file-fixtures';
import { rosterCsv, rosterImport } from '../../electron/testing/roster-fixtures';
import type { DeskHost } from '../fixtures/desk';
import { APPLICANT, backendCall, seedReceivedApplication } from './materials-page';
import { ADMIN } from './setup-page';

/** A complete diabetes case under review, drawn from a roster of D201 李芳, D202 陈静 and D203 王建国, each with an account (password Doctor2026). */
export async function caseUnderReview(desk: DeskHost): Promise<{ displayNo: string; applicationId: string; assigned: string[] }> {
  const dischargeRecord = await textPdf([['聊城市人民医院', '出院记录', `姓名：${APPLICANT.name}  身份证号：${APPLICANT.idNumber}`,
    `出院日期：${new Date(Date.now() - 90 * 86_400_000).toISOString().slice(0, 10)}`, '出院诊断：2型糖尿病']]);
  const { displayNo } = await seedReceivedApplication(desk.host!, 'DIABETES', dischargeRecord);
  const call = backendCall(desk.host!);
  const admin = (await call('auth.signIn', { username: ADMIN.username, password: ADMIN.password }, null))['token'] as string;
  await call('roster.import', rosterImport(rosterCsv([{ 医保医师编码: 'D201', 姓名: '李芳' }, { 医保医师编码: 'D202', 姓名: '陈静' }, { 医保医师编码: 'D203', 姓名: '王建国' }])), admin);
  const names: Record<string, string> = { D201: '李芳', D202: '陈静', D203: '王建国' };
  for (const id of ['D201', 'D202', 'D203']) {
    await call('users.create', { username: id, displayName: names[id], role: 'PHYSICIAN', password: 'Initial2026' }, admin);
    const first = (await call('auth.signIn', { username: id, password: 'Initial2026' }, null))['token'] as string;
    await call('auth.changePassword', { currentPassword: 'Initial2026', newPassword: 'Doctor2026' }, first);
  }
  const apps = (await call('applications.list', { state: null, query: '', page: 1, pageSize: 10 }, admin))['items'] as { id: string }[];
  const drawn = await call('panel.draw', { applicationId: apps[0]!.id }, admin);
  return { displayNo, applicationId: apps[0]!.id, assigned: (drawn['assigned'] as { id: string }[]).map((a) => a.id) };
}
