import { AGENDA_LIMITS } from '@common-ground/shared';
import type { ReactNode } from 'react';

// The step editor's labelled inputs. The minutes' bounds come from the shared agenda limits, so
// the browser's own spinner stops where the server would refuse.

type Width = 'narrow' | 'wide';

/** A label around its input, its text above it. */
function Field(props: { label: string; width?: Width | undefined; children: ReactNode }): ReactNode {
  return (
    <label className={props.width ? `field field--${props.width}` : 'field'}>
      <span className="label">{props.label}</span>
      {props.children}
    </label>
  );
}

/** What every field of the editor takes: its label, and the text as typed. */
interface FieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  width?: Width;
}

export function TextField(props: FieldProps & { type?: 'text' | 'url'; autoFocus?: boolean }): ReactNode {
  return (
    <Field label={props.label} width={props.width}>
      <input
        className="input"
        type={props.type ?? 'text'}
        value={props.value}
        autoFocus={props.autoFocus}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </Field>
  );
}

export function TextAreaField(props: FieldProps & { rows: number }): ReactNode {
  return (
    <Field label={props.label} width={props.width}>
      <textarea
        className="input"
        rows={props.rows}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </Field>
  );
}

/** Minutes as typed, in half-minute steps within the agenda's limits. */
export function MinutesField(props: Omit<FieldProps, 'width'>): ReactNode {
  return (
    <Field label={props.label} width="narrow">
      <input
        className="input"
        type="number"
        min={AGENDA_LIMITS.minMinutes}
        max={AGENDA_LIMITS.maxMinutes}
        step={0.5}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </Field>
  );
}
