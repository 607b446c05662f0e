import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFailed } from 'vitest';
import { browserSession, saveScreenshots, tempDbFile } from './harness.js';
import { unfold } from './folds.js';

const session = browserSession();

async function join(page: Page, name: string): Promise<void> {
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join the workshop' }).click();
  await page.getByText(`Welcome, ${name}`).waitFor();
}

/** Downloads one export by its button and reads the file the browser saved. */
async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: fs.readFileSync(path, 'utf8') };
}

describe('evaluation and export in the browser', () => {
  it('collects three evaluations, charts them for the facilitator, and keeps the answers out of the note-taker’s record', async (ctx) => {
    const server = await session.server(tempDbFile());
    const facilitator = await session.person(server.url);
    const pages: Record<string, Page> = { facilitator };
    onTestFailed(() => saveScreenshots(ctx.task.name, pages));

    await facilitator.getByLabel('Workshop title').fill('Evaluation night');
    await facilitator.getByRole('button', { name: 'Create workshop' }).click();
    await facilitator.getByRole('heading', { name: 'Evaluation night', level: 1 }).waitFor();
    const code = ((await facilitator.locator('.join-code').textContent()) ?? '').trim();

    const answers = [
      { name: 'Ana', rating: 5, like: 'Practising in pairs', wish: 'More time, "please"' },
      { name: 'Ben', rating: 4, like: 'The clock', wish: '=SUM(A1) less waiting' },
      { name: 'Cleo', rating: 4, like: 'The flipchart', wish: 'Snacks 🍪' },
    ];
    const people: Page[] = [];
    for (const { name } of answers) {
      const page = await session.person(`${server.url}/join/${code}`);
      await join(page, name);
      people.push(page);
      pages[name] = page;
    }
    await facilitator.getByLabel('Note-taker', { exact: true }).selectOption({ label: 'Cleo' });
    await unfold(facilitator, 'Flipchart and suggestions');
    const cardInput = facilitator.getByLabel('New card for Our Common Values');
    await cardInput.fill('Dignity, at "work"');
    await cardInput.press('Enter');

    await unfold(facilitator, 'Evaluation');
    await facilitator.getByRole('button', { name: 'Open the evaluation' }).click();
    for (const [i, answer] of answers.entries()) {
      const page = people[i]!;
      // The form says what is missing before it can be sent.
      await page.getByText(/Before sending, add: what you learned, a rating/).waitFor();
      expect(await page.getByRole('button', { name: 'Send my answers' }).isDisabled()).toBe(true);
      await page.getByLabel('What did you learn?').fill(`How to ask why (${answer.name})`);
      await page.getByRole('radio', { name: `${answer.rating} of 5` }).check();
      await page.getByLabel('I like (1)').fill(answer.like);
      await page.getByLabel('I wish (1)').fill(answer.wish);
      await page.getByRole('button', { name: 'Send my answers' }).click();
      await page.getByText(/^Sent\./).waitFor();
    }

    await facilitator.getByText('3 of 3 answered').waitFor();
    await facilitator.getByText('Mean rating: 4.3 of 5').first().waitFor();
    await facilitator.getByText('4: 2 people').first().waitFor();

    const cleo = people[2]!;
    const md = await download(cleo, 'Notes (Markdown)');
    expect(md.name).toMatch(/^evaluation-night-\d{4}-\d{2}-\d{2}\.md$/);
    expect(md.text).toContain('# Evaluation night');
    expect(md.text).toContain('Dignity, at "work"');
    // The form told them their answers go to the facilitator: the note-taker's copy says where they are.
    expect(md.text).not.toContain('Practising in pairs');
    expect(md.text).not.toContain('How to ask why');
    expect(md.text).toContain("only the facilitator's copy holds them");
    await unfold(facilitator, 'Export the record');
    const whole = await download(facilitator, 'Notes (Markdown)');
    expect(whole.text).toContain('3 answered; mean rating 4.3 of 5.');
    expect(whole.text).toContain('Practising in pairs');

    const csv = await download(cleo, 'Cards (CSV)');
    expect(csv.name).toMatch(/\.csv$/);
    const lines = csv.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toMatch(/^column,text/i);
    expect(lines[1]).toContain('"Dignity, at ""work"""');
  });
});
