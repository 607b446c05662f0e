import type { Locator, Page } from 'playwright-core';
import { describe, expect, it, onTestFailed } from 'vitest';
import { artifactsDir, browserSession, saveScreenshots, tempDbFile } from './harness.js';
import { unfold } from './folds.js';

const session = browserSession();
const PHONE = { width: 360, height: 740 };

async function join(page: Page, name: string): Promise<void> {
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join the workshop' }).click();
  await page.getByText(`Welcome, ${name}`).waitFor();
}

/** Whether a person sees it without scrolling, on a phone at the top of the page. */
async function inFirstScreen(locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= PHONE.height && box.x + box.width <= PHONE.width;
}

/** Whether what is painted at its middle is the element itself, not something laid over it. */
function uncovered(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return top !== null && (element === top || element.contains(top));
  });
}

const segments = { 'practice-1on1': 8, 'training-plan': 11 } as const;
const templateNames = { 'practice-1on1': /1:1 practice/, 'training-plan': /One-on-ones training/ } as const;

describe('a participant’s phone puts what to do now in the first screen', () => {
  for (const template of ['practice-1on1', 'training-plan'] as const) {
    it(`shows the partner, the role and the time left at every step of ${template}`, async (ctx) => {
      const server = await session.server(tempDbFile());
      const facilitator = await session.person(server.url);
      const pages: Record<string, Page> = { facilitator };
      onTestFailed(() => saveScreenshots(ctx.task.name, pages));

      await facilitator.getByLabel('Workshop title').fill('Phone check');
      await facilitator.getByRole('radio', { name: templateNames[template] }).check();
      await facilitator.getByRole('button', { name: 'Create workshop' }).click();
      await facilitator.getByRole('heading', { name: 'Phone check', level: 1 }).waitFor();
      const code = ((await facilitator.locator('.join-code').textContent()) ?? '').trim();

      const ana = await session.person(`${server.url}/join/${code}`, { viewport: PHONE });
      const ben = await session.person(`${server.url}/join/${code}`, { viewport: PHONE });
      Object.assign(pages, { ana, ben });
      await join(ana, 'Ana');
      await join(ben, 'Ben');

      await facilitator.getByRole('button', { name: 'Start the clock' }).click();
      await unfold(facilitator, 'Pairs');
      await facilitator.getByRole('button', { name: 'Pair everyone at random' }).click();
      await ana.getByText('You are paired with Ben.').waitFor();

      for (let segment = 1; segment <= segments[template]; segment++) {
        await ana.evaluate(() => window.scrollTo(0, 0));
        const title = ((await ana.locator('#now-title').textContent()) ?? '').trim();
        const where = `${template}, segment ${segment}: ${title}`;
        await ana.screenshot({ path: `${artifactsDir}/phone-${template}-${segment}.png` });

        expect(await inFirstScreen(ana.getByRole('timer').first()), `time left, ${where}`).toBe(true);
        expect(await inFirstScreen(ana.getByText(/^Next: |^This is the last step/)), `what comes next, ${where}`).toBe(
          true,
        );
        if (!title.startsWith('Evaluation')) {
          expect(await inFirstScreen(ana.getByText('You are paired with Ben.')), `partner, ${where}`).toBe(true);
          expect(await inFirstScreen(ana.getByRole('link', { name: 'Our notebook' })), `notebook, ${where}`).toBe(true);
        }
        const role = ana.getByText(/^Right now you are the |^Write it down together/);
        if (/organizes|feedback|conduct a one-on-one|Reflect/i.test(title)) {
          expect(await inFirstScreen(role), `role, ${where}`).toBe(true);
        }
        // The training plan records nothing on a flipchart: none to see, none to send to.
        if (template === 'training-plan') {
          expect(await ana.getByRole('heading', { name: 'Flipchart' }).count(), where).toBe(0);
          expect(await ana.getByRole('button', { name: /flipchart/i }).count(), where).toBe(0);
        }

        if (title.startsWith('Get to know your team')) {
          // Their pair's turn to report back: said at the top of the phone, and still there once scrolled away.
          await facilitator.getByRole('button', { name: 'Start with the first pair' }).click();
          // The page's own banner, not the screen reader's copy of it.
          const turn = ana.getByRole('main').getByText('It’s your turn to report back');
          await turn.waitFor();
          // The step's cue is still up: both it and whose turn it is read whole, one over the other.
          const cue = ana.getByTestId('cue').filter({ hasText: /^Now: / });
          await cue.waitFor();
          for (const scrolled of [false, true]) {
            await ana.evaluate(
              (down) => window.scrollTo(0, down ? document.documentElement.scrollHeight : 0),
              scrolled,
            );
            const at = `${scrolled ? 'scrolled, ' : ''}with the cue, ${where}`;
            expect(await inFirstScreen(turn), `your turn, ${at}`).toBe(true);
            expect(await uncovered(turn), `your turn, ${at}`).toBe(true);
            expect(await inFirstScreen(cue), `cue, ${at}`).toBe(true);
            expect(await uncovered(cue), `cue, ${at}`).toBe(true);
            expect(await uncovered(ana.getByRole('button', { name: 'Got it' })), `cue's button, ${at}`).toBe(true);
          }
          await ana.screenshot({ path: `${artifactsDir}/phone-${template}-${segment}-your-turn-with-cue.png` });
          // The step's cue was seen; what stays is whose turn it is.
          await ana.getByRole('button', { name: 'Got it' }).click();
          await ana.evaluate(() => window.scrollTo(0, 0));
          expect(await inFirstScreen(turn), `your turn, ${where}`).toBe(true);
          expect(await uncovered(turn), `your turn, ${where}`).toBe(true);
          await ana.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
          expect(await ana.evaluate(() => window.scrollY), where).toBeGreaterThan(PHONE.height / 2);
          expect(await inFirstScreen(turn), `your turn, scrolled, ${where}`).toBe(true);
          expect(await uncovered(turn), `your turn, scrolled, ${where}`).toBe(true);
          await ana.screenshot({ path: `${artifactsDir}/phone-${template}-${segment}-your-turn-scrolled.png` });
          await ana.evaluate(() => window.scrollTo(0, 0));
          expect(await inFirstScreen(ana.getByText('You are paired with Ben.')), `partner, your turn, ${where}`).toBe(
            true,
          );
        }

        if (segment === 2) {
          // The notebook is one tap away.
          await ana.getByRole('link', { name: 'Our notebook' }).click();
          await expect
            .poll(() => inFirstScreen(ana.getByRole('heading', { name: 'Our notebook', level: 2 })))
            .toBe(true);
        }

        if (segment < segments[template]) {
          await facilitator.getByRole('button', { name: 'Go to the next step or sub-phase' }).click();
          await expect.poll(async () => (await ana.locator('#now-title').textContent())?.trim()).not.toBe(title);
        }
      }
    });
  }
});

