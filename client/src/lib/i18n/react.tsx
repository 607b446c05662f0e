import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { i18n as appI18n } from './index';
import type { TFunction, Translator } from './translator';

const TranslatorContext = createContext<Translator>(appI18n);

/** The translation layer a tree of screens reads; without it, the app's own. */
export function I18nProvider({ i18n, children }: { i18n: Translator; children: ReactNode }): ReactNode {
  return <TranslatorContext.Provider value={i18n}>{children}</TranslatorContext.Provider>;
}

/** `t` in the language shown, and the layer itself; the caller renders again when the language changes. */
export function useTranslation(): { t: TFunction; i18n: Translator } {
  const i18n = useContext(TranslatorContext);
  const language = useSyncExternalStore(
    (onChange) => i18n.onLanguageChanged(onChange),
    () => i18n.language,
  );
  return { t: i18n.fixedT(language), i18n };
}
