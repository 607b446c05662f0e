import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';

export function CopyButton({ text, label }: { text: string; label: string }): ReactNode {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);

  return (
    <button
      type="button"
      className="button button--quiet"
      aria-label={`${t('share.copy')}: ${label}`}
      onClick={() => {
        void navigator.clipboard?.writeText(text).then(
          () => setCopied(true),
          () => setCopied(false),
        );
      }}
    >
      {copied ? t('share.copied') : t('share.copy')}
    </button>
  );
}
