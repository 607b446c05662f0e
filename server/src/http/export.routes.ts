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
  anonymizeAnswers,
  evaluationAnswerSchema,
  followUpSchema,
  notebookSchema,
  recordForReader,
  reflectionSchema,
  REFLECTION_KEY,
  type WorkshopState,
  timeZoneSchema,
  wordLanguageSchema,
} from '@common-ground/shared';
import express, { Router } from 'express';
import { z } from 'zod/mini';
import type { ServerDeps } from '../server-deps.js';
import { sendError } from './errors.js';
import { addressOf, limitByAddress, tooManyRequests } from './rate-limit.js';
import { workshopCreatedResponse } from './workshop-created.js';

type ExportDeps = Pick<ServerDeps, 'service' | 'docs' | 'log' | 'limiters'>;

/** Each format's writer, its words in the language asked for (the JSON record has none). */
const RENDER: Record<ExportFormat, (record: WorkshopRecord, language: string) => string> = {
  md: toMarkdown,
  // A byte-order mark, so spreadsheets read the file as UTF-8.
  csv: (record, language) => `\uFEFF${toCsv(record, language)}`,
  json: toJson,
  ics: toIcs,
};

/** `?lang=es`: one of the languages the exports are written in; English when absent. */
const exportQuerySchema = z.object({ lang: z._default(wordLanguageSchema, 'en') });

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
 * The zone of next 1:1s saved without their own: this machine's. A workshop is hosted where it
 * meets (a laptop in the hall, or a server set with TZ for its region).
 */
const HOST_TIME_ZONE = timeZoneSchema.safeParse(Intl.DateTimeFormat().resolvedOptions().timeZone).data;

/** The workshop's whole record, private documents included; `recordForReader` decides what leaves. */
async function wholeRecord(deps: ExportDeps, state: WorkshopState): Promise<WorkshopRecord> {
  const docsOf = async <T>(kind: string, schema: z.ZodMiniType<T>): Promise<T[]> =>
    (await deps.docs.all(state.code, kind)).flatMap((envelope) => {
      const doc = schema.parse(envelope.doc);
      return doc === null ? [] : [doc];
    });
  const [notebooks, followUps, evaluations, reflections] = await Promise.all([
    docsOf('notebook', notebookSchema),
    docsOf('followup', followUpSchema),
    docsOf('evaluation', z.nullable(evaluationAnswerSchema)),
    docsOf('reflection', z.nullable(reflectionSchema)),
  ]);
  return {
    state,
    notebooks,
    followUps,
    evaluations: evaluations.filter((answer) => answer !== null),
    reflection: reflections.find((reflection) => reflection !== null) ?? null,
    ...(HOST_TIME_ZONE ? { timeZone: HOST_TIME_ZONE } : {}),
  };
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
    async (req, res) => {
      const imported = importRecord(req.body);
      if (!imported.ok) return sendError(res, 400, 'invalid_input', imported.error.reason, imported.error.params);
      // `?keep=record` keeps the whole record (an archive on this server, with a new code and key);
      // otherwise only the plan travels (title, template, agenda) to run the same agenda again.
      // No secret is ever in a record, so nobody can rejoin an archive as a participant.
      const keep = req.query.keep === 'record';
      const record = imported.data;
      const { title, template, agenda } = record.state;
      const created = await deps.service.create(title, template, agenda, keep ? record.state : undefined);
      const { state } = created;
      if (keep) {
        for (const notebook of record.notebooks) {
          await deps.docs.keep(state.code, 'notebook', notebook.pairId, notebook);
        }
        for (const followUp of record.followUps) {
          await deps.docs.keep(state.code, 'followup', followUp.participantId, followUp);
        }
        // Each unsigned answer under its own key, even from a record written when they shared one.
        for (const answer of anonymizeAnswers(record.evaluations)) {
          await deps.docs.keep(state.code, 'evaluation', answer.participantId, answer);
        }
        if (record.reflection) await deps.docs.keep(state.code, 'reflection', REFLECTION_KEY, record.reflection);
      }
      deps.log.info({ code: state.code, template, keep }, 'workshop imported');
      res.status(201).json(workshopCreatedResponse(req, created));
    },
  );

  router.get('/:code/:file', async (req, res, next) => {
    const format = /^export\.(md|csv|json|ics)$/.exec(req.params.file)?.[1] as ExportFormat | undefined;
    if (!format) return next();
    const query = exportQuerySchema.safeParse(req.query);
    if (!query.success) return sendError(res, 400, 'invalid_input', 'export.languageUnknown');
    const fromAddress = await deps.limiters.exports.take(`address:${addressOf(req)}`);
    if (!fromAddress.ok) return tooManyRequests(res, fromAddress.retryAfterMs);
    const code = joinCodeSchema.safeParse(req.params.code);
    if (!code.success || !(await deps.service.get(code.data))) {
      return sendError(res, 404, 'not_found', 'workshop.unknown');
    }
    const credential = bearerCredential(req.get('authorization'));
    if (!credential) {
      return sendError(res, 401, 'unauthorized', 'export.keyMissing');
    }
    const actor = await deps.service.authenticate(code.data, credential);
    if (!actor.ok) return sendError(res, 401, 'unauthorized', 'export.keyInvalid');
    const byPerson = await deps.limiters.exports.take(`person:${code.data}:${personOf(actor.data)}`);
    if (!byPerson.ok) return tooManyRequests(res, byPerson.retryAfterMs);
    const state = await deps.service.get(code.data);
    if (!state) return sendError(res, 404, 'not_found', 'workshop.unknown');
    const readable = recordForReader(await wholeRecord(deps, state), actor.data);
    if (!readable.ok) return sendError(res, 403, 'forbidden', readable.error.reason);
    const record = readable.data;
    res.set({
      'content-type': EXPORT_CONTENT_TYPES[format],
      'content-disposition': `attachment; filename="${exportFileName(state, format)}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    res.send(RENDER[format](record, query.data.lang));
  });

  return router;
}
