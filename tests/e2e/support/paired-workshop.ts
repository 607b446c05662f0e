import type { Page } from 'playwright-core';

/** The people of a small practice: a facilitator and a pair, Ana and Ben, in their notebook. */
export interface PairedWorkshop {
  code: string;
  facilitator: Page;
  ana: Page;
  ben: Page;
}

type Open = (url: string) => Promise<Page>;

async function join(page: Page, name: string): Promise<void> {
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join the workshop' }).click();
  await page.getByText(`Welcome, ${name}`).waitFor();
}

/**
 * Creates a workshop at `serverUrl` and pairs Ana with Ben. Ana's laptop reaches the server at
 * `anaUrl` (through a bad link, say); the others at `serverUrl`.
 */
export async function pairedWorkshop(open: Open, serverUrl: string, anaUrl: string): Promise<PairedWorkshop> {
  const facilitator = await open(serverUrl);
  await facilitator.getByLabel('Workshop title').fill('Practice night');
  await facilitator.getByRole('button', { name: 'Create workshop' }).click();
  await facilitator.getByRole('heading', { name: 'Practice night', level: 1 }).waitFor();
  const code = ((await facilitator.locator('.join-code').textContent()) ?? '').trim();

  const ana = await open(`${anaUrl}/join/${code}`);
  await join(ana, 'Ana');
  const ben = await open(`${serverUrl}/join/${code}`);
  await join(ben, 'Ben');

  await facilitator.getByRole('button', { name: 'Start the clock' }).click();
  await facilitator.getByRole('button', { name: 'Go to the next step or sub-phase' }).click();
  await facilitator.getByRole('button', { name: 'Pair everyone at random' }).click();
  await ana.getByText('You are paired with Ben.').waitFor();
  await ben.getByText('You are paired with Ana.').waitFor();
  return { code, facilitator, ana, ben };
}

/** One section of the pair's notebook, as a person sees it. */
export function notebookSection(page: Page, section: string) {
  return page.getByRole('region', { name: 'Our notebook' }).getByRole('region', { name: section });
}

/** The texts of the notes in a section, in the order shown. */
export async function notesIn(page: Page, section: string): Promise<string[]> {
  return notebookSection(page, section).locator('.notebook__entry .card__text').allTextContents();
}
