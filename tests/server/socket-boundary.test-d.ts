/**
 * The socket boundary, proved at compile time. `npm run typecheck` compiles this file with the
 * rest of tests/ (the root tsconfig.json); vitest runs only *.test.ts, so nothing here is run.
 * Each `@ts-expect-error` fails the typecheck if its line ever compiles.
 */
import {
  ok,
  sessionJoinSchema,
  sessionResumeSchema,
  timeSyncRequestSchema,
  type AnswerOf,
  type CommandAccepted,
  type CommandMessage,
  type MessageOf,
  type SessionJoin,
  type SessionSnapshot,
  type TimeSyncAnswer,
} from '@common-ground/shared';
import { expectTypeOf } from 'vitest';
import { listen } from '../../server/src/realtime/pipeline.js';
import type { AppSocket } from '../../server/src/realtime/types.js';

declare const socket: AppSocket;
declare const deps: Parameters<typeof listen>[3];
declare const snapshot: SessionSnapshot;

/** Never called: its body only has to compile, or fail to exactly where it says. */
export function socketBoundaryTypes(): void {
  // What an event carries and what answers it come from ClientToServerEvents alone.
  expectTypeOf<MessageOf<'session:join'>>().toEqualTypeOf<SessionJoin>();
  expectTypeOf<AnswerOf<'session:join'>>().toEqualTypeOf<SessionSnapshot>();
  expectTypeOf<AnswerOf<'time:sync'>>().toEqualTypeOf<TimeSyncAnswer>();
  expectTypeOf<MessageOf<'card:add'>>().toEqualTypeOf<CommandMessage<'card:add'>>();
  expectTypeOf<AnswerOf<'card:add'>>().toEqualTypeOf<CommandAccepted>();

  // The right event, schema and answer compile.
  listen(socket, 'time:sync', timeSyncRequestSchema, deps, () => ok({ serverNow: 0 }));
  listen(socket, 'session:join', sessionJoinSchema, deps, () => ok(snapshot));

  // @ts-expect-error a misspelled event is not an event of ClientToServerEvents
  listen(socket, 'time:synk', timeSyncRequestSchema, deps, () => ok({ serverNow: 0 }));

  // @ts-expect-error time:sync is answered with a TimeSyncAnswer, not a bare number
  listen(socket, 'time:sync', timeSyncRequestSchema, deps, () => ok(0));

  // @ts-expect-error session:resume is answered with a SessionSnapshot
  listen(socket, 'session:resume', sessionResumeSchema, deps, () => ok({ serverNow: 0 }));

  // @ts-expect-error this schema parses to a session:resume message, not the session:join message
  listen(socket, 'session:join', sessionResumeSchema, deps, () => ok(snapshot));
}
