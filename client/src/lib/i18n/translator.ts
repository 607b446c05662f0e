import type { Messages } from './en';

/*
 * The translation layer, our own: a lookup in a tree of messages, `{{name}}` filled in, and plural
 * forms chosen by `Intl.PluralRules`. It does the part of i18next this app used (about 16 KB
 * gzipped that every participant downloaded before the board) with the same rules:
 * - `t('a.b', { count })` tries `a.b_zero` (count 0 only), then `a.b_<category>`, then `a.b`,
 *   first in the language shown, then in English; a key found nowhere is shown as the key;
 * - a missing `{{value}}` is left as written;
 * - `returnObjects: true` returns a list of texts as a list.
 */

type PluralSuffix = `_${Intl.LDMLPluralRule}`;
type StripPlural<K extends string> = K extends `${infer Base}${PluralSuffix}` ? Base : K;

/** Every dotted path to a text (`home.join`), with plural forms also by their base (`x` for `x_one`). */
type TextPaths<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${P}${K}` | StripPlural<`${P}${K}`>
    : T[K] extends readonly string[]
      ? never
      : TextPaths<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every dotted path to a list of texts (the prompts). */
type ListPaths<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? never
    : T[K] extends readonly string[]
      ? `${P}${K}`
      : ListPaths<T[K], `${P}${K}.`>;
}[keyof T & string];

export type TranslationKey = TextPaths<Messages>;
export type ListKey = ListPaths<Messages>;

/** What fills a text in: `count` picks the plural form; every value can be named as `{{name}}`. */
export type TOptions = Record<string, unknown> & { count?: number; returnObjects?: boolean };

/** A text in the language shown; a key is checked against English's at compile time. */
export interface TFunction {
  (key: ListKey, options: TOptions & { returnObjects: true }): readonly string[];
  (key: TranslationKey, options?: TOptions): string;
}

type Tree = { readonly [key: string]: unknown };
type Listener = (language: string) => void;

const PLACEHOLDER = /\{\{\s*([^{}]+?)\s*\}\}/g;

function valueAt(tree: unknown, path: string): unknown {
  let node = tree;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Tree)[part];
  }
  return node;
}

function fill(text: string, options: TOptions | undefined): string {
  if (!options) return text;
  return text.replace(PLACEHOLDER, (match, name: string) => {
    const value = valueAt(options, name);
    return value === undefined || value === null ? match : String(value as string | number);
  });
}

/** One reader's language and the messages loaded for it; `fallback` is always loaded. */
export class Translator {
  language: string;
  private readonly bundles = new Map<string, Tree>();
  private readonly listeners = new Set<Listener>();
  private readonly plurals = new Map<string, Intl.PluralRules>();
  private readonly bound = new Map<string, TFunction>();

  constructor(
    private readonly fallback: string,
    messages: Tree,
    private readonly supported: () => readonly string[],
  ) {
    this.language = fallback;
    this.bundles.set(fallback, messages);
  }

  /** The language shown: the one asked for when we have it, else the fallback. */
  get resolvedLanguage(): string {
    return this.supported().includes(this.language) ? this.language : this.fallback;
  }

  hasResourceBundle(language: string): boolean {
    return this.bundles.has(language);
  }

  addResourceBundle(language: string, messages: Tree): void {
    this.bundles.set(language, messages);
  }

  /** Adds the top-level sections of `messages` to a language's messages (texts a later screen brought). */
  extendResourceBundle(language: string, messages: Tree): void {
    this.bundles.set(language, { ...this.bundles.get(language), ...messages });
  }

  changeLanguage(language: string): Promise<void> {
    const changed = language !== this.language;
    this.language = language;
    if (changed) for (const listener of this.listeners) listener(language);
    return Promise.resolve();
  }

  /** Calls `listener` after each change of language; returns how to stop. */
  onLanguageChanged(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** True when `key` (in its plural form for `options.count`) has words in the shown or the fallback language. */
  exists(key: string, options?: TOptions): boolean {
    return this.lookup(this.language, key, options) !== undefined;
  }

  /** `t` for `language`, the same function each time, so it can sit in a hook's dependencies. */
  fixedT(language: string): TFunction {
    let t = this.bound.get(language);
    if (!t) {
      t = ((key: string, options?: TOptions) => this.translate(language, key, options)) as TFunction;
      this.bound.set(language, t);
    }
    return t;
  }

  /** A text in the language shown now. */
  readonly t: TFunction = ((key: string, options?: TOptions) =>
    this.translate(this.language, key, options)) as TFunction;

  private translate(language: string, key: string, options?: TOptions): string | readonly string[] {
    const found = this.lookup(language, key, options);
    if (typeof found === 'string') return fill(found, options);
    if (Array.isArray(found) && options?.returnObjects)
      return found.map((text: unknown) => fill(String(text), options));
    return key;
  }

  private lookup(language: string, key: string, options?: TOptions): unknown {
    const count = options?.count;
    const languages = language === this.fallback ? [language] : [language, this.fallback];
    for (const code of languages) {
      const bundle = this.bundles.get(code);
      if (!bundle) continue;
      const keys = [key];
      if (typeof count === 'number') {
        keys.unshift(`${key}_${this.pluralRules(code).select(count)}`);
        if (count === 0) keys.unshift(`${key}_zero`);
      }
      for (const candidate of keys) {
        const value = valueAt(bundle, candidate);
        if (value !== undefined && value !== null) return value;
      }
    }
    return undefined;
  }

  private pluralRules(code: string): Intl.PluralRules {
    let rules = this.plurals.get(code);
    if (!rules) {
      rules = new Intl.PluralRules(code);
      this.plurals.set(code, rules);
    }
    return rules;
  }
}
