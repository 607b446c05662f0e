import { REASON_CODES } from '@common-ground/shared';
import { describe, expect, it } from 'vitest';
import { i18n } from './index';

describe('the words for refusals', () => {
  it('has English words for every reason the server can give', () => {
    // `count` lets a reason with plural forms be found too.
    const missing = REASON_CODES.filter((reason) => !i18n.exists(`reasons.${reason}`, { count: 2 }));
    expect(missing).toEqual([]);
  });

  it('fills in a reason’s parameters, in the singular and the plural', () => {
    expect(i18n.t('reasons.tips.full', { count: 1 })).toBe('Give at most 1 tip.');
    expect(i18n.t('reasons.tips.full', { count: 3 })).toBe('Give at most 3 tips.');
    expect(i18n.t('reasons.text.tooLong', { max: 40 })).toBe('Keep it to 40 characters or fewer.');
  });
});
