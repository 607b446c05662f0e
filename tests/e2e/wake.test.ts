import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFailed } from 'vitest';
import { artifactsDir, browserSession, saveScreenshots, tempDbFile } from './harness.js';
import { unfoldAll } from './folds.js';

const session = browserSession();

/** The clock's text as seconds (not in overtime). */
async function secondsShown(page: Page): Promise<number> {
  const text = (await page.getByRole('timer').first().textContent()) ?? '';
  const match = /^(\d+):(\d\d)$/.exec(text.trim());
  if (!match) throw new Error(`not a running clock: "${text}"`);
  return Number(match[1]) * 60 + Number(match[2]);
}

describe('a laptop that sleeps through a boundary', () => {
  it('shows the new sub-phase and the right time in its first frame after waking', async (ctx) => {
    const server = await session.server(tempDbFile());
    const facilitator = await session.person(server.url);
    const pages: Record<string, Page> = { facilitator };
    onTestFailed(() => saveScreenshots(ctx.task.name, pages));

    await facilitator.getByLabel('Workshop title').fill('Wake check');
    await facilitator.getByRole('button', { name: 'Create workshop' }).click();
    await facilitator.getByRole('heading', { name: 'Wake check', level: 1 }).waitFor();
    await unfoldAll(facilitator);
    const code = ((await facilitator.locator('.join-code').textContent()) ?? '').trim();
    // The practice's first sub-phase made as short as the agenda allows, so its end comes within the test.
    await facilitator.getByRole('button', { name: 'Edit step: Practice in pairs' }).click();
    const editor = facilitator.getByRole('form', { name: 'Edit step' });
    await editor.getByRole('spinbutton', { name: 'Minutes' }).first().fill('0.5');
    await editor.getByRole('button', { name: 'Save step' }).click();
    await facilitator.getByText('A organizes · 0.5 min').waitFor();

    const [ana, ben] = [
      await session.person(`${server.url}/join/${code}`),
      await session.person(`${server.url}/join/${code}`),
    ];
    Object.assign(pages, { ana, ben });
    for (const [page, name] of [
      [ana, 'Ana'],
      [ben, 'Ben'],
    ] as const) {
      await page.getByLabel('Your name').fill(name);
      await page.getByRole('button', { name: 'Join the workshop' }).click();
      await page.getByText(`Welcome, ${name}`).waitFor();
    }
    await facilitator.getByRole('button', { name: 'Start the clock' }).click();
    await facilitator.getByRole('button', { name: 'Go to the next step or sub-phase' }).click();
    await ana.getByRole('heading', { name: /Practice in pairs · A organizes/ }).waitFor();

    // Ana's laptop sleeps: the page is frozen, no timer, frame or message runs, while the
    // first sub-phase ends and the feedback begins on every other screen.
    const cdp = await ana.context().newCDPSession(ana);
    await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
    await ben.getByRole('heading', { name: /Practice in pairs · B gives feedback/ }).waitFor({ timeout: 45_000 });

    await cdp.send('Page.setWebLifecycleState', { state: 'active' });
    // What the page holds as it wakes, read in its first task: the clock is computed from the
    // stored start and this screen's server-time estimate, not waited for from the server.
    const woke = await ana.evaluate(() => ({
      headings: [...document.querySelectorAll('h2, h3')].map((h) => h.textContent ?? ''),
      time: document.querySelector('[role="timer"]')?.textContent ?? '',
    }));
    const benSeconds = await secondsShown(ben);
    await ana.screenshot({ path: `${artifactsDir}/wake-first-frame.png` });

    expect(woke.headings.some((h) => /Practice in pairs · B gives feedback/.test(h))).toBe(true);
    const [minutes, seconds] = woke.time.split(':').map(Number);
    expect(Math.abs((minutes ?? 0) * 60 + (seconds ?? 0) - benSeconds)).toBeLessThanOrEqual(2);
  }, 120_000);
});
