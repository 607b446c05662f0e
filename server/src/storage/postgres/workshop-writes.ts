import type { WorkshopState } from '@common-ground/shared';
import type { Commit } from '../workshop-store.js';

/**
 * Everything a batch writes, in one statement: its events, its commands' answers and its rejoin
 * keys as arrays (one round trip however many commands), and the workshop's latest state once.
 */
const WRITE_BATCH = `
  WITH new_events AS (
    INSERT INTO events (workshop_code, seq, at, event)
    SELECT $1, e.seq, e.at, e.event FROM unnest($2::bigint[], $3::bigint[], $4::text[]) AS e(seq, at, event)
  ), new_commands AS (
    INSERT INTO commands (workshop_code, command_id, result)
    SELECT $1, c.id, c.result FROM unnest($5::text[], $6::text[]) AS c(id, result)
  ), new_tokens AS (
    INSERT INTO participant_tokens (workshop_code, participant_id, token_hash)
    SELECT $1, t.id, t.hash FROM unnest($7::text[], $8::text[]) AS t(id, hash)
  )
  UPDATE workshops SET state = $9, seq = $10 WHERE code = $1`;

/** The commits of one batch, gathered in order, checked to follow each other without gap or repeat. */
export class WorkshopWrites {
  private readonly eventSeqs: number[] = [];
  private readonly eventAts: number[] = [];
  private readonly eventJson: string[] = [];
  private readonly commandIds: string[] = [];
  private readonly results: string[] = [];
  private readonly tokenIds: string[] = [];
  private readonly tokenHashes: string[] = [];
  private latest: WorkshopState | undefined;

  constructor(private readonly code: string) {}

  /**
   * Adds a commit made on `before`; throws (and adds nothing) when its events do not number on from
   * `before.seq` or its state does not end at the last of them: the one order must never break.
   */
  add(before: WorkshopState, commit: Commit): void {
    const expected = commit.events.map((_, i) => before.seq + i + 1);
    const lastSeq = expected.at(-1) ?? before.seq;
    if (commit.events.some((event, i) => event.seq !== expected[i]) || commit.state.seq !== lastSeq) {
      throw new Error(
        `a commit to ${this.code} does not follow seq ${before.seq}: events ${commit.events.map((e) => e.seq).join(',')}, state at ${commit.state.seq}`,
      );
    }
    for (const { seq, at, event } of commit.events) {
      this.eventSeqs.push(seq);
      this.eventAts.push(at);
      this.eventJson.push(JSON.stringify(event));
    }
    if (commit.commandId !== undefined) {
      this.commandIds.push(commit.commandId);
      this.results.push(JSON.stringify(commit.result ?? null));
    }
    if (commit.participantToken) {
      this.tokenIds.push(commit.participantToken.participantId);
      this.tokenHashes.push(commit.participantToken.tokenHash);
    }
    this.latest = commit.state;
  }

  /** The statement that writes them all, or undefined when nothing was committed. */
  statement(): { text: string; values: unknown[] } | undefined {
    const state = this.latest;
    if (!state) return undefined;
    return {
      text: WRITE_BATCH,
      values: [
        this.code,
        this.eventSeqs,
        this.eventAts,
        this.eventJson,
        this.commandIds,
        this.results,
        this.tokenIds,
        this.tokenHashes,
        JSON.stringify(state),
        state.seq,
      ],
    };
  }
}
