/**
 * A VTIMEZONE for an IANA zone, built from the runtime's own time-zone data (Intl): one
 * observance per UTC offset in force from a day before the first event to a day after the last,
 * so a calendar places each event exactly as the workshop meant it.
 */

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** The zone's UTC offset at an instant, in minutes east of UTC. */
export function offsetMinutes(timeZone: string, at: number): number {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

/** `YYYY-MM-DDTHH:mm` read as a wall-clock time, in milliseconds as if it were UTC. */
export function wallClockMs(when: string): number {
  return Date.parse(`${when}:00Z`);
}

/** `+HHMM` / `-HHMM` as iCalendar writes a UTC offset. */
function icsOffset(minutes: number): string {
  const abs = Math.abs(minutes);
  const hhmm = `${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
  return `${minutes < 0 ? '-' : '+'}${hhmm}`;
}

/** An instant as the zone's local time, `YYYYMMDDTHHmmss` (what an observance's DTSTART wants). */
function localStamp(at: number, offset: number): string {
  return new Date(at + offset * MINUTE)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, '');
}

/** The first minute in (from, to] whose offset differs from `from`'s. */
function transitionAfter(timeZone: string, from: number, to: number): number {
  const before = offsetMinutes(timeZone, from);
  let low = from;
  let high = to;
  while (high - low > MINUTE) {
    const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
    if (offsetMinutes(timeZone, middle) === before) low = middle;
    else high = middle;
  }
  return high;
}

/** The VTIMEZONE lines covering every wall-clock time in `whens` (`YYYY-MM-DDTHH:mm`). */
export function vtimezoneLines(timeZone: string, whens: string[]): string[] {
  const times = whens.map(wallClockMs).sort((a, b) => a - b);
  const start = (times[0] ?? 0) - 2 * DAY;
  const end = (times[times.length - 1] ?? 0) + 2 * DAY;
  const observances: Array<{ at: number; from: number; to: number }> = [];
  let offset = offsetMinutes(timeZone, start);
  observances.push({ at: start, from: offset, to: offset });
  for (let day = start; day < end; day += DAY) {
    const next = Math.min(day + DAY, end);
    if (offsetMinutes(timeZone, next) === offset) continue;
    const at = transitionAfter(timeZone, day, next);
    const to = offsetMinutes(timeZone, at);
    observances.push({ at, from: offset, to });
    offset = to;
  }
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  for (const { at, from, to } of observances) {
    // The onset is given in the local time in force before it, as RFC 5545 asks.
    lines.push(
      'BEGIN:STANDARD',
      `DTSTART:${localStamp(at, from)}`,
      `TZOFFSETFROM:${icsOffset(from)}`,
      `TZOFFSETTO:${icsOffset(to)}`,
      'END:STANDARD',
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
