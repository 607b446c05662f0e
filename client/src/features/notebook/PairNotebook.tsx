import { NOTEBOOK_SECTIONS } from '@common-ground/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PairNextMeeting } from '../follow-up/PairNextMeeting';
import { CommitmentForm } from './CommitmentForm';
import { FeedbackRubric } from './FeedbackRubric';
import { NotebookSection } from './NotebookSection';
import { useNotebook } from './use-notebook';
import { usePartnerNoteAnnouncements } from './use-partner-note-announcements';

/** The pair's shared, private notebook, live between the partners (and the facilitator). */
export function PairNotebook(props: {
  /** Lets a link elsewhere on the page bring the notebook into view. */
  id?: string;
  pairId?: string;
  myPairId?: string;
  title?: string;
  /** The partner reading it, who schedules the pair's next 1:1 here; none for the facilitator. */
  participantId?: string;
  /** Participants send notes to the flipchart from here; the facilitator edits it directly. */
  canSend: boolean;
}): ReactNode {
  const { t } = useTranslation();
  const { notebook, change } = useNotebook(props.pairId, props.myPairId);
  usePartnerNoteAnnouncements(notebook, props.participantId);
  return (
    <section
      id={props.id}
      tabIndex={props.id ? -1 : undefined}
      className="panel notebook"
      aria-label={props.title ?? t('notebook.title')}
    >
      <h2>{props.title ?? t('notebook.title')}</h2>
      <p className="hint">{t('notebook.privacy')}</p>
      {!notebook ? (
        <p role="status">{t('notebook.loading')}</p>
      ) : (
        <>
          <div className="notebook__sections">
            {NOTEBOOK_SECTIONS.map((section) => (
              <NotebookSection
                key={section}
                section={section}
                notebook={notebook}
                change={change}
                canSend={props.canSend}
              />
            ))}
          </div>
          <FeedbackRubric notebook={notebook} change={change} />
          <CommitmentForm notebook={notebook} change={change} />
          {props.participantId && <PairNextMeeting participantId={props.participantId} />}
        </>
      )}
    </section>
  );
}
