import { postsBy } from '@common-ground/shared';
import { useId, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../app/store';
import { useSend } from '../session/connection-context';
import { PostForm } from './PostForm';
import { ReadinessQuestion } from './ReadinessQuestion';

/** For a participant after watching a 1:1: post noticings and questions, and say if ready to try. */
export function ObservePanel({ participantId }: { participantId: string }): ReactNode {
  const { t } = useTranslation();
  const send = useSend();
  const id = useId();
  const mine = useStore(useShallow((s) => (s.workshop ? postsBy(s.workshop, participantId) : [])));

  return (
    <section className="panel observe" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('observe.title')}</h2>
      <p className="hint">{t('observe.help')}</p>
      <PostForm />
      <h3 id={`${id}-mine`}>{t('observe.mine')}</h3>
      {mine.length === 0 ? (
        <p className="empty">{t('observe.mineEmpty')}</p>
      ) : (
        <ul className="observe__list" aria-labelledby={`${id}-mine`}>
          {mine.map((post) => (
            <li key={post.id} className="observe__item">
              <span className="badge">
                {t(post.kind === 'question' ? 'observe.kindQuestion' : 'observe.kindNoticing')}
              </span>
              <p className="observe__text">{post.text}</p>
              {post.answered && <span className="observe__answered">{t('observe.answered')}</span>}
              <button
                type="button"
                className="button button--quiet"
                aria-label={t('observe.deleteItemLabel', { text: post.text })}
                onClick={() => void send('post:delete', { postId: post.id })}
              >
                {t('observe.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ReadinessQuestion participantId={participantId} />
    </section>
  );
}
