import { randomUUID } from 'node:crypto';
import {
  applyEvents,
  createWorkshopState,
  decide,
  fail,
  ok,
  type Actor,
  type Command,
  type Credential,
  type JoinCommand,
  type Result,
  type SequencedEvent,
  type Step,
  type TemplateId,
  type WorkshopState,
  nextAutoAdvance,
  stepsFromTemplate,
  isPresent,
} from '@common-ground/shared';
import { hashSecret, newJoinCode, newSecret, projectorKeyFor, secretMatches } from '../security/tokens.js';
import type { Logger } from '../logger.js';
import type { UnreadableWorkshop, WorkshopRepository } from '../storage/workshop-repository.js';
import { DEFAULT_IDLE_MS, LoadedWorkshops } from './loaded-workshops.js';

export interface WorkshopServiceOptions {
  /** How long a workshop nobody uses stays in memory (DEFAULT_IDLE_MS). */
  idleMs?: number;
  /** Where a stored workshop that cannot be read is reported, when it is first asked for. */
  log?: Logger;
}

export interface Accepted<T> {
  events: SequencedEvent[];
  data: T;
  /** True when this command id was applied before: answer again, broadcast nothing. */
  replayed: boolean;
}

/**
 * The authority over every workshop: holds the ones in use in memory (see LoadedWorkshops),
 * runs the shared domain on each command, and writes the outcome to the database before
 * anyone hears of it.
 */
export class WorkshopService {
  private readonly workshops: LoadedWorkshops;

  constructor(
    private readonly repository: WorkshopRepository,
    private readonly now: () => number = Date.now,
    options: WorkshopServiceOptions = {},
  ) {
    this.workshops = new LoadedWorkshops(repository, now, {
      idleMs: options.idleMs ?? DEFAULT_IDLE_MS,
      log: options.log,
    });
  }

  /** Stored workshops found unreadable so far, when asked for: treated as unknown, kept in the database as they are. */
  get unreadable(): readonly UnreadableWorkshop[] {
    return this.workshops.unreadableSeen();
  }

  /** Every stored workshop, in memory or not. */
  get count(): number {
    return this.repository.count();
  }

  /** The workshops in memory now. */
  get loadedCount(): number {
    return this.workshops.size;
  }

  /** A screen entered this workshop: it stays in memory while any screen is in it. */
  hold(code: string): void {
    this.workshops.hold(code);
  }

  /** A screen left this workshop. */
  release(code: string): void {
    this.workshops.release(code);
  }

  /**
   * Lets go of the workshops nobody has used for the idle time. One whose clock will still move
   * by itself stays: the scheduler's timer needs it, and it will change without anyone asking.
   */
  evictIdle(): number {
    return this.workshops.evictIdle(
      (state) => nextAutoAdvance(state.agenda, state.clock, state.settings.autoAdvance) !== null,
    );
  }

  /** A new workshop: the template's agenda, or the one given (an imported record's). */
  create(
    title: string,
    template: TemplateId,
    agenda?: Step[],
    /** A whole record to keep (an import): its state under a new code, its clock stopped. */
    kept?: WorkshopState,
  ): { state: WorkshopState; facilitatorToken: string; projectorToken: string } {
    const facilitatorToken = newSecret();
    const facilitatorTokenHash = hashSecret(facilitatorToken);
    const projectorToken = projectorKeyFor(facilitatorToken);
    for (;;) {
      const fresh = createWorkshopState({
        code: newJoinCode(),
        title: title.trim(),
        template,
        createdAt: this.now(),
        agenda: agenda ?? stepsFromTemplate(template, randomUUID),
      });
      const state = kept ? { ...kept, code: fresh.code, seq: 0, clock: { ...kept.clock, runningSince: null } } : fresh;
      // The database decides whether a code is free: most stored workshops are not in memory.
      if (!this.repository.insertWorkshop(state, facilitatorTokenHash, hashSecret(projectorToken))) continue;
      this.workshops.add(state, facilitatorTokenHash);
      return { state, facilitatorToken, projectorToken };
    }
  }

  get(code: string): WorkshopState | undefined {
    return this.workshops.get(code)?.state;
  }

  /** Turns a credential into an actor, or says plainly why it is not accepted. */
  authenticate(code: string, credential: Credential): Result<Actor> {
    const workshop = this.workshops.get(code);
    if (!workshop) return fail('not_found', 'workshop.unknown');
    switch (credential.kind) {
      case 'projector': {
        // A workshop made before projector keys has no hash yet: no projector enters until its
        // facilitator comes back and gets a projector link (see projectorKey below).
        const hash = this.repository.projectorTokenHash(code);
        return hash && secretMatches(credential.token, hash)
          ? ok({ kind: 'projector' })
          : fail('unauthorized', 'session.projectorLink');
      }
      case 'facilitator':
        return secretMatches(credential.token, workshop.facilitatorTokenHash)
          ? ok({ kind: 'facilitator' })
          : fail('unauthorized', 'session.facilitatorLink');
      case 'participant': {
        const hash = this.repository.participantTokenHash(code, credential.participantId);
        if (!hash || !secretMatches(credential.token, hash)) {
          return fail('unauthorized', 'session.unknownPerson');
        }
        // Removed (or gone by their own choice) means out everywhere: no resume, no export.
        if (!isPresent(workshop.state, credential.participantId)) {
          return fail('unauthorized', 'session.removed');
        }
        return ok({ kind: 'participant', participantId: credential.participantId });
      }
    }
  }

