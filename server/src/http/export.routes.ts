import {
  credentialSchema,
  EXPORT_CONTENT_TYPES,
  exportFileName,
  importRecord,
  joinCodeSchema,
  MAX_RECORD_BYTES,
  toCsv,
  toIcs,
  toJson,
  toMarkdown,
  type Actor,
  type Credential,
  type ExportFormat,
  type WorkshopRecord,
  entryOf,
} from '@common-ground/shared';
import express, { Router } from 'express';
import type { ServerDeps } from '../server-deps.js';
import { sendError } from './errors.js';
import { addressOf, limitByAddress, tooManyRequests } from './rate-limit.js';
import { workshopCreatedResponse } from './workshop-created.js';

type ExportDeps = Pick<ServerDeps, 'service' | 'notebooks' | 'followUps' | 'evaluations' | 'log' | 'limiters'>;

const RENDER: Record<ExportFormat, (record: WorkshopRecord) => string> = {
  md: toMarkdown,
  // A byte-order mark, so spreadsheets read the file as UTF-8.
  csv: (record) => `\uFEFF${toCsv(record)}`,
  json: toJson,
  ics: toIcs,
};

/**
 * `Bearer <facilitator key>` or `Bearer <participantId>:<rejoin token>`; anything else is null.
 * Only the note-taker's or facilitator's secret is accepted later on.
 */
export function bearerCredential(header: string | undefined): Credential | null {
  const match = /^Bearer ([^\s]+)$/.exec(header ?? '');
  if (!match) return null;
  const value = match[1]!;
  const colon = value.indexOf(':');
  const candidate =
    colon < 0
      ? { kind: 'facilitator', token: value }
      : { kind: 'participant', participantId: value.slice(0, colon), token: value.slice(colon + 1) };
  const parsed = credentialSchema.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}

/**
 * What the reader may take away: the note-taker gets commitments, meetings and the anonymous
 * evaluation, not the pairs' private notes, the tips or the facilitator's reflection.
 */
function recordFor(deps: ExportDeps, code: string, actor: Actor): WorkshopRecord | undefined {
  const state = deps.service.get(code);
  if (!state) return undefined;
  const full = actor.kind === 'facilitator';
  const notebooks = deps.notebooks
    .all(code)
    .map((notebook) => (full ? notebook : { ...notebook, entries: [], rubrics: [] }));
  const followUps = Object.keys(state.participants)
    .map((id) => deps.followUps.get(code, id))
    .filter((followUp) => followUp.tips.length > 0 || followUp.meetings.length > 0)
    .map((followUp) => (full ? followUp : { ...followUp, tips: [] }));
  // Answers go out with a name only where the participant signed; the reflection is the facilitator's.
  const evaluations = deps.evaluations
    .list(code)
    .map((answer) => (answer.signed ? answer : { ...answer, participantId: 'anonymous', name: undefined }));
  const reflection = full ? deps.evaluations.reflection(code) : null;
  return { state, notebooks, followUps, evaluations, reflection };
}

function personOf(actor: Actor): string {
  return actor.kind === 'participant' ? `participant:${actor.participantId}` : actor.kind;
}

/** Downloads of the record for the facilitator and the note-taker, and importing one as a new workshop. */
export function exportRouter(deps: ExportDeps): Router {
  const router = Router();

  // An exported record can be larger than ordinary requests: this route alone reads up to the limit.
  // Limited before the body is read: refusing a 2 MB upload should not cost reading it.
  router.post(
    '/import',
    limitByAddress(deps.limiters.imports),
    express.json({ limit: MAX_RECORD_BYTES }),
    (req, res) => {
      const imported = importRecord(req.body);
      if (!imported.ok) return sendError(res, 400, 'invalid_input', imported.error.message);
      // `?keep=record` keeps the whole record (an archive on this server, with a new code and key);
      // otherwise only the plan travels (title, template, agenda) to run the same agenda again.
      // No secret is ever in a record, so nobody can rejoin an archive as a participant.
      const keep = req.query.keep === 'record';
      const record = imported.data;
      const { title, template, agenda } = record.state;
      const created = deps.service.create(title, template, agenda, keep ? record.state : undefined);
      const { state } = created;
      if (keep) {
        for (const notebook of record.notebooks) deps.notebooks.save(state.code, notebook);
        for (const followUp of record.followUps) deps.followUps.save(state.code, followUp);
        for (const answer of record.evaluations) deps.evaluations.save(state.code, answer);
        if (record.reflection) deps.evaluations.saveReflection(state.code, record.reflection);
      }
      deps.log.info({ code: state.code, template, keep }, 'workshop imported');
      res.status(201).json(workshopCreatedResponse(req, created));
    },
  );

  router.get('/:code/:file', (req, res, next) => {
    const format = /^export\.(md|csv|json|ics)$/.exec(req.params.file)?.[1] as ExportFormat | undefined;
    if (!format) return next();
    const fromAddress = deps.limiters.exports.take(`address:${addressOf(req)}`);
    if (!fromAddress.ok) return tooManyRequests(res, fromAddress.retryAfterMs);
    const code = joinCodeSchema.safeParse(req.params.code);
    if (!code.success || !deps.service.get(code.data)) {
      return sendError(res, 404, 'not_found', 'There is no workshop with that code.');
    }
    const credential = bearerCredential(req.get('authorization'));
    if (!credential) {
      return sendError(res, 401, 'unauthorized', 'Send the facilitator key or the note-taker key as a Bearer token.');
    }
    const actor = deps.service.authenticate(code.data, credential);
    if (!actor.ok) return sendError(res, 401, 'unauthorized', 'That key is not valid for this workshop.');
    const byPerson = deps.limiters.exports.take(`person:${code.data}:${personOf(actor.data)}`);
    if (!byPerson.ok) return tooManyRequests(res, byPerson.retryAfterMs);
    const state = deps.service.get(code.data)!;
    if (
      actor.data.kind === 'participant' &&
      entryOf(state.participants, actor.data.participantId)?.role !== 'notetaker'
    ) {
      return sendError(res, 403, 'forbidden', 'Only the facilitator and the note-taker can export the record.');
    }
    if (actor.data.kind === 'projector') return sendError(res, 403, 'forbidden', 'The projector cannot export.');
    const record = recordFor(deps, code.data, actor.data)!;
    res.set({
      'content-type': EXPORT_CONTENT_TYPES[format],
      'content-disposition': `attachment; filename="${exportFileName(state, format)}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    res.send(RENDER[format](record));
  });

  return router;
}
