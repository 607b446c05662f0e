import {
  exportFileName,
  importRecord,
  toPrintableHtml,
  type ExportFormat,
  type Paper,
  type WorkshopState,
} from '@common-ground/shared';
import { credentials } from '../../lib/credentials';

/** The secret that opens the exports: the facilitator's key, or the note-taker's `participantId:token`. */
export function exportBearer(code: string, as: 'facilitator' | 'notetaker'): string | null {
  if (as === 'facilitator') return credentials.facilitatorToken(code);
  const participant = credentials.participant(code);
  return participant ? `${participant.participantId}:${participant.token}` : null;
}

export type Fetched = { ok: true; blob: Blob } | { ok: false; status: number };

/** The file from the server, its words in `language` (the server checks it is one it writes in). */
export async function fetchExport(
  code: string,
  format: ExportFormat,
  bearer: string,
  language = 'en',
): Promise<Fetched> {
  try {
    const query = new URLSearchParams({ lang: language });
    const res = await fetch(`/api/workshops/${encodeURIComponent(code)}/export.${format}?${query}`, {
      headers: { authorization: `Bearer ${bearer}` },
    });
    return res.ok ? { ok: true, blob: await res.blob() } : { ok: false, status: res.status };
  } catch {
    return { ok: false, status: 0 };
  }
}

/** Saves a blob as a file through a temporary link. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function fileNameFor(state: Pick<WorkshopState, 'title' | 'createdAt'>, format: ExportFormat): string {
  return exportFileName(state, format);
}

/** Opens the record as a page laid out for paper, and asks the browser to print it (or save a PDF). */
export async function openPrintable(blob: Blob, paper: Paper, language = 'en'): Promise<boolean> {
  const record = importRecord(await blob.text());
  if (!record.ok) return false;
  const url = URL.createObjectURL(new Blob([toPrintableHtml(record.data, paper, language)], { type: 'text/html' }));
  const win = window.open(url, '_blank');
  if (!win) return false;
  win.addEventListener('load', () => win.print(), { once: true });
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return true;
}
