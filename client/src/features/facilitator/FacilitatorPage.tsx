import { joinCodeSchema } from '@common-ground/shared';
import { useState, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useParams } from '../../lib/router';
import { PageMessage } from '../../components/PageMessage';
import { credentials, takeKeyFromAddress } from '../../lib/credentials';
import { WorkshopSession } from '../session/connection-context';
import { FacilitatorView } from './FacilitatorView';
// Its English texts are not in a participant's first load: they come with this screen.
import '../../lib/i18n/en-later-load';

/** The key from the facilitator link, kept in this browser to come back without the link. */
function facilitatorKey(code: string): string | null {
  return takeKeyFromAddress((key) => credentials.saveFacilitatorToken(code, key)) ?? credentials.facilitatorToken(code);
}

export function FacilitatorPage(): ReactNode {
  const { t } = useTranslation();
  const parsed = joinCodeSchema.safeParse(useParams().code ?? '');
  const code = parsed.success ? parsed.data : null;
  const [token] = useState(() => (code ? facilitatorKey(code) : null));

  if (!code) return <PageMessage title={t('join.unknownCode', { code: '' })} />;
  if (!token) return <PageMessage title={t('facilitator.noKey')} />;
  return (
    <WorkshopSession code={code} credential={() => ({ kind: 'facilitator', token })}>
      <FacilitatorView code={code} token={token} />
    </WorkshopSession>
  );
}
