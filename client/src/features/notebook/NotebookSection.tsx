import {
  columnOfSection,
  isBlankText,
  isNoteSent,
  type Notebook,
  type NotebookChange,
  type NotebookSection as Section,
  type Result,
} from '@common-ground/shared';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { v4 as uuid } from 'uuid';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../app/store';
import { heldDoc } from '../private-docs/private-docs.slice';
import { useSend } from '../session/connection-context';
import { OutgoingMark } from '../../components/OutgoingMark';
import { NoteEditor } from './NoteEditor';
import { dismissRefusedOf, sourceOf, useOutgoingNotes, useOutgoingSends } from './use-outgoing-notes';

/** One section of the notebook: its notes, each editable by either partner, and a way to add one. */
export function NotebookSection(props: {
  section: Section;
  notebook: Notebook;
  change: (change: NotebookChange) => Promise<Result<Notebook>>;
  canSend: boolean;
}): ReactNode {
  const { t } = useTranslation();
  const send = useSend();
  const inputId = useId();
  const participants = useStore((s) => s.workshop?.participants);
  const [text, setText] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const entries = props.notebook.entries.filter((e) => e.section === props.section);
  // Sent is what the workshop says, so both partners see it, and it stays after a reload.
  const sent = useStore(
    useShallow((s) => {
      const { workshop, identity } = s;
      if (!workshop) return [];
      const origin = {
        pairId: props.notebook.pairId,
        authorId: identity?.kind === 'participant' ? identity.participantId : '',
      };
      return entries.filter((e) => isNoteSent(workshop, origin, e.id)).map((e) => e.id);
    }),
  );
  const column = columnOfSection(props.section);
  const live = useStore((s) => s.status === 'online');
  // Changes not yet taken by the server are drawn at once, marked, so nothing typed vanishes.
  const outgoing = useOutgoingNotes(props.notebook.pairId);
  const sends = useOutgoingSends();
  const held = new Set(props.notebook.entries.map((e) => e.id));
  const adds = outgoing.flatMap(({ outgoing: change, change: c }) =>
    c.type === 'add' && c.section === props.section && !held.has(c.entryId) ? [{ change, text: c.text }] : [],
  );
  const lastChangeOf = (entryId: string) =>
    outgoing.findLast((o) => (o.change.type === 'edit' || o.change.type === 'delete') && o.change.entryId === entryId);

  function pendingText(entryId: string): string | undefined {
    const last = lastChangeOf(entryId)?.change;
    return last?.type === 'edit' ? last.text : undefined;
  }

  /** The newest send of this entry to the flipchart that the server has not taken yet. */
  function sendingOf(entryId: string) {
    return sends.findLast((c) => sourceOf(c) === entryId);
  }

  function sendLabel(entryId: string): string {
    if (sent.includes(entryId)) return t('notebook.sent');
    return sendingOf(entryId)?.state === 'waiting' ? t('notebook.sending') : t('notebook.send');
  }

  async function add(event: FormEvent) {
    event.preventDefault();
    const typed = text.trim();
    if (isBlankText(typed)) return;
    setText('');
    // The note shows at once, marked as waiting; a refusal shows beside it, with its text.
    await props.change({ type: 'add', entryId: uuid(), section: props.section, text: typed });
  }

  return (
    <section className={`notebook__section notebook__section--${props.section}`} aria-labelledby={`${inputId}-h`}>
      <h3 id={`${inputId}-h`}>{t(`notebook.sections.${props.section}`)}</h3>
      {entries.length === 0 && <p className="empty">{t(`notebook.empty.${props.section}`)}</p>}
      <ul className="notebook__entries">
        {entries.map((entry) => (
          <li key={entry.id} className="notebook__entry">
            {editing === entry.id ? (
              <NoteEditor
                entry={entry}
                onDone={() => setEditing(null)}
                onSave={async (next, baseVersion) => {
                  const saving = props.change({ type: 'edit', entryId: entry.id, text: next, baseVersion });
                  // Offline, the edit shows in place, marked as waiting, instead of holding the box open.
                  if (!live) return { outcome: 'saved' };
                  const result = await saving;
                  // Online, the editor itself says what happened and keeps the text.
                  dismissRefusedOf(props.notebook.pairId, entry.id);
                  if (result.ok) return { outcome: 'saved' };
                  if (result.error.code !== 'conflict') return { outcome: 'failed' };
                  // The partner's save reached this screen before the refusal did.
                  const now = heldDoc(useStore.getState().privateDocs, 'notebook', props.notebook.pairId);
                  return { outcome: 'conflict', latest: now?.entries.find((e) => e.id === entry.id) };
                }}
              />
            ) : (
              <>
                <p className="card__text">{pendingText(entry.id) ?? entry.text}</p>
                {lastChangeOf(entry.id) && <OutgoingMark change={lastChangeOf(entry.id)!.outgoing} />}
                {entry.authorId && <p className="card__author">{participants?.[entry.authorId]?.name}</p>}
                <div className="card__actions">
                  <button type="button" className="button button--quiet" onClick={() => setEditing(entry.id)}>
                    {t('notebook.edit')}
                  </button>
                  <button
                    type="button"
                    className="button button--quiet"
                    onClick={() => void props.change({ type: 'delete', entryId: entry.id })}
                  >
                    {t('notebook.delete')}
                  </button>
                  {column && props.canSend && (
                    <button
                      type="button"
                      className="button button--quiet"
                      disabled={sent.includes(entry.id) || sendingOf(entry.id)?.state === 'waiting'}
                      aria-label={`${sendLabel(entry.id)}: ${entry.text}`}
                      onClick={() =>
                        void send('card:suggest', { column, text: entry.text.slice(0, 500), sourceId: entry.id })
                      }
                    >
                      {sendLabel(entry.id)}
                    </button>
                  )}
                </div>
                {sendingOf(entry.id) && !sent.includes(entry.id) && <OutgoingMark change={sendingOf(entry.id)!} />}
              </>
            )}
          </li>
        ))}
        {adds.map(({ change, text: typed }) => (
          <li key={change.commandId} className="notebook__entry notebook__entry--outgoing">
            <p className="card__text">{typed}</p>
            <OutgoingMark change={change} />
          </li>
        ))}
      </ul>
      <form className="add-card" onSubmit={(e) => void add(e)}>
        <label htmlFor={inputId} className="visually-hidden">
          {t('notebook.addLabel', { section: t(`notebook.sections.${props.section}`) })}
        </label>
        <input
          id={inputId}
          className="input"
          value={text}
          maxLength={1000}
          autoComplete="off"
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="button">
          {t('notebook.add')}
        </button>
      </form>
    </section>
  );
}
