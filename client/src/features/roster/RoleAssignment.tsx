import { roster, type ParticipantRole } from '@common-ground/shared';
import { useId, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../app/store';
import { useSend } from '../session/connection-context';

const ASSIGNABLE = ['timekeeper', 'notetaker'] as const;

/** Agenda step 1: the facilitator chooses a timekeeper and a note-taker from the roster. */
export function RoleAssignment({ highlighted }: { highlighted: boolean }): ReactNode {
  const { t } = useTranslation();
  const send = useSend();
  const id = useId();
  const people = useStore(useShallow((s) => (s.workshop ? roster(s.workshop) : [])));

  function choose(role: ParticipantRole, participantId: string) {
    const current = people.find((p) => p.role === role);
    if (participantId) void send('participant:assign-role', { participantId, role });
    else if (current) void send('participant:assign-role', { participantId: current.id, role: 'participant' });
  }

  return (
    <section className={`panel roles${highlighted ? ' roles--now' : ''}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('roles.assignTitle')}</h2>
      <p className="hint">{t('roles.assignHelp')}</p>
      {ASSIGNABLE.map((role) => (
        <div key={role} className="field">
          <label className="label" htmlFor={`${id}-${role}`}>
            {t(`roles.${role}Label`)}
          </label>
          <select
            id={`${id}-${role}`}
            className="input"
            value={people.find((p) => p.role === role)?.id ?? ''}
            onChange={(e) => choose(role, e.target.value)}
          >
            <option value="">{t('roles.nobody')}</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </div>
      ))}
    </section>
  );
}
