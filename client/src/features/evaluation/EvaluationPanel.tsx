import { useId, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useStore } from '../../app/store';
import { useSend } from '../session/connection-context';
import { EvaluationResults } from './EvaluationResults';
import { ReflectionForm } from './ReflectionForm';

/**
 * The facilitator opens and closes the evaluation, chooses whether the projector shows the
 * summary, watches answers arrive and writes their reflection.
 */
export function EvaluationPanel({ highlighted }: { highlighted: boolean }): ReactNode {
  const { t } = useTranslation();
  const id = useId();
  const send = useSend();
  const evaluation = useStore((s) => s.workshop?.evaluation);
  if (!evaluation) return null;
  const expanded = highlighted || evaluation.open || evaluation.showSummary;

  return (
    <section className="panel evaluation" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('evaluation.panelTitle')}</h2>
      <p className="hint">
        {t(evaluation.open ? 'evaluation.isOpen' : evaluation.closed ? 'evaluation.isClosed' : 'evaluation.notOpenYet')}{' '}
        {t('evaluation.panelHelp')}
      </p>
      <div className="evaluation__controls">
        <button
          type="button"
          className={evaluation.open ? 'button' : 'button button--primary'}
          onClick={() => void send('evaluation:set-open', { open: !evaluation.open })}
        >
          {t(evaluation.open ? 'evaluation.close' : 'evaluation.open')}
        </button>
        <label className="evaluation__sign">
          <input
            type="checkbox"
            checked={evaluation.showSummary}
            onChange={(e) => void send('evaluation:show-summary', { show: e.target.checked })}
          />
          {t('evaluation.showSummary')}
        </label>
      </div>
      {expanded && (
        <>
          <EvaluationResults />
          <ReflectionForm />
        </>
      )}
    </section>
  );
}
