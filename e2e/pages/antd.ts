import type { Locator, Page } from '@playwright/test';

/**
 * antd's Select renders a hidden accessibility listbox plus the visible list the user clicks;
 * pick from the visible one, by the option's text (its title).
 */
export async function choose(page: Page, field: Locator, optionText: string | RegExp): Promise<void> {
  // a dropdown closed a moment ago may still be in the page: only a visible one is the user's
  const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden):visible');
  const option = dropdown.locator('.ant-select-item-option').filter({ hasText: optionText }).first();
  // a list that re-renders as its data refreshes may close an open dropdown: open it again, as a person would
  for (let attempt = 1; ; attempt += 1) {
    await field.click();
    try {
      await option.click({ timeout: 5_000 });
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
