import {
  MAX_TIP_LENGTH,
  MAX_TIPS,
  roster,
  tipTextInputSchema,
  type FollowUpMeeting,
  type Participant,
} from '@common-ground/shared';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { v4 as uuid } from 'uuid';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../app/store';
import { textProblemMessage } from '../../lib/text-problem';
import { useFollowUp } from './use-follow-up';
import { useFormat } from '../../lib/i18n/format';

const NOBODY: Participant[] = [];

/** The facilitator's tips after someone's practice 1:1: up to three, seen by that person alone. */
export function TipsPanel(): ReactNode {
  const { t } = useTranslation();
  const id = useId();
  const people = useStore(
    useShallow((s) => (s.workshop ? roster(s.workshop).filter((p) => p.leftAt === undefined) : NOBODY)),
  );
  const [chosen, setChosen] = useState('');
  const person = people.find((p) => p.id === chosen);

  return (
    <section className="panel tips" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('followUp.tips.title')}</h2>
      <p className="hint">{t('followUp.tips.help')}</p>
      <label className="field">
        <span className="label">{t('followUp.tips.person')}</span>
        <select className="input" value={chosen} onChange={(e) => setChosen(e.target.value)}>
          <option value="">{t('followUp.tips.choose')}</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      {person && <TipsFor key={person.id} participantId={person.id} name={person.name} />}
    </section>
  );
}

function TipsFor({ participantId, name }: { participantId: string; name: string }): ReactNode {
  const { t } = useTranslation();
  const { followUp, change } = useFollowUp(participantId);
  const setError = useStore((s) => s.setError);
  const [text, setText] = useState('');
  const tips = followUp?.tips ?? [];
  // An empty box is not a mistake yet; anything typed is checked as the server will check it.
  const problem = text.trim()
    ? textProblemMessage(tipTextInputSchema, text, t, {
        too_long: t('followUp.tips.tooLong', { max: MAX_TIP_LENGTH }),
      })
    : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim() || problem) return;
    const result = await change({ type: 'tip:add', tipId: uuid(), text });
    if (result.ok) setText('');
    else setError(result.error);
  }

  async function remove(tipId: string) {
    const result = await change({ type: 'tip:remove', tipId });
    if (!result.ok) setError(result.error);
  }

  return (
    <div className="tips__person">
      {tips.length === 0 ? (
        <p className="empty">{t('followUp.tips.none', { name })}</p>
      ) : (
        <ol className="follow-up__tips">
          {tips.map((tip) => (
            <li key={tip.id} className="tips__tip">
              <span>{tip.text}</span>
              <button
                type="button"
                className="button button--quiet"
                aria-label={t('followUp.tips.remove', { text: tip.text })}
                onClick={() => void remove(tip.id)}
              >
                ×
              </button>
            </li>
          ))}
        </ol>
      )}
      <PersonMeetings meetings={followUp?.meetings ?? []} name={name} />
      {tips.length >= MAX_TIPS ? (
        <p className="hint">{t('followUp.tips.full', { name })}</p>
      ) : (
        <form className="tips__form" onSubmit={(e) => void submit(e)}>
          <label className="field">
            <span className="label">{t('followUp.tips.newTip', { name })}</span>
            <textarea
              className="input"
              rows={2}
              value={text}
              placeholder={t('followUp.tips.placeholder')}
              aria-invalid={problem !== null}
              onChange={(e) => setText(e.target.value)}
            />
          </label>
          {problem && (
            <p className="field-problem" role="alert">
              {problem}
            </p>
          )}
          <button type="submit" className="button button--primary" disabled={!text.trim() || problem !== null}>
            {t('followUp.tips.add')}
          </button>
        </form>
      )}
    </div>
  );
}

/** The person's next one-on-ones, as they scheduled them: the facilitator follows up on them. */
function PersonMeetings({ meetings, name }: { meetings: FollowUpMeeting[]; name: string }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  if (meetings.length === 0) return <p className="empty">{t('followUp.personNoMeetings', { name })}</p>;
  return (
    <ul className="follow-up__meetings" aria-label={t('followUp.personMeetings', { name })}>
      {meetings.map((m) => (
        <li key={m.id}>
          {t('followUp.meetingLine', { name: m.withWhom, when: format.localDateTime(m.when) })}
          {m.where && <span className="muted"> · {m.where}</span>}
        </li>
      ))}
    </ul>
  );
}
