import { randomBytes, randomUUID } from 'node:crypto';
import { chromium, type Browser, type Page } from 'playwright-core';
import { io, type Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';
import { saveScreenshots, startServer, tempDbFile, type RunningServer } from './harness.js';
import { unfold } from './folds.js';

const PHONE = { width: 360, height: 740 };
const LAPTOP = { width: 1280, height: 900 };
/** Web Vitals' line for a page that does not jump: a cumulative layout shift of 0.1 or less. */
const GOOD_CLS = 0.1;

let browser: Browser;
let server: RunningServer | undefined;
const sockets: Socket[] = [];

beforeAll(async () => {
  // Playwright turns the back/forward cache off by default; a phone's browser has it on.
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  });
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.disconnect();
  await Promise.all(browser.contexts().map((context) => context.close()));
  await server?.stop();
  server = undefined;
});

interface Created {
  code: string;
  links: { facilitator: string };
}

async function createWorkshop(url: string): Promise<Created> {
  const response = await fetch(`${url}/api/workshops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'No jumps', template: 'practice-1on1' }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as Created;
}

/** Someone else in the room, on their own socket, so that there is a partner to pair with. */
async function joinOverSocket(url: string, code: string, name: string): Promise<void> {
  const socket = io(url, { transports: ['websocket'], reconnection: false, forceNew: true });
  sockets.push(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  const token = randomBytes(32).toString('base64url');
  const joined = (await socket
    .timeout(5000)
    .emitWithAck('session:join', { code, name, token, commandId: randomUUID() })) as { ok: boolean };
  expect(joined.ok).toBe(true);
}

async function open(url: string, viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  // Every layout shift the page makes from its first paint, with what moved, as the browser reports it.
  await context.addInitScript(() => {
    const shifts: Array<{ value: number; what: string }> = [];
    Object.assign(window, { layoutShifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<
        PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources?: Array<{ node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }>;
        }
      >) {
        if (entry.hadRecentInput) continue;
        const what = (entry.sources ?? [])
          .map((source) => {
            const node = source.node;
            const name = node instanceof Element ? `${node.tagName}.${node.className}` : '?';
            const text = node?.textContent?.slice(0, 30) ?? '';
            return `${name} "${text}" y ${source.previousRect.y}->${source.currentRect.y}`;
          })
          .join(', ');
        shifts.push({ value: entry.value, what });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url);
  return page;
}

/** The page's cumulative layout shift so far, after the frame in which the last change was painted. */
async function cumulativeShift(page: Page): Promise<{ total: number; shifts: Array<{ value: number; what: string }> }> {
  return page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const shifts = (window as unknown as { layoutShifts: Array<{ value: number; what: string }> }).layoutShifts;
    return { total: shifts.reduce((sum, shift) => sum + shift.value, 0), shifts };
  });
}

/** A participant in pairs with the clock running: the page at its fullest. */
async function participantInPairs(viewport: { width: number; height: number }): Promise<Page> {
  server = await startServer(tempDbFile());
  const { code, links } = await createWorkshop(server.url);
  const facilitator = await open(links.facilitator, LAPTOP);
  const ana = await open(`${server.url}/join/${code}`, viewport);
  await ana.getByLabel('Your name').fill('Ana');
  await ana.getByRole('button', { name: 'Join the workshop' }).click();
  await ana.getByText('Welcome, Ana').waitFor();
  await joinOverSocket(server.url, code, 'Ben');
  await facilitator.getByRole('button', { name: 'Start the clock' }).click();
  await unfold(facilitator, 'Pairs');
  await facilitator.getByRole('button', { name: 'Pair everyone at random' }).click();
  await ana.getByText('You are paired with Ben.').waitFor();
  return ana;
}

describe('pages that do not jump', () => {
  for (const [device, viewport] of [
    ['phone', PHONE],
    ['laptop', LAPTOP],
  ] as const) {
    it(`opens a participant's page on a ${device} without moving what is already shown`, async (ctx) => {
      const ana = await participantInPairs(viewport);
      onTestFailed(() => saveScreenshots(ctx.task.name, { ana }));

      await ana.reload();
      await ana.getByText('You are paired with Ben.').waitFor();
      await ana.getByRole('timer').first().waitFor();
      const { total, shifts } = await cumulativeShift(ana);
      expect(total, JSON.stringify(shifts)).toBeLessThanOrEqual(GOOD_CLS);
    });
  }

  it('opens the join page without moving the form', async () => {
    server = await startServer(tempDbFile());
    const { code } = await createWorkshop(server.url);
    const page = await open(`${server.url}/join/${code}`, PHONE);
    await page.getByLabel('Your name').waitFor();
    const { total, shifts } = await cumulativeShift(page);
    expect(total, JSON.stringify(shifts)).toBeLessThanOrEqual(GOOD_CLS);
  });

  it('comes back with Back from the cache without ever saying the connection was lost', async (ctx) => {
    const ana = await participantInPairs(PHONE);
    onTestFailed(() => saveScreenshots(ctx.task.name, { ana }));
    // Every status the page says and every time it is shown again, kept across the visit elsewhere.
    await ana.evaluate(() => {
      const seen: string[] = [];
      const restored: boolean[] = [];
      Object.assign(window, { seenStatuses: seen, restoredFromCache: restored });
      new MutationObserver(() => {
        for (const element of document.querySelectorAll('[role="status"]')) seen.push(element.textContent ?? '');
      }).observe(document, { subtree: true, childList: true, characterData: true });
      window.addEventListener('pageshow', (event) => restored.push(event.persisted));
    });

    await ana.goto(`${new URL(ana.url()).origin}/`);
    // 'commit': a page restored from the cache fires no new load event.
    await ana.goBack({ waitUntil: 'commit' });
    await ana.getByText('You are paired with Ben.').waitFor();
    const { restored, seen } = await ana.evaluate(() => {
      const w = window as unknown as { seenStatuses?: string[]; restoredFromCache?: boolean[] };
      return { restored: w.restoredFromCache ?? [], seen: w.seenStatuses ?? [] };
    });
    // The very page came back from the cache, socket and all: the case where it once said "lost".
    expect(restored).toEqual([true]);
    await expect.poll(() => ana.locator('.banner--visible').count()).toBe(0);
    expect(seen.filter((text) => /lost/i.test(text))).toEqual([]);
  });
});
