import { fail, ok, type Result } from '../protocol/errors.js';
import { stateProblems } from '../domain/core/invariants.js';
import { upgradeWorkshopState } from '../domain/upgrade/upgrade-state.js';
import { workshopRecordSchema, type WorkshopRecord } from './record.js';

export const RECORD_FORMAT = 'common-ground/workshop-record';
export const RECORD_VERSION = 1;
/** The largest export `importRecord` reads. */
export const MAX_RECORD_BYTES = 2_000_000;

/** The whole record as JSON, tagged with its format and version, its fields always in one order. */
export function toJson(record: WorkshopRecord): string {
  const { state, notebooks, followUps, evaluations, reflection, copy, timeZone } = record;
  const fields = { state, notebooks, followUps, evaluations, reflection, copy, timeZone };
  return JSON.stringify({ format: RECORD_FORMAT, version: RECORD_VERSION, ...fields }, null, 2) + '\n';
}

/** Reads an exported record (text or parsed JSON) back, checking every field. */
export function importRecord(json: unknown): Result<WorkshopRecord> {
  let value = json;
  if (typeof json === 'string') {
    if (json.length > MAX_RECORD_BYTES) return fail('invalid_input', 'import.tooLarge');
    try {
      value = JSON.parse(json);
    } catch {
      return fail('invalid_input', 'import.notJson');
    }
  }
  if (typeof value !== 'object' || value === null) return fail('invalid_input', 'import.notRecord');
  const { format, version, ...rest } = value as Record<string, unknown>;
  if (format !== RECORD_FORMAT || version !== RECORD_VERSION) {
    return fail('invalid_input', 'import.notOurs');
  }
  const parsed = workshopRecordSchema.safeParse(rest);
  if (!parsed.success) return fail('invalid_input', 'import.damaged');
  // The same limits as a live workshop: a record cannot bring in what no command could make.
  const problems = stateProblems(parsed.data.state);
  if (problems.length > 0) return fail('invalid_input', 'import.breaksRules', { detail: problems[0] ?? '' });
  // A record exported by an earlier version comes in at today's shape, as a stored workshop loads.
  return ok({ ...parsed.data, state: upgradeWorkshopState(parsed.data.state) });
}
