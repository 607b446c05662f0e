/**
 * A mark, not a secret, that this browser has joined a workshop: a cookie the server reads to
 * tell whether a join link should draw its join form before the app starts (a newcomer) or just
 * "Connecting…" (someone going back in, whose token stays in this browser's storage). Its name
 * matches server/src/http/join-shell.ts; it is sent only with that workshop's join link.
 */
export function markJoined(code: string, joined: boolean): void {
  const path = `/join/${code}`;
  const life = joined ? 'max-age=31536000' : 'max-age=0';
  try {
    document.cookie = `cg_joined_${code}=1; path=${path}; ${life}; samesite=lax`;
  } catch {
    // A browser refusing cookies only sees the join form drawn a moment longer.
  }
}
