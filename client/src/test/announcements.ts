import { afterEach } from 'vitest';
import { useStore } from '../app/store';

/**
 * Every announcement made from now on, in order, as "polite: …" or "assertive: …": what a screen
 * reader would have said. Stops listening after the test.
 */
export function recordAnnouncements(): string[] {
  const said: string[] = [];
  const stop = useStore.subscribe((now, before) => {
    for (const politeness of ['polite', 'assertive'] as const) {
      const announcement = now.announcements[politeness];
      if (announcement && announcement !== before.announcements[politeness]) {
        said.push(`${politeness}: ${announcement.text}`);
      }
    }
  });
  afterEach(stop);
  return said;
}
