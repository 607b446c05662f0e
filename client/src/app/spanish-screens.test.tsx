import {
  AGENDA_TEMPLATES,
  COMMAND_TYPES,
  ok,
  type Actor,
  type Identity,
  type WorkshopState,
} from '@common-ground/shared';
import { act, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nProvider } from '../lib/i18n/react';
import { MemoryRouter } from '../lib/router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FacilitatorView } from '../features/facilitator/FacilitatorView';
import { HomePage } from '../features/home/HomePage';
import { ParticipantView } from '../features/participant/ParticipantView';
import { ProjectorView } from '../features/projector/ProjectorView';
import { LanguagePicker } from '../components/LanguagePicker';
import { en } from '../lib/i18n/en';
import { i18n, setLanguage } from '../lib/i18n';
import { loadMessages } from '../lib/i18n/languages';
import {
  MINUTE_MS,
  nextFrame,
  pairsRunningFrom,
  practice,
  practiceWorkshop,
  serverClock,
  T0,
  useFakeClock,
  type TimedEvent,
} from '../test/clock-fixtures';
import { FakeSocket } from '../test/fake-socket';
import { snapshot } from '../test/fixtures';
import { FakeDocServer } from '../test/private-doc-server';
import { renderInWorkshop } from '../test/render';
import { role, sixJoined, stepRunningFrom, threePairs } from '../test/report-back-fixtures';
import { useStore } from './store';

/** Every English text with its key, and a pattern that finds it with its parameters filled in. */
function englishTexts(tree: object, theirs: unknown, prefix = ''): Array<{ key: string; text: string; find: RegExp }> {
  return Object.entries(tree).flatMap(([key, value]) => {
    const other = (theirs as Record<string, unknown> | undefined)?.[key];
    if (Array.isArray(value))
      return value.flatMap((text: string, i) =>
        englishTexts({ [i]: text }, other as unknown[] | undefined, `${prefix}${key}.`),
      );
    if (typeof value === 'object') return englishTexts(value as object, other, `${prefix}${key}.`);
    const text = String(value);
    // A text Spanish writes the same ("Agenda", "{{count}} min", "Common Ground") proves nothing.
    if (text === other) return [];
    const words = text.split(/\{\{[^}]+\}\}/).filter((part) => /\p{L}{2}/u.test(part));
    if (words.length === 0) return [];
    const pattern = text
      .split(/(\{\{[^}]+\}\})/)
      .map((part) => (part.startsWith('{{') ? '.+?' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('');
    return [{ key: `${prefix}${key}`, text, find: new RegExp(`(?<!\\p{L})${pattern}(?!\\p{L})`, 'u') }];
  });
}

/** Everything a person reads or hears on the screen, one piece a line: texts, labels, placeholders. */
function everythingShown(): string {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const pieces: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) pieces.push(node.textContent ?? '');
  for (const element of document.body.querySelectorAll('*'))
    for (const name of ['aria-label', 'placeholder', 'alt', 'title']) pieces.push(element.getAttribute(name) ?? '');
  return [...pieces, document.title].join('\n');
}

