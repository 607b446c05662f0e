import { joinCodeSchema } from '@common-ground/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageMessage } from '../../components/PageMessage';
import { WorkshopSession } from '../session/connection-context';
import { ProjectorView } from './ProjectorView';

export function ProjectorPage(): ReactNode {
  const { t } = useTranslation();
  const parsed = joinCodeSchema.safeParse(useParams().code ?? '');
  if (!parsed.success) return <PageMessage title={t('join.unknownCode', { code: '' })} />;
  return (
    <WorkshopSession code={parsed.data} credential={() => ({ kind: 'projector' })}>
      <ProjectorView code={parsed.data} />
    </WorkshopSession>
  );
}
