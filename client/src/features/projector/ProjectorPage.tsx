import { joinCodeSchema } from '@common-ground/shared';
import { useState, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useParams } from '../../lib/router';
import { PageMessage } from '../../components/PageMessage';
import { credentials, takeKeyFromAddress } from '../../lib/credentials';
import { WorkshopSession } from '../session/connection-context';
import { ProjectorView } from './ProjectorView';
// Its English texts are not in a participant's first load: they come with this screen.
import '../../lib/i18n/en-later-load';

/**
 * The join code is on the wall for everyone; reading the board without joining takes the
 * projector key, which comes in the projector link's #fragment and is kept for reloads.
 */
function projectorKey(code: string): string | null {
  return takeKeyFromAddress((key) => credentials.saveProjectorToken(code, key)) ?? credentials.projectorToken(code);
}

export function ProjectorPage(): ReactNode {
  const { t } = useTranslation();
  const parsed = joinCodeSchema.safeParse(useParams().code ?? '');
  const code = parsed.success ? parsed.data : null;
  const [token] = useState(() => (code ? projectorKey(code) : null));

  if (!code) return <PageMessage title={t('join.unknownCode', { code: '' })} />;
  if (!token) return <PageMessage title={t('projector.noKey')} />;
  return (
    <WorkshopSession code={code} credential={() => ({ kind: 'projector', token })}>
      <ProjectorView code={code} />
    </WorkshopSession>
  );
}
