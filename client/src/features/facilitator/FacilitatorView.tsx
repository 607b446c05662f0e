import { isPairPractice } from '@common-ground/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../app/store';
import { ConnectionBanner } from '../../components/ConnectionBanner';
import { ErrorNotice, useErrorText } from '../../components/ErrorNotice';
import { PageMessage } from '../../components/PageMessage';
import { WorkshopHeader } from '../../components/WorkshopHeader';
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
import { FacilitatorObservePanel } from '../observe/FacilitatorObservePanel';
import { PairsPanel } from '../pairs/PairsPanel';
import { ReportBackPanel } from '../report-back/ReportBackPanel';
import { RoleAssignment } from '../roster/RoleAssignment';
import { Roster } from '../roster/Roster';
import { ShareLinks } from '../share/ShareLinks';
import { FlipchartDesk } from '../suggestions/FlipchartDesk';

/** What happens next, and who is where? */
export function FacilitatorView({ code, token }: { code: string; token: string }): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const status = useStore((s) => s.status);
  const error = useStore((s) => s.error);
  const title = useStore((s) => s.workshop?.title);
  const loaded = useStore((s) => s.workshop !== null);
  const view = useClock();
  const pairsNow = isPairPractice(view?.step);
  const agenda = useStore((s) => s.workshop?.agenda);
  const learnings = learningsStage(view, agenda);
  useDocumentTitle(title);

  if (status === 'refused' && error) {
    return <PageMessage title={error.code === 'unauthorized' ? t('facilitator.badKey') : errorText(error)} />;
  }
  if (!loaded) return <PageMessage title={t('connection.connecting')} busy />;

  return (
    <div className="page workshop">
      <WorkshopHeader subtitle={t('facilitator.heading')}>
        <CueBanner view={view} />
      </WorkshopHeader>
      <ConnectionBanner />
      <ErrorNotice />
      <div className="workshop__grid">
        <main className="workshop__main">
          <NowCard view={view}>
            <ClockControls view={view} />
          </NowCard>
          {view?.step?.kind === 'report-back' && <ReportBackPanel />}
          {view?.step?.kind === 'observe' && <FacilitatorObservePanel />}
          {learnings === 'now' && <LearningsPanel highlighted />}
          {pairsNow && <PairsPanel view={view} />}
          <AgendaPanel view={view} />
          {!pairsNow && <PairsPanel view={view} />}
          <FlipchartDesk chooseFlow />
          {learnings === 'after' && <LearningsPanel highlighted={false} />}
          <EvaluationPanel highlighted={view?.step?.kind === 'evaluation'} />
        </main>
        <aside className="workshop__side">
          <RoleAssignment highlighted={view?.step?.kind === 'roles'} />
          <ShareLinks code={code} facilitatorToken={token} />
          <Roster />
          <TipsPanel />
          <ExportPanel code={code} as="facilitator" token={token} />
        </aside>
      </div>
    </div>
  );
}
