import type { CommandAccepted, CommandPayload, CommandType, Credential, Result } from '@common-ground/shared';
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { resetStore, useStore } from '../../app/store';
import { createSocket } from '../../lib/socket';
import { WorkshopConnection, type SyncSocket } from './workshop-connection';

/** Lets tests hand in a fake socket; the app uses a real one. */
export const SocketFactoryContext = createContext<() => SyncSocket>(() => createSocket());

const ConnectionContext = createContext<WorkshopConnection | null>(null);

/** Opens the workshop for as long as the component is mounted. */
export function WorkshopSession(props: {
  code: string;
  credential: () => Credential | null;
  children: ReactNode;
}): ReactNode {
  const makeSocket = useContext(SocketFactoryContext);
  const credentialRef = useRef(props.credential);
  credentialRef.current = props.credential;
  const [connection, setConnection] = useState<WorkshopConnection | null>(null);

  useEffect(() => {
    resetStore();
    const next = new WorkshopConnection({
      code: props.code,
      socket: makeSocket(),
      store: useStore,
      credential: () => credentialRef.current(),
    });
    setConnection(next);
    const stop = next.start();
    return () => {
      stop();
      setConnection(null);
    };
  }, [props.code, makeSocket]);

  return <ConnectionContext.Provider value={connection}>{props.children}</ConnectionContext.Provider>;
}

export function useConnection(): WorkshopConnection | null {
  return useContext(ConnectionContext);
}

/** Sends a command through the open workshop; a refusal is also shown to the person. */
export function useSend(): <K extends CommandType>(
  type: K,
  payload: CommandPayload<K>,
) => Promise<Result<CommandAccepted>> {
  const connection = useConnection();
  return useCallback(
    async (type, payload) => {
      if (!connection) return { ok: false, error: { code: 'not_in_session', reason: 'connection.notConnected' } };
      const result = await connection.send(type, payload);
      if (!result.ok) useStore.getState().setError(result.error);
      return result;
    },
    [connection],
  );
}
