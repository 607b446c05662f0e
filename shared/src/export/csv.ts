import type { WorkshopRecord } from './record.js';
import { cardPairs, cardsByColumn, personName } from './record.js';
import { exportWords } from '../words/words.js';

/**
 * One CSV cell: a leading `=`, `+`, `-`, `@`, tab or carriage return gets a single quote so a
 * spreadsheet never runs it as a formula, then RFC 4180 quoting when it holds a quote, comma or
 * line break.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const CSV_HEADER = ['column', 'text', 'pair', 'author', 'time'] as const;

/** One row per flipchart card, with CRLF line endings; the header in `language`. */
export function toCsv(record: WorkshopRecord, language = 'en'): string {
  const { state } = record;
  const w = exportWords(language);
  const rows: string[][] = [[...w.csvHeader]];
  for (const { column, cards } of cardsByColumn(state)) {
    for (const card of cards) {
      rows.push([
        column,
        card.text,
        cardPairs(state, card, w),
        personName(state, card.authorId, w),
        new Date(card.createdAt).toISOString(),
      ]);
    }
  }
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
