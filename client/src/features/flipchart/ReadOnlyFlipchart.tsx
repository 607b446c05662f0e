import type { ReactNode } from 'react';
import { CardView } from './CardView';
import type { ColumnParts } from './FlipchartColumn';
import { FlipchartFrame } from './flipchart-frame';

const READING: ColumnParts = { Card: CardView };

/**
 * The flipchart as a participant reads it: the same columns and cards as `<Flipchart editable={false}>`,
 * without the code that edits, moves, merges or adds cards, which their phone need not download.
 */
export function ReadOnlyFlipchart(): ReactNode {
  return <FlipchartFrame editable={false} variant="board" parts={READING} />;
}
