import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { PRIVATE_DOC_KINDS } from '@common-ground/shared';
import { openSqliteStores } from './storage/sqlite-stores.js';
import { PrivateDocService } from './private-docs/private-doc-service.js';
import { WorkshopService } from './workshops/workshop-service.js';
import { lanAddresses } from './network/lan-addresses.js';

const config = loadConfig();
const log = createLogger(config.logLevel);
const defaultDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../client/dist');
const clientDist = config.clientDist ?? (fs.existsSync(defaultDist) ? defaultDist : undefined);

// One process on a SQLite file (the default), or one of several on PostgreSQL and Redis (cluster
// mode, docs/SCALING.md). Workshops are read when first used, so an unreadable one is reported
// (logged) then, not here.
const { cluster } = config;
// Cluster mode's drivers are loaded only in cluster mode: a laptop's process does not carry them.
const stores = cluster
  ? await (await import('./storage/postgres/open-postgres-stores.js')).openPostgresStores(cluster.databaseUrl, { log })
  : openSqliteStores(path.join(config.dataDir, 'common-ground.sqlite'), { log });
const redis = cluster
  ? await (await import('./cluster/redis-link.js')).connectRedis(cluster.redisUrl, cluster.redisPrefix, log)
  : undefined;
const service = new WorkshopService(stores.workshops);
const app = createApp(
  {
    service,
    docs: new PrivateDocService(stores.docs, service, PRIVATE_DOC_KINDS),
    log,
  },
  { clientDist, allowedOrigins: config.allowedOrigins, publicUrl: config.publicUrl, cluster: redis },
);

app.httpServer.listen(config.port, config.host, async () => {
  // The port actually bound: with PORT=0 the system picks one.
  const { port } = app.httpServer.address() as AddressInfo;
  log.info(
    {
      port,
      host: config.host,
      storage: cluster ? 'postgresql' : 'sqlite',
      dataDir: config.dataDir,
      workshops: await service.count(),
      client: Boolean(clientDist),
    },
    `Common Ground is ready at http://localhost:${port}`,
  );
  // In a hall with no internet, this is the line the facilitator needs: where the others join.
  const lan = config.host === '0.0.0.0' || config.host === '::' ? lanAddresses() : [];
  for (const host of lan) log.info(`on this network: http://${host}:${port}`);
});

let stopping = false;
function stop(signal: string): void {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'stopping');
  void app
    .close()
    .then(() => stores.close())
    .then(() => redis?.close())
    .then(() => process.exit(0));
}
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
