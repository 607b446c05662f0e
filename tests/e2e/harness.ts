import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp, createLogger, openSqliteStores, PrivateDocService, WorkshopService } from '@common-ground/server';
import { PRIVATE_DOC_KINDS } from '@common-ground/shared';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const clientDist = path.join(root, 'client/dist');
export const artifactsDir = path.join(root, 'test-results');

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * The real server, serving the built client, on a database file that outlives it. It listens on
 * loopback unless `host` says otherwise (`0.0.0.0`, as `npm start` does, for a hall's network).
 */
export async function startServer(dbFile: string, port = 0, host = '127.0.0.1'): Promise<RunningServer> {
  const stores = openSqliteStores(dbFile);
  const service = new WorkshopService(stores.workshops);
  const app = createApp(
    {
      service,
      docs: new PrivateDocService(stores.docs, service, PRIVATE_DOC_KINDS),
      log: createLogger('silent'),
    },
    { clientDist },
  );
  await new Promise<void>((resolve) => app.httpServer.listen(port, host, resolve));
  const actual = (app.httpServer.address() as AddressInfo).port;
  let stopped = false;
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await app.close();
      await stores.close();
    },
  };
}

export function tempDbFile(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'common-ground-e2e-')), 'common-ground.sqlite');
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** Keeps a screenshot of every open page when a test fails, to see what the person saw. */
export async function saveScreenshots(testName: string, pages: Record<string, Page>): Promise<void> {
  fs.mkdirSync(artifactsDir, { recursive: true });
  const slug = testName.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  for (const [who, page] of Object.entries(pages)) {
    if (!page.isClosed())
      await page.screenshot({ path: path.join(artifactsDir, `${slug}-${who}.png`), fullPage: true });
  }
}

/** What the Content-Security-Policy blocked on each page, as the page itself reported it. */
const blockedByPolicy = new WeakMap<Page, string[]>();

/** Every CSP violation a page has reported since it opened, across reloads; [] when none. */
export function cspViolations(page: Page): string[] {
  return blockedByPolicy.get(page) ?? [];
}

/**
 * Collects CSP violations two ways: the page's own `securitypolicyviolation` events, and
 * Chromium's console report of them, which also covers what is blocked before any script runs.
 */
async function watchPolicy(context: BrowserContext, page: Page): Promise<void> {
  const seen: string[] = [];
  blockedByPolicy.set(page, seen);
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && /Content Security Policy|CSP violation/i.test(text)) seen.push(text);
  });
}

/** The projector link with its key, as the facilitator's screen hands it out. */
export async function projectorLinkOf(facilitator: Page): Promise<string> {
  const href = await facilitator.getByRole('link', { name: 'Open the projector view' }).getAttribute('href');
  if (!href?.includes('#key=')) throw new Error(`the projector link has no key: ${href}`);
  return href;
}

/**
 * One browser for a test file, a fresh context per person (separate storage, as on separate
 * laptops), and every context and server closed after each test.
 */
export function browserSession() {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const servers: RunningServer[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async (ctx) => {
    // What each page showed when the test failed, before the pages close: a test's own
    // onTestFailed runs after this hook, when there is nothing left to take a picture of.
    if (ctx.task.result?.state === 'fail') {
      const pages = contexts.flatMap((context, i) => context.pages().map((page, j) => [`${i}-${j}`, page] as const));
      await saveScreenshots(ctx.task.name, Object.fromEntries(pages)).catch(() => undefined);
    }
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    for (const server of servers.splice(0)) await server.stop().catch(() => undefined);
  });
  return {
    /** Starts a server that is stopped after the test. */
    async server(dbFile: string, port = 0, host?: string): Promise<RunningServer> {
      const server = await startServer(dbFile, port, host);
      servers.push(server);
      return server;
    },
    /**
     * A laptop at `url`, optionally with its own clock off by `clockOffsetMs`, and its browser set
     * to `locale` (what `navigator.languages` says; English when not given).
     */
    async person(
      url: string,
      options: { viewport?: { width: number; height: number }; clockOffsetMs?: number; locale?: string } = {},
    ) {
      const context = await browser.newContext({
        viewport: options.viewport ?? { width: 1280, height: 900 },
        locale: options.locale ?? 'en-US',
      });
      contexts.push(context);
      if (options.clockOffsetMs) await context.clock.install({ time: Date.now() + options.clockOffsetMs });
      const page = await context.newPage();
      await watchPolicy(context, page);
      await page.goto(url);
      return page;
    },
  };
}
