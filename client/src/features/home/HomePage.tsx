import type { ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useDocumentTitle } from '../../lib/use-document-title';
import { CreateWorkshopForm } from './CreateWorkshopForm';
import { ImportRecordForm } from './ImportRecordForm';
import { JoinWithCodeForm } from './JoinWithCodeForm';
// Its English texts are not in a participant's first load: they come with this screen.
import '../../lib/i18n/en-later-load';

/** Two doors: start a workshop, or join one with a code. */
export function HomePage(): ReactNode {
  const { t } = useTranslation();
  useDocumentTitle(undefined);
  return (
    <main className="page home">
      <header className="home__header">
        <h1>{t('app.name')}</h1>
        <p className="home__tagline">{t('app.tagline')}</p>
      </header>
      <div className="home__doors">
        <CreateWorkshopForm />
        <JoinWithCodeForm />
      </div>
      <ImportRecordForm />
    </main>
  );
}
