import type { CreateWorkshopResponse, Credential, SessionSnapshot } from '@common-ground/shared';
import {
  follow,
  projectorCredential,
  unwrap,
  type Harness,
  type Screen,
  type TestClient,
  type TestServer,
} from './helpers.js';

/** The facilitator's credential, from the key the creating browser was given. */
export function facilitatorCredential(workshop: CreateWorkshopResponse): Credential {
  return { kind: 'facilitator', token: workshop.facilitatorToken };
}

/** Joins as a new participant; fails the test unless the server took them in as one. */
export async function joinAsParticipant(
  client: TestClient,
  workshop: CreateWorkshopResponse,
  name: string,
): Promise<{ snapshot: SessionSnapshot; participantId: string }> {
  const snapshot = unwrap(await client.join(workshop.code, name));
  if (snapshot.identity.kind !== 'participant') throw new Error(`${name} joined as ${snapshot.identity.kind}`);
  return { snapshot, participantId: snapshot.identity.participantId };
}

/** A workshop's screens, each following the events it is sent; the participants in the order named. */
export interface Room<Names extends string[]> {
  facilitator: Screen;
  projector: Screen;
  participants: { [I in keyof Names]: Screen };
  ids: { [I in keyof Names]: string };
  /** Everyone with a screen in the workshop, the sender of any command included. */
  everyone: Screen[];
}

/**
 * A facilitator's screen, a projector and one screen per name, every screen having taken the
 * join events it was sent, so a test starts with empty inboxes at seq `names.length`.
 */
export async function openRoom<const Names extends string[]>(
  harness: Harness,
  server: TestServer,
  workshop: CreateWorkshopResponse,
  names: Names,
): Promise<Room<Names>> {
  const fc = await harness.connect(server);
  const pc = await harness.connect(server);
  const facilitator = follow(fc, unwrap(await fc.resume(workshop.code, facilitatorCredential(workshop))));
  const projector = follow(pc, unwrap(await pc.resume(workshop.code, projectorCredential(workshop))));
  const participants: Screen[] = [];
  const ids: string[] = [];
  for (const name of names) {
    const client = await harness.connect(server);
    const { snapshot, participantId } = await joinAsParticipant(client, workshop, name);
    // Followed at once, so it misses none of the joins that come after its own.
    participants.push(follow(client, snapshot));
    ids.push(participantId);
  }
  const everyone = [facilitator, projector, ...participants];
  // A joiner learns of its own join from its snapshot, so the last to join has nothing to take.
  if (names.length > 0) {
    await Promise.all(everyone.slice(0, -1).map((screen) => screen.client.eventsThrough(names.length)));
  }
  // One screen and one id per name, in order: the tuple types say what the loop above built.
  return {
    facilitator,
    projector,
    participants: participants as Room<Names>['participants'],
    ids: ids as Room<Names>['ids'],
    everyone,
  };
}
