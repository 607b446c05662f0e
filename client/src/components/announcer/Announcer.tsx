import type { ReactNode } from 'react';
import { useStore } from '../../app/store';
import type { Politeness } from './announcer.slice';

/**
 * The page's two live regions, mounted once and always present (a region added together with its
 * text is often not read). Each holds only the latest announcement, keyed so that a repeat is a
 * new node and is read again.
 */
export function Announcer(): ReactNode {
  return (
    <div className="visually-hidden">
      <LiveRegion politeness="polite" />
      <LiveRegion politeness="assertive" />
    </div>
  );
}

function LiveRegion({ politeness }: { politeness: Politeness }): ReactNode {
  const announcement = useStore((s) => s.announcements[politeness]);
  return (
    <div
      role={politeness === 'assertive' ? 'alert' : 'status'}
      aria-live={politeness}
      aria-atomic="true"
      data-testid={`announcer-${politeness}`}
    >
      {announcement && <p key={announcement.id}>{announcement.text}</p>}
    </div>
  );
}
