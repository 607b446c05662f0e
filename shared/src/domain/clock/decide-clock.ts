import { fail, ok, type Result } from '../../protocol/errors.js';
import { canRunClock, type Actor } from '../core/actor.js';
import { firstSegmentOf, MINUTE_MS, segmentAfter, segmentBefore, type Segment } from './clock.js';
import type { Command, CommandType } from '../core/commands.js';
import type { DomainEvent, EventOf } from '../core/events.js';
import type { WorkshopState } from '../core/state.js';

type ClockCommand = Extract<Command, { type: Extract<CommandType, `clock:${string}`> }>;

/** Start, pause, add or remove time, move through the agenda: the facilitator and the timekeeper. */
export function decideClock(state: WorkshopState, actor: Actor, command: ClockCommand): Result<DomainEvent[]> {
  if (!canRunClock(state, actor)) {
    return fail('forbidden', 'clock.keepersOnly');
  }
  const { clock, agenda } = state;
  const running = clock.runningSince !== null;
  const here: Segment | null = clock.stepId ? { stepId: clock.stepId, phaseId: clock.phaseId } : null;
  switch (command.type) {
    case 'clock:start':
      if (!here) return fail('invalid_input', 'clock.emptyAgenda');
      if (running) return fail('invalid_input', 'clock.running');
      return ok([{ type: 'clock:started' }]);
    case 'clock:pause':
      if (!running) return fail('invalid_input', 'clock.notRunning');
      return ok([{ type: 'clock:paused' }]);
    case 'clock:adjust':
      if (!here) return fail('invalid_input', 'agenda.empty');
      return ok([{ type: 'clock:adjusted', deltaMs: command.minutes * MINUTE_MS }]);
    case 'clock:next': {
      const next = here ? segmentAfter(agenda, here) : null;
      if (!next) return fail('invalid_input', 'clock.lastStep');
      return ok([moveTo(next, running)]);
    }
    case 'clock:previous': {
      const previous = here ? segmentBefore(agenda, here) : null;
      if (!previous) return fail('invalid_input', 'clock.firstStep');
      return ok([moveTo(previous, running)]);
    }
    case 'clock:goto': {
      const step = agenda.find((s) => s.id === command.stepId);
      if (!step) return fail('not_found', 'agenda.stepGone');
      return ok([moveTo(firstSegmentOf(step), running)]);
    }
  }
}

/** A manual move: the new segment starts from zero, running if the clock was running. */
export function moveTo(to: Segment | null, running: boolean): EventOf<'clock:moved'> {
  return {
    type: 'clock:moved',
    stepId: to?.stepId ?? null,
    phaseId: to?.phaseId ?? null,
    running: running && to !== null,
    auto: false,
  };
}
