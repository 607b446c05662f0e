import fs from 'node:fs';
import { createRequire } from 'node:module';
import type AxeCore from 'axe-core';
import type { Page } from 'playwright-core';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');

/** One rule broken on a page, with where, in words a failing test can print. */
export interface Violation {
  id: string;
  impact: string | null;
  nodes: string[];
}

/**
 * Runs axe-core, the standard accessibility engine, in the page as it stands. It is evaluated
 * rather than added as a script tag: the app's Content-Security-Policy rightly blocks inline
 * scripts, and bypassing it would test a page no one sees.
 */
export async function axeViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const { axe } = window as unknown as { axe: typeof AxeCore };
    const result = await axe.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
    }));
  });
}
