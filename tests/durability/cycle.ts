import { randomUUID } from 'node:crypto';
import type { WorkshopState } from '@common-ground/shared';
import { newToken } from '../server/helpers.js';
import { eventLogProblems } from './event-log.js';
import { countTraces, describeCommand, keyOf, Ledger, type SentCommand } from './ledger.js';
import { ask, connectAs, createWorkshopOver, facilitatorOf, resumeAs, type Person } from './people.js';
import { resend } from './retry.js';
import type { ServerProcess } from './server-process.js';
import { loadUntilKilled, settle } from './workload.js';

/** Enough screens to keep the server busy, few enough for two cores. */
const PARTICIPANTS = 8;
const LATE_JOINERS = 3;
/** The kill comes after 1 to this many answers of the load. */
const MOST_ANSWERS_BEFORE_KILL = 100;

export interface CycleContext {
  cycle: number;
  server: ServerProcess;
  /** Starts the server again on the same database and port. */
  restart: () => Promise<ServerProcess>;
  dbFile: string;
  addresses: string[];
  random: () => number;
}

export interface CycleReport {
  server: ServerProcess;
  /** Commands answered `ok` (before the kill, or on their retry afterwards). */
  acknowledged: number;
  /** Sent before the kill and never answered. */
  inFlight: number;
  /** Of those, how many the server had applied before it died: its answer was what got lost. */
  inFlightApplied: number;
  retried: number;
  lost: number;
  doubled: number;
  refused: number;
  problems: string[];
}

/** One kill -9: load, kill, restart, check, resend with the same ids, check again. */
export async function runCycle(ctx: CycleContext): Promise<CycleReport> {
  const tag = `k${ctx.cycle}`;
  const workshop = await createWorkshopOver(ctx.server.url, `Durability cycle ${ctx.cycle}`);
  const code = workshop.code;
  const facilitator = facilitatorOf(workshop, ctx.addresses[0] ?? '127.0.0.1');
  const person = (label: string, i: number, role: Person['role']): Person => ({
    label,
    role,
    address: ctx.addresses[i] ?? '127.0.0.1',
    token: newToken(),
  });
  const notetaker = person('notetaker', 1, 'notetaker');
  const seated = Array.from({ length: PARTICIPANTS }, (_, i) => person(`p${i + 1}`, i + 2, 'participant'));
  const late = Array.from({ length: LATE_JOINERS }, (_, i) =>
    person(`late${i + 1}`, i + 2 + PARTICIPANTS, 'participant'),
  );
  const ledger = new Ledger();

  // Seating happens before the load: each join is a command whose answer must survive too.
  for (const someone of [notetaker, ...seated]) {
    const socket = await connectAs(ctx.server.url, someone);
    const name = `${tag} ${someone.label}`;
    const message = { code, name, token: someone.token, commandId: randomUUID() };
    const entry = ledger.record({
      person: someone,
      event: 'session:join',
      message,
      trace: { list: 'participants', text: name },
    });
    settle(entry, await ask(socket, 'session:join', message));
    socket.disconnect();
    if (!someone.credential) throw new Error(`${describeCommand(entry)} was refused: ${entry.refusal}`);
  }
  const notetakerId = notetaker.credential?.kind === 'participant' ? notetaker.credential.participantId : '';
  await assignNotetaker(ctx.server.url, code, facilitator, notetakerId);

  let server = ctx.server;
  const observed = await loadUntilKilled({
    url: server.url,
    code,
    people: [facilitator, notetaker, ...seated, ...late],
    ledger,
    tag,
    killAfterAnswers: 1 + Math.floor(ctx.random() * MOST_ANSWERS_BEFORE_KILL),
    killOn: ctx.random() < 0.5 ? 'answer' : 'send',
    kill: () => ctx.server.killHard(),
    random: ctx.random,
  });
  server = await ctx.restart();

  const problems = [...observed.disagreements];
  const before = await snapshot(server.url, code, facilitator);
  if (before.participants[notetakerId]?.role !== 'notetaker') problems.push(`${code}: the note-taker's role was lost`);
  problems.push(...eventLogProblems(ctx.dbFile, code, before.seq, observed.events));

  // Each command counts once, as lost or as doubled, however many checks find it wrong.
  const lost = new Set<SentCommand>();
  const doubled = new Set<SentCommand>();
  const countsBefore = countTraces(before);
  const inFlight = ledger.having('in-flight');
  let inFlightApplied = 0;
  for (const entry of ledger.sent) {
    const count = countsBefore.get(keyOf(entry.trace)) ?? 0;
    if (entry.outcome === 'in-flight' && count === 1) inFlightApplied += 1;
    const expected = entry.outcome === 'acknowledged' ? 1 : entry.outcome === 'refused' ? 0 : Math.min(count, 1);
    if (count === expected) continue;
    (count > expected ? doubled : lost).add(entry);
    problems.push(`${verdict(count, expected)} after the restart (found ${count} times): ${describeCommand(entry)}`);
  }

  const retries = await resend(server.url, code, ledger, ctx.random);
  problems.push(...retries.problems);
  const after = await snapshot(server.url, code, facilitator);
  problems.push(...eventLogProblems(ctx.dbFile, code, after.seq));
  const countsAfter = countTraces(after);
  for (const entry of ledger.sent) {
    const count = countsAfter.get(keyOf(entry.trace)) ?? 0;
    const expected = entry.outcome === 'acknowledged' ? 1 : entry.outcome === 'refused' ? 0 : Math.min(count, 1);
    if (count === expected) continue;
    (count > expected ? doubled : lost).add(entry);
    problems.push(`${verdict(count, expected)} after resending (found ${count} times): ${describeCommand(entry)}`);
  }

  return {
    server,
    acknowledged: ledger.having('acknowledged').length,
    inFlight: inFlight.length,
    inFlightApplied,
    retried: retries.count,
    lost: lost.size,
    doubled: doubled.size,
    refused: ledger.having('refused').length,
    problems,
  };
}

function verdict(count: number, expected: number): string {
  return count > expected ? 'DOUBLED' : 'LOST';
}

async function assignNotetaker(url: string, code: string, facilitator: Person, participantId: string): Promise<void> {
  const socket = await resumeAs(url, code, facilitator);
  const message = { participantId, role: 'notetaker', commandId: randomUUID() };
  const result = await ask(socket, 'participant:assign-role', message);
  socket.disconnect();
  if (!result.ok) throw new Error(`making ${participantId} the note-taker was refused: ${result.error.code}`);
}

/** The workshop as a fresh facilitator screen receives it: the way to look at the server from outside. */
async function snapshot(url: string, code: string, facilitator: Person): Promise<WorkshopState> {
  const socket = await connectAs(url, facilitator);
  try {
    const result = await ask(socket, 'session:resume', { code, credential: facilitator.credential });
    if (!result.ok) throw new Error(`the facilitator could not resume ${code}: ${result.error.code}`);
    return (result.data as { state: WorkshopState }).state;
  } finally {
    socket.disconnect();
  }
}
