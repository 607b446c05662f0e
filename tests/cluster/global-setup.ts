import type { TestProject } from 'vitest/node';
import { dropRun, newRunId } from './isolation.js';
import { findClusterServices } from './services.js';

/**
 * Once before the cluster tests: PostgreSQL and Redis to run on (see services.ts), handed to
 * every test file through `inject('clusterServices')`. Afterwards, whatever databases and keys
 * the run made and a test file did not drop (it failed, its worker crashed) are dropped.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const services = await findClusterServices();
  const runId = newRunId();
  project.provide('clusterServices', services);
  project.provide('clusterRunId', runId);
  return () => dropRun(services, runId);
}