  /**
   * The projector key for a facilitator who has just authenticated with `facilitatorToken`.
   * For a workshop made before projector keys, this is when it gets one.
   */
  projectorKey(code: string, facilitatorToken: string): string | undefined {
    const workshop = this.workshops.get(code);
    if (!workshop || !secretMatches(facilitatorToken, workshop.facilitatorTokenHash)) return undefined;
    const projectorToken = projectorKeyFor(facilitatorToken);
    if (this.repository.projectorTokenHash(code) === null) {
      this.repository.setProjectorTokenHash(code, hashSecret(projectorToken));
    }
    return projectorToken;
  }

  execute(code: string, actor: Actor, command: Command, commandId: string): Result<Accepted<{ seq: number }>> {
    return this.run(code, actor, command, commandId, (state) => ({ data: { seq: state.seq } }));
  }

  /** Adds a participant whose browser keeps `token` to come back as the same person. */
  join(code: string, name: string, token: string, commandId: string): Result<Accepted<{ participantId: string }>> {
    const command: JoinCommand = { type: 'participant:join', name };
    const result = this.run(code, { kind: 'projector' }, command, commandId, (_state, events) => {
      const joined = events.map((e) => e.event).find((e) => e.type === 'participant:joined');
      const participantId = joined?.type === 'participant:joined' ? joined.participantId : '';
      return { data: { participantId }, participantToken: { participantId, tokenHash: hashSecret(token) } };
    });
    // A retried join answers only the browser that holds the token it joined with, and only
    // while that person is still in the workshop.
    if (result.ok && result.data.replayed) {
      const { participantId } = result.data.data;
      const hash = this.repository.participantTokenHash(code, participantId);
      if (!hash || !secretMatches(token, hash)) return fail('unauthorized', 'session.joinUsed');
      const state = this.workshops.get(code)?.state;
      if (!state || !isPresent(state, participantId)) {
        return fail('unauthorized', 'session.removed');
      }
    }
    return result;
  }

  /** When this workshop's next sub-phase begins by itself, if one will. */
  nextBoundary(code: string): number | null {
    const state = this.workshops.get(code)?.state;
    return state ? (nextAutoAdvance(state.agenda, state.clock, state.settings.autoAdvance)?.at ?? null) : null;
  }

  /**
   * Applies every sub-phase boundary that has passed by `now`, each starting exactly at its
   * boundary. Decided from the persisted clock, so a restart neither skips nor repeats one.
   */
  advanceDue(code: string): SequencedEvent[] {
    const workshop = this.workshops.get(code);
    if (!workshop) return [];
    const now = this.now();
    const events: SequencedEvent[] = [];
    for (;;) {
      const { state } = workshop;
      const due = nextAutoAdvance(state.agenda, state.clock, state.settings.autoAdvance);
      if (!due || due.at > now) break;
      const event: SequencedEvent = {
        seq: state.seq + 1,
        at: now,
        event: { type: 'clock:moved', ...due.to, running: true, startAt: due.at, auto: true },
      };
      const next = applyEvents(state, [event]);
      this.repository.commit({ code, events: [event], state: next });
      workshop.state = next;
      events.push(event);
    }
    return events;
  }

  /**
   * Resolves once every change made so far is on disk. Whoever made one waits for this before
   * acknowledging or broadcasting it: changes are committed a turn of the event loop at a time.
   */
  durable(): Promise<void> {
    return this.repository.durable();
  }

  /** Writes every change made so far at once: before shutting down. */
  flush(): void {
    this.repository.flush();
  }

  /** The stored workshops whose clock may move by itself: after a restart, the only ones that may have boundaries to catch up. */
  codesWithClockThatMayAdvance(): string[] {
    return this.repository.codesWithClockThatMayAdvance();
  }

  private run<T>(
    code: string,
    actor: Actor,
    command: Command | JoinCommand,
    commandId: string,
    outcome: (
      state: WorkshopState,
      events: SequencedEvent[],
    ) => { data: T; participantToken?: { participantId: string; tokenHash: string } },
  ): Result<Accepted<T>> {
    const workshop = this.workshops.get(code);
    if (!workshop) return fail('not_found', 'workshop.unknown');

    const earlier = this.repository.findCommandResult(code, commandId);
    if (earlier !== undefined) return ok({ events: [], data: earlier as T, replayed: true });

    const decided = decide(workshop.state, actor, command, { newId: randomUUID, now: this.now() });
    if (!decided.ok) return decided;

    const at = this.now();
    const events = decided.data.map((event, i) => ({ seq: workshop.state.seq + i + 1, at, event }));
    const state = applyEvents(workshop.state, events);
    const { data, participantToken } = outcome(state, events);
    this.repository.commit({ code, events, state, commandId, result: data, participantToken });
    workshop.state = state;
    return ok({ events, data, replayed: false });
  }
}
