import { postsOfKind, type Post, type PostKind } from '@common-ground/shared';
import { useId, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../app/store';
import { useSend } from '../session/connection-context';
import { ReadinessTally } from './ReadinessTally';

/** For the facilitator during an observe step: noticings and questions as they arrive, and readiness. */
export function FacilitatorObservePanel(): ReactNode {
  const { t } = useTranslation();
  const id = useId();

  return (
    <section className="panel observe observe--facilitator" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('observe.facilitatorTitle')}</h2>
      <p className="hint">{t('observe.facilitatorHelp')}</p>
      <div className="observe__columns">
        <PostColumn kind="question" />
        <PostColumn kind="noticing" />
      </div>
      <ReadinessTally />
    </section>
  );
}

function PostColumn({ kind }: { kind: PostKind }): ReactNode {
  const { t } = useTranslation();
  const id = useId();
  const posts = useStore(useShallow((s) => (s.workshop ? postsOfKind(s.workshop, kind) : [])));
  const question = kind === 'question';

  return (
    <div className="observe__column">
      <h3 id={`${id}-title`}>{t(question ? 'observe.questions' : 'observe.noticings')}</h3>
      {posts.length === 0 ? (
        <p className="empty">{t(question ? 'observe.noQuestions' : 'observe.noNoticings')}</p>
      ) : (
        <ul className="observe__list" aria-labelledby={`${id}-title`}>
          {posts.map((post) => (
            <FacilitatorPost key={post.id} post={post} />
          ))}
        </ul>
      )}
    </div>
  );
}

function FacilitatorPost({ post }: { post: Post }): ReactNode {
  const { t } = useTranslation();
  const send = useSend();
  const author = useStore((s) => s.workshop?.participants[post.authorId]?.name);

  return (
    <li className={post.answered ? 'observe__item observe__item--answered' : 'observe__item'}>
      <p className="observe__text">{post.text}</p>
      <span className="observe__author">{author ?? t('observe.someone')}</span>
      {post.kind === 'question' && (
        <label className="observe__mark">
          <input
            type="checkbox"
            checked={post.answered}
            aria-label={t('observe.markAnswered', { text: post.text })}
            onChange={(e) => void send('post:mark-answered', { postId: post.id, answered: e.target.checked })}
          />
          {t('observe.answered')}
        </label>
      )}
      <button
        type="button"
        className="button button--quiet"
        aria-label={t('observe.deleteItemLabel', { text: post.text })}
        onClick={() => void send('post:delete', { postId: post.id })}
      >
        {t('observe.delete')}
      </button>
    </li>
  );
}
