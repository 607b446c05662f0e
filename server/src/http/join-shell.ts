import { joinCodeSchema, preferredWordLanguage, shellWords, LIMITS, viewPaths } from '@common-ground/shared';

/** Set by the app in a browser that has joined this workshop: it goes back in, it does not join again. */
export const joinedCookieName = (code: string) => `cg_joined_${code}`;

/** The shell the built index.html carries, replaced for a join link. */
const SHELL = /<div id="root">[\s\S]*?<\/div>\s*(?=<noscript>)/;

/**
 * index.html for a join link, with the join form drawn in the HTML: on a slow link the app's
 * JavaScript takes many seconds, and a person can read the form and type their name meanwhile
 * (the app keeps what was typed). Sent before the app runs, it is a plain form: submitted that
 * early, it comes back as ?name= and the app joins with it. Null when this is not the page to
 * draw it on (a malformed code, or a browser that has joined before and is going back in).
 */
export function joinShell(
  /** The built index.html, asked for only when the path is a join link. */
  indexHtml: () => string,
  path: string,
  request: { acceptLanguage?: string; cookie?: string },
): string | null {
  const match = /^\/join\/([^/]+)\/?$/.exec(path);
  const parsed = joinCodeSchema.safeParse(match?.[1] ?? '');
  if (!parsed.success) return null;
  const code = parsed.data;
  if (hasCookie(request.cookie, joinedCookieName(code))) return null;
  const page = indexHtml();
  if (!SHELL.test(page)) return null;
  const language = preferredWordLanguage(request.acceptLanguage);
  const words = shellWords(language);
  // The code is [A-Z0-9] by its schema and the words are ours: nothing here comes from a person.
  // Laid out as the app's own join form (client/src/features/join/JoinForm.tsx), so little moves
  // when the app takes over. No workshop title: a page that named it would tell a stranger
  // guessing codes which ones exist, past the lookup's rate limit.
  const shell = `<div id="root">
      <main class="page page--center">
        <form class="panel door" method="get" action="${viewPaths.join(code)}">
          <p class="workshop-header__brand">Common Ground</p>
          <h1>${words.submit}</h1>
          <p class="shell__status" role="status">${words.connecting}</p>
          <div class="field">
            <label>
              <span class="label">${words.nameLabel}</span>
              <input class="input input--large" name="name" maxlength="${LIMITS.nameLength}" autocomplete="given-name" aria-describedby="shell-name-help" />
            </label>
            <span id="shell-name-help" class="hint">${words.nameHelp}</span>
          </div>
          <button type="submit" class="button button--primary button--large">${words.submit}</button>
        </form>
      </main>
    </div>
    `;
  return page.replace(SHELL, shell).replace(/<html lang="[^"]*">/, `<html lang="${language}">`);
}

function hasCookie(header: string | undefined, name: string): boolean {
  return (header ?? '').split(';').some((pair) => pair.trim().startsWith(`${name}=`));
}
