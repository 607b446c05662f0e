import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../lib/i18n';
import { renderWithProviders } from '../../test/render';
import { MeetingForm } from './MeetingForm';

describe('MeetingForm', () => {
  afterEach(async () => {
    await setLanguage('en');
  });

  it('says the chosen day and time in the reader’s own order, whatever the browser’s date field shows', async () => {
    await setLanguage('es');
    renderWithProviders(<MeetingForm names={[]} onSave={() => Promise.resolve(true)} />);
    const user = userEvent.setup();

    const when = screen.getByLabelText('Cuándo');
    await user.type(when, '2026-12-01T18:00');

    // Day before month, a 24-hour clock: never 12/01/2026 for a Spanish reader.
    expect(when).toHaveAccessibleDescription('1 dic 2026, 18:00');
    expect(screen.getByText('1 dic 2026, 18:00')).toBeVisible();
  });

  it('says it the English way to an English reader', async () => {
    renderWithProviders(<MeetingForm names={[]} onSave={() => Promise.resolve(true)} />);
    const user = userEvent.setup();

    await user.type(screen.getByLabelText('When'), '2026-12-01T18:00');

    expect(screen.getByLabelText('When')).toHaveAccessibleDescription('Dec 1, 2026, 6:00 PM');
  });
});
