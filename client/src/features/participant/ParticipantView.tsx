import {
  canEditFlipchart,
  canExportRecord,
  canRecordLearnings,
  canRunClock,
  canRunReportBack,
  pairOf,
  usesFlipchart,
} from '@common-ground/shared';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useStore } from '../../app/store';
import { ConnectionBanner } from '../../components/ConnectionBanner';
import { PageMessage } from '../../components/PageMessage';
import { ErrorNotice } from '../../components/ErrorNotice';
import { WorkshopHeader } from '../../components/WorkshopHeader';
import { useDocumentTitle } from '../../lib/use-document-title';
import { CueBanner } from '../clock/CueBanner';
import { usePersonalPhaseTitle } from '../clock/use-personal-phase-title';
import { NowCard } from '../clock/NowCard';
import { useClock } from '../clock/use-clock';
import { ReadOnlyFlipchart } from '../flipchart/ReadOnlyFlipchart';
import { LearningsBoard } from '../learnings/LearningsBoard';
import { learningsStage } from '../learnings/learnings-stage';
import { useEvaluationShown } from '../evaluation/use-evaluation-shown';
import { MyPairCard } from '../pairs/MyPairCard';
import { SpeakingBanner } from '../report-back/SpeakingBanner';
import { LeaveWorkshop } from './LeaveWorkshop';
import { Roster } from '../roster/Roster';
import { useMay } from '../roster/use-may';
import { useRoleAnnouncement } from '../roster/use-role-announcement';
import {
  clockControls,
  evaluationForm,
  exportPanel,
  flipchartDesk,
  learningsPanel,
  myCommitments,
  observePanel,
  pairNotebook,
  preloadParticipantPanels,
  reportBackPanel,
  sendNoteForm,
} from './participant-panels';
import { useHoldForPanels } from '../../components/lazy-panel';

const ClockControls = clockControls.Panel;
const ReportBackPanel = reportBackPanel.Panel;
const FlipchartDesk = flipchartDesk.Panel;
const LearningsPanel = learningsPanel.Panel;
const EvaluationForm = evaluationForm.Panel;
const ObservePanel = observePanel.Panel;
const PairNotebook = pairNotebook.Panel;
const SendNoteForm = sendNoteForm.Panel;
const ExportPanel = exportPanel.Panel;
const MyCommitments = myCommitments.Panel;

/** How long after the board shows the other panels' code is fetched: the board's own data first. */
const PRELOAD_AFTER_MS = 1000;
/**
 * How long the page holds its content back for a panel it shows now (on a reload in the middle
 * of pairs, the notebook): one more request on a working link. Past it, a slow link shows the
 * rest with "Loading…" where the panel will be, rather than nothing.
 */
const PANEL_PATIENCE_MS = 2500;

const NOTEBOOK_ID = 'my-notebook';

/** One tap from what to do now to the pair's notebook, further down the page. */
function NotebookLink(): ReactNode {
  const { t } = useTranslation();
  return (
    <a
      className="button"
      href={`#${NOTEBOOK_ID}`}
      onClick={(event) => {
        event.preventDefault();
        const notebook = document.getElementById(NOTEBOOK_ID);
        notebook?.scrollIntoView({ block: 'start' });
        notebook?.focus({ preventScroll: true });
      }}
    >
      {t('participant.toNotebook')}
    </a>
  );
}

