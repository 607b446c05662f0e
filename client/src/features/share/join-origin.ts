/**
 * Where a join link should point. A page opened at `localhost` would hand the room a link that
 * opens nothing on anyone else's laptop; these pure helpers pick an address others can reach.
 */

/** Whether `hostname` (as in `location.hostname`) names this very machine only. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127\.\d+\.\d+\.\d+$/.test(host) ||
    host === '[::1]' ||
    host === '::1'
  );
}

/** The origins the page would have at each of the server's hosts: same scheme, same port. */
export function originsAt(hosts: readonly string[], page: Pick<Location, 'protocol' | 'port'>): string[] {
  const port = page.port ? `:${page.port}` : '';
  return hosts.map((host) => `${page.protocol}//${host}${port}`);
}

/** The remembered pick if it is still one of the choices, else the first (IPv4 comes first). */
export function pickOrigin(choices: readonly string[], remembered: string | null): string | undefined {
  return remembered && choices.includes(remembered) ? remembered : choices[0];
}

/** Per workshop: a laptop that runs two workshops in two rooms may use two networks. */
export function rememberedOriginKey(code: string): string {
  return `common-ground:join-origin:${code}`;
}
