import type { ReactNode } from 'react';
import { useStore } from '../../app/store';
import { Flipchart } from '../flipchart/Flipchart';
import { SuggestionsPanel } from './SuggestionsPanel';

/**
 * The note-taker's workbench (the facilitator's too): notes waiting beside the editable
 * flipchart, stacked on a phone. With nothing waiting the list shrinks to one line above a
 * full-width flipchart. The two keep their place in the page either way, so a card being typed
 * is not lost when a note arrives.
 */
export function FlipchartDesk({ chooseFlow = false }: { chooseFlow?: boolean }): ReactNode {
  const busy = useStore((s) => (s.workshop ? Object.keys(s.workshop.suggestions).length > 0 : false));
  return (
    <div className={busy ? 'flipchart-desk' : 'flipchart-desk flipchart-desk--idle'}>
      <SuggestionsPanel chooseFlow={chooseFlow} />
      <Flipchart editable />
    </div>
  );
}
