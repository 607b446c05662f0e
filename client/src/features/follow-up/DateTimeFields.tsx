import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useFormat } from '../../lib/i18n/format';

interface Parts {
  year: string;
  month: string;
  day: string;
  time: string;
}
const EMPTY: Parts = { year: '', month: '', day: '', time: '' };
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})$/;

function split(value: string): Parts {
  const match = LOCAL.exec(value);
  if (!match) return EMPTY;
  const [, year, month, day, time] = match as unknown as [string, string, string, string, string];
  return { year, month: String(Number(month)), day: String(Number(day)), time };
}

/** `YYYY-MM-DDTHH:mm` once every part is chosen; '' until then. */
function join(parts: Parts): string {
  if (!parts.year || !parts.month || !parts.day || !parts.time) return '';
  const two = (n: string) => n.padStart(2, '0');
  return `${parts.year}-${two(parts.month)}-${two(parts.day)}T${parts.time}`;
}

/** Day, month and year in the order the language writes them ("1 dic 2026", "Dec 1, 2026"). */
function dateOrder(language: string): Array<'day' | 'month' | 'year'> {
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric' })
    .formatToParts(Date.UTC(2026, 11, 1))
    .map((part) => part.type)
    .filter((type): type is 'day' | 'month' | 'year' => type === 'day' || type === 'month' || type === 'year');
}

/**
 * A local date and time chosen in the reader's language and order. The browser's own date field
 * follows the browser's language, not the page's: a Spanish reader on an English laptop would read
 * mm/dd/yyyy. Months are named, so no order can be misread.
 */
export function DateTimeFields({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
}): ReactNode {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const id = useId();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const [parts, setParts] = useState<Parts>(() => split(value));
  // The form cleared itself after saving: start again empty.
  useEffect(() => {
    if (value === '' && join(parts) !== '') setParts(EMPTY);
  }, [value, parts]);

  const change = (patch: Partial<Parts>) => {
    const next = { ...parts, ...patch };
    setParts(next);
    onChange(join(next));
  };
  const thisYear = new Date().getFullYear();
  const years = [...new Set([parts.year, ...[0, 1, 2, 3].map((n) => String(thisYear + n))])].filter(Boolean).sort();
  const monthName = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' });
  const options: Record<'day' | 'month' | 'year', Array<{ value: string; text: string }>> = {
    day: Array.from({ length: 31 }, (_, i) => ({ value: String(i + 1), text: format.number(i + 1) })),
    month: Array.from({ length: 12 }, (_, i) => ({
      value: String(i + 1),
      text: monthName.format(Date.UTC(2026, i, 1)),
    })),
    year: years.map((year) => ({ value: year, text: year })),
  };

  return (
    <fieldset className="date-time-fields">
      <legend className="label">{label}</legend>
      <div className="date-time-fields__row">
        {dateOrder(language).map((part) => (
          <label key={part} className="date-time-fields__part">
            <span className="hint">{t(`followUp.date.${part}`)}</span>
            <select className="input" value={parts[part]} onChange={(e) => change({ [part]: e.target.value })}>
              <option value="">—</option>
              {options[part].map((option) => (
                <option key={option.value} value={option.value}>
                  {option.text}
                </option>
              ))}
            </select>
          </label>
        ))}
        <label className="date-time-fields__part">
          <span className="hint">{t('followUp.date.time')}</span>
          <input
            className="input"
            type="time"
            value={parts.time}
            aria-describedby={value ? `${id}-said` : undefined}
            onChange={(e) => change({ time: e.target.value })}
          />
        </label>
      </div>
      {value && (
        <p id={`${id}-said`} className="hint">
          {format.localDateTime(value)}
        </p>
      )}
    </fieldset>
  );
}
