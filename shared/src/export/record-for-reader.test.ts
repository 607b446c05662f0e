import { describe, expect, it } from 'vitest';
import { stepsFromTemplate } from '../domain/agenda/templates.js';
import { createWorkshopState } from '../domain/core/state.js';
import { summarizeEvaluations, type EvaluationAnswer } from '../domain/evaluation/evaluation.js';
import { toCsv } from './csv.js';
import { toPrintableHtml } from './html.js';
import { toIcs } from './ics.js';
import { importRecord, toJson } from './json.js';
import { toMarkdown } from './markdown.js';
import { workshopRecordSchema, type WorkshopRecord } from './record.js';
import { recordForReader } from './record-for-reader.js';

const at = Date.UTC(2026, 10, 23, 18, 30);
const answer = (participantId: string, rating: number, text: string, updatedAt: number): EvaluationAnswer => ({
  participantId,
  learned: `learned ${text}`,
  rating,
  likes: [`like ${text}`],
  wishes: [`wish ${text}`],
  signed: false,
  updatedAt,
});

/** A workshop with something private of every kind, and one card the group shared. */
function whole(): WorkshopRecord {
  let n = 0;
  const state = createWorkshopState({
    code: 'ABCD23',
    title: 'Training',
    template: 'practice-1on1',
    createdAt: at,
    agenda: stepsFromTemplate('practice-1on1', () => `s${(n += 1)}`),
  });
  const participant = (id: string, name: string, role = 'participant') => ({ id, name, role, joinedAt: at });
  return workshopRecordSchema.parse({
    state: {
      ...state,
      participants: {
        p1: participant('p1', 'Ana'),
        p2: participant('p2', 'Ben'),
        p3: participant('p3', 'Cai', 'notetaker'),
      },
      pairs: { pr1: { id: 'pr1', memberIds: ['p1', 'p2'], withFacilitator: false, done: false } },
      cards: { c1: { id: 'c1', column: 'values', text: 'Shared card', authorId: 'p3', createdAt: at, updatedAt: at } },
    },
    notebooks: [
      {
        pairId: 'pr1',
        entries: [{ id: 'e1', section: 'values', text: 'Pair note', authorId: 'p1', version: 1, updatedAt: at }],
        commitment: {
          who: 'Ana',
          what: 'Secret commitment',
          byWhen: 'Friday',
          nextMeeting: '2026-12-02T10:00',
          version: 1,
        },
      },
    ],
    followUps: [
      {
        participantId: 'p1',
        tips: [{ id: 't1', text: 'Private tip', createdAt: at }],
        meetings: [
          { id: 'm1', withWhom: 'Private partner', when: '2026-12-01T18:00', where: 'Private place', createdAt: at },
        ],
      },
    ],
    evaluations: [answer('p1', 5, 'one', 3), answer('p2', 3, 'two', 1), answer('p3', 4, 'three', 2)],
    reflection: { did: 'Private reflection', worked: '', didNot: '', change: '', updatedAt: at },
  });
}

const PRIVATE_TEXTS = [
  'Pair note',
  'Secret commitment',
  '2026-12-02',
  'Private tip',
  'Private partner',
  'Private place',
  '2026-12-01',
  'learned one',
  'like two',
  'wish three',
  'Private reflection',
];

const noteTaker = { kind: 'participant', participantId: 'p3' } as const;
const formats = { md: toMarkdown, csv: toCsv, json: toJson, ics: toIcs, html: toPrintableHtml };

function copyFor(reader: Parameters<typeof recordForReader>[1]): WorkshopRecord {
  const copy = recordForReader(whole(), reader);
  if (!copy.ok) throw new Error(copy.error.reason);
  return copy.data;
}

describe("each reader's copy of the record", () => {
  it.each(Object.entries(formats))(
    "keeps what is private to a person and the facilitator out of the note-taker's %s",
    (_format, write) => {
      const text = write(copyFor(noteTaker)).replace(/\r\n /g, '').replace(/\\-/g, '-');
      for (const secret of PRIVATE_TEXTS) expect(text).not.toContain(secret);
      if (_format !== 'ics') expect(text).toContain('Shared card');
    },
  );

  it('tells the note-taker where the private parts are instead of calling them empty', () => {
    const md = toMarkdown(copyFor(noteTaker));
    expect(md).toContain("only the facilitator's copy holds them");
    expect(md).not.toContain('None scheduled');
    expect(md).not.toContain('No evaluations were sent');
  });

  it("gives the facilitator's copy every private text", () => {
    const copy = copyFor({ kind: 'facilitator' });
    const all = [toMarkdown(copy), toJson(copy), toIcs(copy)].join('\n').replace(/\r\n /g, '').replace(/\\-/g, '-');
    for (const secret of PRIVATE_TEXTS) expect(all).toContain(secret);
  });

  it('names each unsigned answer apart, by what it says, never by who answered or when', () => {
    const first = copyFor({ kind: 'facilitator' }).evaluations;
    expect(first.map((a) => a.participantId).sort()).toEqual(['anonymous-1', 'anonymous-2', 'anonymous-3']);
    expect(JSON.stringify(first)).not.toMatch(/"p[123]"/);
    const reordered = recordForReader(
      { ...whole(), evaluations: [...whole().evaluations].reverse() },
      {
        kind: 'facilitator',
      },
    );
    expect(reordered.ok && reordered.data.evaluations).toEqual(first);
  });

  it('gives back every answer and the same summary when the record is imported and exported again', () => {
    const exported = copyFor({ kind: 'facilitator' });
    const imported = importRecord(toJson(exported));
    if (!imported.ok) throw new Error(imported.error.reason);
    const again = recordForReader(imported.data, { kind: 'facilitator' });
    if (!again.ok) throw new Error(again.error.reason);
    expect(again.data.evaluations).toHaveLength(3);
    expect(summarizeEvaluations(again.data.evaluations)).toEqual(summarizeEvaluations(exported.evaluations));
    expect(summarizeEvaluations(again.data.evaluations)).toMatchObject({ total: 3, mean: 4 });
  });
});
