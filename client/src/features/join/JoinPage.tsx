import { joinCodeSchema, type WorkshopSummary } from '@common-ground/shared';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useParams } from '../../lib/router';
import { PageMessage } from '../../components/PageMessage';
import { useErrorText } from '../../components/ErrorNotice';
import { fetchWorkshopSummary } from '../../lib/api';
import { credentials } from '../../lib/credentials';
import { markJoined } from '../../lib/joined-mark';
import { useDocumentTitle } from '../../lib/use-document-title';
import { WorkshopSession } from '../session/connection-context';
import { ParticipantEntry } from './ParticipantEntry';

type Lookup =
  | { state: 'loading' }
  | { state: 'found'; summary: WorkshopSummary }
  | { state: 'missing' }
  | { state: 'error'; text: string };

/** The join link: checks the code, then lets this browser join or come back as the same person. */
export function JoinPage(): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const parsed = joinCodeSchema.safeParse(useParams().code ?? '');
  const code = parsed.success ? parsed.data : null;
  const [lookup, setLookup] = useState<Lookup>({ state: 'loading' });
  useDocumentTitle(lookup.state === 'found' ? lookup.summary.title : undefined);
  // Someone who joined before this browser kept the mark: their join link opens on "Connecting…".
  useEffect(() => {
    if (code && credentials.participant(code)) markJoined(code, true);
  }, [code]);

  useEffect(() => {
    if (!code) return setLookup({ state: 'missing' });
    let cancelled = false;
    setLookup({ state: 'loading' });
    void fetchWorkshopSummary(code).then((result) => {
      if (cancelled) return;
      if (result.ok) setLookup({ state: 'found', summary: result.data });
      else if (result.error.code === 'not_found') setLookup({ state: 'missing' });
      else setLookup({ state: 'error', text: errorText(result.error) });
    });
    return () => {
      cancelled = true;
    };
    // errorText is recreated each render; the lookup depends on the code alone.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [code]);

  // A newcomer gets the join form at once, while the code is checked: on a slow link that is
  // seconds of typing instead of "Loading…" (and the early form's name carries straight over).
  const newcomer = code !== null && credentials.participant(code) === null;
  if (lookup.state === 'loading' && !newcomer) return <PageMessage title={t('app.loading')} busy />;
  if (lookup.state === 'missing' || !code) {
    return <PageMessage title={t('join.unknownCode', { code: code ?? '' })} body={t('join.unknownCodeHelp')} />;
  }
  if (lookup.state === 'error') return <PageMessage title={lookup.text} />;

  return (
    <WorkshopSession
      code={code}
      credential={() => {
        const saved = credentials.participant(code);
        return saved ? { kind: 'participant', ...saved } : null;
      }}
    >
      <ParticipantEntry summary={lookup.state === 'found' ? lookup.summary : null} newcomer={newcomer} />
    </WorkshopSession>
  );
}
