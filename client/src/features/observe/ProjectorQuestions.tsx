import { postsOfKind } from '@common-ground/shared';
import { useId, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../app/store';

/** On the projector during an observe step: the group's questions, without names. */
export function ProjectorQuestions(): ReactNode {
  const { t } = useTranslation();
  const id = useId();
  const questions = useStore(useShallow((s) => (s.workshop ? postsOfKind(s.workshop, 'question') : [])));

  return (
    <section className="observe observe--projector" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('observe.projectorTitle')}</h2>
      {questions.length === 0 ? (
        <p className="empty">{t('observe.noQuestions')}</p>
      ) : (
        <ul className="observe__list">
          {questions.map((post) => (
            <li key={post.id} className={post.answered ? 'observe__item observe__item--answered' : 'observe__item'}>
              <p className="observe__text">{post.text}</p>
              {post.answered && <span className="observe__answered">{t('observe.answered')}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
