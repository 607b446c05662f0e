import type { Column } from '@common-ground/shared';
import type { ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { QuickAddForm } from '../../components/QuickAddForm';
import { useSend } from '../session/connection-context';
import { cardTextProblem } from './card-text';

export function AddCardForm({ column }: { column: Column }): ReactNode {
  const { t } = useTranslation();
  const send = useSend();
  return (
    <QuickAddForm
      label={t('flipchart.addLabel', { column: t(`flipchart.columns.${column}`) })}
      placeholder={t('flipchart.addPlaceholder')}
      buttonLabel={t('flipchart.add')}
      check={cardTextProblem}
      onAdd={async (text) => (await send('card:add', { column, text })).ok}
    />
  );
}
