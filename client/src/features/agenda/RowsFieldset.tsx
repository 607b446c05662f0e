import type { ReactNode } from 'react';

/**
 * A list of rows the facilitator adds, edits and removes (a step's sub-phases, its links). No
 * more rows than `max`, the shared limit, can be added: the server would refuse the step.
 */
export function RowsFieldset<Row extends object>(props: {
  legend: string;
  rows: Row[];
  onChange: (rows: Row[]) => void;
  max: number;
  blank: Row;
  addLabel: string;
  removeLabel: string;
  /** Names the row in its remove button, for a screen reader going from button to button. */
  describe?: (row: Row) => string;
  keyOf: (row: Row, index: number) => string;
  children: (row: Row, change: (patch: Partial<Row>) => void) => ReactNode;
}): ReactNode {
  const { rows, onChange } = props;
  return (
    <fieldset className="step-editor__group">
      <legend>{props.legend}</legend>
      {rows.map((row, i) => (
        <div key={props.keyOf(row, i)} className="step-editor__row">
          {props.children(row, (patch) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r))))}
          <button
            type="button"
            className="button button--quiet"
            aria-label={props.describe ? `${props.removeLabel}: ${props.describe(row)}` : undefined}
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
          >
            {props.removeLabel}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button--quiet"
        disabled={rows.length >= props.max}
        onClick={() => onChange([...rows, props.blank])}
      >
        {props.addLabel}
      </button>
    </fieldset>
  );
}
