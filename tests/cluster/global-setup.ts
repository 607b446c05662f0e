import type { TestProject } from 'vitest/node';
import { findClusterServices } from './services.js';

/**
 * Once before the cluster tests: PostgreSQL and Redis to run on (see services.ts), handed to
 * every test file through `inject('clusterServices')`.
 */
export default async function setup(project: TestProject): Promise<void> {
  project.provide('clusterServices', await findClusterServices());
}
