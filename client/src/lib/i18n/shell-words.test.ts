import { shellWords, type ShellWords, type WordLanguage } from '@common-ground/shared';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { messages as es } from './languages/es';

/** The app's words for what the server's early join form says: the two must read the same. */
function appWords(messages: typeof en): ShellWords {
  return {
    connecting: messages.connection.connecting,
    nameLabel: messages.join.nameLabel,
    nameHelp: messages.join.nameHelp,
    submit: messages.join.submit,
  };
}

describe('the join form drawn before the app starts', () => {
  it.each<[WordLanguage, typeof en]>([
    ['en', en],
    ['es', es as typeof en],
  ])('says in %s what the app says once it takes over, so nothing changes under the reader', (language, messages) => {
    expect(shellWords(language)).toEqual(appWords(messages));
  });
});
