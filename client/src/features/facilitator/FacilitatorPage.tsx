import { joinCodeSchema } from '@common-ground/shared';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageMessage } from '../../components/PageMessage';
import { credentials } from '../../lib/credentials';
import { WorkshopSession } from '../session/connection-context';
import { FacilitatorView } from './FacilitatorView';

/**
 * The facilitator link carries the key in its #fragment (never sent to a server or a log).
 * The page keeps it in this browser and takes it out of the address bar, out of sight
 * of a room watching a projected screen.
 */
function takeKeyFromAddress(code: string): string | null {
  const key = new URLSearchParams(window.location.hash.slice(1)).get('key');
  if (key) {
    credentials.saveFacilitatorToken(code, key);
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    return key;
  }
  return credentials.facilitatorToken(code);
}

export function FacilitatorPage(): ReactNode {
  const { t } = useTranslation();
  const parsed = joinCodeSchema.safeParse(useParams().code ?? '');
  const code = parsed.success ? parsed.data : null;
  const [token] = useState(() => (code ? takeKeyFromAddress(code) : null));

  if (!code) return <PageMessage title={t('join.unknownCode', { code: '' })} />;
  if (!token) return <PageMessage title={t('facilitator.noKey')} />;
  return (
    <WorkshopSession code={code} credential={() => ({ kind: 'facilitator', token })}>
      <FacilitatorView code={code} token={token} />
    </WorkshopSession>
  );
}
