import type { WorkshopSummary } from '@common-ground/shared';
import type { ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useStore } from '../../app/store';
import { PageMessage } from '../../components/PageMessage';
import { useErrorText } from '../../components/ErrorNotice';
import { ParticipantView } from '../participant/ParticipantView';
import { JoinForm } from './JoinForm';

/**
 * Decides what a participant's browser shows: the name form, a wait, or the workshop. A newcomer
 * (nothing saved to come back as) sees the form from the start, before the workshop's summary
 * and the connection are there: joining waits for them, typing does not.
 */
export function ParticipantEntry({
  summary,
  newcomer = false,
}: {
  summary: WorkshopSummary | null;
  newcomer?: boolean;
}): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const status = useStore((s) => s.status);
  const hasWorkshop = useStore((s) => s.workshop !== null && s.identity?.kind === 'participant');
  const error = useStore((s) => s.error);

  if (hasWorkshop) return <ParticipantView />;
  if (status === 'refused' && error) return <PageMessage title={errorText(error)} />;
  if (status === 'needs-join' || newcomer) return <JoinForm title={summary?.title} />;
  return <PageMessage title={t('connection.connecting')} busy />;
}
