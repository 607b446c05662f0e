/**
 * Why something was refused, one code per situation a person can be told about. The server
 * sends a reason with its parameters (a limit, a count, a field), never a sentence; each client
 * turns it into words in its reader's language. Reuse a reason where the situation is the same.
 */
export const REASON_CODES = [
  // Any request
  'request.tooMany',
  /** An HTTP body that is not JSON or is over its size limit. */
  'request.unreadable',
  'request.noRoute',
  /** The message did not fit its schema; `field` says where. */
  'message.invalid',
  'server.unexpected',
  /** A stored workshop that no longer parses; only ever logged. */
  'storage.unreadable',

  // The connection, as the client itself sees it
  'connection.network',
  'connection.notConnected',
  /** The page closed the workshop while actions still waited for an answer. */
  'connection.closed',

  // Entering a workshop
  'session.notOpen',
  'session.left',
  /** Removed or left, and the participant's credential no longer opens the workshop. */
  'session.removed',
  'session.unknownPerson',
  'session.joinUsed',
  'session.projectorLink',
  'session.facilitatorLink',
  'session.keyMalformed',

  // The workshop
  'workshop.unknown',
  'workshop.codeMalformed',
  'workshop.full',
  'workshop.tooManyJoins',
  'workshop.titleInvalid',
  'workshop.facilitatorOnly',

  // Free text (shared/src/domain/core/text.ts)
  'text.required',
  'text.tooLong',
  'text.malformed',
  'text.control',
  'text.direction',
  'text.invisible',

  // Flipchart
  'flipchart.editorsOnly',
  'flipchart.full',
  'card.gone',
  'card.mergeSame',

  // Agenda and clock
  'agenda.full',
  'agenda.empty',
  'agenda.stepGone',
  /** A sub-phase id copied from another step, or repeated. */
  'agenda.phaseElsewhere',
  'clock.keepersOnly',
  'clock.emptyAgenda',
  'clock.running',
  'clock.notRunning',
  'clock.lastStep',
  'clock.firstStep',

  // Pairs and people
  'pairs.facilitatorOnly',
  'pairs.tooFew',
  'pairs.tooManyRounds',
  'pair.gone',
  'pair.someGone',
  'pair.full',
  'pair.membersOnly',
  'person.gone',
  'person.leaveSelfOnly',

  // Noticings, questions and readiness
  'post.participantsOnly',
  'post.tooMany',
  'post.tooManyOfYours',
  'post.deleteNotAllowed',
  'post.facilitatorAnswers',
  'post.notQuestion',
  'post.gone',
  'readiness.participantsOnly',

  // Report-back and the record
  'suggestion.participantsOnly',
  'suggestion.tooMany',
  'suggestion.tooManyOfYours',
  'suggestion.gone',
  'reportBack.editorsOnly',
  'reportBack.pairTwice',
  'reportBack.noPairThere',
  'learning.editorsOnly',
  'learning.full',
  'learning.gone',

  // Evaluation
  'evaluation.participantsOnly',
  'evaluation.selfOnly',
  'evaluation.closed',
  'evaluation.facilitatorReflects',
  'evaluation.facilitatorOpens',
  'evaluation.facilitatorShowsSummary',
  'evaluation.summaryHidden',
  'evaluation.learnedMissing',
  'evaluation.ratingRange',
  'evaluation.likeMissing',
  'evaluation.wishMissing',

  // Follow-up
  'tips.facilitatorOnly',
  'tips.full',
  'meetings.ownerOnly',
  'meetings.full',
  'meeting.gone',

  // Pair notebook
  'notebook.full',
  'note.gone',
  'note.conflict',
  'commitment.conflict',

  // Private documents
  'doc.unknown',
  'doc.notYours',
  'doc.kindMalformed',
  /** For a kind without words of its own, such as one only a test defines. */
  'doc.full',

  // Export and import
  'export.notAllowed',
  'export.keyMissing',
  'export.keyInvalid',
  /** `?lang=` names a language the exports are not written in. */
  'export.languageUnknown',
  'import.tooLarge',
  'import.notJson',
  'import.notRecord',
  /** JSON, but not in our record format and version. */
  'import.notOurs',
  'import.damaged',
  /** Well-formed, but breaks a rule of a live workshop; `detail` names the first. */
  'import.breaksRules',
] as const;

export type ReasonCode = (typeof REASON_CODES)[number];

const KNOWN = new Set<string>(REASON_CODES);

/** True for a reason this build knows; a newer peer may send one it does not. */
export function isReasonCode(value: unknown): value is ReasonCode {
  return typeof value === 'string' && KNOWN.has(value);
}
