import { describe, expect, it } from 'vitest';
import { createWorkshopState } from '../domain/core/state.js';
import { stepsFromTemplate } from '../domain/agenda/templates.js';
import { csvCell, toCsv } from './csv.js';
import { escapeHtml, toPrintableHtml } from './html.js';
import { escapeIcsText, foldIcsLine, toIcs } from './ics.js';
import { importRecord, toJson } from './json.js';
import { escapeMarkdown, toMarkdown } from './markdown.js';
import { exportFileName, workshopRecordSchema, type WorkshopRecord } from './record.js';
import { changeNotebook } from '../domain/notebook/notebook.js';

const NASTY = 'He said "hi", then\nleft; <b>bold</b> & *stars* _u_ # [x](y) | 🎉';
let n = 0;
const newId = () => `id-${(n += 1)}`;

function record(): WorkshopRecord {
  const state = createWorkshopState({
    code: 'ABCD23',
    title: 'Tuesday 1:1 training',
    template: 'practice-1on1',
    createdAt: Date.UTC(2026, 10, 23, 18, 0),
    agenda: stepsFromTemplate('practice-1on1', newId),
  });
  const at = Date.UTC(2026, 10, 23, 18, 30);
  const participant = (id: string, name: string) => ({ id, name, role: 'participant' as const, joinedAt: at });
  return workshopRecordSchema.parse({
    state: {
      ...state,
      participants: {
        p1: participant('p1', 'Ana "A, B"'),
        p2: participant('p2', 'Ben 🎉'),
        p3: { ...participant('p3', 'Cai'), role: 'notetaker' },
      },
      pairs: { pr1: { id: 'pr1', memberIds: ['p1', 'p2'], withFacilitator: false, done: false } },
      formerPairs: { pr0: { id: 'pr0', memberIds: ['p3'], withFacilitator: true, done: true } },
      cards: {
        c1: { id: 'c1', column: 'values', text: NASTY, authorId: 'p1', pairIds: ['pr1'], createdAt: at, updatedAt: at },
        c2: { id: 'c2', column: 'interests', text: '=SUM(A1:A2)', authorId: null, createdAt: at + 1, updatedAt: at },
        c3: {
          id: 'c3',
          column: 'resources',
          text: '+1, -2, @me',
          authorId: 'p3',
          pairIds: ['pr0'],
          createdAt: at + 2,
          updatedAt: at,
        },
        c4: { id: 'c4', column: 'resources', text: '-5 degrees', authorId: 'p2', createdAt: at + 3, updatedAt: at },
      },
      learnings: { items: [{ id: 'l1', text: 'Ask *why* <twice>', createdAt: at }], reporterId: 'p2' },
    },
    notebooks: [
      {
        pairId: 'pr1',
        entries: [],
        commitment: {
          who: 'Ana',
          what: 'Call 5 neighbours, then; report',
          byWhen: 'Friday',
          nextMeeting: '2026-12-01T18:00',
          version: 1,
        },
      },
    ],
    followUps: [
      {
        participantId: 'p1',
        tips: [],
        meetings: [
          {
            id: 'm1',
            withWhom: 'Ben, from "the hall"',
            when: '2026-12-01T18:00',
            where: 'Union hall; room 2\nupstairs',
            createdAt: at,
          },
        ],
      },
    ],
  });
}

