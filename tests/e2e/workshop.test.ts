import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFailed } from 'vitest';
import { browserSession, cspViolations, projectorLinkOf, saveScreenshots, tempDbFile } from './harness.js';
import { unfold } from './folds.js';

const session = browserSession();

function personAt(url: string, viewport?: { width: number; height: number }): Promise<Page> {
  return session.person(url, { viewport });
}

async function createWorkshop(page: Page, title: string): Promise<string> {
  await page.getByLabel('Workshop title').fill(title);
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await page.getByRole('heading', { name: title, level: 1 }).waitFor();
  const code = await page
    .getByText(/^[A-Z0-9]{6}$/)
    .first()
    .textContent();
  if (!code) throw new Error('no join code shown');
  return code.trim();
}

function column(page: Page, name: string) {
  return page.getByRole('region', { name });
}

describe('a workshop, live in the browser', () => {
  it('shows a card the facilitator adds on the participant page and the projector', async (ctx) => {
    const server = await session.server(tempDbFile());
    const facilitator = await personAt(server.url);
    const pages: Record<string, Page> = { facilitator };
    onTestFailed(() => saveScreenshots(ctx.task.name, pages));

    const code = await createWorkshop(facilitator, 'Tuesday 1:1 training');
    expect(facilitator.url()).not.toContain('#key=');

    const participant = await personAt(`${server.url}/join/${code}`);
    pages.participant = participant;
    await participant.getByRole('heading', { name: 'Join “Tuesday 1:1 training”' }).waitFor();
    await participant.getByLabel('Your name').fill('Maria');
    await participant.getByRole('button', { name: 'Join the workshop' }).click();
    await participant.getByText('Welcome, Maria').waitFor();
    await facilitator
      .getByRole('region', { name: /Who is here/ })
      .getByText('Maria')
      .waitFor();

    const projector = await personAt(await projectorLinkOf(facilitator), { width: 1920, height: 1080 });
    pages.projector = projector;
    await expect.poll(() => projector.getByText(code, { exact: true }).isVisible()).toBe(true);
    // The projector page keeps its key and takes it out of the address bar, as the facilitator's does.
    expect(projector.url()).toBe(`${server.url}/projector/${code}`);

    await unfold(facilitator, 'Flipchart and suggestions');
    const input = facilitator.getByLabel('New card for Our Common Values');
    await input.fill('Dignity at work');
    await input.press('Enter');

    await column(participant, 'Our Common Values').getByText('Dignity at work').waitFor();
    await column(projector, 'Our Common Values').getByText('Dignity at work').waitFor();
    // A participant is not a note-taker: the flipchart is read-only for them.
    expect(await participant.getByRole('button', { name: /Edit/ }).count()).toBe(0);

    // Coming back later is being the same person.
    await participant.reload();
    await participant.getByText('Welcome, Maria').waitFor();
    expect(
      await facilitator
        .getByRole('region', { name: /Who is here/ })
        .getByRole('listitem')
        .count(),
    ).toBe(1);

    // The built client runs under the Content-Security-Policy without anything blocked.
    await projector.reload();
    await column(projector, 'Our Common Values').getByText('Dignity at work').waitFor();
    for (const page of [facilitator, participant, projector]) expect(cspViolations(page)).toEqual([]);
  });

  it('shows no board to someone who opens the projector address with only the code', async () => {
    const server = await session.server(tempDbFile());
    const facilitator = await personAt(server.url);
    const code = await createWorkshop(facilitator, 'Closed board');
    const peek = await personAt(`${server.url}/projector/${code}`);
    await peek.getByText('This page needs the projector link from the facilitator’s screen.').waitFor();
    const forged = await personAt(`${server.url}/projector/${code}#key=${'x'.repeat(43)}`);
    await forged.getByText(/This projector link is not valid/).waitFor();
    expect(await forged.getByRole('region', { name: 'Our Common Values' }).count()).toBe(0);
  });

  it('keeps everything across a server restart, and open pages catch up by themselves', async (ctx) => {
    const dbFile = tempDbFile();
    let server = await session.server(dbFile);
    const facilitator = await personAt(server.url);
    const pages: Record<string, Page> = { facilitator };
    onTestFailed(() => saveScreenshots(ctx.task.name, pages));
    await createWorkshop(facilitator, 'Thursday practice');
    // The wall the projector is laid out for: a smaller screen pages the flipchart away in the lobby.
    const projector = await personAt(await projectorLinkOf(facilitator), { width: 1920, height: 1080 });
    pages.projector = projector;

    await unfold(facilitator, 'Flipchart and suggestions');
    const input = facilitator.getByLabel('New card for Our Shared Interests');
    await input.fill('Safe staffing');
    await input.press('Enter');
    await column(projector, 'Our Shared Interests').getByText('Safe staffing').waitFor();

    await facilitator.getByRole('button', { name: 'Start the clock' }).click();
    await projector.getByRole('timer').waitFor();

    const { port } = server;
    await server.stop();
    await facilitator
      .getByRole('status')
      .getByText(/Connection lost/)
      .waitFor();

    // A card typed while the server is down is kept and sent when it is back.
    await facilitator.getByLabel('New card for Our Unique Resources').fill('Knows the shift schedule');
    await facilitator.getByLabel('New card for Our Unique Resources').press('Enter');
    await facilitator
      .getByRole('status')
      .getByText(/1 change is waiting to be sent/)
      .waitFor();

    server = await session.server(dbFile, port);
    await column(projector, 'Our Unique Resources').getByText('Knows the shift schedule').waitFor({ timeout: 20_000 });
    await column(projector, 'Our Shared Interests').getByText('Safe staffing').waitFor();
    await expect.poll(() => facilitator.getByText(/Sending|Connection lost/).count(), { timeout: 20_000 }).toBe(0);
    // The clock kept running through the restart: both screens still read the same time.
    await expect
      .poll(async () => {
        const [a, b] = await Promise.all([projector, facilitator].map((p) => p.getByRole('timer').textContent()));
        return a === b && /^4:\d\d$/.test(a ?? '');
      })
      .toBe(true);
  });
});
