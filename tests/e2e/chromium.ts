import { execSync } from 'node:child_process';
import fs from 'node:fs';

/** Debian's Chromium. The network here is closed: never let a tool download its own browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/**
 * Makes sure Chromium is there before any browser test runs: installs Debian's package when
 * this is root with apt-get (a fresh CI machine), and otherwise stops with what to do.
 */
export function ensureChromium(): void {
  if (fs.existsSync(CHROMIUM_PATH)) return;
  const isRoot = process.getuid?.() === 0;
  const hasApt = fs.existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt && !process.env.CHROMIUM_PATH) {
    console.log('[e2e] Chromium is missing: installing Debian’s chromium package…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
    });
  }
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Browser tests need Chromium at ${CHROMIUM_PATH}. Install Debian's package ` +
        `("sudo apt-get install -y chromium") or set CHROMIUM_PATH to a Chromium binary.`,
    );
  }
}
