import type { ReactNode } from 'react';
import { AddCardForm } from './AddCardForm';
import { CardItem } from './CardItem';
import type { ColumnParts } from './FlipchartColumn';
import { FlipchartFrame } from './flipchart-frame';

const EDITING: ColumnParts = { Card: CardItem, AddForm: AddCardForm };

/**
 * The three-column flipchart from the training guide. `editable` for the facilitator and
 * note-taker. A screen that only ever reads it uses ReadOnlyFlipchart, without the editing code.
 */
export function Flipchart({
  editable,
  variant = 'board',
}: {
  editable: boolean;
  variant?: 'board' | 'projector';
}): ReactNode {
  return <FlipchartFrame editable={editable} variant={variant} parts={EDITING} />;
}
