import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFailed } from 'vitest';
import { artifactsDir, browserSession, saveScreenshots, tempDbFile } from './harness.js';
import { unfold } from './folds.js';

const session = browserSession();

async function join(page: Page, name: string): Promise<void> {
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join the workshop' }).click();
  await page.getByText(`Welcome, ${name}`).waitFor();
}

/** Presses Tab until the element named `name` has focus, as a keyboard user moves through a page. */
async function tabTo(page: Page, name: string, most = 80): Promise<void> {
  for (let i = 0; i < most; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    if (focused === name) return;
  }
  throw new Error(`${most} presses of Tab never reached "${name}"`);
}

/**
 * A workshop titled `title` in its pairs step: Ana, Ben and Dee joined, Dee the note-taker, and
 * everyone paired; the pages are saved as screenshots if the test fails.
 */
async function pairsWithNoteTaker(ctx: { task: { name: string } }, title: string) {
  const server = await session.server(tempDbFile());
  const facilitator = await session.person(server.url);
  const pages: Record<string, Page> = { facilitator };
  onTestFailed(() => saveScreenshots(ctx.task.name, pages));

  await facilitator.getByLabel('Workshop title').fill(title);
  await facilitator.getByRole('button', { name: 'Create workshop' }).click();
  await facilitator.getByRole('heading', { name: title, level: 1 }).waitFor();
  const code = ((await facilitator.locator('.join-code').textContent()) ?? '').trim();
  const ana = await session.person(`${server.url}/join/${code}`);
  await join(ana, 'Ana');
  const ben = await session.person(`${server.url}/join/${code}`);
  await join(ben, 'Ben');
  const dee = await session.person(`${server.url}/join/${code}`);
  await join(dee, 'Dee');
  Object.assign(pages, { ana, ben, dee });

  await facilitator.getByLabel('Note-taker', { exact: true }).selectOption({ label: 'Dee' });
  await dee.getByText('You are the note-taker').waitFor();
  await facilitator.getByRole('button', { name: 'Start the clock' }).click();
  await facilitator.getByRole('button', { name: 'Go to the next step or sub-phase' }).click();
  await facilitator.getByRole('button', { name: 'Pair everyone at random' }).click();
  return { facilitator, ana, dee };
}

describe('the note-taker’s workbench in the browser', () => {
  it('takes a note a participant sent onto the flipchart with the keyboard alone', async (ctx) => {
    const { facilitator, ana, dee } = await pairsWithNoteTaker(ctx, 'Workbench night');
    await ana.getByText(/^You are paired with /).waitFor();

    await dee.getByText(/No notes are waiting/).waitFor();
    await ana.getByLabel('Your note').fill('Dignity at work');
    await ana.getByRole('button', { name: 'Send to the flipchart' }).click();

    const note = dee.getByRole('group', { name: 'Note: Dignity at work' });
    await note.waitFor();
    await dee.getByText('Keys: Tab to a note, then A or Enter accepts it, R or Delete rejects it.').waitFor();
    await dee.locator('.flipchart-desk').screenshot({ path: path.join(artifactsDir, 'workbench-notetaker-1280.png') });
    // On a phone the note stacks above the flipchart; the keys work the same.
    await dee.setViewportSize({ width: 360, height: 740 });
    const desk = await dee.locator('.flipchart-desk').boundingBox();
    expect(desk!.x + desk!.width).toBeLessThanOrEqual(360);
    await dee.locator('.flipchart-desk').screenshot({ path: path.join(artifactsDir, 'workbench-notetaker-360.png') });

    await tabTo(dee, 'Note: Dignity at work');
    await dee.keyboard.press('a');

    const values = dee.getByRole('region', { name: 'Our Common Values' });
    await values.getByText('Dignity at work').waitFor();
    await dee.getByRole('status').filter({ hasText: 'Accepted “Dignity at work” into Our Common Values.' }).waitFor();
    expect(await note.count()).toBe(0);
    // Focus stays in the workbench, on the list's heading, for the next note.
    expect(await dee.evaluate(() => document.activeElement?.textContent)).toBe('Suggestions from pairs');
    await unfold(facilitator, 'Flipchart and suggestions');
    await facilitator.getByRole('region', { name: 'Our Common Values' }).getByText('Dignity at work').waitFor();
  });

  it('shows the column list of a waiting note whole at desk widths, for the note-taker and the facilitator', async (ctx) => {
    const { facilitator, ana, dee } = await pairsWithNoteTaker(ctx, 'Desk width');
    await ana.getByLabel('Your note').fill('Dignity at work');
    await ana.getByRole('button', { name: 'Send to the flipchart' }).click();
    await unfold(facilitator, 'Flipchart and suggestions');

    for (const [who, page] of [
      ['notetaker', dee],
      ['facilitator', facilitator],
    ] as const) {
      const note = page.getByRole('group', { name: 'Note: Dignity at work' });
      await note.waitFor();
      const column = note.getByRole('combobox', { name: 'Column: Dignity at work' });
      for (const viewport of [
        { width: 1280, height: 800 },
        { width: 1024, height: 768 },
      ]) {
        await page.setViewportSize(viewport);
        await column.scrollIntoViewIfNeeded();
        const where = `${who} at ${viewport.width}x${viewport.height}`;
        await note.screenshot({ path: path.join(artifactsDir, `workbench-column-${who}-${viewport.width}.png`) });
        // As wide as the browser makes the list when free to fit its longest column name.
        const { width, needed } = await column.evaluate((select: HTMLSelectElement) => {
          const free = select.cloneNode(true) as HTMLSelectElement;
          free.style.cssText = 'position: absolute; visibility: hidden; width: auto; max-width: none; flex: none';
          select.parentElement!.append(free);
          const needed = free.getBoundingClientRect().width;
          free.remove();
          return { width: select.getBoundingClientRect().width, needed };
        });
        expect(width, where).toBeGreaterThanOrEqual(needed - 0.5);
        // Inside the note, and usable: a column chosen is the column sent.
        const noteBox = (await note.boundingBox())!;
        const box = (await column.boundingBox())!;
        expect(box.x + box.width, where).toBeLessThanOrEqual(noteBox.x + noteBox.width + 0.5);
        for (const name of ['Accept: Dignity at work', 'Reject: Dignity at work']) {
          const button = (await note.getByRole('button', { name }).boundingBox())!;
          expect(button.x + button.width, `${name}, ${where}`).toBeLessThanOrEqual(noteBox.x + noteBox.width + 0.5);
        }
        await column.selectOption({ label: 'Our Unique Resources' });
        expect(await column.inputValue(), where).toBe('resources');
        await column.selectOption({ label: 'Our Common Values' });
      }
    }
  });
});
