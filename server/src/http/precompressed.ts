import fs from 'node:fs';
import path from 'node:path';
import type { Request, Response } from 'express';

/** The encodings the build stores beside a file, best first, with the suffix it gives them. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

type Encoding = (typeof ENCODINGS)[number]['name'];

/**
 * The compressed copies the build wrote (client/build/precompress.ts), by the URL path of the
 * original: `/assets/index-abc.js` → { br, gzip }. Read once at start, so a request never
 * touches the disk to learn what exists, and a path that was not built is never looked up.
 */
export function findPrecompressed(distDir: string): Map<string, Set<Encoding>> {
  const found = new Map<string, Set<Encoding>>();
  if (!fs.existsSync(distDir)) return found;
  for (const entry of fs.readdirSync(distDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const encoding = ENCODINGS.find((e) => entry.name.endsWith(e.suffix));
    if (!encoding) continue;
    const original = path.join(entry.parentPath, entry.name.slice(0, -encoding.suffix.length));
    const urlPath = `/${path.relative(distDir, original).split(path.sep).join('/')}`;
    const encodings = found.get(urlPath) ?? new Set<Encoding>();
    encodings.add(encoding.name);
    found.set(urlPath, encodings);
  }
  return found;
}

/**
 * Sends `file` (the original at `urlPath`) in the best encoding both the browser accepts and the
 * build stored, or as it is. Every answer says it varies by Accept-Encoding, so a cache between
 * never hands brotli to a browser that did not ask for it.
 */
export function sendPrecompressed(
  req: Request,
  res: Response,
  file: string,
  stored: ReadonlySet<Encoding> | undefined,
  cacheControl: string,
): void {
  res.setHeader('Cache-Control', cacheControl);
  if (!stored) {
    res.sendFile(file, { cacheControl: false });
    return;
  }
  res.setHeader('Vary', 'Accept-Encoding');
  // Ours first, not the browser's order: browsers list gzip before br yet take either, and
  // brotli is the smaller.
  const encoding = ENCODINGS.find((e) => stored.has(e.name) && req.acceptsEncodings(e.name) === e.name);
  if (!encoding) {
    res.sendFile(file, { cacheControl: false });
    return;
  }
  // The type is the original's: the file sent is `name.js.br`, but what it holds is JavaScript.
  res.type(path.extname(file));
  res.setHeader('Content-Encoding', encoding.name);
  res.sendFile(`${file}${encoding.suffix}`, { cacheControl: false });
}
