import fs from 'node:fs';
import path from 'node:path';
import { gzipSync, constants } from 'node:zlib';

/** One entry of Vite's build manifest (`client/dist/.vite/manifest.json`). */
interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/**
 * The screen each page opens, by its source module: the route App.tsx loads lazily. A page's
 * JavaScript is the entry's, the screen's, and every chunk either imports statically, which the
 * browser fetches before the page can show anything. Chunks loaded later (on a click, or a step
 * that is not open) are not counted.
 */
export const PAGE_SCREENS = {
  participant: 'src/features/join/JoinPage.tsx',
  facilitator: 'src/features/facilitator/FacilitatorPage.tsx',
  projector: 'src/features/projector/ProjectorPage.tsx',
} as const;

export type Page = keyof typeof PAGE_SCREENS;

function readManifest(distDir: string): Manifest {
  const file = path.join(distDir, '.vite/manifest.json');
  if (!fs.existsSync(file)) throw new Error(`no build manifest at ${file}: build the client first`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
}

/** The files a page fetches before it can show its screen. */
export function pageFiles(distDir: string, page: Page): string[] {
  const manifest = readManifest(distDir);
  const files = new Set<string>();
  const visit = (key: string): void => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the build manifest`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit('index.html');
  visit(PAGE_SCREENS[page]);
  return [...files].filter((file) => file.endsWith('.js'));
}

/** Gzipped at the highest level, as the build stores it to send. */
export function gzipKb(distDir: string, files: readonly string[]): number {
  const bytes = files.reduce((sum, file) => {
    const content = fs.readFileSync(path.join(distDir, file));
    return sum + gzipSync(content, { level: constants.Z_BEST_COMPRESSION }).length;
  }, 0);
  return Math.round((bytes / 1024) * 10) / 10;
}

/** Kilobytes of gzipped JavaScript each page loads before it shows its screen. */
export function clientJsGzipKb(distDir: string): Record<Page, number> {
  const pages = Object.keys(PAGE_SCREENS) as Page[];
  return Object.fromEntries(pages.map((page) => [page, gzipKb(distDir, pageFiles(distDir, page))])) as Record<
    Page,
    number
  >;
}
