import type { Page } from '@playwright/test';
import { choose } from './antd';

export const ADMIN = { username: 'admin', password: 'Admin1234', name: '王主任' };

export class SetupPage {
  constructor(private readonly page: Page) {}

  /** Sets the desk up and confirms the recovery code it shows once; returns the code. */
  async initialize(hospital = '聊城市人民医院', code = 'H37150200001'): Promise<string> {
    const recoveryCode = await this.initializeUntilCode(hospital, code);
    await this.confirmCode();
    return recoveryCode;
  }

  /** Up to the recovery code screen (issue 11); returns the code shown. */
  async initializeUntilCode(hospital = '聊城市人民医院', code = 'H37150200001'): Promise<string> {
    const p = this.page;
    await p.getByLabel('医院名称').fill(hospital);
    await p.getByLabel('定点医疗机构编码').fill(code);
    await choose(p, p.getByLabel('政策包'), /聊城市/);
    await p.getByLabel('管理员用户名').fill(ADMIN.username);
    await p.getByLabel('管理员姓名').fill(ADMIN.name);
    await p.getByLabel('管理员密码').fill(ADMIN.password);
    await p.getByLabel('确认密码').fill(ADMIN.password);
    await p.getByRole('button', { name: '完成初始化' }).click();
    return (await p.getByTestId('recovery-code').textContent({ timeout: 15_000 })) ?? '';
  }

  /** 我已抄写保存 → continue to sign-in. */
  async confirmCode(): Promise<void> {
    await this.page.getByRole('checkbox', { name: '我已抄写保存' }).check();
    await this.page.getByRole('button', { name: '我已保存，继续登录' }).click();
  }
}

export class SignInPage {
  constructor(private readonly page: Page) {}

  async signIn(username: string, password: string): Promise<void> {
    await this.page.getByLabel('用户名').fill(username);
    await this.page.getByLabel('密码').fill(password);
    await this.page.getByRole('button', { name: '登录' }).click();
  }
}

export class FirstPasswordPage {
  constructor(private readonly page: Page) {}

  async change(current: string, next: string): Promise<void> {
    const p = this.page;
    await p.getByLabel('当前密码').fill(current);
    await p.getByLabel('新密码', { exact: true }).fill(next);
    await p.getByLabel('确认新密码').fill(next);
    await p.getByRole('button', { name: '修改密码' }).click();
  }
}
