import type { Locator, Page } from 'playwright-core';
import { describe, expect, it, onTestFailed } from 'vitest';
import { browserSession, projectorLinkOf, saveScreenshots, tempDbFile } from './harness.js';

const session = browserSession();

/** Far more stops than any screen has: a control never reached by Tab is a failure, not a hang. */
const MOST_TABS = 400;

function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement);
}

/**
 * Presses Tab, as a keyboard user does, until `target` has focus: it proves the control is in the
 * tab order, and gets there without a mouse. Each stop must show where focus is (:focus-visible).
 */
async function tabTo(page: Page, target: Locator): Promise<void> {
  await target.waitFor();
  for (let i = 0; i < MOST_TABS; i++) {
    if (await isFocused(target)) {
      const ring = await target.evaluate((element) => element.matches(':focus-visible'));
      if (!ring) throw new Error('focus is not visible on a control reached by Tab');
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.type(text);
}

async function press(page: Page, button: Locator): Promise<void> {
  await tabTo(page, button);
  await page.keyboard.press('Enter');
}

async function join(page: Page, name: string): Promise<void> {
  await typeInto(page, page.getByLabel('Your name'), name);
  await page.keyboard.press('Enter');
  await page.getByText(`Welcome, ${name}`).waitFor();
}

describe('a workshop run with the keyboard alone', () => {
  it('joins, pairs, writes in the notebook, sends a note the note-taker accepts, moves the card, rearranges a pair and evaluates', async (ctx) => {
    const server = await session.server(tempDbFile());
    const facilitator = await session.person(server.url);
    const pages: Record<string, Page> = { facilitator };
    onTestFailed(() => saveScreenshots(ctx.task.name, pages));

    await typeInto(facilitator, facilitator.getByLabel('Workshop title'), 'Keyboard night');
    await facilitator.keyboard.press('Enter');
    await facilitator.getByRole('heading', { name: 'Keyboard night', level: 1 }).waitFor();
    const code = ((await facilitator.locator('.join-code').textContent()) ?? '').trim();
    // Read while "Invite the room" is open, as it is before the start.
    const projectorLink = await projectorLinkOf(facilitator);

    const people: Record<string, Page> = {};
    for (const name of ['Ana', 'Ben', 'Cleo']) {
      const page = await session.person(`${server.url}/join/${code}`);
      await join(page, name);
      people[name] = pages[name] = page;
    }
    const { Ana: ana, Ben: ben, Cleo: cleo } = people as Record<'Ana' | 'Ben' | 'Cleo', Page>;

    // A select changes with the letters typed on it, as with arrow keys: Cleo keeps the flipchart.
    await tabTo(facilitator, facilitator.getByLabel('Note-taker', { exact: true }));
    await facilitator.keyboard.type('Cleo');
    await cleo.getByText('You are the note-taker').waitFor();

    await press(facilitator, facilitator.getByRole('button', { name: 'Start the clock' }));
    await press(facilitator, facilitator.getByRole('button', { name: 'Go to the next step or sub-phase' }));
    await press(facilitator, facilitator.getByRole('button', { name: 'Pair everyone at random' }));
    await ana.getByText(/^You are paired with /).waitFor();

    await typeInto(ana, ana.getByLabel('New note: Common values'), 'Dignity at work');
    await ana.keyboard.press('Enter');
    await ana.getByRole('region', { name: 'Our notebook' }).getByText('Dignity at work').waitFor();
    await press(ana, ana.getByRole('button', { name: 'Send to the flipchart: Dignity at work' }));

    await press(cleo, cleo.getByRole('button', { name: 'Accept: Dignity at work' }));
    const projector = await session.person(projectorLink, {
      viewport: { width: 1920, height: 1080 },
    });
    pages.projector = projector;
    await projector.getByRole('region', { name: 'Our Common Values' }).getByText('Dignity at work').waitFor();

    // Moving a card between columns: "Move or merge", the column chosen, Move; focus stays on the card.
    await press(cleo, cleo.getByRole('button', { name: 'Move or merge: Dignity at work' }));
    await press(cleo, cleo.getByRole('button', { name: 'Move', exact: true }));
    await projector.getByRole('region', { name: 'Our Shared Interests' }).getByText('Dignity at work').waitFor();
    await expect
      .poll(() =>
        cleo.evaluate(() => {
          const card = document.activeElement?.closest('li');
          const column = card?.closest('section')?.querySelector('h3')?.textContent;
          return card ? `${column}: ${card.querySelector('p')?.textContent}` : 'focus is not on a card';
        }),
      )
      .toBe('Our Shared Interests: Dignity at work');
    await expect.poll(() => cleo.getByTestId('announcer-polite').textContent()).toBe('Moved to Our Shared Interests');

    // Arranging pairs by hand: the person's "Move … to" list, then Move; focus follows the person.
    await tabTo(facilitator, facilitator.getByLabel('Move Ana to'));
    await facilitator.keyboard.type('a new');
    await press(facilitator, facilitator.getByRole('button', { name: 'Move', exact: true }));
    await expect.poll(() => facilitator.getByTestId('announcer-polite').textContent()).toBe('Ana moved: a new pair');
    await expect.poll(() => isFocused(facilitator.getByLabel('Move Ana to'))).toBe(true);
    await facilitator.getByText('needs a partner').waitFor();

    // Folded until the evaluation step: its name opens it, by keyboard like any disclosure.
    await press(facilitator, facilitator.locator('summary', { hasText: /^Evaluation$/ }));
    await press(facilitator, facilitator.getByRole('button', { name: 'Open the evaluation' }));
    await typeInto(ben, ben.getByLabel('What did you learn?'), 'To ask why');
    // In a radio group, Tab lands on it once and the arrows choose.
    await tabTo(ben, ben.getByRole('radio', { name: '1 of 5' }));
    for (let i = 0; i < 4; i++) await ben.keyboard.press('ArrowRight');
    expect(await ben.getByRole('radio', { name: '5 of 5' }).isChecked()).toBe(true);
    await typeInto(ben, ben.getByLabel('I like (1)'), 'Practising in pairs');
    await typeInto(ben, ben.getByLabel('I wish (1)'), 'More time');
    await press(ben, ben.getByRole('button', { name: 'Send my answers' }));
    await ben.getByText(/^Sent\./).waitFor();
    await facilitator.getByText('1 of 3 answered').waitFor();
  });

  it('moves nothing on a screen that asks for reduced motion', async () => {
    const server = await session.server(tempDbFile());
    const facilitator = await session.person(server.url);
    await typeInto(facilitator, facilitator.getByLabel('Workshop title'), 'Still night');
    await facilitator.keyboard.press('Enter');
    const projector = await session.person(await projectorLinkOf(facilitator), {
      viewport: { width: 1920, height: 1080 },
    });
    await press(facilitator, facilitator.getByRole('button', { name: 'Start the clock' }));
    const bar = projector.locator('.progress__fill').first();
    const durations = () => bar.evaluate((element) => getComputedStyle(element).transitionDuration);
    expect(await durations()).toBe('1s');

    await projector.emulateMedia({ reducedMotion: 'reduce' });
    expect(parseFloat(await durations())).toBeLessThan(0.001);
  });
});
