import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFailed } from 'vitest';
import { browserSession, projectorLinkOf, saveScreenshots, tempDbFile } from './harness.js';

const session = browserSession();

async function join(page: Page, name: string): Promise<void> {
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join the workshop' }).click();
  await page.getByText(`Welcome, ${name}`).waitFor();
}

/** The role the pair card tells this person they have right now. */
async function roleOf(page: Page): Promise<string> {
  const text = await page.getByText(/^Right now you are the /).textContent();
  return (text ?? '').replace('Right now you are the ', '').replace('.', '');
}

describe('pairs practise a 1:1 in the browser', () => {
  it('pairs four people, switches roles on the clock, and takes a notebook note to the projector', async (ctx) => {
    const server = await session.server(tempDbFile());
    const facilitator = await session.person(server.url);
    const pages: Record<string, Page> = { facilitator };
    onTestFailed(() => saveScreenshots(ctx.task.name, pages));

    await facilitator.getByLabel('Workshop title').fill('Practice night');
    await facilitator.getByRole('button', { name: 'Create workshop' }).click();
    await facilitator.getByRole('heading', { name: 'Practice night', level: 1 }).waitFor();
    const code = ((await facilitator.locator('.join-code').textContent()) ?? '').trim();

    const names = ['Ana', 'Ben', 'Cleo', 'Dee'] as const;
    const people: Record<string, Page> = {};
    for (const name of names) {
      people[name] = await session.person(`${server.url}/join/${code}`);
      await join(people[name], name);
    }
    Object.assign(pages, people);
    const projector = await session.person(await projectorLinkOf(facilitator), {
      viewport: { width: 1920, height: 1080 },
    });
    pages.projector = projector;

    // Step 1: the facilitator makes Dee the note-taker.
    await facilitator.getByLabel('Note-taker', { exact: true }).selectOption({ label: 'Dee' });
    await people.Dee!.getByText('You are the note-taker').waitFor();

    // Step 2: into the pairs, at random.
    await facilitator.getByRole('button', { name: 'Start the clock' }).click();
    await facilitator.getByRole('button', { name: 'Go to the next step or sub-phase' }).click();
    await facilitator.getByRole('button', { name: 'Pair everyone at random' }).click();
    const ana = people.Ana!;
    await ana.getByText(/^You are paired with /).waitFor();
    const partnerName = ((await ana.getByText(/^You are paired with /).textContent()) ?? '')
      .replace('You are paired with ', '')
      .replace('.', '');
    const partner = people[partnerName]!;
    expect(partner).toBeDefined();
    const anaFirst = await roleOf(ana);
    expect([anaFirst, await roleOf(partner)].sort()).toEqual(['organizee', 'organizer']);

    // After the first organize-and-feedback round the roles switch, on both screens at once.
    await facilitator.getByRole('button', { name: 'Go to the next step or sub-phase' }).click();
    await facilitator.getByRole('button', { name: 'Go to the next step or sub-phase' }).click();
    // Said in Ana's own terms, not the guide's "Switch: B organizes".
    const secondRound = anaFirst === 'organizer' ? `Switch: ${partnerName} organizes` : 'Switch: You organize';
    await ana.getByRole('heading', { name: new RegExp(`· ${secondRound}$`) }).waitFor();
    const switched = anaFirst === 'organizer' ? 'organizee' : 'organizer';
    await expect.poll(() => roleOf(ana)).toBe(switched);
    await expect.poll(() => roleOf(partner)).toBe(anaFirst);

    // The notebook is shared live with the partner.
    await ana.getByLabel('New note: Common values').fill('Dignity at work');
    await ana.getByLabel('New note: Common values').press('Enter');
    await partner.getByRole('region', { name: 'Our notebook' }).getByText('Dignity at work').waitFor();
    const outsider = names.find((n) => n !== 'Ana' && n !== partnerName)!;
    expect(await people[outsider]!.getByText('Dignity at work').count()).toBe(0);

    // Sent to the flipchart, it waits for the note-taker, who accepts it onto the projector.
    await ana.getByRole('button', { name: 'Send to the flipchart: Dignity at work' }).click();
    // The partner's screen says it is sent too, so the same note cannot reach the note-taker twice.
    await partner.getByRole('button', { name: 'Sent: Dignity at work' }).waitFor();
    const dee = people.Dee!;
    await dee.getByRole('button', { name: 'Accept: Dignity at work' }).click();
    const values = projector.getByRole('region', { name: 'Our Common Values' });
    await values.getByText('Dignity at work').waitFor();
    await values.getByText(new RegExp(`Ana & ${partnerName}|${partnerName} & Ana`)).waitFor();
  });
});
