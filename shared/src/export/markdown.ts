import { summarizeEvaluations, type SummaryItem } from '../domain/evaluation/evaluation.js';
import type { WorkshopRecord } from './record.js';
import {
  agendaLine,
  cardPairs,
  cardsByColumn,
  COLUMN_TITLES,
  commitmentsOf,
  meetingsOf,
  personName,
  PRIVATE_PARTS_NOTE,
  showLocal,
  workshopDate,
} from './record.js';

/**
 * Makes user text inert in Markdown: punctuation that could start formatting is backslashed,
 * HTML's specials become entities, and a line break stays a break inside its list item.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+\-.!|~]/g, '\\$&')
    .replace(/\r\n?|\n/g, '<br>');
}

/** The record as Markdown: agenda, flipchart, learnings; in the facilitator's copy, what is private too. */
export function toMarkdown(record: WorkshopRecord): string {
  const { state } = record;
  const out: string[] = [`# ${escapeMarkdown(state.title)}`, '', `Date: ${workshopDate(state)}`, ''];

  out.push('## Agenda', '');
  if (state.agenda.length === 0) out.push('_No agenda._');
  state.agenda.forEach((step, i) => {
    out.push(`${i + 1}. ${escapeMarkdown(agendaLine(step))}`);
    for (const phase of step.phases) out.push(`   - ${escapeMarkdown(`${phase.title} (${phase.minutes} min)`)}`);
  });
  out.push('', '## Flipchart', '');
  for (const { column, cards } of cardsByColumn(state)) {
    out.push(`### ${COLUMN_TITLES[column]}`, '');
    if (cards.length === 0) out.push('_No cards._');
    for (const card of cards) {
      const pairs = cardPairs(state, card);
      const by = pairs ? `${pairs}` : personName(state, card.authorId);
      out.push(`- ${escapeMarkdown(card.text)} — _${escapeMarkdown(by)}_`);
    }
    out.push('');
  }

  out.push('## Key learnings', '');
  if (state.learnings.items.length === 0) out.push('_No learnings recorded._');
  for (const item of state.learnings.items) out.push(`- ${escapeMarkdown(item.text)}`);
  if (state.learnings.reporterId) {
    out.push('', `Reporter: ${escapeMarkdown(personName(state, state.learnings.reporterId))}`);
  }

  if (record.copy === 'note-taker')
    out.push('', '## Not in this copy', '', `_${escapeMarkdown(PRIVATE_PARTS_NOTE)}_`, '');
  else out.push(...privateLines(record), '');
  return out.join('\n');
}

/** The facilitator's copy only: commitments, next one-on-ones, the evaluation and the reflection. */
function privateLines(record: WorkshopRecord): string[] {
  const out = ['', '## Commitments', ''];
  const commitments = commitmentsOf(record);
  if (commitments.length === 0) out.push('_No commitments recorded._');
  for (const { pair, commitment } of commitments) {
    const parts = [
      commitment.who && `Who: ${escapeMarkdown(commitment.who)}`,
      commitment.what && `What: ${escapeMarkdown(commitment.what)}`,
      commitment.byWhen && `By when: ${escapeMarkdown(commitment.byWhen)}`,
    ].filter(Boolean);
    out.push(`- **${escapeMarkdown(pair)}**: ${parts.join('; ')}`);
  }

  out.push('', '## Next one-on-ones', '');
  const meetings = meetingsOf(record);
  if (meetings.length === 0) out.push('_None scheduled._');
  for (const { by, meeting } of meetings) {
    const where = meeting.where ? ` at ${escapeMarkdown(meeting.where)}` : '';
    out.push(
      `- ${escapeMarkdown(showLocal(meeting.when))}: ${escapeMarkdown(by)} with ${escapeMarkdown(meeting.withWhom)}${where}`,
    );
  }
  return [...out, ...evaluationLines(record)];
}

/** The evaluation summary (a text chart of the ratings, the I-likes and I-wishes) and the reflection. */
function evaluationLines(record: WorkshopRecord): string[] {
  const summary = summarizeEvaluations(record.evaluations);
  const out = ['', '## Evaluation', ''];
  if (summary.total === 0) out.push('_No evaluations were sent._');
  else {
    out.push(`${summary.total} answered; mean rating ${summary.mean?.toFixed(1)} of 5.`, '');
    summary.counts.forEach((count, i) => out.push(`- ${i + 1}: ${'█'.repeat(count)} ${count}`));
    const list = (title: string, items: SummaryItem[]) => {
      out.push('', `### ${title}`, '');
      for (const item of items)
        out.push(`- ${escapeMarkdown(item.text)}${item.by ? ` (${escapeMarkdown(item.by)})` : ''}`);
    };
    list('What people learned', summary.learned);
    list('I like', summary.likes);
    list('I wish', summary.wishes);
  }
  const reflection = record.reflection;
  if (reflection) {
    out.push('', "## Facilitator's reflection", '');
    const parts: Array<[string, string]> = [
      ['What I did', reflection.did],
      ['What worked well', reflection.worked],
      ["What didn't work well", reflection.didNot],
      ['What I will change next time', reflection.change],
    ];
    for (const [title, text] of parts) if (text) out.push(`**${title}:** ${escapeMarkdown(text)}`, '');
  }
  return out;
}
