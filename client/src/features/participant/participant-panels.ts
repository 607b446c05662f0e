import { lazyPanel } from '../../components/lazy-panel';

const extras = () => import('./participant-extras');

/*
 * What a participant's screen shows only for some roles or at some moments. None of it is in the
 * page's first load, so a phone shows the board sooner; ParticipantView fetches it all a moment
 * after the board is up, so a panel is ready when its moment comes, even if the wifi drops then.
 */
export const clockControls = lazyPanel(() => extras().then((m) => m.ClockControls));
export const reportBackPanel = lazyPanel(() => extras().then((m) => m.ReportBackPanel));
export const flipchartDesk = lazyPanel(() => extras().then((m) => m.FlipchartDesk));
export const learningsPanel = lazyPanel(() => extras().then((m) => m.LearningsPanel));
export const evaluationForm = lazyPanel(() => extras().then((m) => m.EvaluationForm));
export const observePanel = lazyPanel(() => extras().then((m) => m.ObservePanel));
export const pairNotebook = lazyPanel(() => extras().then((m) => m.PairNotebook));
export const sendNoteForm = lazyPanel(() => extras().then((m) => m.SendNoteForm));
export const exportPanel = lazyPanel(() => extras().then((m) => m.ExportPanel));
export const myCommitments = lazyPanel(() => extras().then((m) => m.MyCommitments));

const ALL = [
  clockControls,
  reportBackPanel,
  flipchartDesk,
  learningsPanel,
  evaluationForm,
  observePanel,
  pairNotebook,
  sendNoteForm,
  exportPanel,
  myCommitments,
];

/** Fetches every panel's code; resolves when all can render at once. */
export async function preloadParticipantPanels(): Promise<void> {
  await Promise.all(ALL.map((panel) => panel.preload()));
}
