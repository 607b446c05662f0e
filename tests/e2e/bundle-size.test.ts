import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientJsGzipKb, pageFiles } from '../bench/client-js.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * What a participant's phone downloads before it shows the board, gzipped, in KB: a ratchet.
 * Lower it whenever the participant's JavaScript shrinks; never raise it to let a change in. (Raised
 * once, from 188 to 198, when Spanish, the announcer, the outbox and the workbench landed together;
 * lowered to 187 when our own router replaced react-router; to 126 when i18next gave way to our own
 * lookup, full zod to zod/mini, and the panels of some roles and moments, the start page and the
 * templates' Spanish words to chunks loaded when needed, the read-only flipchart lost the
 * editing code, and the English of the screens loaded later went with them.) The goal is 100 KB
 * (docs/PERFORMANCE.md says what stands between).
 */
const PARTICIPANT_BUDGET_KB = 126;

let dist: string;

// The build a browser gets: production mode. The global setup's build runs under vitest's
// NODE_ENV=test, which keeps React's development code in and weighs half as much again.
beforeAll(() => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-size-'));
  execFileSync(
    process.execPath,
    [
      path.join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--logLevel',
      'warn',
      '--outDir',
      dist,
      '--emptyOutDir',
    ],
    { cwd: path.join(root, 'client'), stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
  );
});
afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

// Sizes of built files, not timings: this check cannot be flaky.
describe("the participant's JavaScript", () => {
  it(`stays within its budget of ${PARTICIPANT_BUDGET_KB} KB gzipped`, () => {
    const { participant } = clientJsGzipKb(dist);
    expect(participant, `participant JS files: ${pageFiles(dist, 'participant').join(', ')}`).toBeLessThanOrEqual(
      PARTICIPANT_BUDGET_KB,
    );
  });

  it('reads no English text that only the screens loaded later bring (en-later.ts)', () => {
    // The sections of en-later.ts; a key of one of them in the participant's first load would show
    // as the key itself until some later screen happened to bring its text.
    const later = fs.readFileSync(path.join(root, 'client/src/lib/i18n/en-later.ts'), 'utf8');
    const sections = [...later.matchAll(/^ {2}(\w+): \{/gm)].map((match) => match[1]);
    expect(sections).toContain('home');
    const laterKey = new RegExp(`["'\`](${sections.join('|')})\\.\\w+`, 'g');
    const found = pageFiles(dist, 'participant').flatMap((file) =>
      [...fs.readFileSync(path.join(dist, file), 'utf8').matchAll(laterKey)].map((match) => `${file}: ${match[0]}`),
    );
    expect(found).toEqual([]);
  });

  it("does not carry the facilitator's or the projector's screens", () => {
    const participant = pageFiles(dist, 'participant');
    const onlyFacilitator = pageFiles(dist, 'facilitator').filter((file) => !participant.includes(file));
    const onlyProjector = pageFiles(dist, 'projector').filter((file) => !participant.includes(file));
    expect(onlyFacilitator.length).toBeGreaterThan(0);
    expect(onlyProjector.length).toBeGreaterThan(0);
  });
});
