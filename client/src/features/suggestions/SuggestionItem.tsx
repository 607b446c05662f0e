import { COLUMNS, type Column, type Suggestion } from '@common-ground/shared';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../app/store';
import { attribution } from '../flipchart/attribution';
import { useSend } from '../session/connection-context';

/** One waiting note: who sent it, what it says, and the column it goes to when accepted. */
export function SuggestionItem({ suggestion }: { suggestion: Suggestion }): ReactNode {
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

  async function resolve(how: 'accept' | 'reject') {
    setBusy(true);
    const result =
      how === 'accept'
        ? await send('suggestion:accept', {
            suggestionId: suggestion.id,
            ...(column === suggestion.column ? {} : { column }),
          })
        : await send('suggestion:reject', { suggestionId: suggestion.id });
    // Once accepted, the server's events remove this item; only a refusal leaves it here.
    if (!result.ok) setBusy(false);
  }

  return (
    <li className={`suggestion column--${column}`}>
      {from && <p className="card__author">{t('suggestions.from', { names: from })}</p>}
      <p className="card__text">{suggestion.text}</p>
      <div className="suggestion__controls">
        <label htmlFor={`${id}-column`} className="label">
          {t('suggestions.column')}
          <span className="visually-hidden">: {suggestion.text}</span>
        </label>
        <select
          id={`${id}-column`}
          className="input"
          value={column}
          onChange={(e) => setColumn(e.target.value as Column)}
        >
          {COLUMNS.map((c) => (
            <option key={c} value={c}>
              {t(`flipchart.columns.${c}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="card__actions">
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
      </div>
    </li>
  );
}
