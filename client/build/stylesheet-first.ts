import type { Plugin } from 'vite';

/**
 * Moves the built stylesheet to the top of <head>, before the scripts Vite puts there. The
 * stylesheet holds back the first paint (the page's shell, its join form); requested first, it
 * is answered first, instead of queueing on a slow link behind a quarter-megabyte of script the
 * browser asked for a moment earlier.
 */
export function stylesheetFirst(): Plugin {
  return {
    name: 'common-ground:stylesheet-first',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const links = html.match(/\s*<link rel="stylesheet"[^>]*>/g) ?? [];
        if (links.length === 0) return html;
        let rest = html;
        for (const link of links) rest = rest.replace(link, '');
        return rest.replace(/(<head>\s*<meta charset="UTF-8" \/>)/, `$1${links.join('')}`);
      },
    },
  };
}
