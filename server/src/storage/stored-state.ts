import {
  fail,
  ok,
  upgradeWorkshopState,
  workshopStateSchema,
  type Result,
  type WorkshopState,
} from '@common-ground/shared';

/**
 * Parses a stored state and upgrades it, saying what is wrong with it instead of throwing: the
 * same reading for every store (workshop-repository.ts's readState, shared here for PostgreSQL).
 */
export function readStoredState(json: string): Result<WorkshopState> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return fail('internal', 'storage.unreadable', { problem: 'not JSON' });
  }
  const parsed = workshopStateSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail('internal', 'storage.unreadable', {
      field: issue?.path.map(String).join('.') ?? '',
      problem: issue?.message ?? 'invalid',
    });
  }
  // A workshop written by an earlier version is brought up to today's shape as it loads.
  return ok(upgradeWorkshopState(parsed.data));
}

/** Why a stored state did not read, in the words the unreadable report uses. */
export function unreadableReason(result: Result<WorkshopState>): string {
  return result.ok ? '' : Object.values(result.error.params ?? {}).join(': ');
}
