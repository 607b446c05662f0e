import type { DocChangeInput, DocKindName, DocOf, Result } from '@common-ground/shared';
import { useCallback, useEffect } from 'react';
import { useStore } from '../../app/store';
import { useConnection } from '../session/connection-context';
import { heldDoc } from './private-docs.slice';

const NOT_CONNECTED = { ok: false, error: { code: 'not_in_session', reason: 'connection.notConnected' } } as const;

/**
 * One private document, of any kind: fetched whenever the screen is (back) online, kept live by
 * the server's versioned `doc:changed` pushes, and changed through the outbox, so a change made
 * offline is sent when the link is back and applied once.
 */
export function usePrivateDoc<K extends DocKindName>(kind: K, key: string | undefined) {
  const connection = useConnection();
  const online = useStore((s) => s.status === 'online');
  const doc = useStore((s) => heldDoc(s.privateDocs, kind, key));

  useEffect(() => {
    if (connection && online && key) void connection.openDoc(kind, key);
  }, [connection, online, kind, key]);

  const change = useCallback(
    async (next: DocChangeInput<K>): Promise<Result<DocOf<K>>> => {
      if (!connection || !key) return NOT_CONNECTED;
      return connection.changeDoc(kind, key, next);
    },
    [connection, kind, key],
  );

  return { doc, change };
}

/** Every document of a kind this screen may read (the facilitator's overview), fetched when online. */
export function usePrivateDocList(kind: DocKindName, enabled = true): void {
  const connection = useConnection();
  const online = useStore((s) => s.status === 'online');
  useEffect(() => {
    if (connection && online && enabled) void connection.listDocs(kind);
  }, [connection, online, kind, enabled]);
}
