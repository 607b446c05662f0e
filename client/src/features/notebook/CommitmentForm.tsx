import type { CommitmentFields, Notebook, NotebookChange, Result } from '@common-ground/shared';
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useStore } from '../../app/store';
import { heldDoc } from '../private-docs/private-docs.slice';
import { useFormat } from '../../lib/i18n/format';

const FIELDS = ['who', 'what', 'byWhen'] as const;

/** The specific commitment the partners make to each other, with the same conflict rule as notes. */
export function CommitmentForm(props: {
  notebook: Notebook;
  change: (change: NotebookChange) => Promise<Result<Notebook>>;
}): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const { version, nextMeeting, ...saved } = props.notebook.commitment;
  const [draft, setDraft] = useState<CommitmentFields>(saved);
  const [dirty, setDirty] = useState(false);
  const [theirs, setTheirs] = useState<CommitmentFields | null>(null);
  const [status, setStatus] = useState<'idle' | 'saved'>('idle');
  const base = useRef(version);

  // While nobody is typing here, follow what the partner saves.
  useEffect(() => {
    if (!dirty) {
      setDraft(saved);
      base.current = version;
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `saved` is rebuilt each render; version says when it changed
  }, [version, dirty]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await props.change({ type: 'commit', commitment: draft, baseVersion: base.current });
    if (result.ok) {
      setDirty(false);
      setTheirs(null);
      setStatus('saved');
    } else if (result.error.code === 'conflict') {
      // The partner's save reached this screen before the refusal did.
      const now =
        heldDoc(useStore.getState().privateDocs, 'notebook', props.notebook.pairId)?.commitment ??
        props.notebook.commitment;
      const { version: theirVersion, nextMeeting: _theirs, ...theirFields } = now;
      setTheirs(theirFields);
      base.current = theirVersion;
    }
  }

  return (
    <form className="commitment" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('notebook.commitment.title')}</h3>
      <p className="hint">{t('notebook.commitment.help')}</p>
      {theirs && (
        <div className="notice" role="alert">
          <div>
            <p>{t('notebook.conflict')}</p>
            <blockquote className="note-editor__theirs">
              {FIELDS.map((f) => theirs[f])
                .filter(Boolean)
                .join(' · ')}
            </blockquote>
            <p className="hint">{t('notebook.conflictHelp')}</p>
          </div>
        </div>
      )}
      {FIELDS.map((field) => (
        <label key={field} className="field">
          <span className="label">{t(`notebook.commitment.${field}`)}</span>
          <input
            className="input"
            type="text"
            value={draft[field]}
            onChange={(e) => {
              setDraft((d) => ({ ...d, [field]: e.target.value }));
              setDirty(true);
              setStatus('idle');
            }}
          />
        </label>
      ))}
      {nextMeeting && <p>{t('notebook.commitment.storedNextMeeting', { when: format.localDateTime(nextMeeting) })}</p>}
      <div className="card__actions">
        <button type="submit" className="button button--primary">
          {t('notebook.commitment.save')}
        </button>
        {status === 'saved' && <span role="status">{t('notebook.commitment.saved')}</span>}
      </div>
    </form>
  );
}
