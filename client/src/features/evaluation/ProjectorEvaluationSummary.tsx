import { useEffect, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useStore } from '../../app/store';
import { useConnection } from '../session/connection-context';
import { EvaluationSummaryView } from './EvaluationSummaryView';

/** The anonymous evaluation summary, while the facilitator shows it on the projector. */
export function ProjectorEvaluationSummary(): ReactNode {
  const { t } = useTranslation();
  const connection = useConnection();
  const online = useStore((s) => s.status === 'online');
  const shown = useStore((s) => s.workshop?.evaluation.showSummary ?? false);
  const summary = useStore((s) => s.evaluationSummary);

  useEffect(() => {
    if (connection && online && shown) void connection.fetchEvaluationSummary();
  }, [connection, online, shown]);

  if (!shown || !summary) return null;
  return (
    <section className="evaluation--projector" aria-label={t('evaluation.summaryTitle')}>
      <h2>{t('evaluation.summaryTitle')}</h2>
      <EvaluationSummaryView summary={summary} variant="projector" />
    </section>
  );
}
