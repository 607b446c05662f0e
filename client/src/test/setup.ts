import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach } from 'vitest';
import { resetStore } from '../app/store';
import '../lib/i18n';
import { preloadParticipantPanels } from '../features/participant/participant-panels';

// The participant's panels come in their own chunks in the browser (participant-panels.ts); here
// they are loaded once up front, so a test of a screen reads it as a person sees it once loaded.
// lazy-panel.test.tsx covers the moment before.
beforeAll(() => preloadParticipantPanels());

beforeEach(() => {
  resetStore();
  window.localStorage.clear();
});

afterEach(() => {
  cleanup();
});
