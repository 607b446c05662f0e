import { viewPaths } from '@common-ground/shared';
import { useState, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useStore } from '../../app/store';
import { CopyButton } from './CopyButton';
import { JoinAddressPicker } from './JoinAddressPicker';
import { QrCode } from './QrCode';
import { useJoinAddress } from './use-join-address';

/** The facilitator's three links: join (with code and QR), projector, and their own secret one. */
export function ShareLinks({ code, facilitatorToken }: { code: string; facilitatorToken: string }): ReactNode {
  const { t } = useTranslation();
  const [showSecret, setShowSecret] = useState(false);
  const projectorToken = useStore((s) => s.projectorToken);
  const join = useJoinAddress(code);
  const joinUrl = join.origin + viewPaths.join(code);
  // The facilitator's own links stay on the address they opened: they are for this laptop.
  const facilitatorUrl = window.location.origin + viewPaths.facilitator(code, facilitatorToken);

  return (
    <section className="panel share" aria-labelledby="share-title">
      <h2 id="share-title">{t('share.title')}</h2>
      <div className="share__code-row">
        <div>
          <p className="label">{t('share.code')}</p>
          <p className="join-code" aria-label={`${t('share.code')}: ${code.split('').join(' ')}`}>
            {code}
          </p>
        </div>
        <QrCode value={joinUrl} label={t('share.qrAlt')} size={112} />
      </div>
      <LinkRow label={t('share.joinLink')} url={joinUrl} />
      <JoinAddressPicker join={join} />
      {projectorToken && <ProjectorLink code={code} token={projectorToken} />}
      <div className="link-row">
        <p className="label">{t('share.facilitatorLink')}</p>
        <p className="hint">{t('share.facilitatorWarning')}</p>
        <div className="link-row__controls">
          <code className="link-row__url">{showSecret ? facilitatorUrl : '•'.repeat(24)}</code>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => setShowSecret((v) => !v)}
            aria-pressed={showSecret}
          >
            {showSecret ? t('share.hide') : t('share.show')}
          </button>
          <CopyButton text={facilitatorUrl} label={t('share.facilitatorLink')} />
        </div>
      </div>
    </section>
  );
}

/** The projector link carries its key: the row shows where it goes, the buttons carry the key. */
function ProjectorLink({ code, token }: { code: string; token: string }): ReactNode {
  const { t } = useTranslation();
  const url = window.location.origin + viewPaths.projector(code, token);
  const shown = url.replace(token, '•'.repeat(8));
  return (
    <div className="link-row">
      <p className="label">{t('share.projectorLink')}</p>
      <p className="hint">{t('share.projectorWarning')}</p>
      <div className="link-row__controls">
        <code className="link-row__url">{shown}</code>
        <CopyButton text={url} label={t('share.projectorLink')} />
        <a className="button button--quiet" href={url} target="_blank" rel="noreferrer">
          {t('share.openProjector')}
        </a>
      </div>
    </div>
  );
}

function LinkRow({ label, url, children }: { label: string; url: string; children?: ReactNode }): ReactNode {
  return (
    <div className="link-row">
      <p className="label">{label}</p>
      <div className="link-row__controls">
        <code className="link-row__url">{url}</code>
        <CopyButton text={url} label={label} />
        {children}
      </div>
    </div>
  );
}
