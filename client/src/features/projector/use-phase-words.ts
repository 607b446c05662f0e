import { isPairPractice, organizerOfRound, roundAt } from '@common-ground/shared';
import { useTranslation } from '../../lib/i18n/react';
import { useStore } from '../../app/store';
import { useTemplateWords } from '../../lib/i18n/template-text';
import type { ClockView } from '../clock/use-clock';
import { usePairs } from '../pairs/use-pairs';

/** Past this many pairs, a list of organizers is longer than the line: the pairs list names them. */
const NAMED_IN_LINE = 3;

/**
 * What happens now, in words for the wall. In a practice round the template's "A organizes"
 * means nothing to a room that never learned who A is: this names the organizers, or points to
 * the pairs list that names them when the room is too big for one line. Other sub-phases keep
 * their title; a step without sub-phases gives null.
 */
export function usePhaseWords(view: ClockView | null): string | null {
  const { t, i18n } = useTranslation();
  const { pairs } = usePairs();
  const words = useTemplateWords();
  const participants = useStore((s) => s.workshop?.participants);
  const step = view?.step;
  const phase = view && step ? step.phases[view.phaseIndex] : undefined;
  if (!view || !step || !phase) return null;
  const activity = phase.activity;
  if (!isPairPractice(step) || (activity !== 'organize' && activity !== 'feedback') || pairs.length === 0) {
    return words.text(phase.title);
  }
  const round = roundAt(step, view.phaseIndex);
  if (pairs.length > NAMED_IN_LINE) {
    return activity === 'organize'
      ? t('projector.roundOrganizersBelow', { round })
      : t('projector.roundFeedbackBelow', { round });
  }
  const organizers = pairs.map((pair) => {
    const id = organizerOfRound(pair, round);
    return id ? (participants?.[id]?.name ?? '') : t('projector.theFacilitator');
  });
  const names = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(organizers);
  return activity === 'organize'
    ? t('projector.roundOrganizes', { round, names, count: organizers.length })
    : t('projector.roundFeedback', { round, names });
}
