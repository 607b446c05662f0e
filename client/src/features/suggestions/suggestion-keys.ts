/** What a key pressed on a focused suggestion does: the workbench's shortcuts, in one place. */
export type SuggestionOutcome = 'accept' | 'reject';

/** The keys, as `aria-keyshortcuts` names them. */
export const SUGGESTION_SHORTCUTS = 'A Enter R Delete';

export function suggestionKeyAction(event: {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}): SuggestionOutcome | null {
  // With a modifier the key belongs to the browser or the screen reader, not to us.
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  switch (event.key) {
    case 'a':
    case 'A':
    case 'Enter':
      return 'accept';
    case 'r':
    case 'R':
    case 'Delete':
    case 'Backspace':
      return 'reject';
    default:
      return null;
  }
}
