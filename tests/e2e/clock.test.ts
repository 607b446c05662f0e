import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFailed } from 'vitest';
import { browserSession, saveScreenshots, tempDbFile } from './harness.js';
import { unfold } from './folds.js';

const session = browserSession();

/** A laptop, optionally with its own clock minutes off (Playwright's clock, running in real time). */
function laptop(url: string, clockOffsetMs = 0): Promise<Page> {
  return session.person(url, { clockOffsetMs });
}

async function join(page: Page, name: string): Promise<void> {
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join the workshop' }).click();
  await page.getByText(`Welcome, ${name}`).waitFor();
}

/** The clock's text as seconds; overtime counts as negative. */
async function secondsShown(page: Page): Promise<number> {
  const text = (await page.getByRole('timer').first().textContent()) ?? '';
  const match = /^(\+?)(\d+):(\d\d)$/.exec(text.trim());
  if (!match) throw new Error(`not a clock: "${text}"`);
  const seconds = Number(match[2]) * 60 + Number(match[3]);
  return match[1] ? -seconds : seconds;
}

describe('the facilitator’s clock in the browser', () => {
  it('shows the same remaining time on every laptop, even one whose clock is minutes off', async (ctx) => {
    const server = await session.server(tempDbFile());
    const facilitator = await laptop(server.url);
    const pages: Record<string, Page> = { facilitator };
    onTestFailed(() => saveScreenshots(ctx.task.name, pages));

    await facilitator.getByLabel('Workshop title').fill('Clock check');
    await facilitator.getByRole('button', { name: 'Create workshop' }).click();
    await facilitator.getByRole('heading', { name: 'Clock check', level: 1 }).waitFor();
    const code = ((await facilitator.locator('.join-code').textContent()) ?? '').trim();

    const ana = await laptop(`${server.url}/join/${code}`);
    const ben = await laptop(`${server.url}/join/${code}`, -7 * 60_000);
    Object.assign(pages, { ana, ben });
    await join(ana, 'Ana');
    await join(ben, 'Ben');
    expect(await ben.evaluate(() => Date.now())).toBeLessThan(Date.now() - 6 * 60_000);

    await facilitator.getByRole('button', { name: 'Start the clock' }).click();
    for (const page of [ana, ben]) {
      await page.getByRole('heading', { name: /Roles and agenda/ }).waitFor();
      await expect.poll(() => secondsShown(page)).toBeLessThan(300);
    }
    // Read side by side, the two laptops agree to the second (a wrong clock would be 7 minutes out).
    await expect
      .poll(async () => {
        const [a, b] = await Promise.all([secondsShown(ana), secondsShown(ben)]);
        return Math.abs(a - b);
      })
      .toBeLessThanOrEqual(1);

    // Step changes follow on every screen, with the sub-phase the group is in.
    await facilitator.getByRole('button', { name: 'Go to the next step or sub-phase' }).click();
    for (const page of [ana, ben]) {
      await page.getByRole('heading', { name: /Practice in pairs · A organizes/ }).waitFor();
      await expect.poll(() => secondsShown(page)).toBeGreaterThan(7 * 60);
    }
    await facilitator.getByRole('button', { name: 'Pause' }).click();
    for (const page of [ana, ben]) await page.getByText('Paused').waitFor();
    const [a, b, f] = await Promise.all([secondsShown(ana), secondsShown(ben), secondsShown(facilitator)]);
    expect(a).toBe(f);
    expect(b).toBe(f);

    // The timekeeper the facilitator chooses runs the clock from their own laptop.
    await unfold(facilitator, 'Timekeeper and note-taker');
    await facilitator.getByLabel('Timekeeper', { exact: true }).selectOption({ label: 'Ben' });
    await ben.getByRole('button', { name: 'Go to the next step or sub-phase' }).click();
    await ana.getByRole('heading', { name: /B gives feedback/ }).waitFor();
    await facilitator.getByRole('heading', { name: /B gives feedback/ }).waitFor();
    expect(await ana.getByRole('group', { name: 'Clock controls' }).count()).toBe(0);
  });
});