/** A small RFC 4180 reader, to prove the CSV reads back as written. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += c;
  }
  return rows;
}

describe('Markdown export', () => {
  it('escapes only what would change the rendering, and never as HTML', () => {
    expect(escapeMarkdown('*a* _b_ <i>&')).toBe('\\*a\\* \\_b\\_ \\<i>&');
    expect(escapeMarkdown('Roles (5 min), one-on-ones. A & B! 3 * 4 = 12_000')).toBe(
      'Roles (5 min), one-on-ones. A & B! 3 * 4 = 12_000',
    );
    expect(escapeMarkdown('one\ntwo', { indent: '  ' })).toBe('one\\\n  two');
  });

  it('has the agenda, the flipchart by column with pairs, learnings, commitments and next 1:1s', () => {
    const md = toMarkdown(record());
    expect(md).toMatch(/^# Tuesday 1:1 training\n/);
    expect(md).toContain('## Agenda');
    expect(md.indexOf('### Our Common Values')).toBeLessThan(md.indexOf('### Our Shared Interests'));
    expect(md).toContain(`- ${escapeMarkdown(NASTY, { indent: '  ' })} — _Ana "A, B" & Ben 🎉_`);
    expect(md).toContain('Cai & Facilitator');
    expect(md).toContain('=SUM(A1:A2) — _Facilitator_');
    expect(md).toContain('Ask \\*why\\* \\<twice>');
    expect(md).toContain('Reporter: Ben 🎉');
    expect(md).toContain('**Ana "A, B" & Ben 🎉**: Who: Ana; What: Call 5 neighbours, then; report');
    expect(md).toContain(
      '2026-12-01 18:00 (UTC): Ana "A, B" with Ben, from "the hall" at Union hall; room 2\\\n  upstairs',
    );
    expect(md).not.toContain('&amp;');
  });
});

describe('evaluation in the exports', () => {
  const withEvaluation = (): WorkshopRecord => ({
    ...record(),
    evaluations: [
      {
        participantId: 'p1',
        learned: 'Ask why',
        rating: 5,
        likes: ['The pairs'],
        wishes: [NASTY],
        signed: true,
        name: 'Ana',
        updatedAt: 1,
      },
      {
        participantId: 'anonymous',
        learned: 'Listen',
        rating: 3,
        likes: ['Timing'],
        wishes: ['More time'],
        signed: false,
        updatedAt: 2,
      },
    ],
    reflection: {
      did: 'Demonstrated a 1:1',
      worked: 'Pairs',
      didNot: 'Timing',
      change: 'Shorter check-in',
      updatedAt: 3,
    },
  });

  it('summarises the ratings, lists likes and wishes with names only when signed, and adds the reflection', () => {
    const md = toMarkdown(withEvaluation());
    expect(md).toContain('## Evaluation');
    expect(md).toContain('2 answered; mean rating 4.0 of 5.');
    expect(md).toContain('- 5: █ 1');
    expect(md).toContain('- 3: █ 1');
    expect(md).toContain('- The pairs (Ana)');
    expect(md).toContain('- Timing\n');
    expect(md).toContain('**What I will change next time:** Shorter check-in');
  });

  it('escapes evaluation text on the printable page', () => {
    const html = toPrintableHtml(withEvaluation(), 'A4');
    expect(html).toContain('<h2>Evaluation</h2>');
    expect(html).not.toContain('<b>bold</b>');
    expect(html).toContain('&lt;b&gt;bold&lt;/b&gt;');
  });
});

describe('CSV export', () => {
  it('quotes per RFC 4180 and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('x\ny')).toBe('"x\ny"');
    for (const lead of ['=', '+', '-', '@']) expect(csvCell(`${lead}1`)).toBe(`'${lead}1`);
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe('"\'\rx"');
  });

  it('writes one row per card that reads back exactly', () => {
    const csv = toCsv(record());
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual(['column', 'text', 'pair', 'author', 'time']);
    expect(rows).toHaveLength(5);
    expect(rows[1]).toEqual(['values', NASTY, 'Ana "A, B" & Ben 🎉', 'Ana "A, B"', '2026-11-23T18:30:00.000Z']);
    expect(rows[2]).toEqual(['interests', "'=SUM(A1:A2)", '', 'Facilitator', '2026-11-23T18:30:00.001Z']);
    expect(rows[3]?.[1]).toBe("'+1, -2, @me");
    expect(rows[4]?.[1]).toBe("'-5 degrees");
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

describe('JSON export', () => {
  it('imports and exports again to the same thing', () => {
    const original = record();
    const json = toJson(original);
    const imported = importRecord(json);
    if (!imported.ok) throw new Error(imported.error.reason);
    expect(imported.data).toEqual(original);
    expect(toJson(imported.data)).toBe(json);
  });

  it.each([
    ['not JSON', '{nope'],
    ['another format', JSON.stringify({ format: 'other', version: 1 })],
    ['a damaged record', JSON.stringify({ format: 'common-ground/workshop-record', version: 1, state: {} })],
    ['too large', ' '.repeat(2_000_001)],
    ['not an object', 42],
  ])('refuses %s', (_label, input) => {
    expect(importRecord(input)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

describe('ICS export', () => {
  it('escapes text and folds long lines at 75 octets without splitting characters', () => {
    expect(escapeIcsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const folded = foldIcsLine(`SUMMARY:${'🎉'.repeat(40)}`);
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'🎉'.repeat(40)}`);
  });

  it('has one VEVENT per scheduled one-on-one, with CRLF lines', () => {
    const ics = toIcs(record());
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(unfolded).toContain('UID:ABCD23-p1-m1@common-ground');
    expect(unfolded).toContain('DTSTAMP:20261123T183000Z');
    expect(unfolded).toContain('DTSTART;TZID=UTC:20261201T180000\r\n');
    expect(unfolded).toContain('DURATION:PT30M');
    expect(unfolded).toContain('SUMMARY:One-on-one: Ana "A\\, B" with Ben\\, from "the hall"');
    expect(unfolded).toContain('LOCATION:Union hall\\; room 2\\nupstairs');
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });
});

describe('a next one-on-one set in a commitment before it moved to the follow-up', () => {
  it('still shows in the next one-on-ones and the calendar', () => {
    const md = toMarkdown(record());
    const next = md.slice(md.indexOf('## Next one-on-ones'));
    expect(next).toContain('2026-12-01 18:00 (UTC): Ana "A, B" with Ben 🎉\n');
    expect(md).not.toContain('Next 1:1:');
    const unfolded = toIcs(record()).replace(/\r\n /g, '');
    expect(unfolded).toContain('UID:ABCD23-pr1-commitment@common-ground');
    expect(unfolded).toContain('SUMMARY:One-on-one: Ana "A\\, B" with Ben 🎉');
  });

  it('is not counted twice once the pair saves the commitment again', () => {
    const notebook = record().notebooks[0]!;
    const saved = changeNotebook(
      notebook,
      { type: 'commit', commitment: { who: 'Ben', what: 'Call', byWhen: 'Monday' }, baseVersion: 1 },
      { authorId: 'p2', now: 5 },
    );
    if (!saved.ok) throw new Error(saved.error.reason);
    expect(saved.data.commitment).toMatchObject({ who: 'Ben', nextMeeting: '2026-12-01T18:00', version: 2 });
    const unfolded = toIcs({ ...record(), notebooks: [saved.data] }).replace(/\r\n /g, '');
    expect(unfolded.match(/pr1-commitment/g)).toHaveLength(1);
  });
});

describe('printable page and file names', () => {
  it('escapes HTML and sets the paper size', () => {
    const html = toPrintableHtml(record(), 'Letter');
    expect(html).toContain('@page { size: Letter;');
    expect(html).toContain(escapeHtml(NASTY));
    expect(html).not.toContain('<b>bold</b>');
  });

  it('names downloads after the title and the day', () => {
    expect(exportFileName(record().state, 'md')).toBe('tuesday-1-1-training-2026-11-23.md');
    expect(exportFileName({ title: '🎉🎉', createdAt: 0 }, 'ics')).toBe('workshop-1970-01-01.ics');
  });
});
