import { useId, type ReactNode } from 'react';
import { useTranslation } from '../lib/i18n/react';
import { setLanguage } from '../lib/i18n';
import { LANGUAGES, languageName } from '../lib/i18n/languages';

/**
 * Each person picks the language of their own screen: the projector can stay in English while a
 * participant's phone shows Spanish. Each language is named in its own words.
 */
export function LanguagePicker(): ReactNode {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className="language-picker">
      <label htmlFor={id} className="language-picker__label">
        {t('language.label')}
      </label>
      <select
        id={id}
        className="language-picker__select"
        value={i18n.resolvedLanguage ?? i18n.language}
        onChange={(event) => void setLanguage(event.target.value)}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {languageName(code)}
          </option>
        ))}
      </select>
    </div>
  );
}
