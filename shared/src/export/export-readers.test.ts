import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { marked, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { stepsFromTemplate } from '../domain/agenda/templates.js';
import { createWorkshopState } from '../domain/core/state.js';
import { toCsv } from './csv.js';
import { toPrintableHtml } from './html.js';
import { toIcs } from './ics.js';
import { importRecord, toJson } from './json.js';
import { toMarkdown } from './markdown.js';
import { workshopRecordSchema, type WorkshopRecord } from './record.js';
import { recordForReader } from './record-for-reader.js';

const at = Date.UTC(2026, 10, 23, 18, 30);
const LINK = 'https://example.org/one_on_one_guide?a=1&b=2';

/** Eleven agenda steps, the tenth with sub-phases: what breaks a list indented by three spaces. */
function longAgenda() {
  const base = stepsFromTemplate(
    'practice-1on1',
    (() => {
      let n = 0;
      return () => `t${(n += 1)}`;
    })(),
  );
  const withPhases = base.find((step) => step.phases.length > 0)!;
  return Array.from({ length: 11 }, (_, i) => {
    const step = i === 9 ? withPhases : base.find((s) => s.phases.length === 0)!;
    return { ...step, id: `s${i}`, phases: step.phases.map((phase) => ({ ...phase, id: `s${i}-${phase.id}` })) };
  });
}

/** A workshop with every part the meeting produces, typed the way people type. */
function whole(): WorkshopRecord {
  const state = createWorkshopState({
    code: 'ABCD23',
    title: 'Tuesday 1:1 training #3',
    template: 'practice-1on1',
    createdAt: at,
    agenda: longAgenda(),
  });
  const person = (id: string, name: string, role = 'participant') => ({ id, name, role, joinedAt: at });
  const card = (id: string, column: string, text: string, authorId: string | null, k: number) => ({
    id,
    column,
    text,
    authorId,
    createdAt: at + k,
    updatedAt: at + k,
  });
  return workshopRecordSchema.parse({
    state: {
      ...state,
      participants: { p1: person('p1', 'Ana'), p2: person('p2', 'Ben'), p3: person('p3', 'Cai', 'notetaker') },
      pairs: { pr1: { id: 'pr1', memberIds: ['p1', 'p2'], withFacilitator: false, done: false } },
      cards: {
        c1: card('c1', 'values', 'Dignity (for A & B), one-on-ones', 'p1', 1),
        c2: card('c2', 'interests', `Read ${LINK} first`, 'p2', 2),
        c3: card('c3', 'resources', 'A *bold* claim, <b>html</b> and [a](b)\n- not a list', null, 3),
      },
      posts: {
        n1: {
          id: 'n1',
          kind: 'noticing',
          text: 'She asked *why* twice',
          authorId: 'p1',
          createdAt: at,
          answered: false,
        },
        q1: { id: 'q1', kind: 'question', text: 'How long (5 min)?', authorId: 'p2', createdAt: at, answered: true },
      },
      readiness: { p1: 'ready', p2: 'observe-more', p3: 'ready' },
      learnings: { items: [{ id: 'l1', text: 'Listen more', createdAt: at }], reporterId: 'p2' },
    },
    notebooks: [
      {
        pairId: 'pr1',
        entries: [{ id: 'e1', section: 'values', text: 'Pair note', authorId: 'p1', version: 1, updatedAt: at }],
        commitment: { who: 'Ana', what: 'Call 5 neighbours', byWhen: 'Friday', version: 1 },
      },
    ],
    followUps: [
      {
        participantId: 'p1',
        tips: [{ id: 't1', text: 'Share your own story first', createdAt: at }],
        meetings: [
          {
            id: 'm1',
            withWhom: 'Ben',
            when: '2026-12-01T18:00',
            where: 'Union hall',
            timeZone: 'America/Mexico_City',
            createdAt: at,
          },
          { id: 'm2', withWhom: 'Cai', when: '2027-03-27T10:00', where: 'Café', createdAt: at },
          { id: 'm3', withWhom: 'Dee', when: '2027-03-29T10:00', where: 'Park', createdAt: at },
        ],
      },
    ],
    evaluations: [
      {
        participantId: 'p1',
        learned: 'Silence works',
        rating: 5,
        likes: ['Pairs'],
        wishes: ['Time'],
        signed: false,
        updatedAt: 1,
      },
      {
        participantId: 'p2',
        learned: 'Wait',
        rating: 4,
        likes: ['Tips'],
        wishes: ['More'],
        signed: false,
        updatedAt: 2,
      },
    ],
    reflection: { did: 'Demonstrated', worked: 'Pairs', didNot: 'Timing', change: 'Less talk', updatedAt: 3 },
    timeZone: 'Europe/Madrid',
  });
}

function facilitatorCopy(record = whole()): WorkshopRecord {
  const copy = recordForReader(record, { kind: 'facilitator' });
  if (!copy.ok) throw new Error(copy.error.reason);
  return copy.data;
}

const render = (md: string): string => marked.parse(md, { async: false, gfm: true });

describe('the Markdown, read by a real renderer', () => {
  it('keeps an agenda of eleven steps one ordered list, with the sub-phases under step 10', () => {
    const md = toMarkdown(facilitatorCopy());
    const agenda = md.slice(md.indexOf('## Agenda'), md.indexOf('## Flipchart'));
    const lists = marked.lexer(agenda).filter((token): token is Tokens.List => token.type === 'list');
    expect(lists).toHaveLength(1);
    expect(lists[0]!.ordered).toBe(true);
    expect(lists[0]!.items).toHaveLength(11);
    const tenth = lists[0]!.items[9]!;
    expect(tenth.tokens.some((token) => token.type === 'list')).toBe(true);
  });

  it("shows the flipchart's own headings, cards as typed, and a typed link as a working link", () => {
    const html = render(toMarkdown(facilitatorCopy()));
    for (const heading of ['Our Common Values', 'Our Shared Interests', 'Our Unique Resources'])
      expect(html).toContain(`<h3>${heading}</h3>`);
    expect(html).toContain('Dignity (for A &amp; B), one-on-ones');
    expect(html).toContain(`<a href="${LINK.replace('&', '&amp;')}">`);
    expect(html).toContain('A *bold* claim, &lt;b&gt;html&lt;/b&gt; and [a](b)<br>- not a list');
    expect(html).not.toMatch(/<(b|strong|em)>html|<a href="b"/);
  });

  it('puts a backslash only where taking it away would change what the reader sees', () => {
    const md = toMarkdown(facilitatorCopy());
    const html = render(md);
    const backslashes = [...md.matchAll(/\\/g)].map((match) => match.index);
    expect(backslashes.length).toBeGreaterThan(0);
    // A pair of escapes (`\\*why\\*`) is needed as a pair: take away every escape of that character on the line.
    for (const i of backslashes) {
      const lineStart = md.lastIndexOf('\n', i) + 1;
      const lineEnd = md.indexOf('\n', i);
      const line = md.slice(lineStart, lineEnd);
      const escaped = md[i + 1] ?? '';
      const plain = escaped === '\n' ? '' : line.split(`\\${escaped}`).join(escaped);
      const without =
        escaped === '\n' ? md.slice(0, i) + md.slice(i + 1) : md.slice(0, lineStart) + plain + md.slice(lineEnd);
      expect(render(without), line).not.toBe(html);
    }
    expect(md).not.toMatch(/&(amp|lt|gt|quot);/);
  });

  it('holds the noticings, the questions, the readiness tally and, for the facilitator, the tips', () => {
    const html = render(toMarkdown(facilitatorCopy()));
    expect(html).toContain('<li>She asked *why* twice — <em>Ana</em></li>');
    expect(html).toContain('<li>How long (5 min)? — <em>Ben</em> <em>(answered)</em></li>');
    expect(html).toContain('<li>Ready to try: 2</li>');
    expect(html).toContain('<li>Observe more: 1</li>');
    expect(html).toContain('<li>Share your own story first</li>');
    const page = toPrintableHtml(facilitatorCopy());
    expect(page).toContain('<h2>Noticings and questions</h2>');
    expect(page).toContain('<li>Ready to try: 2</li>');
    expect(page).toContain('<li>Share your own story first</li>');
  });

  it('gives each next 1:1 with its time zone', () => {
    const md = toMarkdown(facilitatorCopy());
    expect(md).toContain('- 2026-12-01 18:00 (America/Mexico_City): Ana with Ben at Union hall');
    expect(md).toContain('- 2027-03-27 10:00 (Europe/Madrid): Ana with Cai at Café');
  });
});

describe('the CSV, read by a strict RFC 4180 parser', () => {
  it('reads back one row per card with the same five fields', () => {
    const rows: string[][] = parseCsv(toCsv(facilitatorCopy()), {
      record_delimiter: '\r\n',
      relax_quotes: false,
      relax_column_count: false,
      skip_empty_lines: false,
      bom: false,
    });
    expect(rows[0]).toEqual(['column', 'text', 'pair', 'author', 'time']);
    expect(rows.map((row) => row[1])).toEqual([
      'text',
      'Dignity (for A & B), one-on-ones',
      `Read ${LINK} first`,
      'A *bold* claim, <b>html</b> and [a](b)\n- not a list',
    ]);
  });
});

describe('the calendar, read by ical.js', () => {
  const events = (ics: string) => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  };

  it('places each next 1:1 at its instant, in its zone, across a change to summer time', () => {
    const ics = toIcs(facilitatorCopy());
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Madrid\r\n');
    const starts = events(ics).map((event) => ({
      zone: event.startDate.zone.tzid,
      utc: new Date(event.startDate.toUnixTime() * 1000).toISOString(),
    }));
    expect(starts).toEqual([
      { zone: 'America/Mexico_City', utc: '2026-12-02T00:00:00.000Z' },
      { zone: 'Europe/Madrid', utc: '2027-03-27T09:00:00.000Z' },
      { zone: 'Europe/Madrid', utc: '2027-03-29T08:00:00.000Z' },
    ]);
  });
});

