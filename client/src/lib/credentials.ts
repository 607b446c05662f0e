import { markJoined } from './joined-mark';

/**
 * What a browser keeps to come back as the same person: the facilitator's key, the projector's
 * key and a participant's rejoin token, per workshop. Storage can be unavailable (private windows,
 * locked-down browsers); then the page still works, it just will not remember.
 */
export interface ParticipantCredential {
  participantId: string;
  token: string;
}

const facilitatorKey = (code: string) => `common-ground:facilitator:${code}`;
const projectorKey = (code: string) => `common-ground:projector:${code}`;
const participantKey = (code: string) => `common-ground:participant:${code}`;

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // Remembering is a convenience; the session itself goes on.
  }
}

export const credentials = {
  facilitatorToken: (code: string) => read(facilitatorKey(code)),
  saveFacilitatorToken: (code: string, token: string) => write(facilitatorKey(code), token),
  projectorToken: (code: string) => read(projectorKey(code)),
  saveProjectorToken: (code: string, token: string) => write(projectorKey(code), token),
  participant(code: string): ParticipantCredential | null {
    const raw = read(participantKey(code));
    if (!raw) return null;
    try {
      const value = JSON.parse(raw) as Partial<ParticipantCredential>;
      return typeof value.participantId === 'string' && typeof value.token === 'string'
        ? { participantId: value.participantId, token: value.token }
        : null;
    } catch {
      return null;
    }
  },
  saveParticipant(code: string, value: ParticipantCredential): void {
    write(participantKey(code), JSON.stringify(value));
    markJoined(code, true);
  },
  forgetParticipant(code: string): void {
    write(participantKey(code), null);
    markJoined(code, false);
  },
};

/**
 * The facilitator and projector links carry their key in the #fragment (never sent to a server
 * or a log). The page takes it out of the address bar, out of sight of a room watching a
 * projected screen, and hands it to `keep`. Without one in the address, null.
 */
export function takeKeyFromAddress(keep: (key: string) => void): string | null {
  const key = new URLSearchParams(window.location.hash.slice(1)).get('key');
  if (!key) return null;
  keep(key);
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  return key;
}

/** A rejoin token: 32 random bytes, base64url, made in the browser that keeps it. */
export function newRejoinToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
