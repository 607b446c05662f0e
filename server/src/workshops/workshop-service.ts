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
import type { Commit, UnreadableWorkshop, WorkshopRecord, WorkshopStore } from '../storage/workshop-store.js';

export interface Accepted<T> {
  events: SequencedEvent[];
  data: T;
  /** True when this command id was applied before: answer again, broadcast nothing. */
  replayed: boolean;
}

/** What a command did: the sub-phase boundaries that had passed before it (applied first), and its own result. */
export interface Executed<T> {
  due: SequencedEvent[];
  result: Result<Accepted<T>>;
  /** When the next sub-phase begins by itself, as the workshop now stands: for the timer, without reading it again. */
  boundary: number | null;
}

/** A workshop just made, with the secrets only its creator ever sees. */
export interface CreatedWorkshop {
  state: WorkshopState;
  facilitatorToken: string;
  projectorToken: string;
}

type Outcome<T> = (
  state: WorkshopState,
  events: SequencedEvent[],
) => { data: T; participantToken?: { participantId: string; tokenHash: string } };

/**
 * The authority over every workshop: runs the shared domain on each command against the
 * workshop's latest state, as its store hands it over (see WorkshopStore: one process's memory on
 * SQLite, or a row lock on PostgreSQL), and answers only once the outcome is durable.
 */
export class WorkshopService {
  constructor(
    private readonly store: WorkshopStore,
    private readonly now: () => number = Date.now,
  ) {}

  /** Stored workshops found unreadable so far, when asked for: treated as unknown, kept in the database as they are. */
  get unreadable(): readonly UnreadableWorkshop[] {
    return this.store.unreadableSeen();
  }

  /** Every stored workshop, in memory or not. */
  count(): Promise<number> {
    return this.store.count();
  }

  /** The workshops in memory now. */
  get loadedCount(): number {
    return this.store.loadedCount;
  }

  /** A screen entered this workshop: it stays in memory while any screen is in it. */
  hold(code: string): void {
    this.store.hold(code);
  }

  /** A screen left this workshop. */
  release(code: string): void {
    this.store.release(code);
  }

  /**
   * Lets go of the workshops nobody has used for the idle time. One whose clock will still move
   * by itself stays: the scheduler's timer needs it, and it will change without anyone asking.
   */
  evictIdle(): number {
    return this.store.evictIdle(
      (state) => nextAutoAdvance(state.agenda, state.clock, state.settings.autoAdvance) !== null,
    );
  }

