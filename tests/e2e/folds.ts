import type { Page } from 'playwright-core';

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
