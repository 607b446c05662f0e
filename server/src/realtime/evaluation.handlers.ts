import {
  evaluationEmptySchema,
  evaluationSubmitSchema,
  fail,
  ok,
  reflectionMessageSchema,
  saveReflection,
  submitEvaluation,
  summarizeEvaluations,
  entryOf,
} from '@common-ground/shared';
import { currentSession } from './current-session.js';
import { listen } from './pipeline.js';
import type { SocketContext } from './socket-context.js';
import { facilitatorRoom, participantRoom, workshopRoom, type AppSocket } from './types.js';

type EvaluationDeps = Pick<SocketContext, 'io' | 'service' | 'evaluations' | 'log' | 'limiter' | 'refusals' | 'now'>;

/**
 * Evaluation answers travel on a private channel like the follow-up: a participant reads and
 * writes only their own, the facilitator reads them all; only the anonymous summary is ever
 * sent to everyone, and only while the facilitator shows it on the projector.
 */
export function registerEvaluationHandlers(socket: AppSocket, deps: EvaluationDeps): void {
  const { evaluations } = deps;

  listen(socket, 'evaluation:mine', evaluationEmptySchema, deps, () => {
    const session = currentSession(socket, deps.service);
    if (!session.ok) return session;
    const { code, actor } = session.data;
    if (actor.kind !== 'participant') return fail('forbidden', 'Only participants have their own answers.');
    return ok(evaluations.get(code, actor.participantId));
  });

  listen(socket, 'evaluation:submit', evaluationSubmitSchema, deps, ({ message }) => {
    const session = currentSession(socket, deps.service);
    if (!session.ok) return session;
    const { code, actor, state } = session.data;
    const name = actor.kind === 'participant' ? entryOf(state.participants, actor.participantId)?.name : undefined;
    const answer = submitEvaluation(message.answers, { actor, open: state.evaluation.open, name, now: deps.now() });
    if (!answer.ok) return answer;
    evaluations.save(code, answer.data);
    deps.io
      .to([facilitatorRoom(code), participantRoom(code, answer.data.participantId)])
      .emit('evaluation:answered', { answer: answer.data });
    if (state.evaluation.showSummary) {
      deps.io.to(workshopRoom(code)).emit('evaluation:summary-changed', {
        summary: summarizeEvaluations(evaluations.list(code)),
      });
    }
    return answer;
  });

  listen(socket, 'evaluation:board', evaluationEmptySchema, deps, () => {
    const session = currentSession(socket, deps.service);
    if (!session.ok) return session;
    const { code, actor } = session.data;
    if (actor.kind !== 'facilitator') return fail('forbidden', 'Evaluation answers are for the facilitator only.');
    return ok({ answers: evaluations.list(code), reflection: evaluations.reflection(code) });
  });

  listen(socket, 'evaluation:reflect', reflectionMessageSchema, deps, ({ message }) => {
    const session = currentSession(socket, deps.service);
    if (!session.ok) return session;
    const reflection = saveReflection(message.reflection, { actor: session.data.actor, now: deps.now() });
    if (reflection.ok) evaluations.saveReflection(session.data.code, reflection.data);
    return reflection;
  });

  listen(socket, 'evaluation:summary', evaluationEmptySchema, deps, () => {
    const session = currentSession(socket, deps.service);
    if (!session.ok) return session;
    const { code, actor, state } = session.data;
    const allowed = actor.kind === 'facilitator' || (state.evaluation.showSummary && actor.kind === 'projector');
    if (!allowed) return fail('forbidden', 'The summary is not shown right now.');
    return ok(summarizeEvaluations(evaluations.list(code)));
  });
}
