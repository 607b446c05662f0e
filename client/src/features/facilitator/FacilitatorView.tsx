import type { ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useStore } from '../../app/store';
import { ConnectionBanner } from '../../components/ConnectionBanner';
import { ErrorNotice, useErrorText } from '../../components/ErrorNotice';
import { PageMessage } from '../../components/PageMessage';
import { WorkshopHeader } from '../../components/WorkshopHeader';
import type { en } from '../../lib/i18n/en';
import { useDocumentTitle } from '../../lib/use-document-title';
import { AgendaPanel } from '../agenda/AgendaPanel';
import { ClockControls } from '../clock/ClockControls';
import { CueBanner } from '../clock/CueBanner';
import { NowCard } from '../clock/NowCard';
import { useClock } from '../clock/use-clock';
import { TipsPanel } from '../follow-up/TipsPanel';
import { EvaluationPanel } from '../evaluation/EvaluationPanel';
import { learningsStage } from '../learnings/learnings-stage';
import { LearningsPanel } from '../learnings/LearningsPanel';
import { ExportPanel } from '../export/ExportPanel';
import { PairsPanel } from '../pairs/PairsPanel';
import { RoleAssignment } from '../roster/RoleAssignment';
import { Roster } from '../roster/Roster';
import { ShareLinks } from '../share/ShareLinks';
import { FlipchartDesk } from '../suggestions/FlipchartDesk';
import { Fold } from './Fold';
import { currentPanel, StepControl } from './StepControl';

type FoldedSection = keyof typeof en.facilitator.fold;

/** What happens next, and who is where? */
export function FacilitatorView({ code, token }: { code: string; token: string }): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const status = useStore((s) => s.status);
  const error = useStore((s) => s.error);
  const title = useStore((s) => s.workshop?.title);
  const loaded = useStore((s) => s.workshop !== null);
  const view = useClock();
  const current = currentPanel(view);
  const evaluationOpen = useStore((s) => s.workshop?.evaluation.open ?? false);
  const agenda = useStore((s) => s.workshop?.agenda);
  const learnings = learningsStage(view, agenda);
  useDocumentTitle(title);

  if (status === 'refused' && error) {
    return <PageMessage title={error.code === 'unauthorized' ? t('facilitator.badKey') : errorText(error)} />;
  }
  if (!loaded) return <PageMessage title={t('connection.connecting')} busy />;

  const fold = (section: FoldedSection) => ({ id: `${code}.${section}`, summary: t(`facilitator.fold.${section}`) });

  return (
    <div className="page workshop">
      <WorkshopHeader subtitle={t('facilitator.heading')}>
        <CueBanner view={view} />
      </WorkshopHeader>
      <ConnectionBanner />
      <ErrorNotice />
      <div className="workshop__grid">
        <main className="workshop__main">
          {/* The clock, then what runs this step; everything else is folded under its name. */}
          <NowCard view={view}>
            <ClockControls view={view} />
          </NowCard>
          <StepControl view={view} />
          <Fold {...fold('agenda')}>
            <AgendaPanel view={view} />
          </Fold>
          {current !== 'pairs' && (
            <Fold {...fold('pairs')}>
              <PairsPanel view={view} />
            </Fold>
          )}
          <Fold {...fold('flipchart')} defaultOpen={current === 'report-back'}>
            <FlipchartDesk chooseFlow />
          </Fold>
          {learnings === 'after' && (
            <Fold {...fold('learnings')}>
              <LearningsPanel highlighted={false} />
            </Fold>
          )}
          {current !== 'evaluation' && (
            <Fold {...fold('evaluation')} defaultOpen={evaluationOpen}>
              <EvaluationPanel highlighted={false} />
            </Fold>
          )}
        </main>
        <aside className="workshop__side">
          {current !== 'roles' && (
            <Fold {...fold('roles')}>
              <RoleAssignment highlighted={false} />
            </Fold>
          )}
          {/* Before the start, inviting the room is the job at hand. */}
          <Fold {...fold('share')} defaultOpen={!view?.started}>
            <ShareLinks code={code} facilitatorToken={token} />
          </Fold>
          {/* Who is where stays in sight: it is short, and its heading counts the room. */}
          <Roster />
          <Fold {...fold('tips')}>
            <TipsPanel />
          </Fold>
          <Fold {...fold('export')}>
            <ExportPanel code={code} as="facilitator" token={token} />
          </Fold>
        </aside>
      </div>
    </div>
  );
}
