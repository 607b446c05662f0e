import { AGENDA_LIMITS, type PhaseActivity, type Step, type StepDraft } from '@common-ground/shared';
import type { TFunction } from 'i18next';

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

/** Checks the form as the server will, and builds the draft to send; or says what to fix. */
export function draftFromForm(
  form: StepForm,
  step: Step | null,
  t: TFunction,
): { ok: true; draft: StepDraft } | { ok: false; problem: string } {
  if (!form.title.trim() || form.phases.some((p) => !p.title.trim())) {
    return { ok: false, problem: t('agenda.editor.titleRequired') };
  }
  if ((form.phases.length === 0 && !minutesOk(form.minutes)) || form.phases.some((p) => !minutesOk(p.minutes))) {
    return { ok: false, problem: t('agenda.editor.minutesInvalid') };
  }
  const links = form.links.filter((l) => l.label.trim() || l.url.trim());
  if (links.some((l) => !/^https?:\/\/\S+$/.test(l.url.trim()))) {
    return { ok: false, problem: t('agenda.editor.urlInvalid') };
  }
  if (links.some((l) => !l.label.trim())) return { ok: false, problem: t('agenda.editor.linkLabelRequired') };
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
      questions: form.questions
        .split('\n')
        .map((q) => q.trim())
        .filter(Boolean),
      links: links.map((l) => ({ label: l.label.trim(), url: l.url.trim() })),
      phases,
    },
  };
}
