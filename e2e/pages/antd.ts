import { expect, type Locator, type Page } from '@playwright/test';

/**
 * antd's Select renders a hidden accessibility listbox plus the visible list the user clicks;
 * pick from the visible one, by the option's text (its title). The select then shows what was chosen,
 * unless it is one that acts and clears itself (`acts`: 移动此页 moves the page and is empty again).
 */
export async function choose(page: Page, field: Locator, optionText: string | RegExp, { acts = false } = {}): Promise<void> {
  // a dropdown closed a moment ago may still be in the page: only a visible one is the user's
  const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden):visible');
  const option = dropdown.locator('.ant-select-item-option').filter({ hasText: optionText }).first();
  const select = field.locator('xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');
  // a list that re-renders as its data refreshes may close an open dropdown, and a click that landed while the
  // list moved chose nothing: open it again, as a person would
  for (let attempt = 1; ; attempt += 1) {
    await field.click();
    try {
      await option.click({ timeout: 5_000 });
      if (!acts) await expect(select).toContainText(optionText, { timeout: 2_000 });
      return;
    } catch (e) {
      if (attempt === 3) throw e;
      await page.keyboard.press('Escape');
    }
  }
}

/** Waits until antd's open/close animations have finished, so a screenshot shows the final screen. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}

/** Clicks what opens a Popconfirm, then its button; a click the opening popup did not take is made again. */
export async function confirmPop(page: Page, trigger: Locator, okName: string): Promise<void> {
  const pop = page.locator('.ant-popover:not(.ant-popover-hidden)').filter({ has: page.getByRole('button', { name: okName, exact: true }) });
  await trigger.click();
  for (let attempt = 1; ; attempt += 1) {
    await settled(page);
    await pop.getByRole('button', { name: okName, exact: true }).click();
    try {
      await expect(pop).toHaveCount(0, { timeout: 5_000 });
      return;
    } catch (e) {
      if (attempt === 3) throw e;
    }
  }
}
