/**
 * Why something was refused, one text per reason code in shared/src/protocol/reasons.ts, in
 * the same groups. Parameters come from the server: `count` (a limit, with plural forms),
 * `max`, `field`, `detail`.
 */
export const enReasons = {
  request: {
    tooMany: 'Too many actions at once. Wait a moment and try again.',
    unreadable: 'The request could not be read. Send JSON, under 16 kB.',
    noRoute: 'There is nothing at this address.',
  },
  message: {
    invalid: 'That message was not understood. Reload the page and try again.',
  },
  server: {
    unexpected: 'Something went wrong on the server. Please try again.',
  },
  storage: {
    unreadable: 'This workshop could not be read. Please tell the person who runs this server.',
  },
  connection: {
    network: 'Could not reach the server. Check your connection and try again.',
    notConnected: 'Not connected yet. Try again in a moment.',
    closed: 'The workshop page was closed.',
  },
  session: {
    notOpen: 'Open the workshop again first.',
    left: 'You are no longer in this workshop.',
    removed: 'You are no longer in this workshop. Join again with your name.',
    unknownPerson: 'We could not find you in this workshop. Join again with your name.',
    joinUsed: 'That join was already used.',
    projectorLink: 'This projector link is not valid. Open it from the facilitator’s screen.',
    facilitatorLink: 'This facilitator link is not valid for this workshop.',
    keyMalformed: 'That key is not valid.',
  },
  workshop: {
    unknown: 'There is no workshop with that code. Check it and try again.',
    codeMalformed: 'A join code is 4 to 12 letters and digits.',
    full_one: 'This workshop is full: {{count}} person is in it.',
    full_other: 'This workshop is full: {{count}} people are in it.',
    tooManyJoins: 'This workshop has had too many people join. Ask the facilitator for a new one.',
    titleInvalid: 'Give the workshop a title of 1 to {{max}} characters.',
    facilitatorOnly: 'Only the facilitator can change this.',
  },
  text: {
    required: 'Write something first.',
    tooLong: 'Keep it to {{max}} characters or fewer.',
    malformed: 'This text holds a broken character. Type it again.',
    control: 'Remove the control characters (such as tabs or line breaks) from this text.',
    direction: 'Remove the characters that force the direction of the text.',
    invisible: 'Write at least one visible letter, number or sign.',
  },
  flipchart: {
    editorsOnly: 'Only the facilitator and the note-taker can change the flipchart.',
    full: 'The flipchart is full. Delete a card before adding another.',
  },
  card: {
    gone: 'That card is no longer on the flipchart.',
    mergeSame: 'Choose two different cards to merge.',
  },
  agenda: {
    full_one: 'An agenda holds at most {{count}} step.',
    full_other: 'An agenda holds at most {{count}} steps.',
    empty: 'The agenda is empty.',
    stepGone: 'That step is no longer on the agenda.',
    phaseElsewhere: 'That sub-phase belongs to another step. Reload the agenda and try again.',
  },
  clock: {
    keepersOnly: 'Only the facilitator and the timekeeper can run the clock.',
    emptyAgenda: 'The agenda is empty. Add a step before starting the clock.',
    running: 'The clock is already running.',
    notRunning: 'The clock is not running.',
    lastStep: 'This is the last step of the agenda.',
    firstStep: 'This is the first step of the agenda.',
  },
  pairs: {
    facilitatorOnly: 'Only the facilitator can arrange the pairs.',
    tooFew: 'Pairs need at least two people in the workshop.',
    tooManyRounds: 'This workshop has been paired too many times. Start a new workshop to pair again.',
  },
  pair: {
    gone: 'That pair no longer exists.',
    someGone: 'One of those pairs no longer exists.',
    full: 'A pair can take at most three people.',
    membersOnly: 'Only the members of a pair can say it is done.',
  },
  person: {
    gone: 'That person is not in this workshop.',
    leaveSelfOnly: 'You can only leave the workshop yourself.',
  },
  post: {
    participantsOnly: 'Only participants post noticings and questions.',
    tooMany: 'There are too many posts. Delete one before adding another.',
    tooManyOfYours_one: 'You have posted {{count}} time. Delete it before adding another.',
    tooManyOfYours_other: 'You have posted {{count}} times. Delete one before adding another.',
    deleteNotAllowed: 'Only its author or the facilitator can delete a post.',
    facilitatorAnswers: 'Only the facilitator marks questions answered.',
    notQuestion: 'Only questions can be marked answered.',
    gone: 'That post is no longer there.',
  },
  readiness: {
    participantsOnly: 'Only participants answer whether they are ready to try.',
  },
  suggestion: {
    participantsOnly: 'Only participants send notes from their pair.',
    tooMany: 'Too many notes are waiting for the note-taker. Try again once they catch up.',
    tooManyOfYours_one: 'You have {{count}} note waiting for the note-taker. Send more once it is handled.',
    tooManyOfYours_other: 'You have {{count}} notes waiting for the note-taker. Send more once they are handled.',
    gone: 'That suggestion was already handled.',
  },
  reportBack: {
    editorsOnly: 'Only the facilitator and the note-taker run the report-back.',
    pairTwice: 'Each pair speaks once in the order.',
    noPairThere: 'There is no pair at that place in the order.',
  },
  learning: {
    editorsOnly: 'Only the facilitator and the note-taker record the key learnings.',
    full_one: 'The list holds at most {{count}} learning. Delete it before adding another.',
    full_other: 'The list holds at most {{count}} learnings. Delete one before adding another.',
    gone: 'That learning is no longer on the list.',
  },
  evaluation: {
    participantsOnly: 'Only participants answer the evaluation.',
    selfOnly: 'You can only answer the evaluation for yourself.',
    closed: 'The evaluation is closed.',
    facilitatorReflects: 'Only the facilitator writes the reflection.',
    facilitatorOpens: 'Only the facilitator opens and closes the evaluation.',
    facilitatorShowsSummary: 'Only the facilitator shows the evaluation summary.',
    summaryHidden: 'The summary is not shown right now.',
    learnedMissing: 'Write what you learned.',
    ratingRange: 'Rate from 1 to 5.',
    likeMissing: 'Write at least one I-like.',
    wishMissing: 'Write at least one I-wish.',
  },
  tips: {
    facilitatorOnly: 'Only the facilitator gives or takes back tips.',
    full_one: 'Give at most {{count}} tip.',
    full_other: 'Give at most {{count}} tips.',
  },
  meetings: {
    ownerOnly: 'Only the participant schedules, edits or removes their own one-on-ones.',
    full: 'Too many meetings scheduled.',
  },
  meeting: {
    gone: 'That meeting was removed.',
  },
  notebook: {
    full: 'This notebook is full.',
  },
  note: {
    gone: 'That note was deleted by your partner.',
    conflict: 'Your partner changed this note while you were editing. Compare and save again.',
  },
  commitment: {
    conflict: 'Your partner changed the commitment while you were editing. Compare and save again.',
  },
  doc: {
    unknown: 'There is no such document.',
    notYours: 'That document is not yours to read.',
    kindMalformed: 'That is not a kind of document.',
    full: 'This document is full.',
  },
  export: {
    notAllowed: 'Only the facilitator and the note-taker can export the record.',
    keyMissing: 'Send the facilitator key or the note-taker key as a Bearer token.',
    keyInvalid: 'That key is not valid for this workshop.',
    languageUnknown: 'The export cannot be written in that language.',
  },
  import: {
    tooLarge: 'That file is too large.',
    notJson: 'That file is not JSON.',
    notRecord: 'That is not a workshop record.',
    notOurs: 'That is not a Common Ground workshop record.',
    damaged: 'That workshop record is damaged or incomplete.',
    breaksRules: 'That workshop record cannot be kept ({{detail}}).',
  },
} as const;
