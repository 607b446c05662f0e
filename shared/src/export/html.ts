import { summarizeEvaluations, type SummaryItem } from '../domain/evaluation/evaluation.js';
import { postsOfKind, readinessTally } from '../domain/observe/observe-selectors.js';
import type { ExportWords } from '../words/export-words.js';
import { exportWords, oneDecimal } from '../words/words.js';
import type { WorkshopRecord } from './record.js';
import {
  agendaLine,
  cardPairs,
  cardsByColumn,
  commitmentsOf,
  meetingsOf,
  meetingTimeZone,
  personName,
  showLocal,
  workshopDate,
} from './record.js';

export type Paper = 'A4' | 'Letter';

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const list = (items: string[], empty: string): string =>
  items.length === 0 ? `<p class="empty">${empty}</p>` : `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;

/**
 * The record as a standalone page laid out for paper; the browser prints it or saves it as PDF.
 * Its headings and fixed words are in `language` (English by default).
 */
export function toPrintableHtml(record: WorkshopRecord, paper: Paper = 'A4', language = 'en'): string {
  const { state } = record;
  const e = escapeHtml;
  const w = exportWords(language);
  const lang = w === exportWords('en') ? 'en' : language;
  const columns = cardsByColumn(state)
    .map(
      ({ column, cards }) =>
        `<section class="column"><h3>${w.columns[column]}</h3>${list(
          cards.map((card) => {
            const by = cardPairs(state, card, w) || personName(state, card.authorId, w);
            return `${e(card.text)} <span class="by">— ${e(by)}</span>`;
          }),
          w.noCards,
        )}</section>`,
    )
    .join('');
  const reporter = state.learnings.reporterId
    ? `<p>${w.reporter}: ${e(personName(state, state.learnings.reporterId, w))}</p>`
    : '';
  const commitments = commitmentsOf(record, w).map(({ pair, commitment: c }) =>
    [
      `<strong>${e(pair)}</strong>`,
      c.who && `${w.who}: ${e(c.who)}`,
      c.what && `${w.what}: ${e(c.what)}`,
      c.byWhen && `${w.byWhen}: ${e(c.byWhen)}`,
    ]
      .filter(Boolean)
      .join('; '),
  );
  const meetings = meetingsOf(record, w).map(
    ({ by, meeting }) =>
      `${w.meeting(e(showLocal(meeting.when, meetingTimeZone(record, meeting))), e(by), e(meeting.withWhom))}${meeting.where ? w.at(e(meeting.where)) : ''}`,
  );
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${e(state.title)}</title>
<style>
@page { size: ${paper}; margin: 15mm; }
/* A long link wraps anywhere: one unbroken line wider than the page makes the browser shrink the whole print. */
body { font: 11pt/1.4 system-ui, sans-serif; color: #000; margin: 0; overflow-wrap: anywhere; }
h1 { font-size: 18pt; margin: 0 0 4pt; }
h2 { font-size: 13pt; margin: 14pt 0 4pt; border-bottom: 1px solid #999; break-after: avoid; }
h3 { font-size: 11pt; margin: 6pt 0 2pt; }
/* minmax(0, 1fr): a plain 1fr column grows to its longest word, and the grid past the page. */
.columns { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 8pt; }
li { break-inside: avoid; white-space: pre-wrap; }
.by, .empty { color: #444; font-style: italic; }
</style></head><body>
<h1>${e(state.title)}</h1><p>${workshopDate(state)}</p>
<h2>${w.agenda}</h2>${
    state.agenda.length === 0
      ? `<p class="empty">${w.noAgenda}</p>`
      : `<ol>${state.agenda.map((step) => `<li>${e(agendaLine(step, language))}</li>`).join('')}</ol>`
  }
<h2>${w.flipchart}</h2><div class="columns">${columns}</div>
${observeHtml(record, w)}
<h2>${w.keyLearnings}</h2>${list(
    state.learnings.items.map((item) => e(item.text)),
    w.noLearnings,
  )}${reporter}
${
  record.copy === 'note-taker'
    ? `<h2>${w.notInThisCopy}</h2><p class="empty">${e(w.privatePartsNote)}</p>`
    : `<h2>${w.commitments}</h2>${list(commitments, w.noCommitments)}
