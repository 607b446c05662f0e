import fs from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';
import { findPrecompressed, sendPrecompressed } from './precompressed.js';
import { joinShell } from './join-shell.js';

/** Hashed names change with their content: a browser may keep them for a year without asking. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (index.html above all) is checked on every load, so a new build shows at once. */
const REVALIDATE = 'no-cache';

/**
 * Serves the built client, compressed as the build stored it, and its index.html for every
 * other path so deep links (a join link, a facilitator link) open the right screen.
 */
export function clientFiles(distDir: string): Router {
  const router = express.Router();
  const indexFile = path.join(distDir, 'index.html');
  const precompressed = findPrecompressed(distDir);
  // Read once, like the compressed copies above: the build does not change under a running server.
  let indexHtml: string | undefined;
  const readIndex = () => (indexHtml ??= fs.readFileSync(indexFile, 'utf8'));

  router.get(/.*/, (req, res, next) => {
    const stored = precompressed.get(req.path);
    if (!stored) return next();
    const cacheControl = req.path.startsWith('/assets/') ? IMMUTABLE : REVALIDATE;
    sendPrecompressed(req, res, path.join(distDir, ...req.path.split('/')), stored, cacheControl);
  });
  router.use('/assets', express.static(path.join(distDir, 'assets'), { immutable: true, maxAge: '1y' }));
  router.use(express.static(distDir, { index: false, cacheControl: false, setHeaders: noCache }));
  router.get(/^(?!\/api\/|\/socket\.io\/).*/, (req, res, next) => {
    if (!fs.existsSync(indexFile)) return next();
    const join = joinShell(readIndex, req.path, {
      acceptLanguage: req.get('accept-language'),
      cookie: req.get('cookie'),
    });
    if (join) {
      // Drawn for this browser's language and for whether it has joined: caches must ask again.
      res.setHeader('Cache-Control', REVALIDATE);
      res.setHeader('Vary', 'Accept-Language, Cookie');
      return res.type('html').send(join);
    }
    sendPrecompressed(req, res, indexFile, precompressed.get('/index.html'), REVALIDATE);
  });
  return router;
}

function noCache(res: express.Response): void {
  res.setHeader('Cache-Control', REVALIDATE);
}
