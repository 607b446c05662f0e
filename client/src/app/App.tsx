import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { PageMessage } from '../components/PageMessage';
import { FacilitatorPage } from '../features/facilitator/FacilitatorPage';
import { HomePage } from '../features/home/HomePage';
import { JoinPage } from '../features/join/JoinPage';
import { ProjectorPage } from '../features/projector/ProjectorPage';

/** The routes match `viewPaths` in shared/, which the server uses to build links. */
export function App(): ReactNode {
  const { t } = useTranslation();
  return (
    <Routes>
      <Route path="/" element={<HomePage />} />
      <Route path="/join/:code" element={<JoinPage />} />
      <Route path="/facilitate/:code" element={<FacilitatorPage />} />
      <Route path="/projector/:code" element={<ProjectorPage />} />
      <Route path="*" element={<PageMessage title={t('app.notFound')} />} />
    </Routes>
  );
}
