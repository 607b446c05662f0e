import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFailed } from 'vitest';
import { axeViolations } from './axe.js';
import { artifactsDir, browserSession, projectorLinkOf, saveScreenshots, tempDbFile } from './harness.js';
import { unfoldAll } from './folds.js';

const session = browserSession();
const NEXT = 'Go to the next step or sub-phase';

/** Downloads one export by its button and reads the file the browser saved. */
async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), text: fs.readFileSync(await file.path(), 'utf8') };
}

/** axe-core on every screen, named so a failure says which screen and step. */
async function expectAccessible(pages: Record<string, Page>, moment: string): Promise<void> {
  for (const [who, page] of Object.entries(pages)) {
    expect(await axeViolations(page), `${who}, ${moment}`).toEqual([]);
  }
}

describe('one room in two languages', () => {
  it('runs the practice guide with the projector in English and two participants in Spanish, to a Spanish export', async (ctx) => {
    const server = await session.server(tempDbFile());
    const facilitator = await session.person(server.url);
    const pages: Record<string, Page> = { facilitator };
    onTestFailed(() => saveScreenshots(ctx.task.name, pages));

    await facilitator.getByLabel('Workshop title').fill('Martes de práctica');
    await facilitator.getByRole('button', { name: 'Create workshop' }).click();
    await facilitator.getByRole('heading', { name: 'Martes de práctica', level: 1 }).waitFor();
    await unfoldAll(facilitator);
    const code = ((await facilitator.locator('.join-code').textContent()) ?? '').trim();
    const projector = await session.person(await projectorLinkOf(facilitator), {
      viewport: { width: 1920, height: 1080 },
    });
    pages.projector = projector;

    // Ana's browser asks for Spanish (Mexico): her first screen is in Spanish, and says so.
    const ana = await session.person(`${server.url}/join/${code}`, { locale: 'es-MX' });
    pages.ana = ana;
    await ana.getByRole('heading', { name: 'Unirse a “Martes de práctica”' }).waitFor();
    expect(await ana.evaluate(() => document.documentElement.lang)).toBe('es');
    await expectAccessible({ ana }, 'on the join page');
    await ana.getByLabel('Tu nombre').fill('Ana');
    await ana.getByRole('button', { name: 'Unirme al taller' }).click();
    await ana.getByText('Bienvenido/a, Ana').waitFor();

    // Ben's browser is in English; he picks Spanish himself, and his laptop remembers it.
    const ben = await session.person(`${server.url}/join/${code}`);
    pages.ben = ben;
    await ben.getByLabel('Your name').fill('Ben');
    await ben.getByRole('button', { name: 'Join the workshop' }).click();
    await ben.getByText('Welcome, Ben').waitFor();
    await ben.getByLabel('Language', { exact: true }).selectOption('es');
    await ben.getByText('Bienvenido/a, Ben').waitFor();
    await ben.reload();
    await ben.getByText('Bienvenido/a, Ben').waitFor();
    expect(await ben.evaluate(() => document.documentElement.lang)).toBe('es');
    await expectAccessible({ ana, ben }, 'after joining');

    // Step 1, roles and agenda: the template's words in each reader's language.
    await facilitator.getByRole('button', { name: 'Start the clock' }).click();
    await ana.getByRole('heading', { name: /^Roles y agenda/ }).waitFor();
    await projector.getByText('Roles and agenda').first().waitFor();

    // Step 2, practice in pairs: Ana and Ben are a pair, with their prompts in Spanish.
    await facilitator.getByRole('button', { name: NEXT }).click();
    await facilitator.getByRole('button', { name: 'Pair everyone at random' }).click();
    await ana.getByText('Tu pareja: Ben.').waitFor();
    await ben.getByText('Tu pareja: Ana.').waitFor();
    // The guide's "A organiza", said to Ana in her own terms.
    await ana.getByRole('heading', { name: /^Práctica en parejas · (Tú organizas|Ben organiza)$/ }).waitFor();
    await projector.getByText('Practice in pairs').first().waitFor();
    await expectAccessible({ ana, ben }, 'while pairs practise');
    fs.mkdirSync(artifactsDir, { recursive: true });
    await ana.screenshot({ path: `${artifactsDir}/spanish-room-ana-pairs.png`, fullPage: true });

    // What the pair found goes to the flipchart: Spanish column titles, the words as typed.
    const card = facilitator.getByLabel('New card for Our Common Values');
    await card.fill('La dignidad en el trabajo');
    await card.press('Enter');
    await ana
      .getByRole('region', { name: 'Nuestros valores en común' })
      .getByText('La dignidad en el trabajo')
      .waitFor();
    await projector.getByRole('region', { name: 'Our Common Values' }).getByText('La dignidad en el trabajo').waitFor();

    // Through the sub-phases to the report-back and the learnings.
    for (let phase = 2; phase <= 6; phase++) await facilitator.getByRole('button', { name: NEXT }).click();
    await ana.getByRole('heading', { name: /^Conozcan a su equipo/ }).waitFor();
    await ana.getByText('¿Qué aprendieron sobre los valores que comparten?').first().waitFor();
    await projector.getByText('What did you learn about values that you share?').first().waitFor();
    await expectAccessible({ ana, ben }, 'during the report-back');
    await facilitator.getByRole('button', { name: NEXT }).click();
    await ben.getByRole('heading', { name: /^Resuman los aprendizajes clave/ }).waitFor();
    await expectAccessible({ ana, ben }, 'while summing up learnings');
    expect(await projector.evaluate(() => document.documentElement.lang)).toBe('en');

    // The facilitator, reading in English, exports the notes in Spanish for the room.
    await facilitator.getByLabel('Language of the file').selectOption('es');
    const md = await download(facilitator, 'Notes (Markdown)');
    expect(md.text).toContain('# Martes de práctica');
    for (const heading of [
      '## Agenda',
      '## Rotafolio',
      '### Nuestros valores en común',
      '### Nuestros intereses compartidos',
      '## Aprendizajes clave',
      '## Compromisos',
    ])
      expect(md.text).toContain(`${heading}\n`);
    expect(md.text).toContain('1. Roles y agenda (5 min)');
    expect(md.text).toContain('- La dignidad en el trabajo');
    expect(md.text).not.toContain('## Flipchart');

    // Both languages pass axe on the facilitator's own screen too.
    await expectAccessible({ facilitator, projector }, 'in English while summing up learnings');
    await facilitator.getByLabel('Language', { exact: true }).selectOption('es');
    await facilitator.getByRole('heading', { name: 'Exportar el registro' }).waitFor();
    expect(await facilitator.evaluate(() => document.documentElement.lang)).toBe('es');
    await expectAccessible({ facilitator }, 'in Spanish while summing up learnings');
    await facilitator.screenshot({ path: `${artifactsDir}/spanish-room-facilitator.png`, fullPage: true });
  });
});
