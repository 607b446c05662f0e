import { summarizeEvaluations, type SummaryItem } from '../domain/evaluation/evaluation.js';
import type { Post } from '../domain/observe/observe.js';
import { postsOfKind, readinessTally } from '../domain/observe/observe-selectors.js';
import type { ExportWords } from '../words/export-words.js';
import { exportWords, localizeStep, oneDecimal } from '../words/words.js';
import { escapeMarkdown } from './markdown-text.js';
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

export { escapeMarkdown } from './markdown-text.js';

/**
 * The record as Markdown: agenda, flipchart, learnings; in the facilitator's copy, what is private
 * too. Headings and fixed words in `language` (English by default); what people typed as typed.
 */
export function toMarkdown(record: WorkshopRecord, language = 'en'): string {
  const { state } = record;
  const w = exportWords(language);
  const out: string[] = [
    `# ${escapeMarkdown(state.title, { heading: true })}`,
    '',
    `${w.date}: ${workshopDate(state)}`,
    '',
  ];

  out.push(`## ${w.agenda}`, '');
  if (state.agenda.length === 0) out.push(`_${w.noAgenda}_`);
  state.agenda.forEach((step, i) => {
    // A sub-list belongs to its step only when indented past the step's marker ("10. " is four wide).
    const indent = ' '.repeat(`${i + 1}. `.length);
    out.push(`${i + 1}. ${escapeMarkdown(agendaLine(step, language), { indent })}`);
    for (const phase of localizeStep(step, language).phases)
      out.push(
        `${indent}- ${escapeMarkdown(`${phase.title} (${w.minutes(phase.minutes)})`, { indent: `${indent}  ` })}`,
      );
  });
  out.push('', `## ${w.flipchart}`, '');
  for (const { column, cards } of cardsByColumn(state)) {
    out.push(`### ${w.columns[column]}`, '');
    if (cards.length === 0) out.push(`_${w.noCards}_`);
    for (const card of cards) {
      const pairs = cardPairs(state, card, w);
      const by = pairs ? `${pairs}` : personName(state, card.authorId, w);
      out.push(`- ${escapeMarkdown(card.text, ITEM)} — _${escapeMarkdown(by)}_`);
    }
    out.push('');
  }

  out.push(...observeLines(record, w));
  out.push(`## ${w.keyLearnings}`, '');
  if (state.learnings.items.length === 0) out.push(`_${w.noLearnings}_`);
  for (const item of state.learnings.items) out.push(`- ${escapeMarkdown(item.text, ITEM)}`);
  if (state.learnings.reporterId) {
    out.push('', `${w.reporter}: ${escapeMarkdown(personName(state, state.learnings.reporterId, w))}`);
  }

  if (record.copy === 'note-taker')
    out.push('', `## ${w.notInThisCopy}`, '', `_${escapeMarkdown(w.privatePartsNote)}_`, '');
  else out.push(...privateLines(record, w, language), '');
  return out.join('\n');
}

/** The continuation of a list item's text after a line break. */
const ITEM = { indent: '  ' };

/**
 * After a demonstrated 1:1: what people noticed and asked, and the poll as counts. Names only in the
 * facilitator's copy (their screen shows who posted; the projector does not).
 */
function observeLines(record: WorkshopRecord, w: ExportWords): string[] {
  const { state } = record;
  const noticings = postsOfKind(state, 'noticing');
  const questions = postsOfKind(state, 'question');
  const tally = readinessTally(state);
  const polled = tally.ready.length + tally.observeMore.length;
  if (noticings.length + questions.length + polled === 0) return [];
  const out = [`## ${w.noticingsAndQuestions}`, ''];
  out.push(`### ${w.whatPeopleNoticed}`, '');
  if (noticings.length === 0) out.push(`_${w.noNoticings}_`);
  const by = (post: Post) =>
    record.copy === 'note-taker' ? '' : ` — _${escapeMarkdown(personName(state, post.authorId, w))}_`;
  for (const post of noticings) out.push(`- ${escapeMarkdown(post.text, ITEM)}${by(post)}`);
  out.push('', `### ${w.questions}`, '');
  if (questions.length === 0) out.push(`_${w.noQuestions}_`);
  for (const post of questions)
    out.push(`- ${escapeMarkdown(post.text, ITEM)}${by(post)}${post.answered ? ` _(${w.answered})_` : ''}`);
  out.push('', `### ${w.readyOrObserve}`, '');
  out.push(`- ${w.readyToTry}: ${tally.ready.length}`, `- ${w.observeMore}: ${tally.observeMore.length}`, '');
  return out;
}