  /** A new workshop: the template's agenda, or the one given (an imported record's). */
  async create(
    title: string,
    template: TemplateId,
    agenda?: Step[],
    /** A whole record to keep (an import): its state under a new code, its clock stopped. */
    kept?: WorkshopState,
  ): Promise<CreatedWorkshop> {
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
      if (!(await this.store.insert(state, facilitatorTokenHash, hashSecret(projectorToken)))) continue;
      return { state, facilitatorToken, projectorToken };
    }
  }

  /** The workshop as last committed; undefined when unknown. */
  async get(code: string): Promise<WorkshopState | undefined> {
    return (await this.store.read(code))?.state;
  }

  /** Turns a credential into an actor, or says plainly why it is not accepted. */
  async authenticate(code: string, credential: Credential): Promise<Result<Actor>> {
    const workshop = await this.store.read(code);
    if (!workshop) return fail('not_found', 'workshop.unknown');
    switch (credential.kind) {
      case 'projector': {
        // A workshop made before projector keys has no hash yet: no projector enters until its
        // facilitator comes back and gets a projector link (see projectorKey below).
        const hash = await this.store.projectorTokenHash(code);
        return hash && secretMatches(credential.token, hash)
          ? ok({ kind: 'projector' })
          : fail('unauthorized', 'session.projectorLink');
      }
      case 'facilitator':
        return secretMatches(credential.token, workshop.facilitatorTokenHash)
          ? ok({ kind: 'facilitator' })
          : fail('unauthorized', 'session.facilitatorLink');
      case 'participant': {
        const hash = await this.store.participantTokenHash(code, credential.participantId);
        if (!hash || !secretMatches(credential.token, hash)) {
          return fail('unauthorized', 'session.unknownPerson');
        }
        // Removed (or gone by their own choice) means out everywhere: no resume, no export.
        // Asked again after the wait: the person may have left meanwhile.
        const state = await this.get(code);
        if (!state || !isPresent(state, credential.participantId)) {
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
  async projectorKey(code: string, facilitatorToken: string): Promise<string | undefined> {
    const workshop = await this.store.read(code);
    if (!workshop || !secretMatches(facilitatorToken, workshop.facilitatorTokenHash)) return undefined;
    const projectorToken = projectorKeyFor(facilitatorToken);
    if ((await this.store.projectorTokenHash(code)) === null) {
      await this.store.setProjectorTokenHash(code, hashSecret(projectorToken));
    }
    return projectorToken;
  }

  /**
   * Applies a command, after any sub-phase boundary that has passed before its timer fired
   * (screens already show the next sub-phase, so the command acts on that one). Resolves once
   * both are durable.
   */
  execute(code: string, actor: Actor, command: Command, commandId: string): Promise<Executed<{ seq: number }>> {
    return this.run(code, actor, command, commandId, (state) => ({ data: { seq: state.seq } }));
  }

  /** Adds a participant whose browser keeps `token` to come back as the same person. */
  async join(
    code: string,
    name: string,
    token: string,
    commandId: string,
  ): Promise<Result<Accepted<{ participantId: string }>>> {
    const command: JoinCommand = { type: 'participant:join', name };
    const { result, due } = await this.run(code, { kind: 'projector' }, command, commandId, (_state, events) => {
      const joined = events.map((e) => e.event).find((e) => e.type === 'participant:joined');
      const participantId = joined?.type === 'participant:joined' ? joined.participantId : '';
      return { data: { participantId }, participantToken: { participantId, tokenHash: hashSecret(token) } };
    });
    // A retried join answers only the browser that holds the token it joined with, and only
    // while that person is still in the workshop.
    if (result.ok && result.data.replayed) {
      const { participantId } = result.data.data;
      const hash = await this.store.participantTokenHash(code, participantId);
      if (!hash || !secretMatches(token, hash)) return fail('unauthorized', 'session.joinUsed');
      const state = await this.get(code);
      if (!state || !isPresent(state, participantId)) {
        return fail('unauthorized', 'session.removed');
      }
    }
    // Boundaries that passed before the join travel with it: the room hears them first.
    return result.ok ? ok({ ...result.data, events: [...due, ...result.data.events] }) : result;
  }

  /** When this workshop's next sub-phase begins by itself, if one will. */
  async nextBoundary(code: string): Promise<number | null> {
    const state = await this.get(code);
    return state ? boundaryOf(state) : null;
  }

  /**
   * Applies every sub-phase boundary that has passed by now, each starting exactly at its
   * boundary. Decided from the stored clock under the workshop's lock, so a restart neither skips
   * nor repeats one, and of several processes whose timers fire, only the first applies it.
   */
  async advanceDue(code: string): Promise<SequencedEvent[]> {
    const due = await this.store.update(code, undefined, (workshop) => {
      const passed = this.boundariesPassed(workshop.state);
      return { commit: passed.commit, value: passed.events };
    });
    return due ?? [];
  }

  /** Writes whatever is queued and lets go of the store: before shutting down. */
  close(): Promise<void> {
    return this.store.close();
  }

  /** The stored workshops whose clock may move by itself: after a restart, the only ones that may have boundaries to catch up. */
  codesWithClockThatMayAdvance(): Promise<string[]> {
    return this.store.codesWithClockThatMayAdvance();
  }

  /** The events of every boundary passed by now, and the commit that writes them (none when none passed). */
  private boundariesPassed(from: WorkshopState): { events: SequencedEvent[]; state: WorkshopState; commit?: Commit } {
    const now = this.now();
    const events: SequencedEvent[] = [];
    let state = from;
    for (;;) {
      const due = nextAutoAdvance(state.agenda, state.clock, state.settings.autoAdvance);
      if (!due || due.at > now) break;
      const event: SequencedEvent = {
        seq: state.seq + 1,
        at: now,
        event: { type: 'clock:moved', ...due.to, running: true, startAt: due.at, auto: true },
      };
      state = applyEvents(state, [event]);
      events.push(event);
    }
    return { events, state, commit: events.length > 0 ? { events, state } : undefined };
  }

  private async run<T>(
    code: string,
    actor: Actor,
    command: Command | JoinCommand,
    commandId: string,
    outcome: Outcome<T>,
  ): Promise<Executed<T>> {
    const executed = await this.store.update(code, commandId, (workshop, earlier) =>
      this.decideCommand(workshop, { actor, command, commandId, earlier }, outcome),
    );
    return executed ?? { due: [], result: fail('not_found', 'workshop.unknown'), boundary: null };
  }

  /** The pure part of a command: boundaries first, then the retry check, then the domain's decision. */
  private decideCommand<T>(
    workshop: WorkshopRecord,
    asked: { actor: Actor; command: Command | JoinCommand; commandId: string; earlier: unknown },
    outcome: Outcome<T>,
  ): { commit?: Commit; value: Executed<T> } {
    const { actor, command, commandId, earlier } = asked;
    const passed = this.boundariesPassed(workshop.state);
    const due = passed.events;
    const unchanged = { due, boundary: boundaryOf(passed.state) };
    if (earlier !== undefined) {
      return {
        commit: passed.commit,
        value: { ...unchanged, result: ok({ events: [], data: earlier as T, replayed: true }) },
      };
    }
    const decided = decide(passed.state, actor, command, { newId: randomUUID, now: this.now() });
    if (!decided.ok) return { commit: passed.commit, value: { ...unchanged, result: decided } };

    const at = this.now();
    const events = decided.data.map((event, i) => ({ seq: passed.state.seq + i + 1, at, event }));
    const state = applyEvents(passed.state, events);
    const { data, participantToken } = outcome(state, events);
    return {
      commit: { events: [...due, ...events], state, result: data, participantToken, commandId },
      value: { due, result: ok({ events, data, replayed: false }), boundary: boundaryOf(state) },
    };
  }
}

/** When the workshop's next sub-phase begins by itself, if one will. */
function boundaryOf(state: WorkshopState): number | null {
  return nextAutoAdvance(state.agenda, state.clock, state.settings.autoAdvance)?.at ?? null;
}
