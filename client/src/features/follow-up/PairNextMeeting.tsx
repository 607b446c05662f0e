import { pairOf } from '@common-ground/shared';
import type { ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { v4 as uuid } from 'uuid';
import { useStore } from '../../app/store';
import { browserTimeZone } from '../../lib/time-zone';
import { MeetingForm } from './MeetingForm';
import { useFollowUp } from './use-follow-up';
import { useFormat } from '../../lib/i18n/format';

/**
 * "Our next 1:1" beside the pair's commitment. A next one-on-one lives in one place, the
 * participant's own follow-up, so what is set here shows under "My next one-on-ones", in the
 * facilitator's view and in the exports, like any other.
 */
export function PairNextMeeting({ participantId }: { participantId: string }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const { followUp, change } = useFollowUp(participantId);
  const setError = useStore((s) => s.setError);
  const partner = useStore((s) => {
    const workshop = s.workshop;
    const pair = workshop ? pairOf(workshop.pairs, participantId) : undefined;
    if (!pair || !workshop) return '';
    const names = pair.memberIds
      .filter((id) => id !== participantId)
      .map((id) => workshop.participants[id]?.name ?? '');
    if (pair.withFacilitator) names.push(t('followUp.theFacilitator'));
    return names.filter(Boolean).join(' & ');
  });
  if (!followUp) return null;
  const planned = followUp.meetings.filter((m) => m.withWhom === partner);

  return (
    <div className="pair-next-meeting">
      <p className="hint">{t('followUp.ourNextHelp')}</p>
      {planned.length > 0 && (
        <ul className="follow-up__meetings" aria-label={t('followUp.ourNextList')}>
          {planned.map((m) => (
            <li key={m.id}>{t('followUp.meetingLine', { name: m.withWhom, when: format.localDateTime(m.when) })}</li>
          ))}
        </ul>
      )}
      <MeetingForm
        key={partner}
        title={t('followUp.ourNextTitle')}
        prefill={{ withWhom: partner }}
        names={partner ? [partner] : []}
        onSave={async (fields) => {
          const result = await change({
            type: 'meeting:add',
            meetingId: uuid(),
            ...fields,
            timeZone: browserTimeZone(),
          });
          if (!result.ok) setError(result.error);
          return result.ok;
        }}
      />
    </div>
  );
}
