import { wordLanguageSchema, type WordLanguage } from './words.js';

/**
 * The words of the page the server draws before the app's JavaScript arrives: on a hall's slow
 * wifi that can take many seconds, and the join form is in the HTML itself so a person can start
 * typing. They are the app's own words for the same things (a client test holds them equal).
 */
export interface ShellWords {
  connecting: string;
  nameLabel: string;
  nameHelp: string;
  submit: string;
}

const SHELL_WORDS: Record<WordLanguage, ShellWords> = {
  en: {
    connecting: 'Connecting…',
    nameLabel: 'Your name',
    nameHelp: 'The name others will see. No account needed.',
    submit: 'Join the workshop',
  },
  es: {
    connecting: 'Conectando…',
    nameLabel: 'Tu nombre',
    nameHelp: 'El nombre que verán los demás. No necesitas cuenta.',
    submit: 'Unirme al taller',
  },
};

export function shellWords(language: WordLanguage): ShellWords {
  return SHELL_WORDS[language];
}

/**
 * The first language of an Accept-Language header that we write in, by the weights the browser
 * gave ("es-MX,es;q=0.9,en;q=0.8" is Spanish); English when none is.
 */
export function preferredWordLanguage(acceptLanguage: string | undefined): WordLanguage {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { base: tag.toLowerCase().split('-')[0] ?? '', weight: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { base } of ranked) {
    const parsed = wordLanguageSchema.safeParse(base);
    if (parsed.success) return parsed.data;
  }
  return 'en';
}
