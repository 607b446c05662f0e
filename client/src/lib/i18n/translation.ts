import type { en } from './en';

/** The shape of English with every text widened to `string`: what another language fills in. */
type Widen<T> = T extends string
  ? string
  : T extends readonly string[]
    ? readonly string[]
    : { readonly [K in keyof T]?: Widen<T[K]> };

/**
 * A language file's messages. Keys are optional here so a key another engineer adds to English
 * does not break the build of every other language; `languages.test.ts` names each missing one.
 * A key English does not have is still a type error (a typo never ships silently).
 */
export type Translation = Widen<typeof en>;

/** The language every screen falls back to, bundled with the app. */
export const DEFAULT_LANGUAGE = 'en';
