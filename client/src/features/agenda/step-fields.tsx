import { AGENDA_LIMITS } from '@common-ground/shared';
import type { ReactNode } from 'react';

// The step editor's labelled inputs. The minutes' bounds come from the shared agenda limits, so
// the browser's own spinner stops where the server would refuse.

type Width = 'narrow' | 'wide';

function fieldClass(width?: Width): string {
  return width ? `field field--${width}` : 'field';
}

export function TextField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'url';
  width?: Width;
  autoFocus?: boolean;
}): ReactNode {
  return (
    <label className={fieldClass(props.width)}>
      <span className="label">{props.label}</span>
      <input
        className="input"
        type={props.type ?? 'text'}
        value={props.value}
        autoFocus={props.autoFocus}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </label>
  );
}

export function TextAreaField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  rows: number;
  width?: Width;
}): ReactNode {
  return (
    <label className={fieldClass(props.width)}>
      <span className="label">{props.label}</span>
      <textarea
        className="input"
        rows={props.rows}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </label>
  );
}

/** Minutes as typed, in half-minute steps within the agenda's limits. */
export function MinutesField(props: { label: string; value: string; onChange: (value: string) => void }): ReactNode {
  return (
    <label className={fieldClass('narrow')}>
      <span className="label">{props.label}</span>
      <input
        className="input"
        type="number"
        min={AGENDA_LIMITS.minMinutes}
        max={AGENDA_LIMITS.maxMinutes}
        step={0.5}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </label>
  );
}
