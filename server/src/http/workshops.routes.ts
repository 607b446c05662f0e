import {
  createWorkshopRequestSchema,
  joinCodeSchema,
  inputRefusal,
  LIMITS,
  type WorkshopSummary,
} from '@common-ground/shared';
import { Router } from 'express';
import type { ServerDeps } from '../server-deps.js';
import { sendError } from './errors.js';
import { addressOf, limitByAddress, tooManyRequests } from './rate-limit.js';
import { codeLookups } from '../security/code-lookups.js';
import { workshopCreatedResponse } from './workshop-created.js';

export function workshopsRouter(deps: Pick<ServerDeps, 'service' | 'log' | 'limiters'>): Router {
  const router = Router();

  router.post('/', limitByAddress(deps.limiters.creates), async (req, res) => {
    const parsed = createWorkshopRequestSchema.safeParse(req.body);
    if (!parsed.success) {
      // A title's own reason (too long, nothing visible…) reads better than a general one.
      const error = inputRefusal(parsed.error);
      if (error.params?.field === 'title' && error.reason !== 'message.invalid') {
        return sendError(res, 400, 'invalid_input', error.reason, error.params);
      }
      return sendError(res, 400, 'invalid_input', 'workshop.titleInvalid', { max: LIMITS.titleLength });
    }
    const created = await deps.service.create(parsed.data.title, parsed.data.template ?? 'practice-1on1');
    deps.log.info({ code: created.state.code, template: created.state.template }, 'workshop created');
    res.status(201).json(workshopCreatedResponse(req, created));
  });

  router.get('/:code', limitByAddress(deps.limiters.summaries), async (req, res) => {
    const code = joinCodeSchema.safeParse(req.params.code);
    const state = code.success ? await deps.service.get(code.data) : undefined;
    const known = await codeLookups(deps.limiters, addressOf(req)).check(state !== undefined);
    if (!known.ok && known.error.code === 'rate_limited') return tooManyRequests(res, known.error.retryAfterMs ?? 1000);
    if (!state) return sendError(res, 404, 'not_found', 'workshop.unknown');
    const summary: WorkshopSummary = {
      code: state.code,
      title: state.title,
      template: state.template,
      createdAt: state.createdAt,
      participantCount: Object.keys(state.participants).length,
    };
    res.json(summary);
  });

  return router;
}
