import type { ClientSocket } from '../server/helpers.js';
import { describeCommand, type Ledger, type SentCommand } from './ledger.js';
import { ask, connectAs, resumeAs, type Person } from './people.js';
import { settle } from './workload.js';

/** How many acknowledged commands are resent per cycle, besides every one left in flight. */
const ACKNOWLEDGED_SAMPLE = 8;

/**
 * Resends, with the same commandId and message, everything left in flight and a sample of
 * what was acknowledged, as a browser's outbox does after a reconnect. The server must apply
 * each at most once and answer a repeat exactly as it answered the first time.
 */
export async function resend(
  url: string,
  code: string,
  ledger: Ledger,
  random: () => number,
): Promise<{ count: number; problems: string[] }> {
  const inFlight = ledger.having('in-flight');
  const acknowledged = sample(ledger.having('acknowledged'), ACKNOWLEDGED_SAMPLE, random);
  const chosen = [...inFlight, ...acknowledged];
  // Joins first: a late joiner whose join was in flight learns who they are from its retry.
  chosen.sort((a, b) => Number(b.event === 'session:join') - Number(a.event === 'session:join'));
  const problems: string[] = [];
  const screens = new Map<Person, ClientSocket>();
  try {
    for (const entry of chosen) {
      const problem = await resendOne(url, code, entry, screens);
      if (problem) problems.push(problem);
    }
  } finally {
    for (const socket of screens.values()) socket.disconnect();
  }
  return { count: chosen.length, problems };
}

async function resendOne(
  url: string,
  code: string,
  entry: SentCommand,
  screens: Map<Person, ClientSocket>,
): Promise<string | undefined> {
  const firstAnswer = entry.outcome === 'acknowledged' ? JSON.stringify(entry.answer) : undefined;
  entry.retried = true;
  let socket: ClientSocket;
  if (entry.event === 'session:join') {
    // A join is resent from a new screen, as a browser that reloaded before it heard back.
    socket = await connectAs(url, entry.person);
    try {
      settle(entry, await ask(socket, entry.event, entry.message));
    } finally {
      socket.disconnect();
    }
  } else {
    if (!entry.person.credential)
      return `${entry.person.label} never learned who they are, so cannot resend ${describeCommand(entry)}`;
    socket = screens.get(entry.person) ?? (await resumeAs(url, code, entry.person));
    screens.set(entry.person, socket);
    settle(entry, await ask(socket, entry.event, entry.message));
  }
  if (entry.outcome !== 'acknowledged')
    return `a resent command was refused (${entry.refusal}): ${describeCommand(entry)}`;
  const again = JSON.stringify(entry.answer);
  if (firstAnswer !== undefined && again !== firstAnswer) {
    return `a resent command got a different answer (${again}, first ${firstAnswer}): ${describeCommand(entry)}`;
  }
  return undefined;
}

function sample<T>(items: T[], size: number, random: () => number): T[] {
  const pool = [...items];
  const picked: T[] = [];
  while (picked.length < size && pool.length > 0) {
    picked.push(...pool.splice(Math.floor(random() * pool.length), 1));
  }
  return picked;
}
