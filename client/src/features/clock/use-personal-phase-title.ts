import { isPairPractice, organizerOfRound, pairOf, roundAt, type Step } from '@common-ground/shared';
import { useTranslation } from '../../lib/i18n/react';
import { useStore } from '../../app/store';
import { useTemplateWords } from '../../lib/i18n/template-text';

/** The practice guide's titles speak of A and B, whom nobody in the room was told about. */
const NAMES_ROLES_BY_LETTER = /\b[AB]\b/;

/**
 * A sub-phase's title for the participant reading it: in a practice round the guide's "A
 * organizes" or "B gives feedback" become "You organize", "Ana gives you feedback". Any other
 * title (a facilitator's own, the training plan's "Reflect and tips") reads as written.
 */
export function usePersonalPhaseTitle(): (step: Step, phaseIndex: number) => string | undefined {
  const { t, i18n } = useTranslation();
  const words = useTemplateWords();
  const me = useStore((s) => (s.identity?.kind === 'participant' ? s.identity.participantId : null));
  const pair = useStore((s) => (me && s.workshop ? pairOf(s.workshop.pairs, me) : undefined));
  const participants = useStore((s) => s.workshop?.participants);
  return (step, phaseIndex) => {
    const phase = step.phases[phaseIndex];
    if (!phase) return undefined;
    const asWritten = words.text(phase.title);
    const { activity } = phase;
    if (!me || !pair || !isPairPractice(step) || !NAMES_ROLES_BY_LETTER.test(phase.title)) return asWritten;
    if (activity !== 'organize' && activity !== 'feedback') return asWritten;
    const round = roundAt(step, phaseIndex);
    const organizer = organizerOfRound(pair, round);
    const nameOf = (id: string | null) => (id ? (participants?.[id]?.name ?? '') : t('projector.theFacilitator'));
    const others = pair.memberIds.filter((id) => id !== me);
    const list = (ids: Array<string | null>) =>
      new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(ids.map(nameOf));
    let what: string;
    if (activity === 'organize') {
      what =
        organizer === me
          ? t('participant.phase.youOrganize')
          : organizer === null
            ? t('participant.phase.facilitatorOrganizes')
            : t('participant.phase.nameOrganizes', { name: nameOf(organizer) });
    } else if (organizer === me) {
      // Alone with the facilitator, it is the facilitator who gives feedback.
      const givers = others.length > 0 ? others : [null];
      what = t(
        givers.length > 1 ? 'participant.phase.namesGiveYouFeedback' : 'participant.phase.nameGivesYouFeedback',
        {
          names: list(givers),
        },
      );
    } else {
      what = t('participant.phase.youGiveFeedback', { name: nameOf(organizer) });
    }
    return round > 1 && activity === 'organize' ? t('participant.phase.switched', { what }) : what;
  };
}
