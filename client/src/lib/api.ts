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
import type { z } from 'zod';

const NETWORK_ERROR: AppError = { code: 'internal', message: 'network' };

/** Fetches JSON and checks it against the shared schema; any failure becomes a readable error. */
export async function requestJson<S extends z.ZodType>(
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
    const error = parsed.success ? parsed.data.error : { code: 'internal', message: response.statusText };
    return { ok: false, error: error as AppError };
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
