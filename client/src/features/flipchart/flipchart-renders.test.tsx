import { ok, type DomainEvent } from '@common-ground/shared';
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useStore } from '../../app/store';
import { FakeSocket } from '../../test/fake-socket';
import { sequence, snapshot, workshopWith } from '../../test/fixtures';
import { renderInWorkshop } from '../../test/render';
import { rendersOf, resetRenders } from '../../test/render-counter';
import { Flipchart } from './Flipchart';

const COLUMNS = ['values', 'interests', 'resources'] as const;
const CARDS = 1000;
/** Drawing 1,000 cards in jsdom on a loaded two-core machine: a ceiling, not a measure. */
const CEILING_MS = 180_000;

const fullBoard: DomainEvent[] = Array.from({ length: CARDS }, (_, i) => ({
  type: 'card:added',
  cardId: `card-${i}`,
  column: COLUMNS[i % COLUMNS.length] ?? 'values',
  text: `Card ${i}`,
  authorId: null,
}));

describe('a flipchart of 1,000 cards', () => {
  it(
    'runs only the changed card again when one card is edited',
    async () => {
      const state = workshopWith(fullBoard);
      const socket = new FakeSocket();
      socket.respond('session:resume', () => ok(snapshot(state)));
      renderInWorkshop(<Flipchart editable />, { socket });
      await expect.poll(() => useStore.getState().status).toBe('online');
      expect(screen.getAllByRole('listitem')).toHaveLength(CARDS);
      expect(rendersOf('CardItem')).toBeGreaterThanOrEqual(CARDS);

      resetRenders();
      const edit: DomainEvent = { type: 'card:edited', cardId: 'card-500', text: 'Dignity, edited' };
      act(() => socket.push('workshop:events', { events: sequence([edit], state.seq + 1) }));

      expect(screen.getByText('Dignity, edited')).toBeVisible();
      expect(rendersOf('CardItem')).toBe(1);
    },
    CEILING_MS,
  );
});
