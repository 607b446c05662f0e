import type { Actor, SequencedEvent } from '@common-ground/shared';
import { participantRoom, type AppServer } from './types.js';

/**
 * Someone who left or was removed is out everywhere at once: every screen they have open is
 * told why, then disconnected, so it hears nothing more of the workshop. Their credential is
 * refused from then on (see WorkshopService.authenticate), so no screen of theirs comes back.
 */
export function endSessionsOfLeavers(io: AppServer, code: string, actor: Actor, events: SequencedEvent[]): void {
  for (const { event } of events) {
    if (event.type !== 'participant:left') continue;
    const self = actor.kind === 'participant' && actor.participantId === event.participantId;
    const room = participantRoom(code, event.participantId);
    io.to(room).emit('session:ended', { reason: self ? 'left' : 'removed' });
    // After the current message is acknowledged: someone who leaves hears that it worked.
    setImmediate(() => io.in(room).disconnectSockets(true));
  }
}
