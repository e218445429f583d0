import { expect, type Page } from '@playwright/test';

/** 备份与恢复 (administrator), by its Chinese labels. */
export class BackupPage {
  constructor(private readonly page: Page) {}

  async configure(folder: string, schedule: { daily: string } | { everyHours: number } | 'off', keepLast: number): Promise<void> {
    const p = this.page;
    await p.getByLabel('备份文件夹').fill(folder);
    if (schedule === 'off') await p.getByLabel('不自动备份').check();
    else if ('daily' in schedule) {
      await p.getByLabel('每天定时').check();
      await p.getByLabel('每天备份时间').fill(schedule.daily);
    } else {
      await p.getByLabel('每隔几小时').check();
      await p.getByLabel('间隔（小时）').fill(String(schedule.everyHours));
    }
    await p.getByLabel('保留最近几份').fill(String(keepLast));
    await p.getByRole('button', { name: '保存设置' }).click();
    await expect(p.getByText('已保存备份设置')).toBeVisible();
  }

  /** 立即备份; returns the new backup's name. */
  async backupNow(): Promise<string> {
    await this.page.getByRole('button', { name: '立即备份' }).click();
    const done = this.page.getByText(/^已备份：csd-backup-\d{8}-\d{6}(-\d+)?/);
    await expect(done).toBeVisible();
    return /csd-backup-\d{8}-\d{6}(-\d+)?/.exec((await done.textContent()) ?? '')![0];
  }

  row(name: string) {
    return this.page.getByRole('row').filter({ hasText: name });
  }

  /** 恢复 → confirm → 核验并恢复 (with a recovery code for another PC's backup). */
  async restore(name: string, recoveryCode?: string): Promise<void> {
    await this.row(name).getByRole('button', { name: '恢复' }).click();
    const dialog = this.page.getByRole('dialog', { name: '从备份恢复' });
    if (recoveryCode) await dialog.getByLabel('恢复码').fill(recoveryCode);
    await dialog.getByRole('checkbox', { name: '我确认用此备份替换当前数据' }).check();
    await dialog.getByRole('button', { name: '核验并恢复' }).click();
  }

  dialog() {
    return this.page.getByRole('dialog', { name: '从备份恢复' });
  }
}
