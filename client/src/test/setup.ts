import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { resetStore } from '../app/store';
import '../lib/i18n';

beforeEach(() => {
  resetStore();
  window.localStorage.clear();
});

afterEach(() => {
  cleanup();
});
