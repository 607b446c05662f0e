import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp, createLogger, openDatabase, WorkshopRepository, WorkshopService } from '@common-ground/server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const clientDist = path.join(root, 'client/dist');
export const artifactsDir = path.join(root, 'test-results');

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** The real server, serving the built client, on a database file that outlives it. */
export async function startServer(dbFile: string, port = 0): Promise<RunningServer> {
  const db = openDatabase(dbFile);
  const app = createApp(
    { service: new WorkshopService(new WorkshopRepository(db)), log: createLogger('silent') },
    { clientDist },
  );
  await new Promise<void>((resolve) => app.httpServer.listen(port, '127.0.0.1', resolve));
  const actual = (app.httpServer.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    stop: async () => {
      await app.close();
      db.close();
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
