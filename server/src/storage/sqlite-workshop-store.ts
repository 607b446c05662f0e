import type { WorkshopState } from '@common-ground/shared';
import type { Logger } from '../logger.js';
import { LoadedWorkshops } from './loaded-workshops.js';
import { DEFAULT_IDLE_MS } from './workshop-copies.js';
import type { WorkshopRepository } from './workshop-repository.js';
import type { Decision, UnreadableWorkshop, WorkshopRecord, WorkshopStore } from './workshop-store.js';

/**
 * Workshops in one process on SQLite: the process's memory is the authority (LoadedWorkshops),
 * and the disk follows a turn of the event loop later (the repository's group commit). There is
 * no other writer, so `update` decides at once, in the caller's turn, and its promise waits only
 * for the commit: every command of a busy turn shares one fsync.
 */
export class SqliteWorkshopStore implements WorkshopStore {
  private readonly loaded: LoadedWorkshops;

  constructor(
    private readonly repository: WorkshopRepository,
    now: () => number,
    options: { idleMs?: number; log?: Logger } = {},
  ) {
    this.loaded = new LoadedWorkshops(repository, now, { idleMs: options.idleMs ?? DEFAULT_IDLE_MS, log: options.log });
  }

  async insert(state: WorkshopState, facilitatorTokenHash: string, projectorTokenHash: string): Promise<boolean> {
    // Nobody knows the new code before this returns, so nothing asks for it in the meantime.
    const inserted = await this.repository.insertWorkshop(state, facilitatorTokenHash, projectorTokenHash);
    if (inserted) this.loaded.add(state, facilitatorTokenHash);
    return inserted;
  }

  read(code: string): Promise<WorkshopRecord | undefined> {
    // A copy of the record: the one in memory is the authority's, changed only by `update`.
    const workshop = this.loaded.get(code);
    return Promise.resolve(workshop && { ...workshop });
  }

  update<T>(
    code: string,
    commandId: string | undefined,
    decide: (workshop: WorkshopRecord, earlier: unknown) => Decision<T>,
  ): Promise<T | undefined> {
    const workshop = this.loaded.get(code);
    if (!workshop) return Promise.resolve(undefined);
    const earlier = commandId === undefined ? undefined : this.repository.findCommandResult(code, commandId);
    const { commit, value } = decide({ ...workshop }, earlier);
    if (commit) {
      this.repository.commit(code, commit);
      workshop.state = commit.state;
    }
    // A refusal waits too: it may follow a change of the same turn that is not on disk yet.
    return this.repository.durable().then(() => value);
  }

  participantTokenHash(code: string, participantId: string): Promise<string | undefined> {
    return Promise.resolve(this.repository.participantTokenHash(code, participantId));
  }

  projectorTokenHash(code: string): Promise<string | null> {
    return Promise.resolve(this.repository.projectorTokenHash(code));
  }

  setProjectorTokenHash(code: string, projectorTokenHash: string): Promise<void> {
    return this.repository.setProjectorTokenHash(code, projectorTokenHash);
  }

  codesWithClockThatMayAdvance(): Promise<string[]> {
    return Promise.resolve(this.repository.codesWithClockThatMayAdvance());
  }

  count(): Promise<number> {
    return Promise.resolve(this.repository.count());
  }

  hold(code: string): void {
    this.loaded.hold(code);
  }

  release(code: string): void {
    this.loaded.release(code);
  }

  evictIdle(mustStay: (state: WorkshopState) => boolean): number {
    return this.loaded.evictIdle(mustStay);
  }

  get loadedCount(): number {
    return this.loaded.size;
  }

  unreadableSeen(): UnreadableWorkshop[] {
    return this.loaded.unreadableSeen();
  }

  close(): Promise<void> {
    this.repository.flush();
    return Promise.resolve();
  }
}
