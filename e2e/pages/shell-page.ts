import type { Page } from '@playwright/test';
import { choose } from './antd';

export class ShellPage {
  constructor(private readonly page: Page) {}

  async go(item: '我的认定任务' | '工作台' | '受理登记' | '扫描收件箱' | '月度资格确认' | '认定医师名册' | '数据同步' | '审计日志' | '备份与恢复' | '系统设置'): Promise<void> {
    await this.page.getByRole('navigation', { name: '主导航' }).getByRole('menuitem', { name: item }).click();
  }

  async signOut(): Promise<void> {
    await this.page.getByRole('button', { name: '退出登录' }).click();
  }

  currentUser() {
    return this.page.getByLabel('当前用户');
  }
}

export class UsersPage {
  constructor(private readonly page: Page) {}

  async create(username: string, name: string, role: '管理员' | '窗口经办' | '认定医师', password: string): Promise<void> {
    const p = this.page;
    await p.getByLabel('用户名').fill(username);
    await p.getByLabel('姓名').fill(name);
    await choose(p, p.getByLabel('角色'), role);
    await p.getByLabel('初始密码').fill(password);
    await p.getByRole('button', { name: '创建账号' }).click();
  }
}