/** What do I do now, and what has the group found? */
export function ParticipantView(): ReactNode {
  const { t } = useTranslation();
  const me = useStore((s) =>
    s.identity?.kind === 'participant' ? s.workshop?.participants[s.identity.participantId] : undefined,
  );
  const title = useStore((s) => s.workshop?.title);
  const code = useStore((s) => s.workshop?.code);
  useDocumentTitle(title);
  const view = useClock();
  const myPairId = useStore((s) => (me && s.workshop ? pairOf(s.workshop.pairs, me.id)?.id : undefined));
  const mayEditFlipchart = useMay(canEditFlipchart);
  const mayRunReportBack = useMay(canRunReportBack);
  const mayRecordLearnings = useMay(canRecordLearnings);
  const mayExport = useMay(canExportRecord);
  const mayRunClock = useMay(canRunClock);
  const agenda = useStore((s) => s.workshop?.agenda);
  const flipchart = useStore((s) => (s.workshop ? usesFlipchart(s.workshop) : false));
  const learnings = learningsStage(view, agenda);
  const reportBackNow = view?.step?.kind === 'report-back';
  const evaluationShown = useEvaluationShown();
  const endedReason = useStore((s) => s.endedReason);
  const phaseTitle = usePersonalPhaseTitle();
  useRoleAnnouncement(me?.id);
  const hold = useHoldForPanels(PANEL_PATIENCE_MS);
  useEffect(() => {
    // A failed fetch is tried again when the panel is shown.
    const timer = setTimeout(() => void preloadParticipantPanels().catch(() => undefined), PRELOAD_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  if (endedReason === 'removed') {
    return <PageMessage title={t('participant.removed')} body={t('participant.removedHelp')} />;
  }
  if (me?.leftAt !== undefined || endedReason === 'left') return <PageMessage title={t('participant.left')} />;

  return (
    <div className="page workshop">
      <WorkshopHeader subtitle={me ? t('participant.welcome', { name: me.name }) : undefined}>
        {me && me.role !== 'participant' && (
          <span className="badge">{t('participant.roleBadge', { role: t(`roles.${me.role}`) })}</span>
        )}
        <CueBanner view={view} title={view?.step ? phaseTitle(view.step, view.phaseIndex) : undefined} />
      </WorkshopHeader>
      <ConnectionBanner />
      <ErrorNotice />
      {/* Held back (not painted) for the moment a panel's code takes to arrive, so the page does not jump. */}
      <main className={hold ? 'workshop__main workshop__main--held' : 'workshop__main'} aria-busy={hold || undefined}>
        {/* In report-back, whose turn it is comes first and stays pinned while they scroll. */}
        {me && reportBackNow && !mayRunReportBack && <SpeakingBanner participantId={me.id} />}
        {/* On a phone the first screen holds what to do now: the step, the time left, what comes
            next, my partner and my role with its prompts, and the way to our notebook. */}
        <NowCard
          view={view}
          phaseTitle={phaseTitle}
          lead={
            me && (
              <MyPairCard participantId={me.id} view={view}>
                {myPairId && <NotebookLink />}
              </MyPairCard>
            )
          }
        >
          {mayRunClock && <ClockControls view={view} />}
        </NowCard>
        {me && reportBackNow && mayRunReportBack && <ReportBackPanel participantId={me.id} />}
        {/* The note-taker's workbench sits right under what to do now: their job is the flipchart. */}
        {flipchart && mayEditFlipchart && <FlipchartDesk />}
        {learnings === 'now' && (mayRecordLearnings ? <LearningsPanel highlighted /> : <LearningsBoard />)}
        {/* When the facilitator opens the evaluation, it is what to do now; once closed, it says so. */}
        {me && evaluationShown && <EvaluationForm participantId={me.id} />}
        {me && view?.step?.kind === 'observe' && <ObservePanel participantId={me.id} />}
        {myPairId && <PairNotebook id={NOTEBOOK_ID} myPairId={myPairId} participantId={me?.id} canSend={flipchart} />}
        {/* Sending a note belongs with the flipchart it goes to, below what to do now. */}
        {flipchart && myPairId && !mayEditFlipchart && (
          <div className="panel">
            <SendNoteForm />
          </div>
        )}
        {flipchart && !mayEditFlipchart && <ReadOnlyFlipchart />}
        {learnings === 'after' && (mayRecordLearnings ? <LearningsPanel highlighted={false} /> : <LearningsBoard />)}
        {mayExport && code && <ExportPanel code={code} as="notetaker" />}
        {me && <MyCommitments participantId={me.id} />}
        <Roster />
        {me && <LeaveWorkshop participantId={me.id} />}
      </main>
    </div>
  );
}
