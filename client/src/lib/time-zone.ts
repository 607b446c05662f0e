/**
 * The time zone this browser reads its clock in (e.g. "America/Chicago"), sent with a meeting so
 * that "18:00" in the calendar file means 18:00 where the people meet, not where the server is.
 */
export function browserTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}
