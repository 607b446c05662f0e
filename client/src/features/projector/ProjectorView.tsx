import { isPairPractice, usesFlipchart, viewPaths } from '@common-ground/shared';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useStore } from '../../app/store';
import { PageMessage } from '../../components/PageMessage';
import { useErrorText } from '../../components/ErrorNotice';
import { useDocumentTitle } from '../../lib/use-document-title';
import { AgendaProgress } from '../agenda/AgendaProgress';
import { ClockFace } from '../clock/ClockFace';
import { CueBanner } from '../clock/CueBanner';
import { useClock } from '../clock/use-clock';
import { LearningsBoard } from '../learnings/LearningsBoard';
import { learningsStage } from '../learnings/learnings-stage';
import { ProjectorPairs } from '../pairs/ProjectorPairs';
import { ProjectorReportBack } from '../report-back/ProjectorReportBack';
import { QrCode } from '../share/QrCode';
import { useJoinAddress } from '../share/use-join-address';
import { ProjectorQuestions } from '../observe/ProjectorQuestions';
import { ProjectorEvaluationSummary } from '../evaluation/ProjectorEvaluationSummary';
import { ProjectorConnectionBanner } from './ProjectorConnectionBanner';
import { ProjectorFlipchart } from './ProjectorFlipchart';
import { ProjectorInstructions } from './ProjectorInstructions';
import { ProjectorRoles } from './ProjectorRoles';
import { ProjectorStepLine } from './ProjectorStepLine';
import { usePhaseWords } from './use-phase-words';
import { useTemplateWords } from '../../lib/i18n/template-text';
import { LanguagePicker } from '../../components/LanguagePicker';

/** Where are we, and what have we found? Read-only, legible from the back of the room. */
export function ProjectorView({ code }: { code: string }): ReactNode {
  const { t } = useTranslation();
  const words = useTemplateWords();
  const errorText = useErrorText();
  const title = useStore((s) => s.workshop?.title);
  const status = useStore((s) => s.status);
  const error = useStore((s) => s.error);
  const joined = useStore((s) => (s.workshop ? Object.keys(s.workshop.participants).length : 0));
  const isFullscreen = useFullscreen();
  const view = useClock();
  const agenda = useStore((s) => s.workshop?.agenda);
  const learnings = learningsStage(view, agenda);
  const summaryShown = useStore((s) => s.workshop?.evaluation.showSummary ?? false);
  const flipchartUsed = useStore((s) => (s.workshop ? usesFlipchart(s.workshop) : false));
  const phaseWords = usePhaseWords(view);
  const joinOrigin = useJoinAddress(code).origin;
  const hasCards = useStore((s) => Object.keys(s.workshop?.cards ?? {}).length > 0);
  useDocumentTitle(title);

  if (status === 'refused' && error) {
    return <PageMessage title={error.code === 'unauthorized' ? t('projector.badKey') : errorText(error)} />;
  }
  if (!title) return <PageMessage title={t('connection.connecting')} busy />;

  const joinUrl = joinOrigin + viewPaths.join(code);
  const address = joinUrl.replace(/^https?:\/\//, '');
  // A long host may wrap, the path with the code never does.
  const path = viewPaths.join(code);
  const host = address.slice(0, address.length - path.length);
  const lobby = !view?.started;
  // One screen, no scrolling: each moment shows what the room looks at then. Pairs practising
  // look for their partner, and at the flipchart only once notes reach it; a summary the
  // facilitator puts up is the subject.
  const step = view?.step;
  const hasOwnPanel =
    summaryShown ||
    Boolean(learnings) ||
    isPairPractice(step) ||
    step?.kind === 'report-back' ||
    step?.kind === 'observe';
  const showFlipchart =
    flipchartUsed && !summaryShown && step?.kind !== 'observe' && (!isPairPractice(step) || hasCards);
  return (
    <div className="projector">
      <ProjectorConnectionBanner />
      <header className="projector__header">
        <div>
          <h1 className="projector__title">{title}</h1>
          {!lobby && view && <ProjectorStepLine view={view} phaseWords={phaseWords} />}
          {!lobby && <ProjectorRoles />}
        </div>
        <div className="projector__corner">
          {!lobby && <ClockFace view={view} size="huge" />}
          <CueBanner
            view={view}
            variant="projector"
            title={phaseWords ?? (view?.step ? words.text(view.step.title) : undefined)}
          />
          {/* Set up before the room arrives, like full screen; gone once the wall is in full screen. */}
          {!isFullscreen && <LanguagePicker />}
          {!isFullscreen && (
            <button
              type="button"
              className="button button--quiet"
              onClick={() => void document.documentElement.requestFullscreen?.()}
            >
              {t('projector.fullscreen')}
            </button>
          )}
        </div>
      </header>
      <main className="projector__main">
        <AgendaProgress view={view} />
        {isPairPractice(view?.step) && <ProjectorPairs view={view} />}
        {view?.step?.kind === 'report-back' && <ProjectorReportBack view={view} />}
        {view?.step?.kind === 'observe' && <ProjectorQuestions />}
        {!lobby && view && !hasOwnPanel && <ProjectorInstructions view={view} />}
        {learnings && !summaryShown && <LearningsBoard variant="projector" />}
        <ProjectorEvaluationSummary />
        <div
          className={
            lobby
              ? `projector__body projector__body--lobby${showFlipchart ? '' : ' projector__body--alone'}`
              : 'projector__body'
          }
        >
          {showFlipchart && <ProjectorFlipchart layoutKey={`${view?.stepId}/${view?.phaseId}/${learnings}`} />}
          {lobby && (
            <section className="projector__join" aria-label={t('share.title')}>
              <p className="projector__lobby">{t('projector.lobby')}</p>
              <QrCode value={joinUrl} label={t('share.qrAlt')} size={260} />
              <p className="projector__join-text">{t('share.scan')}</p>
              <p className="projector__url">
                {host}
                <wbr />
                <span className="projector__nowrap">{path}</span>
              </p>
              <p className="projector__join-text">{t('share.andType')}</p>
              <p className="projector__code">{code}</p>
              <p className="projector__count">{t('roster.count', { count: joined })}</p>
            </section>
          )}
        </div>
      </main>
      {!lobby && (
        // Outside the scrolling board, so the way in stays on the wall whatever the board holds.
        <footer className="projector__join-line">
          {t('projector.joinAt')} <span className="projector__nowrap">{address}</span> ·{' '}
          <strong className="projector__nowrap">{code}</strong>
        </footer>
      )}
    </div>
  );
}

function useFullscreen(): boolean {
  const [full, setFull] = useState(() => Boolean(document.fullscreenElement));
  useEffect(() => {
    const update = () => setFull(Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);
  return full;
}