/** The facilitator's copy only: each participant's tips from the facilitator. */
function tipLines(record: WorkshopRecord, w: ExportWords): string[] {
  const out = ['', `## ${w.tips}`, ''];
  const withTips = record.followUps.filter((followUp) => followUp.tips.length > 0);
  if (withTips.length === 0) out.push(`_${w.noTips}_`);
  for (const followUp of withTips) {
    out.push(`- **${escapeMarkdown(personName(record.state, followUp.participantId, w))}**`);
    for (const tip of followUp.tips) out.push(`  - ${escapeMarkdown(tip.text, { indent: '    ' })}`);
  }
  return out;
}

/** The facilitator's copy only: commitments, next one-on-ones, the evaluation and the reflection. */
function privateLines(record: WorkshopRecord, w: ExportWords, language: string): string[] {
  const out = ['', `## ${w.commitments}`, ''];
  const commitments = commitmentsOf(record, w);
  if (commitments.length === 0) out.push(`_${w.noCommitments}_`);
  for (const { pair, commitment } of commitments) {
    const parts = [
      commitment.who && `${w.who}: ${escapeMarkdown(commitment.who, ITEM)}`,
      commitment.what && `${w.what}: ${escapeMarkdown(commitment.what, ITEM)}`,
      commitment.byWhen && `${w.byWhen}: ${escapeMarkdown(commitment.byWhen, ITEM)}`,
    ].filter(Boolean);
    out.push(`- **${escapeMarkdown(pair)}**: ${parts.join('; ')}`);
  }

  out.push('', `## ${w.nextOneOnOnes}`, '');
  const meetings = meetingsOf(record, w);
  if (meetings.length === 0) out.push(`_${w.noneScheduled}_`);
  for (const { by, meeting } of meetings) {
    const where = meeting.where ? w.at(escapeMarkdown(meeting.where, ITEM)) : '';
    const when = showLocal(meeting.when, meetingTimeZone(record, meeting));
    out.push(
      `- ${w.meeting(escapeMarkdown(when), escapeMarkdown(by), escapeMarkdown(meeting.withWhom, ITEM))}${where}`,
    );
  }
  return [...out, ...tipLines(record, w), ...evaluationLines(record, w, language)];
}

/** The evaluation summary (a text chart of the ratings, the I-likes and I-wishes) and the reflection. */
function evaluationLines(record: WorkshopRecord, w: ExportWords, language: string): string[] {
  const summary = summarizeEvaluations(record.evaluations);
  const out = ['', `## ${w.evaluation}`, ''];
  if (summary.total === 0) out.push(`_${w.noEvaluations}_`);
  else {
    out.push(w.evaluationTotals(summary.total, oneDecimal(summary.mean ?? 0, language)), '');
    summary.counts.forEach((count, i) => out.push(`- ${i + 1}: ${'█'.repeat(count)} ${count}`));
    const list = (title: string, items: SummaryItem[]) => {
      out.push('', `### ${title}`, '');
      for (const item of items)
        out.push(`- ${escapeMarkdown(item.text, ITEM)}${item.by ? ` (${escapeMarkdown(item.by)})` : ''}`);
    };
    list(w.whatPeopleLearned, summary.learned);
    list(w.iLike, summary.likes);
    list(w.iWish, summary.wishes);
  }
  const reflection = record.reflection;
  if (reflection) {
    out.push('', `## ${w.reflection}`, '');
    const parts: Array<[string, string]> = [
      [w.whatIDid, reflection.did],
      [w.whatWorked, reflection.worked],
      [w.whatDidNotWork, reflection.didNot],
      [w.whatIWillChange, reflection.change],
    ];
    for (const [title, text] of parts) if (text) out.push(`**${title}:** ${escapeMarkdown(text)}`, '');
  }
  return out;
}
