/**
 * What a person did on the join form the server drew before the app started: the name typed
 * into it, and whether they already pressed "Join" (a plain form then, it came back as ?name=).
 * Read once, just before the app replaces that form, so nothing typed on a slow link is lost.
 */
export interface ShellHandoff {
  name: string;
  /** They pressed "Join" before the app could: the app joins for them. */
  submitted: boolean;
}

let handoff: ShellHandoff = { name: '', submitted: false };

export function keepShellInput(): void {
  const typed = document.querySelector<HTMLInputElement>('#root form input[name="name"]')?.value ?? '';
  const url = new URL(window.location.href);
  const sent = url.searchParams.get('name');
  if (sent !== null) {
    // Out of the address bar: a reload must not join again, a shared link must not carry a name.
    url.searchParams.delete('name');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  }
  handoff = sent !== null && sent.trim() ? { name: sent, submitted: true } : { name: typed, submitted: false };
}

/** The name to start the join form with, and whether to join with it at once. */
export function shellHandoff(): ShellHandoff {
  return handoff;
}

/** Used: a join form drawn later (after leaving and coming back) starts empty. */
export function clearShellHandoff(): void {
  handoff = { name: '', submitted: false };
}
