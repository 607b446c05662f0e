import type { JoinAddresses } from '@common-ground/shared';
import { Router } from 'express';
import { reachableHosts } from '../network/lan-addresses.js';
import type { ServerDeps } from '../server-deps.js';
import { limitByAddress } from './rate-limit.js';

/**
 * Where participants can reach us. Behind a proxy (`PUBLIC_URL`) only the public origin is told:
 * the machine's own network addresses are no business of the internet's. `listeningOn` is the
 * address the server was bound to, read when asked (the server listens after it is built).
 */
export function addressesRouter(
  deps: Pick<ServerDeps, 'limiters'>,
  options: { publicUrl: string | undefined; listeningOn: () => string | undefined },
): Router {
  const router = Router();
  router.get('/', limitByAddress(deps.limiters.summaries), (_req, res) => {
    const answer: JoinAddresses = options.publicUrl
      ? { publicUrl: options.publicUrl, hosts: [] }
      : { publicUrl: null, hosts: reachableHosts(options.listeningOn()) };
    res.json(answer);
  });
  return router;
}
