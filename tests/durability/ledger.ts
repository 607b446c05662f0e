import type { WorkshopState } from '@common-ground/shared';
import type { Person } from './people.js';

/** Where in the state a command's effect shows, and the unique text that identifies it. */
export interface Trace {
  list: 'cards' | 'suggestions' | 'posts' | 'learnings' | 'participants';
  text: string;
}

export type Outcome = 'in-flight' | 'acknowledged' | 'refused';

/** One command as the test sent it, and what became of it as far as its sender knows. */
export interface SentCommand {
  person: Person;
  event: string;
  /** The whole message, commandId included, so a retry sends exactly the same thing. */
  message: { commandId: string } & Record<string, unknown>;
  trace: Trace;
  outcome: Outcome;
  /** What the first `ok` answer carried; a retry must get the same answer. */
  answer?: unknown;
  refusal?: string;
  /** Set when the test resent it after the restart. */
  retried?: boolean;
}

/** Every command of one cycle, in the order they were sent. */
export class Ledger {
  readonly sent: SentCommand[] = [];

  record(command: Omit<SentCommand, 'outcome'>): SentCommand {
    const entry: SentCommand = { ...command, outcome: 'in-flight' };
    this.sent.push(entry);
    return entry;
  }

  having(outcome: Outcome): SentCommand[] {
    return this.sent.filter((entry) => entry.outcome === outcome);
  }
}

/** How often each traced text appears in the state: each command's effect should appear once. */
export function countTraces(state: WorkshopState): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (list: Trace['list'], texts: Iterable<string>): void => {
    for (const text of texts) counts.set(keyOf({ list, text }), (counts.get(keyOf({ list, text })) ?? 0) + 1);
  };
  add(
    'cards',
    Object.values(state.cards).map((card) => card.text),
  );
  add(
    'suggestions',
    Object.values(state.suggestions).map((suggestion) => suggestion.text),
  );
  add(
    'posts',
    Object.values(state.posts).map((post) => post.text),
  );
  add(
    'learnings',
    state.learnings.items.map((learning) => learning.text),
  );
  add(
    'participants',
    Object.values(state.participants).map((person) => person.name),
  );
  return counts;
}

export function keyOf(trace: Trace): string {
  return `${trace.list}:${trace.text}`;
}

/** A line a person can act on: who sent what, with which id, and what they were told. */
export function describeCommand(entry: SentCommand): string {
  const told = entry.outcome === 'acknowledged' ? `ok ${JSON.stringify(entry.answer)}` : entry.outcome;
  return `${entry.person.label} ${entry.event} "${entry.trace.text}" (commandId ${entry.message.commandId}, answered ${told})`;
}
