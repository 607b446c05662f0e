import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../../lib/i18n';
import { chooseWhen } from '../../test/date-time';
import { renderWithProviders } from '../../test/render';
import { MeetingForm } from './MeetingForm';

describe('MeetingForm', () => {
  afterEach(async () => {
    await setLanguage('en');
  });

  it('asks a Spanish reader for the day before the month, with the months named in Spanish', async () => {
    await setLanguage('es');
    const onSave = vi.fn(() => Promise.resolve(true));
    renderWithProviders(<MeetingForm names={[]} onSave={onSave} />);
    const user = userEvent.setup();
    const when = screen.getByRole('group', { name: 'Cuándo' });

    const order = within(when)
      .getAllByRole('combobox')
      .map((select) => select.closest('label')?.textContent?.split(/—/)[0]);
    expect(order).toEqual(['Día', 'Mes', 'Año']);
    expect(within(when).getByRole('option', { name: 'diciembre' })).toBeInTheDocument();
    expect(when).not.toHaveTextContent(/mm|dd|yyyy/i);

    await user.type(screen.getByLabelText('Con quién'), 'Ben');
    await chooseWhen(user, when, '2026-12-01T18:00', { day: 'Día', month: 'Mes', year: 'Año', time: 'Hora' });
    // Said back in the reader's words, day first, on a 24-hour clock.
    expect(within(when).getByText('1 dic 2026, 18:00')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Agendar' }));
    expect(onSave).toHaveBeenCalledWith({ withWhom: 'Ben', when: '2026-12-01T18:00', where: '' });
  });

  it('asks an English reader for the month first, and says it the English way', async () => {
    renderWithProviders(<MeetingForm names={[]} onSave={() => Promise.resolve(true)} />);
    const user = userEvent.setup();
    const when = screen.getByRole('group', { name: 'When' });

    const order = within(when)
      .getAllByRole('combobox')
      .map((select) => select.closest('label')?.textContent?.split(/—/)[0]);
    expect(order).toEqual(['Month', 'Day', 'Year']);
    await chooseWhen(user, when, '2026-12-01T18:00');
    expect(within(when).getByText('Dec 1, 2026, 6:00 PM')).toBeVisible();
  });

  it('waits for every part before a time is chosen', async () => {
    renderWithProviders(<MeetingForm names={[]} onSave={() => Promise.resolve(true)} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('With whom'), 'Ben');
    await user.selectOptions(screen.getByLabelText('Day'), '1');
    await user.click(screen.getByRole('button', { name: 'Schedule' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose a date and time.');
  });
});
