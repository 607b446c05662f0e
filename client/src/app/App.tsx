import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from '../lib/i18n/react';
import { Route, Routes, useMatch } from '../lib/router';
import { Announcer } from '../components/announcer/Announcer';
import { LanguagePicker } from '../components/LanguagePicker';
import { PageMessage } from '../components/PageMessage';

// Each screen loads only its own code: a participant on a slow connection never downloads the
// facilitator's agenda editor, the projector, or the start page's forms.
const HomePage = lazy(() => import('../features/home/HomePage').then((m) => ({ default: m.HomePage })));
const JoinPage = lazy(() => import('../features/join/JoinPage').then((m) => ({ default: m.JoinPage })));
const FacilitatorPage = lazy(() =>
  import('../features/facilitator/FacilitatorPage').then((m) => ({ default: m.FacilitatorPage })),
);
const ProjectorPage = lazy(() =>
  import('../features/projector/ProjectorPage').then((m) => ({ default: m.ProjectorPage })),
);

/** The routes match `viewPaths` in shared/, which the server uses to build links. */
export function App(): ReactNode {
  const { t } = useTranslation();
  // The projector is one screen with no scrolling: its picker sits in its own corner instead.
  const onProjector = useMatch('/projector/:code') !== null;
  return (
    <>
      {/* Outside the routes, so the live regions are on the page before anything is said in them. */}
      <Announcer />
      <Suspense fallback={<PageMessage title={t('app.loading')} busy />}>
        <Routes>
          <Route path="/" element={<HomePage />} />
          <Route path="/join/:code" element={<JoinPage />} />
          <Route path="/facilitate/:code" element={<FacilitatorPage />} />
          <Route path="/projector/:code" element={<ProjectorPage />} />
          <Route path="*" element={<PageMessage title={t('app.notFound')} />} />
        </Routes>
      </Suspense>
      {/* On every screen, so anyone can switch to the language they read best. A named landmark of
          its own: some screens have their own footer. */}
      {!onProjector && (
        <nav className="app-footer" aria-label={t('language.region')}>
          <LanguagePicker />
        </nav>
      )}
    </>
  );
}
