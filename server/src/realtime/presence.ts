import type { Actor, Presence } from '@common-ground/shared';

interface RoomPresence {
  participants: Map<string, number>;
  facilitators: number;
  projectors: number;
}

/**
 * Counts open screens per workshop. A person with two tabs is online until both close.
 * Volatile by design: it lives in memory and is rebuilt as screens reconnect after a restart.
 */
export class PresenceTracker {
  private readonly rooms = new Map<string, RoomPresence>();

  /** `changed(code)` is called after each arrival or departure in that workshop. */
  constructor(private readonly changed: (code: string) => void = () => undefined) {}

  arrive(code: string, actor: Actor): void {
    this.change(code, actor, 1);
  }

  leave(code: string, actor: Actor): void {
    this.change(code, actor, -1);
  }

  of(code: string): Presence {
    const room = this.rooms.get(code);
    return {
      participantIds: room ? [...room.participants.keys()] : [],
      facilitator: (room?.facilitators ?? 0) > 0,
      projectors: room?.projectors ?? 0,
    };
  }

  private change(code: string, actor: Actor, delta: 1 | -1): void {
    const room = this.rooms.get(code) ?? { participants: new Map(), facilitators: 0, projectors: 0 };
    this.rooms.set(code, room);
    if (actor.kind === 'facilitator') room.facilitators += delta;
    else if (actor.kind === 'projector') room.projectors += delta;
    else {
      const count = (room.participants.get(actor.participantId) ?? 0) + delta;
      if (count > 0) room.participants.set(actor.participantId, count);
      else room.participants.delete(actor.participantId);
    }
    if (room.participants.size === 0 && room.facilitators <= 0 && room.projectors <= 0) this.rooms.delete(code);
    this.changed(code);
  }
}
