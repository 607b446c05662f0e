import { roster } from '@common-ground/shared';
import { useId, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../app/store';
import { useSend } from '../session/connection-context';
import { AddLearningForm } from './AddLearningForm';
import { LearningItem } from './LearningItem';

/** Step 4 for the facilitator and the note-taker: what the group takes away, and who reports it. */
export function LearningsPanel({ highlighted }: { highlighted: boolean }): ReactNode {
  const { t } = useTranslation();
  const send = useSend();
  const id = useId();
  const items = useStore(useShallow((s) => s.workshop?.learnings.items ?? []));
  const reporterId = useStore((s) => s.workshop?.learnings.reporterId ?? null);
  // Those still here, and the chosen reporter even if they have since left.
  const people = useStore(
    useShallow((s) =>
      s.workshop ? roster(s.workshop).filter((p) => p.leftAt === undefined || p.id === reporterId) : [],
    ),
  );

  return (
    <section className={`panel learnings${highlighted ? ' learnings--now' : ''}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('learnings.title')}</h2>
      <p className="hint">{t('learnings.help')}</p>
      {items.length === 0 ? (
        <p className="empty">{t('learnings.empty')}</p>
      ) : (
        <ul className="learnings__list">
          {items.map((learning) => (
            <LearningItem key={learning.id} learning={learning} />
          ))}
        </ul>
      )}
      <AddLearningForm />
      <div className="field learnings__reporter">
        <label className="label" htmlFor={`${id}-reporter`}>
          {t('learnings.reporterLabel')}
        </label>
        <select
          id={`${id}-reporter`}
          className="input"
          value={reporterId ?? ''}
          onChange={(e) => void send('learning:set-reporter', { participantId: e.target.value || null })}
        >
          <option value="">{t('learnings.nobody')}</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
