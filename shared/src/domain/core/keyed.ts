/**
 * Lookups in the state's id-keyed records. The records are plain objects (they travel as JSON),
 * so `record[id]` with an id such as `constructor` would find `Object.prototype.constructor`.
 * Every lookup by an id goes through `entryOf`, which sees only the record's own entries; a lint
 * rule (eslint.config.js) refuses `record[id]` on these records anywhere in shared and server.
 */
export function entryOf<T>(record: Readonly<Record<string, T>>, id: string): T | undefined {
  return Object.hasOwn(record, id) ? record[id] : undefined;
}

/** Whether `record` holds an entry of its own under `id`. */
export function hasEntry(record: Readonly<Record<string, unknown>>, id: string): boolean {
  return Object.hasOwn(record, id);
}

/**
 * A copy of `record` with `value` under `id`. A computed key in an object literal always defines
 * an own property, even for `__proto__`, where assignment (`copy[id] = value`) would not.
 */
export function withEntry<T>(record: Readonly<Record<string, T>>, id: string, value: T): Record<string, T> {
  return { ...record, [id]: value };
}

/** A copy of `record` without the entry under `id`. */
export function withoutEntry<T>(record: Readonly<Record<string, T>>, id: string): Record<string, T> {
  const copy = { ...record };
  if (Object.hasOwn(copy, id)) delete copy[id];
  return copy;
}

/**
 * A record of `items` keyed by their ids, built in one pass. `Object.fromEntries` defines own
 * properties, like a computed key, so an id such as `__proto__` stays an ordinary entry.
 */
export function recordOf<T extends { id: string }>(items: Iterable<T>): Record<string, T> {
  return Object.fromEntries([...items].map((item) => [item.id, item]));
}
