import {
  createWorkshopResponseSchema,
  httpErrorSchema,
  workshopSummarySchema,
  type AppError,
  type CreateWorkshopRequest,
  type CreateWorkshopResponse,
  type Result,
  type WorkshopSummary,
} from '@common-ground/shared';
import type { z } from 'zod/mini';

/** An answer that is neither our data nor our refusal (a proxy's error page, say). */
const SERVER_ERROR: AppError = { code: 'internal', reason: 'server.unexpected' };
const NETWORK_ERROR: AppError = { code: 'internal', reason: 'connection.network' };

/** Fetches JSON and checks it against the shared schema; any failure becomes a readable error. */
export async function requestJson<S extends z.ZodMiniType>(
  url: string,
  schema: S,
  init?: RequestInit,
): Promise<Result<z.infer<S>>> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { 'content-type': 'application/json', ...init?.headers } });
  } catch {
    return { ok: false, error: NETWORK_ERROR };
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = httpErrorSchema.safeParse(body);
    // A reason this build does not know still travels: the reader then sees the code's words.
    const error = parsed.success ? (parsed.data.error as AppError) : SERVER_ERROR;
    return { ok: false, error };
  }
  const parsed = schema.safeParse(body);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, error: NETWORK_ERROR };
}

export function createWorkshop(request: CreateWorkshopRequest): Promise<Result<CreateWorkshopResponse>> {
  return requestJson('/api/workshops', createWorkshopResponseSchema, { method: 'POST', body: JSON.stringify(request) });
}

export function fetchWorkshopSummary(code: string): Promise<Result<WorkshopSummary>> {
  return requestJson(`/api/workshops/${encodeURIComponent(code)}`, workshopSummarySchema);
}

export function isNetworkError(error: AppError): boolean {
  return error === NETWORK_ERROR;
}
