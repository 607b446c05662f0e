import { useTranslation } from './react';

/**
 * Dates, times, numbers and lists of names in the reader's language, through `Intl`: a Spanish
 * reader sees "Ana, Ben y Carmen", "4,5" and "5 dic 2026, 18:30", an English one "Ana, Ben, and
 * Carmen", "4.5" and "Dec 5, 2026, 6:30 PM".
 */
export interface Formatters {
  list: (items: readonly string[]) => string;
  number: (value: number, fractionDigits?: number) => string;
  /** A wall-clock `YYYY-MM-DDTHH:mm` as typed, shown as is: no time zone moves it. */
  localDateTime: (value: string) => string;
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;

export function formattersFor(language: string): Formatters {
  const list = new Intl.ListFormat(language, { style: 'long', type: 'conjunction' });
  // Read in UTC on both sides, so the wall-clock time typed is the one shown.
  const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
  return {
    list: (items) => list.format(items),
    number: (value, fractionDigits = 0) =>
      new Intl.NumberFormat(language, {
        minimumFractionDigits: fractionDigits,
        maximumFractionDigits: fractionDigits,
      }).format(value),
    localDateTime: (value) => {
      const parts = LOCAL_DATE_TIME.exec(value);
      if (!parts) return value;
      const [, year, month, day, hour, minute] = parts.map(Number) as [number, number, number, number, number, number];
      return dateTime.format(Date.UTC(year, month - 1, day, hour, minute));
    },
  };
}

/** The formatters for the language this screen shows; re-renders when the person switches. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  return formattersFor(i18n.resolvedLanguage ?? i18n.language);
}
