import { COLUMNS, type Column, type Suggestion } from '@common-ground/shared';
import { useId, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useStore } from '../../app/store';
import { attribution } from '../flipchart/attribution';
import { useSend } from '../session/connection-context';
import { SUGGESTION_SHORTCUTS, suggestionKeyAction, type SuggestionOutcome } from './suggestion-keys';

/**
 * One waiting note: who sent it, what it says, and one row of actions: its column, accept,
 * reject. The note itself takes focus, so a keyboard user accepts or rejects with one key.
 */
export function SuggestionItem({
  suggestion,
  keysHintId,
  focusRef,
  onResolved,
}: {
  suggestion: Suggestion;
  /** The visible text that explains the shortcuts, read out when the note takes focus. */
  keysHintId: string;
  focusRef: Ref<HTMLDivElement>;
  onResolved: (outcome: SuggestionOutcome, column: Column) => void;
}): ReactNode {
  const { t } = useTranslation();
  const send = useSend();
  const id = useId();
  const from = useStore((s) =>
    s.workshop
      ? attribution(
          s.workshop,
          { pairIds: suggestion.pairId ? [suggestion.pairId] : [], authorId: suggestion.authorId },
          t,
        )
      : null,
  );
  const [column, setColumn] = useState<Column>(suggestion.column);
  // Until the server answers, a second press would only be refused as already handled.
  const [busy, setBusy] = useState(false);

  async function resolve(how: SuggestionOutcome) {
    if (busy) return;
    setBusy(true);
    const result =
      how === 'accept'
        ? await send('suggestion:accept', {
            suggestionId: suggestion.id,
            ...(column === suggestion.column ? {} : { column }),
          })
        : await send('suggestion:reject', { suggestionId: suggestion.id });
    // Once accepted, the server's events remove this item; only a refusal leaves it here.
    if (result.ok) onResolved(how, column);
    else setBusy(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    // Only on the note itself: in the column list a letter picks a column, on a button Enter presses it.
    if (event.target !== event.currentTarget) return;
    const how = suggestionKeyAction(event);
    if (!how) return;
    event.preventDefault();
    void resolve(how);
  }

  return (
    <li className={`suggestion column--${column}`}>
      <div
        ref={focusRef}
        role="group"
        tabIndex={0}
        className="suggestion__note"
        aria-label={t('suggestions.noteLabel', { text: suggestion.text })}
        aria-describedby={keysHintId}
        aria-keyshortcuts={SUGGESTION_SHORTCUTS}
        aria-busy={busy}
        onKeyDown={onKeyDown}
      >
        {from && <p className="card__author">{t('suggestions.from', { names: from })}</p>}
        <p className="card__text">{suggestion.text}</p>
        <div className="suggestion__row">
          <label htmlFor={`${id}-column`} className="visually-hidden">
            {t('suggestions.column')}: {suggestion.text}
          </label>
          <select
            id={`${id}-column`}
            className="input suggestion__column"
            value={column}
            onChange={(e) => setColumn(e.target.value as Column)}
          >
            {COLUMNS.map((c) => (
              <option key={c} value={c}>
                {t(`flipchart.columns.${c}`)}
              </option>
            ))}
          </select>
          <span className="suggestion__buttons">
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              onClick={() => void resolve('accept')}
              aria-label={`${t('suggestions.accept')}: ${suggestion.text}`}
            >
              {t('suggestions.accept')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              disabled={busy}
              onClick={() => void resolve('reject')}
              aria-label={`${t('suggestions.reject')}: ${suggestion.text}`}
            >
              {t('suggestions.reject')}
            </button>
          </span>
        </div>
      </div>
    </li>
  );
}