describe('a record exported, imported with the whole record and exported again', () => {
  it('gives the same files', () => {
    const copy = facilitatorCopy();
    const imported = importRecord(toJson(copy));
    if (!imported.ok) throw new Error(imported.error.reason);
    const again = facilitatorCopy(imported.data);
    for (const write of [toMarkdown, toCsv, toIcs, toJson, toPrintableHtml]) expect(write(again)).toBe(write(copy));
  });
});

describe("the note-taker's copy", () => {
  it('holds nothing a screen called private, and everything every screen shows', () => {
    const copy = recordForReader(whole(), { kind: 'participant', participantId: 'p3' });
    if (!copy.ok) throw new Error(copy.error.reason);
    const all = [toMarkdown, toCsv, toIcs, toJson, toPrintableHtml].map((write) => write(copy.data)).join('\n');
    for (const secret of [
      'Pair note',
      'Call 5 neighbours',
      'Share your own story',
      'Union hall',
      'Less talk',
      'Silence works',
    ])
      expect(all).not.toContain(secret);
    const md = toMarkdown(copy.data);
    expect(md).toContain('- She asked \\*why\\* twice\n');
    expect(md).toContain('- How long (5 min)? _(answered)_\n');
    expect(md).toContain('- Ready to try: 2\n- Observe more: 1\n');
    expect(toPrintableHtml(copy.data)).toContain('<li>She asked *why* twice</li>');
    expect(all).not.toContain('## Tips');
  });
});
