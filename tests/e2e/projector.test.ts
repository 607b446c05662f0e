import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFailed } from 'vitest';
import { artifactsDir, browserSession, saveScreenshots, tempDbFile } from './harness.js';
import { unfold } from './folds.js';

const session = browserSession();
const PROJECTOR = { width: 1920, height: 1080 };
/** House style 14a: the projector is read from the back of the room. */
const SMALLEST_PX = 28;

interface Created {
  code: string;
  links: { facilitator: string; projector: string };
}

async function createWorkshop(url: string, title: string, template: string): Promise<Created> {
  const response = await fetch(`${url}/api/workshops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title, template }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as Created;
}

async function join(page: Page, name: string): Promise<void> {
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join the workshop' }).click();
  await page.getByText(`Welcome, ${name}`).waitFor();
}

/** The smallest font of any text the projector paints, and where it is, to name it when it fails. */
function smallestText(page: Page): Promise<{ px: number; text: string }> {
  return page.evaluate(() => {
    let smallest = { px: Infinity, text: '' };
    for (const element of document.querySelectorAll<HTMLElement>('.projector *')) {
      const ownText = [...element.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent ?? '')
        .join('')
        .trim();
      if (!ownText || !element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const box = element.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue;
      const px = parseFloat(getComputedStyle(element).fontSize);
      if (px < smallest.px) smallest = { px, text: `${element.className}: ${ownText.slice(0, 40)}` };
    }
    return smallest;
  });
}

async function expectReadableWithCodeInSight(projector: Page, code: string, shot: string): Promise<void> {
  await projector.screenshot({ path: path.join(artifactsDir, `${shot}.png`) });
  const smallest = await smallestText(projector);
  expect(smallest.px, `${shot}: ${smallest.text}`).toBeGreaterThanOrEqual(SMALLEST_PX);
  const box = await projector.getByText(code, { exact: true }).boundingBox();
  expect(box, shot).not.toBeNull();
  expect(box!.x, shot).toBeGreaterThanOrEqual(0);
  expect(box!.y, shot).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, shot).toBeLessThanOrEqual(PROJECTOR.width);
  expect(box!.y + box!.height, shot).toBeLessThanOrEqual(PROJECTOR.height);
  // One line each: neither the code nor the address's path with it is broken in the middle.
  for (const text of [code, new RegExp(`/join/${code}$`)]) {
    const lines = await projector
      .getByText(text, { exact: true })
      .last()
      .evaluate((element) => element.getClientRects().length);
    expect(lines, `${shot}: ${String(text)}`).toBe(1);
  }
}

describe('the projector, read from the back of the room at 1920x1080', () => {
  for (const template of ['practice-1on1', 'training-plan']) {
    it(`keeps every text at ${SMALLEST_PX} px or more and the join code in sight through ${template}`, async (ctx) => {
      fs.mkdirSync(artifactsDir, { recursive: true });
      const server = await session.server(tempDbFile());
      const { code, links } = await createWorkshop(server.url, 'Thursday 1:1 training', template);
      const facilitator = await session.person(links.facilitator);
      const projector = await session.person(links.projector, { viewport: PROJECTOR });
      const pages: Record<string, Page> = { facilitator, projector };
      onTestFailed(() => saveScreenshots(ctx.task.name, pages));
      for (const name of ['Ana', 'Ben', 'Cleo']) {
        const laptop = await session.person(`${server.url}/join/${code}`);
        pages[name] = laptop;
        await join(laptop, name);
      }
      await projector.getByText('3 participants').waitFor();
      await expectReadableWithCodeInSight(projector, code, `projector-${template}-lobby`);

      // Folded on the facilitator's page unless they run the current step.
      await unfold(facilitator, 'Timekeeper and note-taker');
      await unfold(facilitator, 'Pairs');
      await facilitator.getByLabel('Timekeeper', { exact: true }).selectOption({ label: 'Ben' });
      await facilitator.getByLabel('Note-taker', { exact: true }).selectOption({ label: 'Cleo' });
      await facilitator.getByRole('button', { name: 'Pair everyone at random' }).click();
      await facilitator.getByRole('button', { name: 'Start the clock' }).click();

      const next = facilitator.getByRole('button', { name: 'Go to the next step or sub-phase' });
      const stepLine = projector.locator('.projector__step');
      for (let moment = 0; moment < 40; moment++) {
        await stepLine.waitFor();
        await expect.poll(() => projector.getByText('Ben', { exact: true }).count()).toBeGreaterThan(0);
        await expectReadableWithCodeInSight(projector, code, `projector-${template}-${moment}`);
        if (!(await next.isEnabled())) break;
        const before = await stepLine.textContent();
        const onLastStep = (await projector.locator('.progress__step').last().getAttribute('aria-current')) === 'step';
        await next.click();
        if (onLastStep) {
          // The last step's last sub-phase: "Next" ends the agenda, and the line may stay as it was.
          await projector.waitForTimeout(1500);
          if ((await stepLine.textContent()) === before) break;
        }
        await expect.poll(() => stepLine.textContent(), { timeout: 5000 }).not.toBe(before);
      }

      // The evaluation summary below a filled flipchart: once, it pushed the join code off the screen.
      await unfold(facilitator, 'Flipchart and suggestions');
      const cardInput = facilitator.getByLabel('New card for Our Common Values');
      for (const text of ['Family comes first', 'Fair pay for care work', 'Time for each other']) {
        await cardInput.fill(text);
        await cardInput.press('Enter');
      }
      await unfold(facilitator, 'Evaluation');
      await facilitator.getByRole('button', { name: 'Open the evaluation' }).click();
      for (const [i, name] of ['Ana', 'Ben', 'Cleo'].entries()) {
        const laptop = pages[name]!;
        await laptop.getByLabel('What did you learn?').fill(`How to ask why, and listen (${name})`);
        await laptop.getByRole('radio', { name: `${3 + (i % 3)} of 5` }).check();
        await laptop.getByLabel('I like (1)').fill('Practising in pairs');
        await laptop.getByLabel('I wish (1)').fill('More time for the second round');
        await laptop.getByRole('button', { name: 'Send my answers' }).click();
        await laptop.getByText(/^Sent\./).waitFor();
      }
      // A click, not check(): the box follows the server's word, a moment after the click.
      await facilitator.getByLabel('Show the summary on the projector').click();
      await projector.getByRole('region', { name: 'Evaluation summary' }).waitFor();
      await expectReadableWithCodeInSight(projector, code, `projector-${template}-summary`);
    });
  }
});
