import type { Notebook, NotebookChange, Result } from '@common-ground/shared';
import { useCallback, useEffect } from 'react';
import { useStore } from '../../app/store';
import { useConnection } from '../session/connection-context';

/**
 * A pair's notebook, fetched when the screen is (back) online and kept live by the server's
 * `notebook:changed` messages. `pairId` is the facilitator's choice; a participant gets their own.
 */
export function useNotebook(pairId: string | undefined, myPairId: string | undefined) {
  const connection = useConnection();
  const online = useStore((s) => s.status === 'online');
  const id = pairId ?? myPairId;
  const notebook = useStore((s) => (id ? s.notebooks[id] : undefined));

  useEffect(() => {
    if (connection && online && id) void connection.openNotebook(pairId);
  }, [connection, online, id, pairId]);

  const change = useCallback(
    async (next: NotebookChange): Promise<Result<Notebook>> => {
      if (!connection) return { ok: false, error: { code: 'not_in_session', message: 'Not connected yet.' } };
      return connection.changeNotebook(next, pairId);
    },
    [connection, pairId],
  );

  return { notebook, change };
}
