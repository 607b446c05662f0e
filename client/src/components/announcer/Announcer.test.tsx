import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useStore } from '../../app/store';
import { renderWithProviders } from '../../test/render';
import { Announcer } from './Announcer';

const announce = (text: string, politeness?: 'polite' | 'assertive') =>
  act(() => useStore.getState().announce(text, politeness));

describe('Announcer', () => {
  it('has both live regions on the page, empty, before anything is said', () => {
    renderWithProviders(<Announcer />);
    expect(screen.getByRole('status')).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(screen.getByRole('alert')).toHaveAttribute('aria-live', 'assertive');
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
  });

  it('says the latest announcement in the region of its politeness', () => {
    renderWithProviders(<Announcer />);
    announce('Now: B gives feedback');
    announce('Time is up: A organizes', 'assertive');

    expect(screen.getByRole('status')).toHaveTextContent(/^Now: B gives feedback$/);
    expect(screen.getByRole('alert')).toHaveTextContent(/^Time is up: A organizes$/);
  });

  it('says the same words again as a new node, so a screen reader reads them again', () => {
    renderWithProviders(<Announcer />);
    announce('1 minute left: A organizes');
    const first = screen.getByText('1 minute left: A organizes');
    announce('1 minute left: A organizes');

    expect(screen.getByText('1 minute left: A organizes')).not.toBe(first);
  });
});
