import { roster, type Participant } from '@common-ground/shared';
import type { ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../app/store';

const NOBODY: Participant[] = [];

/** Everyone who joined and has not left, in arrival order, with their role and whether their screen is open. */
export function Roster(): ReactNode {
  const { t } = useTranslation();
  const people = useStore(
    useShallow((s) => (s.workshop ? roster(s.workshop).filter((p) => p.leftAt === undefined) : NOBODY)),
  );
  const online = useStore(useShallow((s) => s.presence.participantIds));
  const me = useStore((s) => (s.identity?.kind === 'participant' ? s.identity.participantId : null));
  // The server's presence is old news on a screen that lost the link: its own person is offline.
  const live = useStore((s) => s.status === 'online');

  return (
    <section className="panel roster" aria-labelledby="roster-title">
      <h2 id="roster-title">
        {t('roster.title')} <span className="muted">· {t('roster.count', { count: people.length })}</span>
      </h2>
      {people.length === 0 ? (
        <p className="empty">{t('roster.empty')}</p>
      ) : (
        <ul className="roster__list">
          {people.map((person) => {
            const isOnline = online.includes(person.id) && (live || person.id !== me);
            return (
              <li key={person.id} className="roster__person">
                <span className={isOnline ? 'dot dot--online' : 'dot'} aria-hidden="true" />
                <span className="roster__name">
                  {person.name} {person.id === me && <span className="muted">{t('roster.you')}</span>}
                </span>
                {person.role !== 'participant' && <span className="badge">{t(`roles.${person.role}`)}</span>}
                <span className="visually-hidden">{isOnline ? t('roster.online') : t('roster.offline')}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
