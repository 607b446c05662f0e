import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFailed } from 'vitest';
import { axeViolations, type Violation } from './axe.js';
import { unfoldAll } from './folds.js';
import { artifactsDir, browserSession, projectorLinkOf, saveScreenshots, tempDbFile } from './harness.js';

const session = browserSession();
const PHONE = { width: 360, height: 740 };
const LAPTOP = { width: 1280, height: 900 };
const WALL = { width: 1920, height: 1080 };

/** Steps and sub-phases one after another: the moments a room goes through. */
const segments = { 'practice-1on1': 8, 'training-plan': 11 } as const;
const templateNames = { 'practice-1on1': /1:1 practice/, 'training-plan': /One-on-ones training/ } as const;

async function join(page: Page, name: string): Promise<void> {
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join the workshop' }).click();
  await page.getByText(`Welcome, ${name}`).waitFor();
}

/** A person's page with motion reduced: axe measures contrast as painted, not halfway through a flash. */
async function personAt(url: string, viewport: { width: number; height: number }): Promise<Page> {
  const page = await session.person(url, { viewport });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  return page;
}

function shoot(page: Page, name: string, fullPage = false): Promise<Buffer> {
  return page.screenshot({ path: path.join(artifactsDir, `every-screen-${name}.png`), fullPage });
}

/** Whether the element is inside the window as it stands now, wherever the page is scrolled. */
async function inView(page: Page, box: { x: number; y: number; width: number; height: number } | null) {
  const viewport = page.viewportSize()!;
  return (
    box !== null &&
    box.y >= 0 &&
    box.x >= 0 &&
    box.y + box.height <= viewport.height &&
    box.x + box.width <= viewport.width
  );
}

describe('every screen in every step', () => {
  it('leaves no accessibility violation on the home page and the join page, on a phone and on a wall', async () => {
    fs.mkdirSync(artifactsDir, { recursive: true });
    const server = await session.server(tempDbFile());
    const found: Record<string, Violation[]> = {};
    for (const [size, viewport] of [
      ['360', PHONE],
      ['1920', WALL],
    ] as const) {
      const home = await personAt(server.url, viewport);
      await home.getByRole('button', { name: 'Create workshop' }).waitFor();
      found[`home-${size}`] = await axeViolations(home);
      await shoot(home, `home-${size}`, true);
    }
    const created = await personAt(server.url, LAPTOP);
    await created.getByLabel('Workshop title').fill('Join page check');
    await created.getByRole('button', { name: 'Create workshop' }).click();
    const code = ((await created.locator('.join-code').textContent()) ?? '').trim();
    for (const [size, viewport] of [
      ['360', PHONE],
      ['1920', WALL],
    ] as const) {
      const joinPage = await personAt(`${server.url}/join/${code}`, viewport);
      await joinPage.getByLabel('Your name').waitFor();
      found[`join-${size}`] = await axeViolations(joinPage);
      await shoot(joinPage, `join-${size}`, true);
    }
    expect(Object.entries(found).filter(([, violations]) => violations.length > 0)).toEqual([]);
  });

  for (const template of ['practice-1on1', 'training-plan'] as const) {
    it(
      `leaves no accessibility violation on any screen at any step of ${template}, and the cue in sight`,
      { timeout: 600_000 },
      async (ctx) => {
        fs.mkdirSync(artifactsDir, { recursive: true });
        const server = await session.server(tempDbFile());
        const facilitator = await personAt(server.url, WALL);
        const pages: Record<string, Page> = { facilitator };
        onTestFailed(() => saveScreenshots(ctx.task.name, pages));

        await facilitator.getByLabel('Workshop title').fill('Every screen');
        await facilitator.getByRole('radio', { name: templateNames[template] }).check();
        await facilitator.getByRole('button', { name: 'Create workshop' }).click();
        await facilitator.getByRole('heading', { name: 'Every screen', level: 1 }).waitFor();
        const code = ((await facilitator.locator('.join-code').textContent()) ?? '').trim();

        const phone = await personAt(`${server.url}/join/${code}`, PHONE);
        const laptop = await personAt(`${server.url}/join/${code}`, LAPTOP);
        const notetaker = await personAt(`${server.url}/join/${code}`, WALL);
        const projector = await personAt(await projectorLinkOf(facilitator), WALL);
        Object.assign(pages, { phone, laptop, notetaker, projector });
        await join(phone, 'Ana');
        await join(laptop, 'Ben');
        await join(notetaker, 'Cleo');
        await join(await personAt(`${server.url}/join/${code}`, PHONE), 'Dee');

        // Every section open: the test reaches every control, and axe reads every section.
        await unfoldAll(facilitator);
        await facilitator.getByLabel('Timekeeper', { exact: true }).selectOption({ label: 'Ben' });
        await facilitator.getByLabel('Note-taker', { exact: true }).selectOption({ label: 'Cleo' });
        await facilitator.getByRole('button', { name: 'Start the clock' }).click();
        await facilitator.getByRole('button', { name: 'Pair everyone at random' }).click();
        await phone.getByText(/^You are paired with /).waitFor();

        const found: Array<{ where: string; violations: Violation[] }> = [];
        const check = async (moment: string) => {
          for (const [who, page] of Object.entries(pages)) {
            const violations = await axeViolations(page);
            if (violations.length > 0) found.push({ where: `${who} at ${moment}`, violations });
          }
          await shoot(phone, `${template}-${moment}-participant-360`, true);
          await shoot(laptop, `${template}-${moment}-participant-1280`);
          await shoot(facilitator, `${template}-${moment}-facilitator-1920`);
          await shoot(notetaker, `${template}-${moment}-notetaker-1920`);
          await shoot(projector, `${template}-${moment}-projector-1920`);
        };

        const next = facilitator.getByRole('button', { name: 'Go to the next step or sub-phase' });
        for (let segment = 1; segment <= segments[template]; segment++) {
          const title = ((await phone.locator('#now-title').textContent()) ?? '').trim();
          const moment = `${segment}-${title.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
          if (title.startsWith('Get to know your team')) {
            await facilitator.getByRole('button', { name: 'Start with the first pair' }).click();
            await phone.getByText(/^Now speaking: /).waitFor();
          }
          if (title.startsWith('Evaluation')) {
            await facilitator.getByRole('button', { name: 'Open the evaluation' }).click();
            await phone.getByLabel('What did you learn?').waitFor();
          }
          await check(moment);
          if (segment === segments[template]) break;

          // Scrolled to the bottom of the page, the person still sees that the step changed.
          await phone.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
          await next.click();
          await expect.poll(async () => (await phone.locator('#now-title').textContent())?.trim()).not.toBe(title);
          // The banner on the page; the screen reader's copy lives in the announcer, out of sight.
          const cue = phone.getByTestId('cue').filter({ hasText: /^Now: / });
          await cue.waitFor();
          expect(await phone.evaluate(() => window.scrollY), `scrolled, ${moment}`).toBeGreaterThan(0);
          expect(await inView(phone, await cue.boundingBox()), `cue after ${moment}`).toBe(true);
          await phone.getByRole('button', { name: 'Got it' }).click();
          await phone.evaluate(() => window.scrollTo(0, 0));
        }

        expect(found, JSON.stringify(found, null, 2)).toEqual([]);
      },
    );
  }
});
