import { EXPORT_FORMATS, WORD_LANGUAGES, type ExportFormat, type Paper } from '@common-ground/shared';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useStore } from '../../app/store';
import { languageName } from '../../lib/i18n/languages';
import { exportBearer, fetchExport, fileNameFor, openPrintable, saveBlob } from './export-api';

type Problem = 'unauthorized' | 'failed' | 'popup' | null;

/** Downloads of the workshop's record, and a page to print, for the facilitator and the note-taker. */
export function ExportPanel({
  code,
  as,
  token,
}: {
  code: string;
  as: 'facilitator' | 'notetaker';
  /** The facilitator's key when the page already holds it; otherwise it is read from storage. */
  token?: string;
}): ReactNode {
  const { t, i18n } = useTranslation();
  const id = useId();
  const workshop = useStore((s) => s.workshop);
  // The file comes in the reader's language unless they choose another (the facilitator may
  // export in English for a funder while reading in Spanish).
  const reading = i18n.resolvedLanguage ?? i18n.language;
  const [chosen, setChosen] = useState<string | null>(null);
  const language = chosen ?? (WORD_LANGUAGES.some((code) => code === reading) ? reading : 'en');
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem>(null);
  if (!workshop) return null;

  async function run(what: ExportFormat | Paper): Promise<void> {
    if (!workshop) return;
    const bearer = token ?? exportBearer(code, as);
    if (!bearer) return setProblem('unauthorized');
    setBusy(what);
    setProblem(null);
    const isPaper = what === 'A4' || what === 'Letter';
    const fetched = await fetchExport(code, isPaper ? 'json' : what, bearer, language);
    setBusy(null);
    if (!fetched.ok) return setProblem(fetched.status === 401 || fetched.status === 403 ? 'unauthorized' : 'failed');
    if (isPaper) {
      if (!(await openPrintable(fetched.blob, what, language))) setProblem('popup');
    } else {
      saveBlob(fetched.blob, fileNameFor(workshop, what));
    }
  }

  return (
    <section className="panel export" aria-labelledby="export-title">
      <h2 id="export-title">{t('export.title')}</h2>
      <p className="hint">{t(as === 'facilitator' ? 'export.help' : 'export.helpNoteTaker')}</p>
      <label className="field export__language" htmlFor={`${id}-language`}>
        <span className="label">{t('export.language')}</span>
        <select
          id={`${id}-language`}
          className="input"
          value={language}
          onChange={(event) => setChosen(event.target.value)}
        >
          {WORD_LANGUAGES.map((code) => (
            <option key={code} value={code} lang={code}>
              {languageName(code)}
            </option>
          ))}
        </select>
      </label>
      <div className="export__buttons">
        {EXPORT_FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            className="button button--quiet"
            disabled={busy !== null}
            onClick={() => void run(format)}
          >
            {t(`export.formats.${format}`)}
          </button>
        ))}
      </div>
      <div className="export__buttons">
        {(['A4', 'Letter'] as const).map((paper) => (
          <button
            key={paper}
            type="button"
            className="button button--quiet"
            disabled={busy !== null}
            onClick={() => void run(paper)}
          >
            {t('export.print', { paper })}
          </button>
        ))}
      </div>
      {busy && <p role="status">{t('export.preparing')}</p>}
      {problem && (
        <p role="alert" className="field-problem">
          {t(`export.problems.${problem}`)}
        </p>
      )}
    </section>
  );
}
