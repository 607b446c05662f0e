/**
 * Lighthouse's performance score (mobile emulation, the median of RUNS) for the three pages
 * issue 12 names: the join page, a participant's board after joining, and the projector.
 *
 * Lighthouse and puppeteer-core are not dependencies of the project (some 60 MB, for a number
 * read now and then): install them in a scratch folder and say where.
 *
 *   mkdir -p /tmp/lh && (cd /tmp/lh && npm init -y && npm i lighthouse@12 puppeteer-core@24)
 *   npm run build && PORT=3999 npm start &
 *   LIGHTHOUSE_DIR=/tmp/lh node --import tsx tests/bench/lighthouse.ts http://127.0.0.1:3999
 *
 * It drives Debian's Chromium (/usr/bin/chromium): no browser is downloaded.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium.js';

interface Audit {
  numericValue?: number;
}
interface Result {
  lhr: { categories: { performance: { score: number } }; audits: Record<string, Audit | undefined> };
}
interface Page {
  goto(url: string, options?: object): Promise<unknown>;
  type(selector: string, text: string): Promise<void>;
  keyboard: { press(key: string): Promise<void> };
  waitForSelector(selector: string, options?: object): Promise<unknown>;
}
interface Browser {
  newPage(): Promise<Page>;
  wsEndpoint(): string;
  close(): Promise<void>;
}

const dir = process.env.LIGHTHOUSE_DIR;
if (!dir) throw new Error('Set LIGHTHOUSE_DIR to a folder where lighthouse@12 and puppeteer-core@24 are installed.');
const load = async <T>(name: string): Promise<T> => {
  const entry = createRequire(path.join(dir, 'package.json')).resolve(name);
  const module = (await import(pathToFileURL(entry).href)) as { default: T };
  return module.default;
};
const lighthouse = await load<(url: string, flags: object) => Promise<Result>>('lighthouse');
const puppeteer = await load<{ launch(options: object): Promise<Browser> }>('puppeteer-core');

const base = process.argv[2] ?? 'http://127.0.0.1:3999';
const RUNS = Number(process.env.RUNS ?? 3);
const response = await fetch(`${base}/api/workshops`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ title: 'Lighthouse' }),
});
const { links } = (await response.json()) as { links: { join: string; projector: string } };

async function measure(label: string, url: string, prepare?: (page: Page) => Promise<void>): Promise<void> {
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) {
    const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    try {
      if (prepare) await prepare(await browser.newPage());
      const port = Number(new URL(browser.wsEndpoint()).port);
      // The storage is kept: the participant's board is what a person who joined sees.
      const { lhr } = await lighthouse(url, { port, onlyCategories: ['performance'], disableStorageReset: true });
      const ms = (id: string): number => Math.round(lhr.audits[id]?.numericValue ?? NaN);
      runs.push({
        score: Math.round(lhr.categories.performance.score * 100),
        fcp: ms('first-contentful-paint'),
        lcp: ms('largest-contentful-paint'),
        tbt: ms('total-blocking-time'),
        cls: Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
      });
    } finally {
      await browser.close();
    }
  }
  runs.sort((a, b) => a.score - b.score);
  console.log(`${label}: median ${runs[Math.floor(runs.length / 2)]?.score}`, JSON.stringify(runs));
}

await measure('join', links.join);
await measure('participant', links.join, async (page) => {
  await page.goto(links.join, { waitUntil: 'networkidle0' });
  await page.type('input', 'Lia');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.workshop__main', { timeout: 20_000 });
});
await measure('projector', links.projector);
