import type { TemplateTable } from '@common-ground/shared';
import { DEFAULT_LANGUAGE, type Translation } from './translation';

/**
 * Every language besides English is one file in `languages/`, named by its code (`es.ts`), that
 * exports `messages`. Vite turns each into its own chunk, loaded only when someone picks it, so
 * English readers never download Spanish. Adding a language means adding its file, nothing else.
 */
interface LanguageFile {
  messages: Translation;
  /** The agenda templates' texts in this language, where they are written in it. */
  templates?: TemplateTable;
}
const files = import.meta.glob<LanguageFile>('./languages/*.ts');

const loaders = new Map<string, () => Promise<LanguageFile>>();
const templateTables = new Map<string, TemplateTable>();
for (const [path, load] of Object.entries(files)) {
  const code = /\/([a-z]{2,3}(?:-[A-Za-z0-9]+)?)\.ts$/.exec(path)?.[1];
  if (code) loaders.set(code, load);
}

/** The codes a person can pick, English first. */
export const LANGUAGES: readonly string[] = [DEFAULT_LANGUAGE, ...[...loaders.keys()].sort()];

/** A language's name in its own words ("English", "español"), so anyone can find their own. */
export function languageName(code: string): string {
  const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}

/** The messages of a language other than English, fetched on first use. */
export async function loadMessages(code: string): Promise<Translation | null> {
  const load = loaders.get(code);
  if (!load) return null;
  const file = await load();
  if (file.templates) templateTables.set(code, file.templates);
  return file.messages;
}

/** The templates' texts in a language loaded so far; none for English, which they are written in. */
export function loadedTemplateTable(code: string): TemplateTable | undefined {
  return templateTables.get(code);
}

/**
 * The messages with every plural form the language's rules ask for. Spanish says "1 000 000 de
 * personas" with a `many` form that reads like `other`; a file need not repeat it.
 */
export function withPluralForms(messages: Translation, code: string): Translation {
  const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
  const fill = (tree: object): object => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(tree)) {
      out[key] = typeof value === 'object' && !Array.isArray(value) ? fill(value as object) : value;
      const other = /^(.*)_other$/.exec(key)?.[1];
      if (other === undefined) continue;
      for (const category of categories) {
        const form = `${other}_${category}`;
        if (!(form in tree)) out[form] = value;
      }
    }
    return out;
  };
  return fill(messages) as Translation;
}

/**
 * The language to show: the one this person picked on this device, else the first of the
 * browser's languages we have ("es-MX" finds "es"), else English.
 */
export function pickLanguage(stored: string | null, preferred: readonly string[]): string {
  const candidates = stored ? [stored, ...preferred] : preferred;
  for (const tag of candidates) {
    const lower = tag.toLowerCase();
    const found = LANGUAGES.find((code) => code === lower) ?? LANGUAGES.find((code) => code === lower.split('-')[0]);
    if (found) return found;
  }
  return DEFAULT_LANGUAGE;
}
