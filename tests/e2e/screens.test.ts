import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFailed } from 'vitest';
import { axeViolations } from './axe.js';
import { browserSession, projectorLinkOf, saveScreenshots, tempDbFile } from './harness.js';

const session = browserSession();
const PHONE = { width: 360, height: 740 };
const PROJECTOR = { width: 1920, height: 1080 };

async function createWorkshop(page: Page, title: string): Promise<string> {
  await page.getByLabel('Workshop title').fill(title);
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await page.getByRole('heading', { name: title, level: 1 }).waitFor();
  return ((await page.locator('.join-code').textContent()) ?? '').trim();
}

async function join(page: Page, name: string): Promise<void> {
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join the workshop' }).click();
  await page.getByText(`Welcome, ${name}`).waitFor();
}

describe('every screen fits the person using it', () => {
  it('keeps the step-change cue in sight on a phone scrolled to the bottom, until it is seen', async (ctx) => {
    const server = await session.server(tempDbFile());
    const facilitator = await session.person(server.url);
    const pages: Record<string, Page> = { facilitator };
    onTestFailed(() => saveScreenshots(ctx.task.name, pages));
    const code = await createWorkshop(facilitator, 'Cue check');
    const phone = await session.person(`${server.url}/join/${code}`, { viewport: PHONE });
    pages.phone = phone;
    await join(phone, 'Ana');
    await facilitator.getByRole('button', { name: 'Start the clock' }).click();
    await phone.getByRole('heading', { name: /Roles and agenda/ }).waitFor();

    await phone.getByRole('button', { name: 'Leave the workshop' }).scrollIntoViewIfNeeded();
    await phone.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await phone.evaluate(() => window.scrollY)).toBeGreaterThan(PHONE.height);

    await facilitator.getByRole('button', { name: 'Go to the next step or sub-phase' }).click();

    // The cue as seen; a screen reader hears it once through the page's announcer instead.
    const cue = phone.getByTestId('cue').filter({ hasText: 'Now: A organizes' });
    await cue.waitFor();
    const box = await cue.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(PHONE.height);
    expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);

    // Still there a while later, then gone once the person says so.
    await phone.waitForTimeout(9000);
    await expect.poll(() => cue.isVisible()).toBe(true);
    await phone.getByRole('button', { name: 'Got it' }).click();
    await expect.poll(() => cue.count()).toBe(0);
  });

  it('leaves no accessibility violation on the facilitator’s, a phone’s and the projector’s page', async (ctx) => {
    const server = await session.server(tempDbFile());
    const facilitator = await session.person(server.url);
    const pages: Record<string, Page> = { facilitator };
    onTestFailed(() => saveScreenshots(ctx.task.name, pages));
    const code = await createWorkshop(facilitator, 'Axe check');
    const phone = await session.person(`${server.url}/join/${code}`, { viewport: PHONE });
    const other = await session.person(`${server.url}/join/${code}`, { viewport: PHONE });
    const projector = await session.person(await projectorLinkOf(facilitator), { viewport: PROJECTOR });
    Object.assign(pages, { phone, other, projector });
    await join(phone, 'Ana');
    await join(other, 'Ben');

    // In the lobby, then in pairs with a step already done.
    expect(await axeViolations(projector)).toEqual([]);
    await facilitator.getByRole('button', { name: 'Start the clock' }).click();
    await facilitator.getByRole('button', { name: 'Go to the next step or sub-phase' }).click();
    await phone.getByRole('heading', { name: /Practice in pairs/ }).waitFor();
    await projector.getByText('Practice in pairs').first().waitFor();
    // Let the cue's flash finish: axe measures contrast as it is painted.
    await phone.waitForTimeout(2000);

    for (const page of [facilitator, phone, projector]) expect(await axeViolations(page)).toEqual([]);
  });
});
