import { summarizeEvaluations, type EvaluationAnswer } from '@common-ground/shared';
import { useId, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useTranslation } from '../../lib/i18n/react';
import { useStore } from '../../app/store';
import { heldDocsOf } from '../private-docs/private-docs.slice';
import { usePrivateDocList } from '../private-docs/use-private-doc';
import { EvaluationSummaryView } from './EvaluationSummaryView';

/** The facilitator's live view of the answers, fetched when online and kept live by the server. */
export function EvaluationResults(): ReactNode {
  const { t } = useTranslation();
  const id = useId();
  usePrivateDocList('evaluation');
  const answers = useStore(
    useShallow((s) =>
      heldDocsOf(s.privateDocs, 'evaluation')
        .filter((answer) => answer !== null)
        // By random participant id: fixed through edits, so the list never shows who just changed
        // an anonymous answer, nor who answered first.
        .sort((a, b) => (a.participantId < b.participantId ? -1 : a.participantId > b.participantId ? 1 : 0)),
    ),
  );
  const total = useStore((s) =>
    s.workshop ? Object.values(s.workshop.participants).filter((p) => p.leftAt === undefined).length : 0,
  );

  return (
    <div className="evaluation-results">
      <p className="evaluation-results__count">
        {t('evaluation.answered', { count: answers.length, total: Math.max(total, answers.length) })}
      </p>
      <EvaluationSummaryView summary={summarizeEvaluations(answers)} />
      <h3 id={`${id}-answers`}>{t('evaluation.answers')}</h3>
      {answers.length === 0 ? (
        <p className="empty">{t('evaluation.noAnswers')}</p>
      ) : (
        <ul className="evaluation-results__answers" aria-labelledby={`${id}-answers`}>
          {answers.map((answer) => (
            <AnswerCard key={answer.participantId} answer={answer} />
          ))}
        </ul>
      )}
    </div>
  );
}

/** One participant's answers; named only if they chose to sign. */
function AnswerCard({ answer }: { answer: EvaluationAnswer }): ReactNode {
  const { t } = useTranslation();
  return (
    <li className="evaluation-results__answer">
      <p className="evaluation-results__who">
        <strong>{answer.signed && answer.name ? answer.name : t('evaluation.anonymous')}</strong> ·{' '}
        {t('evaluation.ratingOf', { value: answer.rating })}
      </p>
      <p>{answer.learned}</p>
      <p>
        {t('evaluation.likesTitle')}: {answer.likes.join('; ')}
      </p>
      <p>
        {t('evaluation.wishesTitle')}: {answer.wishes.join('; ')}
      </p>
    </li>
  );
}
