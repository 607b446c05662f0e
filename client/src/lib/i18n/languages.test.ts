import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { LANGUAGES, loadMessages, pickLanguage } from './languages';

/** Every key of a message tree, dotted; a list of texts (the prompts) counts as one key. */
function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' || Array.isArray(value)
      ? [`${prefix}${key}`]
      : keysOf(value as object, `${prefix}${key}.`),
  );
}

/**
 * Keys the code reaches through a variable, `t(\`flipchart.columns.${column}\`)`: every key under
 * these prefixes counts as used. Each prefix must still be written so in the code (checked below),
 * so the list cannot outlive the code that needs it.
 */
const DYNAMIC_PREFIXES = [
  'reasons.',
  'errors.',
  'text.',
  'roles.',
  'flipchart.columns.',
  'flipchart.empty.',
  'agenda.editor.tooMany.',
  'evaluation.gap_',
  'pairs.roles.',
  'pairs.prompts.',
  'export.formats.',
  'export.problems.',
  'home.import.mode.',
  'notebook.commitment.',
  'notebook.rubric.',
  'notebook.sections.',
  'notebook.empty.',
  'followUp.date.',
];
/** Keys reached through a variable under a prefix whose other keys are written out in full. */
const DYNAMIC_KEYS: Record<string, string[]> = {
  'evaluation.': ['did', 'worked', 'didNot', 'change', 'likes', 'wishes'],
  'observe.': ['noticing', 'question'],
  'facilitator.fold.': ['agenda', 'pairs', 'flipchart', 'learnings', 'evaluation', 'roles', 'share', 'tips', 'export'],
};

const clientSrc = path.resolve(__dirname, '../..');
function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return full.includes(`${path.sep}i18n`) ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}
const code = sourceFiles(clientSrc)
  .map((file) => fs.readFileSync(file, 'utf8'))
  .join('\n');

const PLURAL = /_(zero|one|two|few|many|other)$/;

describe('the language files', () => {
  it('offers Spanish beside English', () => {
    expect(LANGUAGES).toEqual(expect.arrayContaining(['en', 'es']));
  });

  for (const language of LANGUAGES.filter((code) => code !== 'en')) {
    it(`has every English key in ${language}, and no other`, async () => {
      const messages = await loadMessages(language);
      expect(messages).not.toBeNull();
      const theirs = new Set(keysOf(messages!));
      const ours = keysOf(en);
      const missing = ours.filter((key) => !theirs.has(key));
      const extra = [...theirs].filter((key) => !ours.includes(key));
      expect(missing, `keys missing from languages/${language}.ts`).toEqual([]);
      expect(extra, `keys in languages/${language}.ts that English does not have`).toEqual([]);
    });

    it(`keeps every list of texts in ${language} as long as in English`, async () => {
      const messages = (await loadMessages(language)) as Record<string, unknown>;
      const lengths = (tree: object, prefix = ''): Array<[string, number]> =>
        Object.entries(tree).flatMap(([key, value]): Array<[string, number]> =>
          Array.isArray(value)
            ? [[`${prefix}${key}`, value.length]]
            : typeof value === 'object' && value
              ? lengths(value, `${prefix}${key}.`)
              : [],
        );
      expect(lengths(messages)).toEqual(lengths(en));
    });
  }

  it('uses every English key somewhere in the client', () => {
    const unused = keysOf(en)
      .map((key) => key.replace(PLURAL, ''))
      .filter((key, i, all) => all.indexOf(key) === i)
      .filter((key) => !DYNAMIC_PREFIXES.some((prefix) => key.startsWith(prefix)))
      .filter((key) => !Object.entries(DYNAMIC_KEYS).some(([prefix, rest]) => rest.some((k) => key === prefix + k)))
      .filter((key) => !code.includes(`'${key}'`) && !code.includes(`"${key}"`) && !code.includes(`\`${key}\``));
    expect(unused, 'keys in en.ts no code uses').toEqual([]);
  });

  it('still reaches each allowed dynamic prefix through a variable', () => {
    const prefixes = [...DYNAMIC_PREFIXES, ...Object.keys(DYNAMIC_KEYS)];
    const stale = prefixes.filter((prefix) => !code.includes(`\`${prefix}\${`));
    expect(stale, 'dynamic prefixes no code builds any more').toEqual([]);
  });
});

describe('the language a screen opens in', () => {
  it('follows the browser when nothing was picked', () => {
    expect(pickLanguage(null, ['es-MX', 'en-US'])).toBe('es');
    expect(pickLanguage(null, ['fr-FR', 'es'])).toBe('es');
    expect(pickLanguage(null, ['de-DE'])).toBe('en');
  });

  it('keeps what this person picked on this device over the browser', () => {
    expect(pickLanguage('en', ['es-ES'])).toBe('en');
    expect(pickLanguage('es', ['en-US'])).toBe('es');
  });
});