<h2>${w.nextOneOnOnes}</h2>${list(meetings, w.noneScheduled)}
${tipsHtml(record, w)}
${evaluationHtml(record, w, language)}`
}
</body></html>
`;
}

/** Noticings, questions and the readiness poll, as in the Markdown: names in the facilitator's copy only. */
function observeHtml(record: WorkshopRecord, w: ExportWords): string {
  const e = escapeHtml;
  const { state } = record;
  const tally = readinessTally(state);
  const noticings = postsOfKind(state, 'noticing');
  const questions = postsOfKind(state, 'question');
  if (noticings.length + questions.length + tally.ready.length + tally.observeMore.length === 0) return '';
  const item = (post: (typeof noticings)[number]) =>
    `${e(post.text)}${record.copy === 'note-taker' ? '' : ` <span class="by">— ${e(personName(state, post.authorId, w))}</span>`}${
      post.answered ? ` <span class="by">(${w.answered})</span>` : ''
    }`;
  return `<h2>${w.noticingsAndQuestions}</h2><h3>${w.whatPeopleNoticed}</h3>${list(noticings.map(item), w.noNoticings)}
<h3>${w.questions}</h3>${list(questions.map(item), w.noQuestions)}
<h3>${w.readyOrObserve}</h3>${list([`${w.readyToTry}: ${tally.ready.length}`, `${w.observeMore}: ${tally.observeMore.length}`], '')}`;
}

/** The facilitator's copy only: each participant's tips. */
function tipsHtml(record: WorkshopRecord, w: ExportWords): string {
  const e = escapeHtml;
  const withTips = record.followUps.filter((followUp) => followUp.tips.length > 0);
  return `<h2>${w.tips}</h2>${list(
    withTips.map(
      (f) =>
        `<strong>${e(personName(record.state, f.participantId, w))}</strong>${list(
          f.tips.map((tip) => e(tip.text)),
          '',
        )}`,
    ),
    w.noTips,
  )}`;
}

/** The evaluation summary as bars with counts, the I-likes and I-wishes, and the reflection. */
function evaluationHtml(record: WorkshopRecord, w: ExportWords, language: string): string {
  const e = escapeHtml;
  const summary = summarizeEvaluations(record.evaluations);
  const items = (all: SummaryItem[]) =>
    all.map((i) => `${e(i.text)}${i.by ? ` <span class="by">— ${e(i.by)}</span>` : ''}`);
  const bars = summary.counts
    .map(
      (count, i) =>
        `<li>${i + 1}: <span class="bar" style="display:inline-block;width:${count * 12}pt;height:8pt;background:#555"></span> ${count}</li>`,
    )
    .join('');
  const body =
    summary.total === 0
      ? `<p class="empty">${w.noEvaluations}</p>`
      : `<p>${w.evaluationTotals(summary.total, oneDecimal(summary.mean ?? 0, language))}</p><ul>${bars}</ul>
<h3>${w.iLike}</h3>${list(items(summary.likes), w.none)}<h3>${w.iWish}</h3>${list(items(summary.wishes), w.none)}`;
  const r = record.reflection;
  const reflection = r
    ? `<h2>${e(w.reflection)}</h2>${[
        [w.whatIDid, r.did],
        [w.whatWorked, r.worked],
        [w.whatDidNotWork, r.didNot],
        [w.whatIWillChange, r.change],
      ]
        .filter(([, text]) => text)
        .map(([title, text]) => `<p><strong>${e(title!)}:</strong> ${e(text!)}</p>`)
        .join('')}`
    : '';
  return `<h2>${w.evaluation}</h2>${body}${reflection}`;
}
