import type { WorkshopSummary } from '@common-ground/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../app/store';
import { PageMessage } from '../../components/PageMessage';
import { useErrorText } from '../../components/ErrorNotice';
import { ParticipantView } from '../participant/ParticipantView';
import { JoinForm } from './JoinForm';

/** Decides what a participant's browser shows: the name form, a wait, or the workshop. */
export function ParticipantEntry({ summary }: { summary: WorkshopSummary }): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const status = useStore((s) => s.status);
  const hasWorkshop = useStore((s) => s.workshop !== null && s.identity?.kind === 'participant');
  const error = useStore((s) => s.error);

  if (hasWorkshop) return <ParticipantView />;
  if (status === 'needs-join') return <JoinForm title={summary.title} />;
  if (status === 'refused' && error) return <PageMessage title={errorText(error)} />;
  return <PageMessage title={t('connection.connecting')} busy />;
}
