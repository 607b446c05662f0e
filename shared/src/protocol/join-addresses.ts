import { z } from 'zod/mini';

/**
 * Where participants can reach this server, for a facilitator whose page is open at `localhost`
 * (a link to `localhost` opens nothing on anyone else's laptop). `publicUrl` is the origin set by
 * `PUBLIC_URL` (a proxy in front of us) and, when set, the only answer; otherwise `hosts` are the
 * machine's network addresses, IPv4 first, each ready to put in a URL (`192.168.1.20`, `[fd00::2]`).
 */
export const joinAddressesSchema = z.object({
  publicUrl: z.nullable(z.string()),
  hosts: z.array(z.string()),
});
export type JoinAddresses = z.infer<typeof joinAddressesSchema>;

export const JOIN_ADDRESSES_PATH = '/api/addresses';