/** How far the page and its header reach past the right edge of the window: 0 when nothing does. */
function overflowRight(page: Page) {
  return page.evaluate(() => {
    const header = document.querySelector('header');
    return {
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      header: header ? header.scrollWidth - header.clientWidth : -1,
    };
  });
}

describe('a participant’s phone is as wide as the phone', () => {
  it('keeps the header within 360 px with a role badge, and in Spanish', async (ctx) => {
    const server = await session.server(tempDbFile());
    const facilitator = await session.person(server.url);
    const pages: Record<string, Page> = { facilitator };
    onTestFailed(() => saveScreenshots(ctx.task.name, pages));
    await facilitator.getByLabel('Workshop title').fill('Phone width');
    await facilitator.getByRole('button', { name: 'Create workshop' }).click();
    await facilitator.getByRole('heading', { name: 'Phone width', level: 1 }).waitFor();
    const code = ((await facilitator.locator('.join-code').textContent()) ?? '').trim();

    const dee = await session.person(`${server.url}/join/${code}`, { viewport: PHONE });
    const eva = await session.person(`${server.url}/join/${code}`, { viewport: PHONE, locale: 'es-MX' });
    Object.assign(pages, { dee, eva });
    await join(dee, 'Dee');
    await eva.getByLabel('Tu nombre').fill('Eva');
    await eva.getByRole('button', { name: 'Unirme al taller' }).click();
    await eva.getByText('Bienvenido/a, Eva').waitFor();

    expect(await overflowRight(dee), 'participant').toEqual({ page: 0, header: 0 });
    expect(await overflowRight(eva), 'participant, in Spanish').toEqual({ page: 0, header: 0 });
    for (const role of ['Note-taker', 'Timekeeper'] as const) {
      await facilitator.getByLabel(role, { exact: true }).selectOption({ label: 'Dee' });
      await dee.getByRole('banner').getByText(`You are the ${role.toLowerCase()}`).waitFor();
      await dee.screenshot({ path: `${artifactsDir}/phone-header-${role.toLowerCase()}.png` });
      expect(await overflowRight(dee), role).toEqual({ page: 0, header: 0 });
    }
  });
});
