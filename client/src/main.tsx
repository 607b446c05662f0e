// First: before any module makes a zod schema (see strict-csp.ts).
import './lib/strict-csp';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from './lib/i18n/react';
import { BrowserRouter } from './lib/router';
import { App } from './app/App';
import { i18n, startLanguage } from './lib/i18n';
import { keepShellInput } from './lib/shell-handoff';
import './styles/base.css';
import './styles/workshop.css';
import './styles/language.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
const render = () => {
  // Last thing before the server's join form is replaced: what was typed into it so far.
  keepShellInput();
  createRoot(root).render(
    <StrictMode>
      <I18nProvider i18n={i18n}>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </I18nProvider>
    </StrictMode>,
  );
};
// A Spanish reader's first screen is already in Spanish; if their language cannot load (offline),
// the page still opens, in English.
void startLanguage()
  .catch(() => undefined)
  .finally(render);
