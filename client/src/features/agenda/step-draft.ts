import { AGENDA_LIMITS, agendaTextInput, type PhaseActivity, type Step, type StepDraft } from '@common-ground/shared';
import type { TFunction } from 'i18next';
import { textProblemMessage } from '../../lib/text-problem';

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

function minutesOk(value: string): boolean {
  const n = Number(value);
  return Number.isFinite(n) && n >= AGENDA_LIMITS.minMinutes && n <= AGENDA_LIMITS.maxMinutes;
}

function questionsOf(form: StepForm): string[] {
  return form.questions
    .split('\n')
    .map((q) => q.trim())
    .filter(Boolean);
}

/** The first text the server would refuse, by the shared text rule: titles, instructions, questions. */
function firstTextProblem(form: StepForm, t: TFunction): string | null {
  const titleRequired = { required: t('agenda.editor.titleRequired') };
  const problems = [
    ...[form.title, ...form.phases.map((p) => p.title)].map((text) =>
      textProblemMessage(agendaTextInput.title, text, t, titleRequired),
    ),
    ...[form.instructions, ...form.phases.map((p) => p.instructions)].map((text) =>
      textProblemMessage(agendaTextInput.instructions, text, t),
    ),
    ...questionsOf(form).map((text) => textProblemMessage(agendaTextInput.question, text, t)),
  ];
  return problems.find((problem) => problem !== null) ?? null;
}

/** Checks the form as the server will, and builds the draft to send; or says what to fix. */
export function draftFromForm(
  form: StepForm,
  step: Step | null,
  t: TFunction,
): { ok: true; draft: StepDraft } | { ok: false; problem: string } {
  const problem = firstTextProblem(form, t);
  if (problem) return { ok: false, problem };
  if ((form.phases.length === 0 && !minutesOk(form.minutes)) || form.phases.some((p) => !minutesOk(p.minutes))) {
    return { ok: false, problem: t('agenda.editor.minutesInvalid') };
  }
  const links = form.links.filter((l) => l.label.trim() || l.url.trim());
  if (links.some((l) => !/^https?:\/\/\S+$/.test(l.url.trim()))) {
    return { ok: false, problem: t('agenda.editor.urlInvalid') };
  }
  if (links.some((l) => !l.label.trim())) return { ok: false, problem: t('agenda.editor.linkLabelRequired') };
  const labelProblem = links.map((l) => textProblemMessage(agendaTextInput.title, l.label, t)).find((p) => p !== null);
  if (labelProblem) return { ok: false, problem: labelProblem };
  const phases = form.phases.map((p) => ({
    ...(p.id ? { id: p.id } : {}),
    title: p.title.trim(),
    minutes: Number(p.minutes),
    instructions: p.instructions,
    ...(p.activity ? { activity: p.activity } : {}),
  }));
  return {
    ok: true,
    draft: {
      ...(step ? { id: step.id } : {}),
      kind: step?.kind ?? 'general',
      title: form.title.trim(),
      minutes: phases.length > 0 ? phases.reduce((sum, p) => sum + p.minutes, 0) : Number(form.minutes),
      instructions: form.instructions,
      questions: questionsOf(form),
      links: links.map((l) => ({ label: l.label.trim(), url: l.url.trim() })),
      phases,
    },
  };
}
