import { NOTES_FLOWS, type Column, type Suggestion } from '@common-ground/shared';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../app/store';
import { useSend } from '../session/connection-context';
import { SuggestionItem } from './SuggestionItem';
import type { SuggestionOutcome } from './suggestion-keys';
import { useFocusAfterResolve } from './use-focus-after-resolve';

const NONE: Suggestion[] = [];

/**
 * Notes pairs sent, waiting beside the flipchart for the note-taker (or the facilitator) to
 * accept or reject, by pointer or by key. `chooseFlow` adds the facilitator's choice of how notes
 * arrive.
 */
export function SuggestionsPanel({ chooseFlow = false }: { chooseFlow?: boolean }): ReactNode {
  const { t } = useTranslation();
  const send = useSend();
  const id = useId();
  const notesFlow = useStore((s) => s.workshop?.settings.notesFlow ?? 'suggest');
  const waiting = useStore(
    useShallow((s) =>
      s.workshop
        ? Object.values(s.workshop.suggestions).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
        : NONE,
    ),
  );
  const ids = useMemo(() => waiting.map((suggestion) => suggestion.id), [waiting]);
  const focus = useFocusAfterResolve(ids);
  // Said once the server has taken the decision, for whoever cannot see the note leave the list.
  const [announcement, setAnnouncement] = useState('');

  function onResolved(suggestion: Suggestion, outcome: SuggestionOutcome, column: Column) {
    setAnnouncement(
      outcome === 'accept'
        ? t('suggestions.accepted', { text: suggestion.text, column: t(`flipchart.columns.${column}`) })
        : t('suggestions.rejected', { text: suggestion.text }),
    );
    focus.resolved(suggestion.id);
  }

  return (
    <section className="panel suggestions" aria-labelledby={`${id}-title`}>
      <div className="agenda__head">
        <h2 id={`${id}-title`} ref={(el) => void (focus.fallback.current = el)} tabIndex={-1}>
          {t('suggestions.title')}
        </h2>
        {waiting.length > 0 && <span className="badge">{t('suggestions.count', { count: waiting.length })}</span>}
      </div>
      {chooseFlow && (
        <fieldset className="suggestions__flow">
          <legend className="label">{t('suggestions.flowLegend')}</legend>
          {NOTES_FLOWS.map((flow) => (
            <label key={flow} className="checkbox">
              <input
                type="radio"
                name={`${id}-flow`}
                checked={notesFlow === flow}
                onChange={() => void send('settings:update', { notesFlow: flow })}
              />
              {flow === 'suggest' ? t('suggestions.flowSuggest') : t('suggestions.flowDirect')}
            </label>
          ))}
        </fieldset>
      )}
      {waiting.length === 0 ? (
        <p className="empty">{notesFlow === 'direct' ? t('suggestions.emptyDirect') : t('suggestions.empty')}</p>
      ) : (
        <>
          <p className="hint suggestions__keys" id={`${id}-keys`}>
            {t('suggestions.keys')}
          </p>
          <ul className="suggestions__list" aria-labelledby={`${id}-title`}>
            {waiting.map((suggestion) => (
              <SuggestionItem
                key={suggestion.id}
                suggestion={suggestion}
                keysHintId={`${id}-keys`}
                focusRef={focus.refFor(suggestion.id)}
                onResolved={(outcome, column) => onResolved(suggestion, outcome, column)}
              />
            ))}
          </ul>
        </>
      )}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </section>
  );
}
