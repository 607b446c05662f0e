import type { AgendaLink, PhaseActivity, Step, StepKind } from './agenda.js';
import type { TemplateId } from '../core/state.js';

/** A step as a template gives it; ids are added when a workshop is created from it. */
export interface StepTemplate {
  kind: StepKind;
  title: string;
  minutes: number;
  instructions: string;
  questions?: string[];
  links?: AgendaLink[];
  phases?: Array<{ title: string; minutes: number; instructions: string; activity?: PhaseActivity }>;
}

export interface AgendaTemplate {
  id: TemplateId;
  name: string;
  description: string;
  steps: StepTemplate[];
}

const ORGANIZER_BRIEF =
  'The organizer builds a relationship with the organizee. Ask questions but don’t make it an interview! ' +
  'Share your life too. Don’t extract information; build relationships while focusing on drawing out common ' +
  'values, shared interests and potential resources that can support your team’s campaign. ' +
  'Make a clear ask that is related to your team’s campaign.';

const FEEDBACK_BRIEF =
  'The organizee provides feedback for the organizer. How did you feel? Did you feel “networked” or manipulated? ' +
  'Or did you feel that the organizer was actually building a relationship with you? ' +
  'What did the organizer do well? How can the organizer improve?';

const TRY_REFLECTION =
  'Congratulations on your first one-on-one! What do you think went well? What do you want to do ' +
  'differently next time? The facilitator suggests 1 to 3 constructive tips to try next time.';

/** From the 1:1 training guide, “practicing building relationships”: 50 minutes. */
const practice: AgendaTemplate = {
  id: 'practice-1on1',
  name: '1:1 practice (50 min)',
  description: 'Practise the 1:1 conversation in pairs, then discern the values, interests and resources you share.',
  steps: [
    {
      kind: 'roles',
      title: 'Roles and agenda',
      minutes: 5,
      instructions: 'Choose a timekeeper and a note-taker. Review the agenda.',
    },
    {
      kind: 'pairs',
      title: 'Practice in pairs',
      minutes: 25,
      instructions:
        'Break into pairs. Practice a 1-on-1. After 10 minutes switch roles. Listen carefully and write these down ' +
        'for later: your common values, your shared interests, your skills and resources.',
      phases: [
        { title: 'A organizes', minutes: 8, instructions: ORGANIZER_BRIEF, activity: 'organize' },
        { title: 'B gives feedback', minutes: 2, instructions: FEEDBACK_BRIEF, activity: 'feedback' },
        { title: 'Switch: B organizes', minutes: 8, instructions: ORGANIZER_BRIEF, activity: 'organize' },
        { title: 'A gives feedback', minutes: 2, instructions: FEEDBACK_BRIEF, activity: 'feedback' },
        {
          title: 'Write it down and commit',
          minutes: 5,
          activity: 'write',
          instructions:
            'Write down your common values, your shared interests, and your skills and resources. ' +
            'Make a specific commitment to each other.',
        },
      ],
    },
    {
      kind: 'report-back',
      title: 'Get to know your team',
      minutes: 15,
      instructions:
        'Each pair reports back on the following four questions (3 to 4 minutes for each pair). ' +
        'The note-taker records them on the flipchart: Our Common Values · Our Shared Interests · Our Unique Resources.',
      questions: [
        'What did you learn about values that you share?',
        'What did you learn about common motivating interests you may have?',
        'What did you learn about the resources of your partner that can support your project?',
        'Ask your note-taker to record these on the flipchart for your whole team.',
      ],
    },
    {
      kind: 'learnings',
      title: 'Summarize key learnings',
      minutes: 5,
      instructions:
        'Summarize your key learnings from this exercise. Select someone to report back to the larger group.',
      questions: ['What are you taking away?', 'Who will report back to the larger group?'],
    },
  ],
};