/** The agenda templates' English texts: a screen in Spanish shows none of them. */
function templateTexts(): ReturnType<typeof englishTexts> {
  return Object.values(AGENDA_TEMPLATES).flatMap((template) =>
    [
      template.name,
      template.description,
      ...template.steps.flatMap((step) => [
        step.title,
        step.instructions,
        ...(step.questions ?? []),
        ...(step.phases ?? []).flatMap((phase) => [phase.title, phase.instructions]),
      ]),
    ].map((text) => ({
      key: `template (${template.id})`,
      text,
      find: new RegExp(`(?<!\\p{L})${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u'),
    })),
  );
}

let texts: ReturnType<typeof englishTexts> = [];
function englishOnScreen(): string[] {
  const shown = everythingShown();
  return texts.filter(({ find }) => find.test(shown)).map(({ key, text }) => `${key}: ${text}`);
}

async function openAs(ui: ReactNode, state: WorkshopState, identity: Identity, actor: Actor): Promise<void> {
  const socket = new FakeSocket();
  socket.respond('session:resume', () => ok(snapshot(state, identity)));
  for (const type of COMMAND_TYPES) socket.respond(type, () => ok({ seq: state.seq + 1 }));
  serverClock(socket);
  new FakeDocServer(socket, state, actor, () => T0);
  const token = 't'.repeat(43);
  renderInWorkshop(ui, {
    socket,
    credential:
      identity.kind === 'participant'
        ? { kind: 'participant', participantId: identity.participantId, token }
        : identity.kind === 'facilitator'
          ? { kind: 'facilitator', token }
          : { kind: 'projector', token },
  });
  await expect.poll(() => useStore.getState().status).toBe('online');
  await expect.poll(() => socket.sentOf('time:sync').length).toBe(5);
  nextFrame();
  // Private documents (the notebook, my commitments) are answered after the first frame.
  await act(async () => {
    await Promise.resolve();
  });
  nextFrame();
}

/** The title is typed text: a Spanish room names its workshop in Spanish. */
const inSpanish = (state: WorkshopState): WorkshopState => ({ ...state, title: 'Martes de práctica' });

const ana: Identity = { kind: 'participant', participantId: 'p-ana' };
const anaActor: Actor = { kind: 'participant', participantId: 'p-ana' };
const facilitator: Identity = { kind: 'facilitator' };
const projector: Identity = { kind: 'projector' };

const card: TimedEvent = [
  T0 - 5 * MINUTE_MS,
  { type: 'card:added', cardId: 'c-1', column: 'values', text: 'La familia primero', authorId: null },
];
/** The room at each step of the practice guide, in the order it runs. */
const moments: Array<[string, TimedEvent[]]> = [
  ['before the clock starts', [...sixJoined, role('p-cleo', 'notetaker'), role('p-dan', 'timekeeper')]],
  ['during roles and agenda', [...sixJoined, stepRunningFrom(practice.roles.id, T0 - MINUTE_MS)]],
  ['while pairs practise', [...sixJoined, threePairs, card, pairsRunningFrom(T0 - MINUTE_MS)]],
  ['during the report-back', [...sixJoined, threePairs, card, stepRunningFrom(practice.reportBack.id, T0 - MINUTE_MS)]],
  ['while summing up learnings', [...sixJoined, threePairs, card, stepRunningFrom(practice.learnings.id, T0)]],
];

describe('every screen in Spanish', () => {
  useFakeClock();

  beforeEach(async () => {
    texts = [...englishTexts(en, await loadMessages('es')), ...templateTexts()];
    await setLanguage('es');
  });
  afterEach(async () => {
    await setLanguage('en');
  });

  it('finds every English text on an English screen (the check can fail)', async () => {
    await setLanguage('en');
    render(
      <I18nProvider i18n={i18n}>
        <MemoryRouter>
          <HomePage />
        </MemoryRouter>
      </I18nProvider>,
    );
    expect(englishOnScreen()).toEqual(expect.arrayContaining(['home.startTitle: Start a workshop']));
  });

  it('shows the start page in Spanish, with its agenda templates translated', () => {
    render(
      <I18nProvider i18n={i18n}>
        <MemoryRouter>
          <HomePage />
          <LanguagePicker />
        </MemoryRouter>
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Empezar un taller' })).toBeVisible();
    expect(screen.getByText('Práctica de 1:1 (50 min)')).toBeVisible();
    expect(document.documentElement.lang).toBe('es');
    expect(englishOnScreen()).toEqual([]);
  });

  for (const [moment, events] of moments) {
    it(`shows the facilitator's screen in Spanish ${moment}`, async () => {
      await openAs(
        <FacilitatorView code="ABC234" token={'k'.repeat(43)} />,
        inSpanish(practiceWorkshop(events)),
        facilitator,
        {
          kind: 'facilitator',
        },
      );
      expect(screen.getAllByText(/Agenda/).length).toBeGreaterThan(0);
      expect(englishOnScreen()).toEqual([]);
    });

    it(`shows a participant's screen in Spanish ${moment}`, async () => {
      await openAs(<ParticipantView />, inSpanish(practiceWorkshop(events)), ana, anaActor);
      expect(englishOnScreen()).toEqual([]);
    });

    it(`shows the projector in Spanish ${moment}`, async () => {
      await openAs(<ProjectorView code="ABC234" />, inSpanish(practiceWorkshop(events)), projector, {
        kind: 'projector',
      });
      expect(englishOnScreen()).toEqual([]);
    });
  }
});
