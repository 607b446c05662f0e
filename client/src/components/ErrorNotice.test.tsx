import type { AppError } from '@common-ground/shared';
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useErrorText } from './ErrorNotice';

function textOf(error: AppError): string {
  return renderHook(() => useErrorText()).result.current(error);
}

describe('useErrorText', () => {
  it('says a refusal in words, with its parameters filled in', () => {
    expect(textOf({ code: 'forbidden', reason: 'workshop.full', params: { count: 20 } })).toBe(
      'This workshop is full: 20 people are in it.',
    );
  });

  it('falls back to the words for its code when the reason is unknown to this build', () => {
    const fromNewerServer = { code: 'forbidden', reason: 'badge.expired' } as unknown as AppError;
    expect(textOf(fromNewerServer)).toBe('You do not have the rights to do that.');
  });

  it('says a lost connection as such', () => {
    expect(textOf({ code: 'internal', reason: 'connection.network' })).toBe(
      'Could not reach the server. Check your connection and try again.',
    );
  });
});
