import type { ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { QuickAddForm } from '../../components/QuickAddForm';
import { useSend } from '../session/connection-context';
import { learningTextProblem } from './learning-text';

export function AddLearningForm(): ReactNode {
  const { t } = useTranslation();
  const send = useSend();
  return (
    <QuickAddForm
      label={t('learnings.addLabel')}
      placeholder={t('learnings.addPlaceholder')}
      buttonLabel={t('learnings.add')}
      check={learningTextProblem}
      onAdd={async (text) => (await send('learning:add', { text })).ok}
    />
  );
}
