import {
  AGENDA_LIMITS,
  agendaTextInput,
  stepDraftSchema,
  stepMinutes,
  type PhaseActivity,
  type Step,
  type StepDraft,
} from '@common-ground/shared';
import type { TFunction } from '../../lib/i18n/translator';
import { textProblemMessage } from '../../lib/text-problem';

// Which rule holds for a step is shared's `stepDraftSchema`, the schema the server checks the
// save with. This file only turns what was typed into a draft, and a refusal into words.

/** The editor's form state: numbers as typed, questions one per line. */
export interface StepForm {
  title: string;
  minutes: string;
  instructions: string;
  questions: string;
  phases: Array<{ id?: string; title: string; minutes: string; instructions: string; activity?: PhaseActivity }>;
  links: Array<{ label: string; url: string }>;
}

export function formFromStep(step: Step | null, newTitle: string): StepForm {
  return {
    title: step?.title ?? newTitle,
    minutes: String(step?.minutes ?? 5),
    instructions: step?.instructions ?? '',
    questions: step?.questions.join('\n') ?? '',
    phases: step?.phases.map((p) => ({ ...p, minutes: String(p.minutes) })) ?? [],
    links: step?.links.map((l) => ({ ...l })) ?? [],
  };
}

/** The draft as typed: numbers read, one question a line, link rows left empty dropped. */
function draftOf(form: StepForm, step: Step | null): StepDraft {
  const phases = form.phases.map((p) => ({
    ...(p.id ? { id: p.id } : {}),
    title: p.title,
    minutes: Number(p.minutes),
    instructions: p.instructions,
    ...(p.activity ? { activity: p.activity } : {}),
  }));
  return {
    ...(step ? { id: step.id } : {}),
    kind: step?.kind ?? 'general',
    title: form.title,
    minutes: stepMinutes({ minutes: Number(form.minutes), phases }),
    instructions: form.instructions,
    questions: form.questions
      .split('\n')
      .map((q) => q.trim())
      .filter(Boolean),
    links: form.links.filter((l) => l.label.trim() || l.url.trim()).map((l) => ({ label: l.label, url: l.url.trim() })),
    phases,
  };
}

type ListField = 'questions' | 'links' | 'phases';
const LIST_LIMITS: Record<ListField, number> = {
  questions: AGENDA_LIMITS.questions,
  links: AGENDA_LIMITS.links,
  phases: AGENDA_LIMITS.phasesPerStep,
};

/** Words for the first thing the shared schema refused, at `path` in `draft`. */
function problemAt(draft: StepDraft, path: readonly PropertyKey[], t: TFunction): string {
  const [field, index, inner] = path;
  const key = inner ?? field;
  if (key === 'minutes') return t('agenda.editor.minutesInvalid');
  if (key === 'url') return t('agenda.editor.urlInvalid');
  if (index === undefined && (field === 'questions' || field === 'links' || field === 'phases')) {
    return t(`agenda.editor.tooMany.${field}`, { max: LIST_LIMITS[field] });
  }
  return textProblemAt(key, field, valueAt(draft, path), t) ?? t('errors.invalid_input');
}

/** The shared text rule's reason for the text at a field, worded the editor's way when it is missing. */
function textProblemAt(key: PropertyKey | undefined, field: PropertyKey | undefined, value: string, t: TFunction) {
  if (key === 'label') {
    return textProblemMessage(agendaTextInput.title, value, t, { required: t('agenda.editor.linkLabelRequired') });
  }
  if (key === 'title') {
    return textProblemMessage(agendaTextInput.title, value, t, { required: t('agenda.editor.titleRequired') });
  }
  if (key === 'instructions') return textProblemMessage(agendaTextInput.instructions, value, t);
  if (field === 'questions') return textProblemMessage(agendaTextInput.question, value, t);
  return null;
}

function valueAt(draft: StepDraft, path: readonly PropertyKey[]): string {
  let value: unknown = draft;
  for (const key of path) value = value !== null && typeof value === 'object' ? Reflect.get(value, key) : undefined;
  return typeof value === 'string' ? value : '';
}

/** Checks the form with the schema the server checks the save with; the draft to send, or what to fix. */
export function draftFromForm(
  form: StepForm,
  step: Step | null,
  t: TFunction,
): { ok: true; draft: StepDraft } | { ok: false; problem: string } {
  const draft = draftOf(form, step);
  const checked = stepDraftSchema.safeParse(draft);
  if (checked.success) return { ok: true, draft: checked.data };
  return { ok: false, problem: problemAt(draft, checked.error.issues[0]?.path ?? [], t) };
}
