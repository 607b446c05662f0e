import { AGENDA_LIMITS, type Step } from '@common-ground/shared';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../lib/i18n';
import { practice } from '../../test/clock-fixtures';
import { draftFromForm, formFromStep, type StepForm } from './step-draft';

const t = i18n.t;

const checkIn: Step = {
  id: 'step-check-in',
  kind: 'general',
  title: 'Check-in',
  minutes: 10,
  instructions: 'Ask how people are doing.',
  questions: ['How are you doing?', 'Any questions about the guide?'],
  links: [{ label: 'The 1-1 guide', url: 'https://pbevanston.org' }],
  phases: [],
};

/** The check-in step's form, with some fields as the facilitator changed them. */
const checkInForm = (patch: Partial<StepForm> = {}): StepForm => ({ ...formFromStep(checkIn, 'New step'), ...patch });

function problemOf(form: StepForm, step: Step | null = checkIn): string | null {
  const built = draftFromForm(form, step, t);
  return built.ok ? null : built.problem;
}

function draftOf(form: StepForm, step: Step | null = checkIn) {
  const built = draftFromForm(form, step, t);
  if (!built.ok) throw new Error(`Expected a draft, got: ${built.problem}`);
  return built.draft;
}

describe('formFromStep', () => {
  it('starts a new step with the given title, five minutes and nothing else', () => {
    expect(formFromStep(null, 'New step')).toEqual({
      title: 'New step',
      minutes: '5',
      instructions: '',
      questions: '',
      phases: [],
      links: [],
    });
  });

  it('puts one question on each line and numbers as text, as the editor shows them', () => {
    const form = formFromStep(practice.pairs, 'New step');

    expect(form.title).toBe('Practice in pairs');
    expect(formFromStep(checkIn, 'New step').questions).toBe('How are you doing?\nAny questions about the guide?');
    expect(form.phases.map((p) => [p.title, p.minutes])).toEqual([
      ['A organizes', '8'],
      ['B gives feedback', '2'],
      ['Switch: B organizes', '8'],
      ['A gives feedback', '2'],
      ['Write it down and commit', '5'],
    ]);
    expect(form.phases[0]?.id).toBe(practice.pairs.phases[0]?.id);
  });
});

