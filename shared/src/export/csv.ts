import type { WorkshopRecord } from './record.js';
import { cardPairs, cardsByColumn, personName } from './record.js';

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

/** One row per flipchart card, with CRLF line endings. */
export function toCsv(record: WorkshopRecord): string {
  const { state } = record;
  const rows: string[][] = [[...CSV_HEADER]];
  for (const { column, cards } of cardsByColumn(state)) {
    for (const card of cards) {
      rows.push([
        column,
        card.text,
        cardPairs(state, card),
        personName(state, card.authorId),
        new Date(card.createdAt).toISOString(),
      ]);
    }
  }
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
