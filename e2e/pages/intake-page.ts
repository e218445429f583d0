import type { Page } from '@playwright/test';
import { choose } from './antd';

export type ApplicantInput = {
  name: string; idNumber: string; scheme: '职工医保' | '居民医保'; status?: '在职' | '退休';
  region: string; phone: string; address: string;
};

export class IntakePage {
  constructor(private readonly page: Page) {}

  async fillApplicant(a: ApplicantInput): Promise<void> {
    const p = this.page;
    await p.getByLabel('姓名').fill(a.name);
    await p.getByLabel('身份证号').fill(a.idNumber);
    await p.getByLabel('身份证号').blur();
    await p.getByLabel(a.scheme).check();
    if (a.status) await p.getByLabel(a.status).check();
    await choose(p, p.getByLabel('参保地'), a.region);
    await p.getByLabel('联系电话').fill(a.phone);
    await p.getByLabel('地址').fill(a.address);
  }

  async submitApplicant(): Promise<void> {
    await this.page.getByRole('button', { name: '登记参保人' }).click();
  }

  async searchDisease(text: string): Promise<void> {
    await this.page.getByLabel('搜索病种').fill(text);
    await this.page.getByLabel('搜索病种').press('Enter');
  }

  async chooseDisease(name: string, mode?: string): Promise<void> {
    await this.page.getByRole('checkbox', { name: `选择${name}` }).check();
    if (mode) {
      await choose(this.page, this.page.getByLabel(`${name}的治疗方式`), mode);
    }
  }

  rowOf(name: string) {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('checkbox', { name: `选择${name}` }) });
  }

  async openApplications(): Promise<void> {
    await this.page.getByRole('button', { name: '创建申请' }).click();
  }
}

export class WorklistPage {
  constructor(private readonly page: Page) {}

  rows() {
    return this.page.locator('.ant-table-tbody tr.ant-table-row');
  }

  async search(text: string): Promise<void> {
    await this.page.getByLabel('查找').fill(text);
    await this.page.getByLabel('查找').press('Enter');
  }

  async filterState(label: RegExp): Promise<void> {
    await choose(this.page, this.page.getByLabel('状态', { exact: true }), label);
  }
}
