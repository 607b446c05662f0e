import {
  evaluationAnswerSchema,
  evaluationEmptySchema,
  fail,
  ok,
  summarizeEvaluations,
  type EvaluationAnswer,
} from '@common-ground/shared';
import { z } from 'zod/mini';
import type { PrivateDocService } from '../private-docs/private-doc-service.js';
import { currentSession } from './current-session.js';
import { listen } from './pipeline.js';
import type { SocketContext } from './socket-context.js';
import { workshopRoom, type AppSocket } from './types.js';

export type EvaluationSummaryDeps = Pick<SocketContext, 'io' | 'service' | 'docs' | 'log' | 'limiter' | 'refusals'>;

/**
 * The anonymous evaluation summary: derived from the private answers, never one of them. The
 * facilitator may ask any time; the projector only while the facilitator shows it.
 */
export function registerEvaluationSummaryHandler(socket: AppSocket, deps: EvaluationSummaryDeps): void {
  listen(socket, 'evaluation:summary', evaluationEmptySchema, deps, async () => {
    const session = await currentSession(socket, deps.service);
    if (!session.ok) return session;
    const { code, actor, state } = session.data;
    const allowed = actor.kind === 'facilitator' || (state.evaluation.showSummary && actor.kind === 'projector');
    if (!allowed) return fail('forbidden', 'evaluation.summaryHidden');
    return ok(summarizeEvaluations(await answersOf(deps.docs, code)));
  });
}

/** Tells every screen the new summary when an answer changed while the summary is shown. */
export async function pushEvaluationSummary(
  deps: Omit<EvaluationSummaryDeps, 'limiter' | 'refusals' | 'log'>,
  code: string,
): Promise<void> {
  if (!(await deps.service.get(code))?.evaluation.showSummary) return;
  deps.io.to(workshopRoom(code)).emit('evaluation:summary-changed', {
    summary: summarizeEvaluations(await answersOf(deps.docs, code)),
  });
}

/** Every answer sent so far (a document of kind `evaluation` is null until its author answers). */
export async function answersOf(docs: PrivateDocService, code: string): Promise<EvaluationAnswer[]> {
  return (await docs.all(code, 'evaluation')).flatMap((envelope) => {
    const answer = z.nullable(evaluationAnswerSchema).parse(envelope.doc);
    return answer ? [answer] : [];
  });
}
