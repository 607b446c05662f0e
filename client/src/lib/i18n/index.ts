import { enFirst } from './en-first';
import { LANGUAGES, loadMessages, pickLanguage, withPluralForms } from './languages';
import { DEFAULT_LANGUAGE } from './translation';
import { Translator } from './translator';

export type { TFunction, TranslationKey } from './translator';

/** Where this device remembers the language its person picked. */
export const LANGUAGE_STORAGE_KEY = 'common-ground.language';

/**
 * The one translation layer. The first screens' English is bundled, so the first render already
 * has text; the screens that load later bring the rest (en-later-load.ts).
 */
export const i18n = new Translator(DEFAULT_LANGUAGE, enFirst, () => LANGUAGES);

// Screen readers, hyphenation and the spell checker read the page's language from <html lang>.
i18n.onLanguageChanged((code) => {
  if (typeof document !== 'undefined') document.documentElement.lang = code;
});

/** Shows every screen in `code`, loading its file first; remembered on this device. */
export async function setLanguage(code: string, options: { remember?: boolean } = {}): Promise<void> {
  const language = LANGUAGES.includes(code) ? code : DEFAULT_LANGUAGE;
  if (!i18n.hasResourceBundle(language)) {
    const messages = await loadMessages(language);
    if (messages) i18n.addResourceBundle(language, withPluralForms(messages, language));
  }
  await i18n.changeLanguage(language);
  if (options.remember !== false) {
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // Private windows may refuse storage; the choice then lasts for this page only.
    }
  }
}

/** The language this person picked before, or their browser's, made ready before the first render. */
export function startLanguage(): Promise<void> {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    stored = null;
  }
  const preferred = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
  return setLanguage(pickLanguage(stored, preferred), { remember: false });
}