describe('draftFromForm', () => {
  it('gives back the same step when nothing was changed', () => {
    expect(draftOf(formFromStep(checkIn, 'New step'))).toEqual(checkIn);
    expect(draftOf(formFromStep(practice.pairs, 'New step'), practice.pairs)).toEqual(practice.pairs);
  });

  it('splits the questions by line, trimming them and dropping empty lines', () => {
    const draft = draftOf(checkInForm({ questions: '  What did you notice?  \n\n\r\nWhat will you try?\r\n   ' }));

    expect(draft.questions).toEqual(['What did you notice?', 'What will you try?']);
  });

  it('sends no questions when the box is empty', () => {
    expect(draftOf(checkInForm({ questions: '' })).questions).toEqual([]);
  });

  it('accepts web addresses starting with http:// or https://, trimmed', () => {
    const draft = draftOf(
      checkInForm({
        links: [
          { label: ' Guide ', url: ' https://pbevanston.org/guide ' },
          { label: 'Lecture', url: 'http://example.org/lecture?part=5' },
        ],
      }),
    );

    expect(draft.links).toEqual([
      { label: 'Guide', url: 'https://pbevanston.org/guide' },
      { label: 'Lecture', url: 'http://example.org/lecture?part=5' },
    ]);
  });

  it('drops link rows left completely empty', () => {
    const draft = draftOf(
      checkInForm({
        links: [
          { label: '', url: '' },
          { label: 'Guide', url: 'https://pbevanston.org' },
          { label: '  ', url: '  ' },
        ],
      }),
    );

    expect(draft.links).toEqual([{ label: 'Guide', url: 'https://pbevanston.org' }]);
  });

  it.each([
    ['another protocol', 'ftp://example.org/guide.pdf'],
    ['a script', 'javascript:alert(1)'],
    ['no protocol', 'pbevanston.org'],
    ['only the protocol', 'https://'],
    ['a space inside', 'https://example.org/my guide'],
  ])('refuses a link with %s', (_, url) => {
    expect(problemOf(checkInForm({ links: [{ label: 'Guide', url }] }))).toBe(
      'A link needs a web address starting with http:// or https://.',
    );
  });

  it('refuses a link without its text', () => {
    expect(problemOf(checkInForm({ links: [{ label: ' ', url: 'https://pbevanston.org' }] }))).toBe(
      'Give every link the text people will click.',
    );
  });

  it('asks for a title for the step and for every sub-phase', () => {
    expect(problemOf(checkInForm({ title: '   ' }))).toBe('Give the step a title.');
    const form = formFromStep(practice.pairs, 'New step');
    const untitled = { ...form, phases: form.phases.map((p, i) => (i === 2 ? { ...p, title: ' ' } : p)) };
    expect(problemOf(untitled, practice.pairs)).toBe('Give the step a title.');
  });

  it('gives the shared text rule’s reason for a title, a question or instructions the server would refuse', () => {
    expect(problemOf(checkInForm({ title: '\u200B\u200D' }))).toBe(
      'Write at least one visible letter, number or sign.',
    );
    expect(problemOf(checkInForm({ questions: 'Why?\n\u202Eevil' }))).toBe(
      'Remove the characters that force the direction of the text.',
    );
    expect(problemOf(checkInForm({ instructions: 'Ask\u0007' }))).toBe(
      'Remove the tabs, line breaks or other control characters.',
    );
  });

  it('accepts a title in Hebrew and instructions over several lines', () => {
    const draft = draftOf(checkInForm({ title: 'שלום', instructions: 'First\n\tthen' }));
    expect(draft.title).toBe('שלום');
  });

  it.each(['0', '0.25', '241', '', 'ten'])('refuses %j minutes', (minutes) => {
    expect(problemOf(checkInForm({ minutes }))).toBe('Minutes must be between 0.5 and 240.');
  });

  it.each([
    ['0.5', 0.5],
    ['240', 240],
    [' 12 ', 12],
  ])('accepts %j minutes', (minutes, expected) => {
    expect(draftOf(checkInForm({ minutes })).minutes).toBe(expected);
  });

  it('takes a step’s minutes from its sub-phases, and checks each of them', () => {
    const form = formFromStep(practice.pairs, 'New step');
    const longer = {
      ...form,
      minutes: '1',
      phases: form.phases.map((p, i) => (i === 0 ? { ...p, minutes: '10' } : p)),
    };
    expect(draftOf(longer, practice.pairs).minutes).toBe(27);

    const tooShort = { ...form, phases: form.phases.map((p, i) => (i === 4 ? { ...p, minutes: '0' } : p)) };
    expect(problemOf(tooShort, practice.pairs)).toBe('Minutes must be between 0.5 and 240.');
  });

  it('makes a new step general and without ids, for the server to give them', () => {
    const draft = draftOf(
      {
        ...formFromStep(null, 'New step'),
        title: '  Closing round ',
        phases: [{ title: ' Everyone speaks ', minutes: '4', instructions: 'One word each.' }],
      },
      null,
    );

    expect(draft).toEqual({
      kind: 'general',
      title: 'Closing round',
      minutes: 4,
      instructions: '',
      questions: [],
      links: [],
      phases: [{ title: 'Everyone speaks', minutes: 4, instructions: 'One word each.' }],
    });
    expect(draft).not.toHaveProperty('id');
    expect(draft.phases[0]).not.toHaveProperty('id');
  });
});

describe('draftFromForm checks what the server checks', () => {
  it('refuses more questions than a step holds, saying how many it may', () => {
    const questions = Array.from({ length: AGENDA_LIMITS.questions + 1 }, (_, i) => `Question ${i + 1}?`).join('\n');
    expect(problemOf(checkInForm({ questions }))).toBe(`A step can hold at most ${AGENDA_LIMITS.questions} questions.`);
  });

  it('refuses sub-phases that add up to more than a step may last', () => {
    const form = formFromStep(practice.pairs, 'New step');
    const long = { ...form, phases: form.phases.map((p) => ({ ...p, minutes: '60' })) };
    expect(problemOf(long, practice.pairs)).toBe('Minutes must be between 0.5 and 240.');
  });

  it('sends the texts as the server will keep them: trimmed, with plain line breaks', () => {
    const draft = draftOf(checkInForm({ title: '  Check-in  ', instructions: 'First\r\nthen' }));
    expect(draft.title).toBe('Check-in');
    expect(draft.instructions).toBe('First\nthen');
  });
});
