import { useId, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import type { JoinAddress } from './use-join-address';

/**
 * Lets the facilitator pick the network the room is on when the laptop is on several (wifi and
 * a cable, say), and says so plainly when the link points at an address nobody else can open.
 */
export function JoinAddressPicker({ join }: { join: JoinAddress }): ReactNode {
  const { t } = useTranslation();
  const id = useId();
  if (join.unreachable) return <p className="hint">{t('share.noNetwork')}</p>;
  if (join.choices.length < 2) return null;
  return (
    <div className="field">
      <label htmlFor={id}>{t('share.address')}</label>
      <p className="hint" id={`${id}-hint`}>
        {t('share.addressHint')}
      </p>
      <select
        id={id}
        aria-describedby={`${id}-hint`}
        value={join.origin}
        onChange={(event) => join.choose(event.target.value)}
      >
        {join.choices.map((origin) => (
          <option key={origin} value={origin}>
            {origin.replace(/^https?:\/\//, '')}
          </option>
        ))}
      </select>
    </div>
  );
}