/** From the training plan “Training: One-on-ones”. It gives no durations: these are our defaults. */
const trainingPlan: AgendaTemplate = {
  id: 'training-plan',
  name: 'One-on-ones training',
  description: 'Check in, watch the facilitator conduct a 1:1, try one with the facilitator observing, evaluate.',
  steps: [
    {
      kind: 'general',
      title: 'Check-in',
      minutes: 10,
      instructions:
        'Ask participants how they are doing. Explain the goals of the session: by the end, participants will be ' +
        'able to conduct a 1-1. Explain the agenda. Ask if there are any questions about the videos or the guide.',
      questions: ['How are you doing?', 'Any questions about the videos or the 1:1 guide?'],
      links: [
        { label: 'The 1-1 guide (pbevanston.org)', url: 'https://pbevanston.org' },
        {
          label: 'Luis Ramos on one-on-ones: lessons 5 (12 min), 6 (12 min) and 7 (11 min), or the entire lecture',
          url: 'https://www.resistanceschool.com/course/how-to-build-relationships/',
        },
      ],
    },
    {
      kind: 'observe',
      title: 'Observe a 1:1',
      minutes: 25,
      instructions: 'The facilitator conducts a one-on-one and participants watch.',
      phases: [
        {
          title: 'Watch the one-on-one',
          minutes: 12,
          instructions: 'The facilitator conducts a one-on-one. Watch and note what you notice.',
        },
        {
          title: 'Debrief',
          minutes: 5,
          instructions: 'The facilitator explains what they thought went well and what didn’t go well.',
        },
        {
          title: 'Your noticings and questions',
          minutes: 5,
          instructions: 'What did you notice? What questions do you have?',
        },
        {
          title: 'Ready to try?',
          minutes: 3,
          instructions:
            'Do you feel ready to try, or do you want to observe more? Schedule a time for the next one-on-one.',
        },
      ],
    },
    {
      kind: 'try',
      title: 'Try a 1:1',
      minutes: 30,
      instructions: 'Participants conduct a one-on-one with the facilitator observing.',
      // Each partner conducts one in turn, so both get their first 1:1 observed; the roles switch between.
      phases: [
        {
          title: 'Conduct a one-on-one',
          minutes: 10,
          instructions: 'The first of each pair conducts a one-on-one while the facilitator observes.',
          activity: 'organize',
        },
        { title: 'Reflect and tips', minutes: 4, instructions: TRY_REFLECTION, activity: 'feedback' },
        {
          title: 'Switch: conduct a one-on-one',
          minutes: 10,
          instructions: 'Switch roles: the second of each pair conducts a one-on-one while the facilitator observes.',
          activity: 'organize',
        },
        { title: 'Reflect and tips', minutes: 3, instructions: TRY_REFLECTION, activity: 'feedback' },
        {
          title: 'Schedule the next one',
          minutes: 3,
          instructions: 'Schedule your next one-on-one if possible. Congratulations again!',
        },
      ],
    },
    {
      kind: 'evaluation',
      title: 'Evaluation',
      minutes: 10,
      instructions:
        'Each participant writes what they learned, a rating from 1 to 5 of how well the training helped them ' +
        'learn, and at least one I-like and one I-wish. The facilitator writes a short reflection.',
    },
  ],
};

const custom: AgendaTemplate = {
  id: 'custom',
  name: 'Custom agenda',
  description: 'Start empty and add steps, sub-phases and durations of your own.',
  steps: [],
};

export const AGENDA_TEMPLATES: Record<TemplateId, AgendaTemplate> = {
  'practice-1on1': practice,
  'training-plan': trainingPlan,
  custom,
};

/** A template's steps with fresh ids, ready to be a workshop's agenda. */
export function stepsFromTemplate(id: TemplateId, newId: () => string): Step[] {
  return AGENDA_TEMPLATES[id].steps.map((step) => {
    const phases = (step.phases ?? []).map((phase) => ({ id: newId(), ...phase }));
    return {
      id: newId(),
      kind: step.kind,
      title: step.title,
      minutes: phases.length > 0 ? phases.reduce((sum, p) => sum + p.minutes, 0) : step.minutes,
      instructions: step.instructions,
      questions: step.questions ?? [],
      links: step.links ?? [],
      phases,
    };
  });
}

/** A template's length in minutes, for the picker. */
export function templateMinutes(id: TemplateId): number {
  return AGENDA_TEMPLATES[id].steps.reduce(
    (sum, step) => sum + (step.phases?.length ? step.phases.reduce((s, p) => s + p.minutes, 0) : step.minutes),
    0,
  );
}
