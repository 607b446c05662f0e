import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFailed } from 'vitest';
import { artifactsDir, browserSession, saveScreenshots, tempDbFile } from './harness.js';

const session = browserSession();
const SIZES = { desk: { width: 1920, height: 1080 }, phone: { width: 360, height: 740 } } as const;

async function join(page: Page, name: string): Promise<void> {
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join the workshop' }).click();
  await page.getByText(`Welcome, ${name}`).waitFor();
}

/** Whether the whole of `control` is inside the first screen, before any scrolling. */
async function inFirstScreen(page: Page, name: string): Promise<boolean> {
  const box = await page.getByRole('button', { name, exact: true }).boundingBox();
  const height = page.viewportSize()!.height;
  return box !== null && box.y >= 0 && box.y + box.height <= height;
}

describe('the facilitator’s page in the browser', () => {
  it('puts the evaluation’s control right after the clock, on a desk and on a phone', async (ctx) => {
    const server = await session.server(tempDbFile());
    const facilitator = await session.person(server.url, { viewport: SIZES.desk });
    const pages: Record<string, Page> = { facilitator };
    onTestFailed(() => saveScreenshots(ctx.task.name, pages));

    await facilitator.getByLabel('Workshop title').fill('Tuesday training');
    await facilitator.getByRole('radio', { name: /One-on-ones training/ }).check();
    await facilitator.getByRole('button', { name: 'Create workshop' }).click();
    await facilitator.getByRole('heading', { name: 'Tuesday training', level: 1 }).waitFor();
    const code = ((await facilitator.locator('.join-code').textContent()) ?? '').trim();
    for (const name of ['Ana', 'Ben']) {
      const laptop = await session.person(`${server.url}/join/${code}`);
      pages[name] = laptop;
      await join(laptop, name);
    }

    await facilitator.getByRole('button', { name: 'Start the clock' }).click();
    const title = facilitator.locator('#now-title');
    for (let i = 0; i < 12 && !/^Evaluation/.test((await title.textContent()) ?? ''); i++) {
      const before = await title.textContent();
      await facilitator.getByRole('button', { name: 'Go to the next step or sub-phase' }).click();
      await expect.poll(() => title.textContent(), { timeout: 5000 }).not.toBe(before);
    }
    expect(await title.textContent()).toMatch(/^Evaluation/);

    for (const [size, viewport] of Object.entries(SIZES)) {
      await facilitator.setViewportSize(viewport);
      await facilitator.evaluate(() => window.scrollTo(0, 0));
      await facilitator.screenshot({ path: path.join(artifactsDir, `facilitator-evaluation-${size}.png`) });
      await facilitator.screenshot({
        path: path.join(artifactsDir, `facilitator-evaluation-${size}-whole.png`),
        fullPage: true,
      });
      // One Tab from the clock's last control reaches the step's own, at any size.
      await facilitator.getByRole('button', { name: 'Go to the next step or sub-phase' }).focus();
      await facilitator.keyboard.press('Tab');
      expect(await facilitator.evaluate(() => document.activeElement?.textContent), size).toBe('Open the evaluation');
    }
    // On a desk it is in the first screen; on a phone the step's instructions come before it.
    await facilitator.setViewportSize(SIZES.desk);
    await facilitator.evaluate(() => window.scrollTo(0, 0));
    expect(await inFirstScreen(facilitator, 'Open the evaluation')).toBe(true);

    await facilitator.getByRole('button', { name: 'Open the evaluation' }).click();
    await pages.Ana!.getByLabel('What did you learn?').waitFor();
  });
});
