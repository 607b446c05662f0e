import { summarizeEvaluations, type SummaryItem } from '../domain/evaluation/evaluation.js';
import { postsOfKind, readinessTally } from '../domain/observe/observe-selectors.js';
import type { WorkshopRecord } from './record.js';
import {
  agendaLine,
  cardPairs,
  cardsByColumn,
  COLUMN_TITLES,
  commitmentsOf,
  meetingsOf,
  meetingTimeZone,
  personName,
  PRIVATE_PARTS_NOTE,
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

/** The record as a standalone page laid out for paper; the browser prints it or saves it as PDF. */
export function toPrintableHtml(record: WorkshopRecord, paper: Paper = 'A4'): string {
  const { state } = record;
  const e = escapeHtml;
  const columns = cardsByColumn(state)
    .map(
      ({ column, cards }) =>
        `<section class="column"><h3>${COLUMN_TITLES[column]}</h3>${list(
          cards.map((card) => {
            const by = cardPairs(state, card) || personName(state, card.authorId);
            return `${e(card.text)} <span class="by">— ${e(by)}</span>`;
          }),
          'No cards.',
        )}</section>`,
    )
    .join('');
  const reporter = state.learnings.reporterId
    ? `<p>Reporter: ${e(personName(state, state.learnings.reporterId))}</p>`
    : '';
  const commitments = commitmentsOf(record).map(({ pair, commitment: c }) =>
    [
      `<strong>${e(pair)}</strong>`,
      c.who && `Who: ${e(c.who)}`,
      c.what && `What: ${e(c.what)}`,
      c.byWhen && `By when: ${e(c.byWhen)}`,
    ]
      .filter(Boolean)
      .join('; '),
  );
  const meetings = meetingsOf(record).map(
    ({ by, meeting }) =>
      `${e(showLocal(meeting.when, meetingTimeZone(record, meeting)))}: ${e(by)} with ${e(meeting.withWhom)}${meeting.where ? ` at ${e(meeting.where)}` : ''}`,
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${e(state.title)}</title>
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
<h2>Agenda</h2>${
    state.agenda.length === 0
      ? '<p class="empty">No agenda.</p>'
      : `<ol>${state.agenda.map((step) => `<li>${e(agendaLine(step))}</li>`).join('')}</ol>`
  }
<h2>Flipchart</h2><div class="columns">${columns}</div>
${observeHtml(record)}
<h2>Key learnings</h2>${list(
    state.learnings.items.map((item) => e(item.text)),
    'No learnings recorded.',
  )}${reporter}
${
  record.copy === 'note-taker'
    ? `<h2>Not in this copy</h2><p class="empty">${e(PRIVATE_PARTS_NOTE)}</p>`
    : `<h2>Commitments</h2>${list(commitments, 'No commitments recorded.')}
<h2>Next one-on-ones</h2>${list(meetings, 'None scheduled.')}
${tipsHtml(record)}
${evaluationHtml(record)}`
}
</body></html>
`;
}

/** Noticings, questions and the readiness poll, as in the Markdown: names in the facilitator's copy only. */
function observeHtml(record: WorkshopRecord): string {
  const e = escapeHtml;
  const { state } = record;
  const tally = readinessTally(state);
  const noticings = postsOfKind(state, 'noticing');
  const questions = postsOfKind(state, 'question');
  if (noticings.length + questions.length + tally.ready.length + tally.observeMore.length === 0) return '';
  const item = (post: (typeof noticings)[number]) =>
    `${e(post.text)}${record.copy === 'note-taker' ? '' : ` <span class="by">— ${e(personName(state, post.authorId))}</span>`}${
      post.answered ? ' <span class="by">(answered)</span>' : ''
    }`;
  return `<h2>Noticings and questions</h2><h3>What people noticed</h3>${list(noticings.map(item), 'No noticings.')}
<h3>Questions</h3>${list(questions.map(item), 'No questions.')}
<h3>Ready to try, or observe more?</h3>${list([`Ready to try: ${tally.ready.length}`, `Observe more: ${tally.observeMore.length}`], '')}`;
}

/** The facilitator's copy only: each participant's tips. */
function tipsHtml(record: WorkshopRecord): string {
  const e = escapeHtml;
  const withTips = record.followUps.filter((followUp) => followUp.tips.length > 0);
  return `<h2>Tips</h2>${list(
    withTips.map(
      (f) =>
        `<strong>${e(personName(record.state, f.participantId))}</strong>${list(
          f.tips.map((tip) => e(tip.text)),
          '',
        )}`,
    ),
    'No tips given.',
  )}`;
}

/** The evaluation summary as bars with counts, the I-likes and I-wishes, and the reflection. */
function evaluationHtml(record: WorkshopRecord): string {
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
      ? '<p class="empty">No evaluations were sent.</p>'
      : `<p>${summary.total} answered; mean rating ${summary.mean?.toFixed(1)} of 5.</p><ul>${bars}</ul>
<h3>I like</h3>${list(items(summary.likes), 'None.')}<h3>I wish</h3>${list(items(summary.wishes), 'None.')}`;
  const r = record.reflection;
  const reflection = r
    ? `<h2>Facilitator's reflection</h2>${[
        ['What I did', r.did],
        ['What worked well', r.worked],
        ["What didn't work well", r.didNot],
        ['What I will change next time', r.change],
      ]
        .filter(([, text]) => text)
        .map(([title, text]) => `<p><strong>${e(title!)}:</strong> ${e(text!)}</p>`)
        .join('')}`
    : '';
  return `<h2>Evaluation</h2>${body}${reflection}`;
}
