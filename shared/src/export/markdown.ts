import { summarizeEvaluations, type SummaryItem } from '../domain/evaluation/evaluation.js';
import type { Post } from '../domain/observe/observe.js';
import { postsOfKind, readinessTally } from '../domain/observe/observe-selectors.js';
import { escapeMarkdown } from './markdown-text.js';
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

export { escapeMarkdown } from './markdown-text.js';

/** The record as Markdown: agenda, flipchart, learnings; in the facilitator's copy, what is private too. */
export function toMarkdown(record: WorkshopRecord): string {
  const { state } = record;
  const out: string[] = [`# ${escapeMarkdown(state.title, { heading: true })}`, '', `Date: ${workshopDate(state)}`, ''];

  out.push('## Agenda', '');
  if (state.agenda.length === 0) out.push('_No agenda._');
  state.agenda.forEach((step, i) => {
    // A sub-list belongs to its step only when indented past the step's marker ("10. " is four wide).
    const indent = ' '.repeat(`${i + 1}. `.length);
    out.push(`${i + 1}. ${escapeMarkdown(agendaLine(step), { indent })}`);
    for (const phase of step.phases)
      out.push(`${indent}- ${escapeMarkdown(`${phase.title} (${phase.minutes} min)`, { indent: `${indent}  ` })}`);
  });
  out.push('', '## Flipchart', '');
  for (const { column, cards } of cardsByColumn(state)) {
    out.push(`### ${COLUMN_TITLES[column]}`, '');
    if (cards.length === 0) out.push('_No cards._');
    for (const card of cards) {
      const pairs = cardPairs(state, card);
      const by = pairs ? `${pairs}` : personName(state, card.authorId);
      out.push(`- ${escapeMarkdown(card.text, ITEM)} — _${escapeMarkdown(by)}_`);
    }
    out.push('');
  }

  out.push(...observeLines(record));
  out.push('## Key learnings', '');
  if (state.learnings.items.length === 0) out.push('_No learnings recorded._');
  for (const item of state.learnings.items) out.push(`- ${escapeMarkdown(item.text, ITEM)}`);
  if (state.learnings.reporterId) {
    out.push('', `Reporter: ${escapeMarkdown(personName(state, state.learnings.reporterId))}`);
  }

  if (record.copy === 'note-taker')
    out.push('', '## Not in this copy', '', `_${escapeMarkdown(PRIVATE_PARTS_NOTE)}_`, '');
  else out.push(...privateLines(record), '');
  return out.join('\n');
}

/** The continuation of a list item's text after a line break. */
const ITEM = { indent: '  ' };

/**
 * After a demonstrated 1:1: what people noticed and asked, and the poll as counts. Names only in the
 * facilitator's copy (their screen shows who posted; the projector does not).
 */
function observeLines(record: WorkshopRecord): string[] {
  const { state } = record;
  const noticings = postsOfKind(state, 'noticing');
  const questions = postsOfKind(state, 'question');
  const tally = readinessTally(state);
  const polled = tally.ready.length + tally.observeMore.length;
  if (noticings.length + questions.length + polled === 0) return [];
  const out = ['## Noticings and questions', ''];
  out.push('### What people noticed', '');
  if (noticings.length === 0) out.push('_No noticings._');
  const by = (post: Post) =>
    record.copy === 'note-taker' ? '' : ` — _${escapeMarkdown(personName(state, post.authorId))}_`;
  for (const post of noticings) out.push(`- ${escapeMarkdown(post.text, ITEM)}${by(post)}`);
  out.push('', '### Questions', '');
  if (questions.length === 0) out.push('_No questions._');
  for (const post of questions)
    out.push(`- ${escapeMarkdown(post.text, ITEM)}${by(post)}${post.answered ? ' _(answered)_' : ''}`);
  out.push('', '### Ready to try, or observe more?', '');
  out.push(`- Ready to try: ${tally.ready.length}`, `- Observe more: ${tally.observeMore.length}`, '');
  return out;
}

/** The facilitator's copy only: each participant's tips from the facilitator. */
function tipLines(record: WorkshopRecord): string[] {
  const out = ['', '## Tips', ''];
  const withTips = record.followUps.filter((followUp) => followUp.tips.length > 0);
  if (withTips.length === 0) out.push('_No tips given._');
  for (const followUp of withTips) {
    out.push(`- **${escapeMarkdown(personName(record.state, followUp.participantId))}**`);
    for (const tip of followUp.tips) out.push(`  - ${escapeMarkdown(tip.text, { indent: '    ' })}`);
  }
  return out;
}

/** The facilitator's copy only: commitments, next one-on-ones, the evaluation and the reflection. */
function privateLines(record: WorkshopRecord): string[] {
  const out = ['', '## Commitments', ''];
  const commitments = commitmentsOf(record);
  if (commitments.length === 0) out.push('_No commitments recorded._');
  for (const { pair, commitment } of commitments) {
    const parts = [
      commitment.who && `Who: ${escapeMarkdown(commitment.who, ITEM)}`,
      commitment.what && `What: ${escapeMarkdown(commitment.what, ITEM)}`,
      commitment.byWhen && `By when: ${escapeMarkdown(commitment.byWhen, ITEM)}`,
    ].filter(Boolean);
    out.push(`- **${escapeMarkdown(pair)}**: ${parts.join('; ')}`);
  }

  out.push('', '## Next one-on-ones', '');
  const meetings = meetingsOf(record);
  if (meetings.length === 0) out.push('_None scheduled._');
  for (const { by, meeting } of meetings) {
    const where = meeting.where ? ` at ${escapeMarkdown(meeting.where, ITEM)}` : '';
    const when = showLocal(meeting.when, meetingTimeZone(record, meeting));
    out.push(`- ${escapeMarkdown(when)}: ${escapeMarkdown(by)} with ${escapeMarkdown(meeting.withWhom, ITEM)}${where}`);
  }
  return [...out, ...tipLines(record), ...evaluationLines(record)];
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
        out.push(`- ${escapeMarkdown(item.text, ITEM)}${item.by ? ` (${escapeMarkdown(item.by)})` : ''}`);
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
