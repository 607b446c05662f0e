import type { JoinAddresses } from '@common-ground/shared';
import { Router } from 'express';
import { lanAddresses } from '../network/lan-addresses.js';
import type { ServerDeps } from '../server-deps.js';
import { limitByAddress } from './rate-limit.js';

/**
 * Where participants can reach us. Behind a proxy (`PUBLIC_URL`) only the public origin is told:
 * the machine's own network addresses are no business of the internet's.
 */
export function addressesRouter(deps: Pick<ServerDeps, 'limiters'>, publicUrl: string | undefined): Router {
  const router = Router();
  router.get('/', limitByAddress(deps.limiters.summaries), (_req, res) => {
    const answer: JoinAddresses = publicUrl ? { publicUrl, hosts: [] } : { publicUrl: null, hosts: lanAddresses() };
    res.json(answer);
  });
  return router;
}
