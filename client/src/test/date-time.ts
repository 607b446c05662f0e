import { within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/**
 * Chooses `YYYY-MM-DDTHH:mm` in the date and time fields of the fieldset named `legend`, the way a
 * person does: the day, the month, the year, then the time.
 */
export async function chooseWhen(
  user: UserEvent,
  fieldset: HTMLElement,
  when: string,
  labels = { day: 'Day', month: 'Month', year: 'Year', time: 'Time' },
): Promise<void> {
  const [, year, month, day, time] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})$/.exec(when)!;
  const inside = within(fieldset);
  await user.selectOptions(inside.getByLabelText(labels.day), String(Number(day)));
  await user.selectOptions(inside.getByLabelText(labels.month), String(Number(month)));
  await user.selectOptions(inside.getByLabelText(labels.year), year!);
  await user.type(inside.getByLabelText(labels.time), time!);
}
