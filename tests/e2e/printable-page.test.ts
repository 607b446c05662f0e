import {
  createWorkshopState,
  stepsFromTemplate,
  toPrintableHtml,
  workshopRecordSchema,
  type Paper,
  type WorkshopRecord,
} from '@common-ground/shared';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './harness.js';

/** What a browser lays out between the 15 mm margins the printable page asks for, in CSS px (96 a inch). */
const PRINTABLE_WIDTH_PX: Record<Paper, number> = {
  A4: ((210 - 2 * 15) / 25.4) * 96,
  Letter: 8.5 * 96 - ((2 * 15) / 25.4) * 96,
};
/** 11 pt, in the CSS px a computed style reports. */
const BODY_PX = (11 * 96) / 72;
/** A link people paste from a form or a drive: one word of 200 characters, with no place to break. */
const LONG_LINK =
  'https://docs.example.org/forms/d/e/1FAIpQLSf-organizing-committee-one-on-one-follow-up-sign-up-sheet' +
  '/viewform?usp=pp_url&entry.1234567890=Union+hall&entry.0987654321=Thursday+evening+after+the+meeting';

function recordWithLongLinks(): WorkshopRecord {
  const at = Date.UTC(2026, 10, 23, 18, 30);
  let n = 0;
  const state = createWorkshopState({
    code: 'ABCD23',
    title: 'Thursday 1:1 training',
    template: 'practice-1on1',
    createdAt: at,
    agenda: stepsFromTemplate('practice-1on1', () => `id${(n += 1)}`),
  });
  const card = (id: string, column: string, text: string) => ({
    id,
    column,
    text,
    authorId: null,
    createdAt: at,
    updatedAt: at,
  });
  return workshopRecordSchema.parse({
    state: {
      ...state,
      cards: {
        c1: card('c1', 'values', 'Dignity at work'),
        c2: card('c2', 'interests', `Sign up here: ${LONG_LINK}`),
        c3: card('c3', 'resources', LONG_LINK),
      },
      learnings: { items: [{ id: 'l1', text: `Read ${LONG_LINK} before next time`, createdAt: at }], reporterId: null },
    },
    notebooks: [],
    followUps: [],
  });
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the printable page', () => {
  for (const paper of ['A4', 'Letter'] as const) {
    it(`keeps 11 pt text within the width of ${paper} paper when a card holds a long link`, async () => {
      const width = Math.floor(PRINTABLE_WIDTH_PX[paper]);
      const context = await browser.newContext({ viewport: { width, height: 1000 } });
      try {
        const page = await context.newPage();
        await page.emulateMedia({ media: 'print' });
        await page.setContent(toPrintableHtml(recordWithLongLinks(), paper));

        // Anything wider than the paper makes Chromium shrink the whole print to fit it.
        const widest = await page.evaluate(() => {
          let widest = { right: 0, what: '' };
          for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
            const right = element.getBoundingClientRect().right;
            if (right > widest.right)
              widest = { right, what: `${element.tagName}: ${element.textContent?.slice(0, 40)}` };
          }
          return { ...widest, scrollWidth: document.documentElement.scrollWidth };
        });
        expect(widest.scrollWidth, widest.what).toBeLessThanOrEqual(width);
        expect(widest.right, widest.what).toBeLessThanOrEqual(width);

        const fontOf = (text: string) =>
          page
            .getByText(text)
            .first()
            .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
        expect(await fontOf('Dignity at work')).toBeCloseTo(BODY_PX, 1);
        expect(await fontOf('Sign up here:')).toBeCloseTo(BODY_PX, 1);
      } finally {
        await context.close();
      }
    });
  }
});
