import { useCallback, useState } from 'react';

const PREFIX = 'common-ground.fold.';

function read(key: string): boolean | null {
  try {
    const stored = window.localStorage.getItem(PREFIX + key);
    return stored === 'open' ? true : stored === 'closed' ? false : null;
  } catch {
    // Storage can be switched off or full; the section then just follows its default.
    return null;
  }
}

function write(key: string, open: boolean): void {
  try {
    window.localStorage.setItem(PREFIX + key, open ? 'open' : 'closed');
  } catch {
    // As above: forgetting a folded section is harmless.
  }
}

/**
 * Whether a folded section is open: what this person last chose for it on this device, else
 * `byDefault` (which may change with the step, until they choose).
 */
export function useRememberedOpen(key: string, byDefault: boolean): [boolean, (open: boolean) => void] {
  const [chosen, setChosen] = useState<boolean | null>(() => read(key));
  const choose = useCallback(
    (open: boolean) => {
      setChosen(open);
      write(key, open);
    },
    [key],
  );
  return [chosen ?? byDefault, choose];
}
