import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Opens a folded section of the facilitator's page by its name, as a person clicks it. A section
 * already open, or shown unfolded because it runs the current step, is left as it is.
 */
export async function unfold(page: Page, name: string): Promise<void> {
  const fold = page.locator('details.fold').filter({
    has: page.locator('summary.fold__summary', { hasText: new RegExp(`^${name}$`) }),
  });
  if ((await fold.count()) === 0) return;
  if (!(await fold.evaluate((details) => (details as HTMLDetailsElement).open))) {
    await fold.locator('summary').click();
  }
}

/**
 * Opens every folded section the facilitator's page shows now, as a person clicks each name.
 * Each stays open for this workshop on this browser, so a test about something else can reach
 * every control, and axe reads every section.
 */
export async function unfoldAll(page: Page): Promise<void> {
  const closed = page.locator('details.fold:not([open]) > summary.fold__summary');
  for (let left = await closed.count(); left > 0; left = await closed.count()) {
    await closed.first().click();
    await expect.poll(() => closed.count()).toBe(left - 1);
  }
}
