// The rotation's rules live in shared (pair-situation.ts there). This re-export only keeps the
// notebook's feedback rubric compiling until it imports `organizerOfRound` from shared itself.
export { organizerOfRound } from '@common-ground/shared';
