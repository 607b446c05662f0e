import type { FollowUp, FollowUpChange, Result } from '@common-ground/shared';
import { useCallback, useEffect } from 'react';
import { useStore } from '../../app/store';
import { useConnection } from '../session/connection-context';

/**
 * A participant's private follow-up, fetched when the screen is (back) online and kept live by
 * the server's `followup:changed` messages. `participantId` is the facilitator's choice; a
 * participant always gets their own.
 */
export function useFollowUp(participantId: string | undefined, mine: boolean) {
  const connection = useConnection();
  const online = useStore((s) => s.status === 'online');
  const followUp = useStore((s) => (participantId ? s.followUps[participantId] : undefined));
  const named = mine ? undefined : participantId;

  useEffect(() => {
    if (connection && online && participantId) void connection.openFollowUp(named);
  }, [connection, online, participantId, named]);

  const change = useCallback(
    async (next: FollowUpChange): Promise<Result<FollowUp>> => {
      if (!connection) return { ok: false, error: { code: 'not_in_session', message: 'Not connected yet.' } };
      return connection.changeFollowUp(next, named);
    },
    [connection, named],
  );

  return { followUp, change };
}
