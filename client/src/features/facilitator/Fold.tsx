import type { ReactNode } from 'react';
import { useRememberedOpen } from './use-remembered-open';

/**
 * A section of the facilitator's page folded under its name, with the browser's own disclosure
 * (<details>), so it opens by mouse, keyboard and screen reader alike. Open or closed is
 * remembered per section and workshop on this device.
 */
export function Fold({
  id,
  summary,
  defaultOpen = false,
  children,
}: {
  /** Unique per section and workshop: the key its open state is remembered under. */
  id: string;
  summary: string;
  defaultOpen?: boolean;
  children: ReactNode;
}): ReactNode {
  const [open, setOpen] = useRememberedOpen(id, defaultOpen);

  return (
    <details className="fold" open={open}>
      {/* React keeps `open`: the summary's click (also Enter and Space on it) asks it to change. */}
      <summary
        className="fold__summary"
        onClick={(event) => {
          event.preventDefault();
          setOpen(!open);
        }}
      >
        {summary}
      </summary>
      <div className="fold__body">{children}</div>
    </details>
  );
}
