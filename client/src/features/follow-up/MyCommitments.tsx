import { roster, type FollowUpMeeting } from '@common-ground/shared';
import { useState, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { v4 as uuid } from 'uuid';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../app/store';
import { browserTimeZone } from '../../lib/time-zone';
import { MeetingForm } from './MeetingForm';
import { useFollowUp } from './use-follow-up';
import { useFormat } from '../../lib/i18n/format';

const NO_NAMES: string[] = [];

/** The participant's own follow-up: tips received after their 1:1 and the next one-on-ones they set up. */
export function MyCommitments({ participantId }: { participantId: string }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const { followUp, change } = useFollowUp(participantId);
  const setError = useStore((s) => s.setError);
  const names = useStore(
    useShallow((s) =>
      s.workshop
        ? roster(s.workshop)
            .filter((p) => p.leftAt === undefined && p.id !== participantId)
            .map((p) => p.name)
        : NO_NAMES,
    ),
  );
  const [editing, setEditing] = useState<string | null>(null);

  async function save(
    type: 'meeting:add' | 'meeting:edit',
    meetingId: string,
    fields: Omit<FollowUpMeeting, 'id' | 'createdAt'>,
  ) {
    const result = await change({ type, meetingId, ...fields, timeZone: browserTimeZone() });
    if (!result.ok) setError(result.error);
    else if (type === 'meeting:edit') setEditing(null);
    return result.ok;
  }

  async function remove(meetingId: string) {
    const result = await change({ type: 'meeting:remove', meetingId });
    if (!result.ok) setError(result.error);
  }

  return (
    <section className="panel follow-up" aria-labelledby="follow-up-title">
      <h2 id="follow-up-title">{t('followUp.title')}</h2>
      <p className="hint">{t('followUp.privacy')}</p>
      {!followUp ? (
        <p role="status">{t('followUp.loading')}</p>
      ) : (
        <>
          <h3>{t('followUp.tipsTitle')}</h3>
          {followUp.tips.length === 0 ? (
            <p className="empty">{t('followUp.noTips')}</p>
          ) : (
            <ol className="follow-up__tips" aria-label={t('followUp.tipsTitle')}>
              {followUp.tips.map((tip) => (
                <li key={tip.id}>{tip.text}</li>
              ))}
            </ol>
          )}
          <h3>{t('followUp.meetingsTitle')}</h3>
          {followUp.meetings.length === 0 ? (
            <p className="empty">{t('followUp.noMeetings')}</p>
          ) : (
            <ul className="follow-up__meetings" aria-label={t('followUp.meetingsTitle')}>
              {followUp.meetings.map((m) =>
                editing === m.id ? (
                  <li key={m.id}>
                    <MeetingForm
                      initial={{ withWhom: m.withWhom, when: m.when, where: m.where }}
                      names={names}
                      onSave={(fields) => save('meeting:edit', m.id, fields)}
                      onCancel={() => setEditing(null)}
                    />
                  </li>
                ) : (
                  <li key={m.id} className="follow-up__meeting">
                    <span>
                      <strong>
                        {t('followUp.meetingLine', { name: m.withWhom, when: format.localDateTime(m.when) })}
                      </strong>
                      {m.where && <span className="muted"> · {m.where}</span>}
                    </span>
                    <span className="card__actions">
                      <button
                        type="button"
                        className="button button--quiet"
                        aria-label={t('followUp.editItem', { name: m.withWhom })}
                        onClick={() => setEditing(m.id)}
                      >
                        {t('followUp.edit')}
                      </button>
                      <button
                        type="button"
                        className="button button--quiet"
                        aria-label={t('followUp.deleteItem', { name: m.withWhom })}
                        onClick={() => void remove(m.id)}
                      >
                        {t('followUp.delete')}
                      </button>
                    </span>
                  </li>
                ),
              )}
            </ul>
          )}
          <MeetingForm names={names} onSave={(fields) => save('meeting:add', uuid(), fields)} />
        </>
      )}
    </section>
  );
}
