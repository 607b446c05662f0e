import { emptyNotebook, NOTEBOOK_SECTIONS } from '@common-ground/shared';
import type { ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
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
  const shown = notebook ?? emptyNotebook(props.pairId ?? props.myPairId ?? '');
  return (
    <section
      id={props.id}
      tabIndex={props.id ? -1 : undefined}
      className="panel notebook"
      aria-label={props.title ?? t('notebook.title')}
    >
      <h2>{props.title ?? t('notebook.title')}</h2>
      <p className="hint">{t('notebook.privacy')}</p>
      {/* Until the notebook arrives its empty form holds the same place, inert: the page must not
          jump when it fills in (it pushed everything below it down by a screen's third). */}
      <p role="status" className="visually-hidden">
        {notebook ? '' : t('notebook.loading')}
      </p>
      {/* Mounted afresh once loaded, so no form keeps a draft taken from the empty stand-in. */}
      <div key={notebook ? 'loaded' : 'loading'} inert={!notebook} aria-busy={!notebook}>
        <div className="notebook__sections">
          {NOTEBOOK_SECTIONS.map((section) => (
            <NotebookSection key={section} section={section} notebook={shown} change={change} canSend={props.canSend} />
          ))}
        </div>
        <FeedbackRubric notebook={shown} change={change} />
        <CommitmentForm notebook={shown} change={change} />
        {props.participantId && <PairNextMeeting participantId={props.participantId} />}
      </div>
    </section>
  );
}
