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
import type { UnreadableWorkshop, WorkshopRepository } from '../storage/workshop-repository.js';

interface LiveWorkshop {
  state: WorkshopState;
  facilitatorTokenHash: string;
}

export interface Accepted<T> {
  events: SequencedEvent[];
  data: T;
  /** True when this command id was applied before: answer again, broadcast nothing. */
  replayed: boolean;
}

/**
 * The authority over every workshop: holds their state in memory, runs the shared domain
 * on each command, and writes the outcome to the database before anyone hears of it.
 */
export class WorkshopService {
  private readonly workshops = new Map<string, LiveWorkshop>();

  constructor(
    private readonly repository: WorkshopRepository,
    private readonly now: () => number = Date.now,
  ) {
    const { workshops, unreadable } = repository.loadAll();
    for (const stored of workshops) this.workshops.set(stored.state.code, stored);
    this.unreadable = unreadable;
  }

  /** Stored workshops that could not be read at start: skipped, kept in the database as they are. */
  readonly unreadable: readonly UnreadableWorkshop[];

  get count(): number {
    return this.workshops.size;
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
      if (this.workshops.has(state.code)) continue;
      if (!this.repository.insertWorkshop(state, facilitatorTokenHash, hashSecret(projectorToken))) continue;
      this.workshops.set(state.code, { state, facilitatorTokenHash });
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

  codes(): string[] {
    return [...this.workshops.keys()];
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
