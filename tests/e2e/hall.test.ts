import os from 'node:os';
import type { Page } from 'playwright-core';
import QRCode from 'qrcode';
import { describe, expect, it, onTestFailed } from 'vitest';
import { browserSession, projectorLinkOf, saveScreenshots, tempDbFile } from './harness.js';

const session = browserSession();

/** This machine's first network address, as the server should find it. */
function lanAddress(): string {
  const found = Object.values(os.networkInterfaces())
    .flat()
    .find((entry) => entry && entry.family === 'IPv4' && !entry.internal);
  if (!found) throw new Error('this test needs a network interface besides loopback');
  return found.address;
}

/** The SVG our QrCode component draws for `url`, to compare with what the page shows. */
function qrSvgOf(url: string): Promise<string> {
  return QRCode.toString(url, {
    type: 'svg',
    margin: 1,
    errorCorrectionLevel: 'M',
    color: { dark: '#2b2420', light: '#ffffff' },
  });
}

async function qrSvgShown(page: Page, name: string): Promise<string> {
  const src = await page.getByRole('img', { name }).getAttribute('src');
  if (!src?.startsWith('data:image/svg+xml')) throw new Error(`the QR code is not an inline SVG: ${src}`);
  return decodeURIComponent(src.slice(src.indexOf(',') + 1));
}

/** Every host a page loaded something from (scripts, styles, fonts, images, requests) since it opened. */
async function hostsLoadedFrom(page: Page): Promise<string[]> {
  const urls = await page.evaluate(() => [
    location.href,
    ...performance.getEntriesByType('resource').map((entry) => entry.name),
  ]);
  return [
    ...new Set(
      urls
        .map((url) => new URL(url))
        .filter((url) => url.protocol.startsWith('http'))
        .map((url) => url.hostname),
    ),
  ];
}

describe('a hall with no internet', () => {
  it('hands the room a join link and QR code at the laptop’s network address, which a second laptop joins by', async (ctx) => {
    const lan = lanAddress();
    const server = await session.server(tempDbFile(), 0, '0.0.0.0');
    const facilitator = await session.person(`http://localhost:${server.port}`);
    const pages: Record<string, Page> = { facilitator };
    onTestFailed(() => saveScreenshots(ctx.task.name, pages));

    await facilitator.getByLabel('Workshop title').fill('Hall without wifi');
    await facilitator.getByRole('button', { name: 'Create workshop' }).click();
    await facilitator.getByRole('heading', { name: 'Hall without wifi', level: 1 }).waitFor();
    const code =
      (
        await facilitator
          .getByText(/^[A-Z0-9]{6}$/)
          .first()
          .textContent()
      )?.trim() ?? '';

    const joinUrl = `http://${lan}:${server.port}/join/${code}`;
    const invite = facilitator.getByRole('region', { name: 'Invite the room' });
    await invite.getByText(joinUrl, { exact: true }).waitFor();
    await expect.poll(() => qrSvgShown(facilitator, 'QR code that opens the join link')).toBe(await qrSvgOf(joinUrl));

    // The projector, opened from the facilitator's laptop, shows the same address on the wall.
    const projector = await session.person(await projectorLinkOf(facilitator), {
      viewport: { width: 1920, height: 1080 },
    });
    pages.projector = projector;
    await projector.getByText(`/join/${code}`).waitFor();
    await expect.poll(() => qrSvgShown(projector, 'QR code that opens the join link')).toBe(await qrSvgOf(joinUrl));

    // Another laptop on the hall's network opens that address and joins.
    const participant = await session.person(joinUrl);
    pages.participant = participant;
    await participant.getByLabel('Your name').fill('Rosa');
    await participant.getByRole('button', { name: 'Join the workshop' }).click();
    await participant.getByText('Welcome, Rosa').waitFor();
    await facilitator
      .getByRole('region', { name: /Who is here/ })
      .getByText('Rosa')
      .waitFor();

    // Nothing any of these pages needed came from anywhere but this laptop.
    expect(await hostsLoadedFrom(facilitator)).toEqual(['localhost']);
    expect(await hostsLoadedFrom(projector)).toEqual(['localhost']);
    expect(await hostsLoadedFrom(participant)).toEqual([lan]);
  });
});
