/** Sizes a person would never reasonably exceed; anything larger is refused as bad input. */
export const LIMITS = {
  titleLength: 120,
  nameLength: 40,
  cardTextLength: 500,
  participantsPerWorkshop: 200,
  cardsPerWorkshop: 1000,
} as const;

/** Join codes avoid letters and digits people confuse when reading them off a projector. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;
