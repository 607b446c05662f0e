import type { ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../app/store';

/** The key learnings and the chosen reporter, read-only: for participants, and large on the projector. */
export function LearningsBoard({ variant = 'board' }: { variant?: 'board' | 'projector' }): ReactNode {
  const { t } = useTranslation();
  const items = useStore(useShallow((s) => s.workshop?.learnings.items ?? []));
  const reporter = useStore((s) => {
    const id = s.workshop?.learnings.reporterId;
    return id ? s.workshop?.participants[id]?.name : undefined;
  });

  return (
    <section
      className={`learnings learnings--${variant}${variant === 'board' ? ' panel' : ''}`}
      aria-labelledby="learnings-title"
    >
      <h2 id="learnings-title">{t('learnings.title')}</h2>
      {items.length === 0 ? (
        <p className="empty">{t('learnings.empty')}</p>
      ) : (
        <ul className="learnings__list">
          {items.map((learning) => (
            <li key={learning.id} className="learnings__item">
              <p className="learnings__text">{learning.text}</p>
            </li>
          ))}
        </ul>
      )}
      <p className="learnings__reporter-line">
        {reporter ? t('learnings.reporter', { name: reporter }) : t('learnings.noReporter')}
      </p>
    </section>
  );
}
