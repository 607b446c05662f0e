import type { ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../app/store';

/** Who keeps the time and who keeps the flipchart, so the room knows whom to look to. */
export function ProjectorRoles(): ReactNode {
  const { t } = useTranslation();
  const holders = useStore(
    useShallow((s) => {
      const present = Object.values(s.workshop?.participants ?? {}).filter((p) => p.leftAt === undefined);
      return [
        present.find((p) => p.role === 'timekeeper')?.name ?? null,
        present.find((p) => p.role === 'notetaker')?.name ?? null,
      ] as const;
    }),
  );
  const [timekeeper, notetaker] = holders;
  return (
    <section aria-label={t('roles.assignTitle')}>
      <dl className="projector-roles">
        <div className="projector-roles__item">
          <dt>{t('roles.timekeeperLabel')}</dt>
          <dd>{timekeeper ?? t('roles.nobody')}</dd>
        </div>
        <div className="projector-roles__item">
          <dt>{t('roles.notetakerLabel')}</dt>
          <dd>{notetaker ?? t('roles.nobody')}</dd>
        </div>
      </dl>
    </section>
  );
}
