import { exportWords } from '../words/words.js';
import type { WorkshopRecord } from './record.js';
import { vtimezoneLines } from './ics-zone.js';
import { meetingsOf, meetingTimeZone } from './record.js';

/** RFC 5545 TEXT: backslash, semicolon, comma and line breaks escaped. */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n?|\n/g, '\\n');
}

/** How many octets a character takes in UTF-8. */
function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** Folds a content line at 75 octets, never inside a UTF-8 character; continuations start with a space. */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  for (const char of line) {
    const size = utf8Length(char);
    const limit = parts.length === 0 ? 75 : 74;
    if (bytes + size > limit) {
      parts.push(current);
      current = '';
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function utcStamp(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** `YYYY-MM-DDTHH:mm` as a local DATE-TIME, `YYYYMMDDTHHmm00`, read in the TZID beside it. */
function localDateTime(when: string): string {
  return `${when.replace(/[-:]/g, '')}00`;
}

/**
 * A calendar with one 30-minute event per next one-on-one (see `meetingsOf`), each at its wall-clock
 * time in its zone (`TZID`), with a VTIMEZONE per zone so no calendar has to guess.
 */
export function toIcs(record: WorkshopRecord, language = 'en'): string {
  const { state } = record;
  const w = exportWords(language);
  const meetings = meetingsOf(record, w).map((scheduled) => ({
    ...scheduled,
    zone: meetingTimeZone(record, scheduled.meeting),
  }));
  const zones = new Map<string, string[]>();
  for (const { zone, meeting } of meetings) zones.set(zone, [...(zones.get(zone) ?? []), meeting.when]);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Common Ground//Workshop export//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...[...zones].flatMap(([zone, whens]) => vtimezoneLines(zone, whens)),
  ];
  for (const { key, by, meeting, zone } of meetings) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeIcsText(`${state.code}-${key}`)}@common-ground`,
      `DTSTAMP:${utcStamp(meeting.createdAt)}`,
      `DTSTART;TZID=${zone}:${localDateTime(meeting.when)}`,
      'DURATION:PT30M',
      `SUMMARY:${escapeIcsText(w.icsSummary(by, meeting.withWhom))}`,
    );
    if (meeting.where) lines.push(`LOCATION:${escapeIcsText(meeting.where)}`);
    lines.push(`DESCRIPTION:${escapeIcsText(w.icsDescription(state.title))}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}
