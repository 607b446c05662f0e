import type { NotebookChange } from '@common-ground/shared';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../app/store';
import type { OutgoingChange } from '../session/outgoing.slice';

/** A notebook change this screen made that the server has not taken yet. */
export interface OutgoingNote {
  outgoing: OutgoingChange;
  change: NotebookChange;
}

/** A note sent to the flipchart that the server has not taken yet. */
export function useOutgoingSends(): OutgoingChange[] {
  return useStore(useShallow((s) => s.outgoing.filter((c) => c.event === 'card:suggest')));
}

/** The outgoing entry-level notebook changes (add, edit, delete) for one pair's notebook. */
export function useOutgoingNotes(pairId: string): OutgoingNote[] {
  const mine = useStore(
    useShallow((s) =>
      s.outgoing.filter((c) => {
        if (c.event !== 'doc:change') return false;
        const message = c.message as { kind: string; key: string };
        return message.kind === 'notebook' && message.key === pairId;
      }),
    ),
  );
  return mine.map((outgoing) => ({ outgoing, change: (outgoing.message as { change: NotebookChange }).change }));
}

/** The source entry id a `card:suggest` carried. */
export function sourceOf(change: OutgoingChange): string | undefined {
  return (change.message as { sourceId?: string }).sourceId;
}

/** Lets go of refused changes to one entry: the editor showed the refusal and holds the text itself. */
export function dismissRefusedOf(pairId: string, entryId: string): void {
  const { outgoing, outgoingDismissed } = useStore.getState();
  for (const c of outgoing) {
    const message = c.message as { kind?: string; key?: string; change?: { entryId?: string } };
    if (c.state === 'refused' && message.kind === 'notebook' && message.key === pairId) {
      if (message.change?.entryId === entryId) outgoingDismissed(c.commandId);
    }
  }
}
