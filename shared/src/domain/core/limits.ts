/**
 * Sizes a person would never reasonably exceed. Each one protects every screen from a state that
 * grows without end: `decide` refuses a command that would pass one, and an imported record over
 * one is refused (`stateProblems` in invariants.ts checks them all).
 */
export const LIMITS = {
  titleLength: 120,
  nameLength: 40,
  cardTextLength: 500,
  /** People in the room at once; those who left or were removed do not count. */
  participantsPresent: 200,
  /** Everyone the roster has ever held, so joining and leaving cannot grow it for ever. */
  participantsEver: 400,
  cardsPerWorkshop: 1000,
  /** Notes from pairs waiting for the note-taker, in all. */
  suggestionsWaiting: 300,
  /** ... and from one person, so one person cannot fill the queue for everyone. */
  suggestionsWaitingPerPerson: 20,
  posts: 1000,
  postsPerPerson: 30,
  learnings: 200,
  /** Pairs now and pairs since dissolved, together: re-pairing cannot grow the state for ever. */
  pairsEver: 2000,
  /** Who partnered whom, remembered to avoid repeats: the latest this many. */
  pastPartners: 5000,
  /** The notebook entries one card came from, kept so each reaches the flipchart once: the latest this many. */
  sourcesPerCard: 20,
  /** Pairs that speak in the report-back. */
  reportBackOrder: 100,
} as const;

/** Join codes avoid letters and digits people confuse when reading them off a projector. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;
