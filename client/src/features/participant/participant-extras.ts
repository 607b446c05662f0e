/*
 * The panels a participant sees only for some roles or at some moments, behind one dynamic
 * import (participant-panels.ts): one chunk, not ten, fetched once a moment after the board
 * shows. The facilitator's screen imports the same components directly.
 */
// Their English texts are not in the first load either: they come with this chunk.
import '../../lib/i18n/en-later-load';

export { ClockControls } from '../clock/ClockControls';
export { ReportBackPanel } from '../report-back/ReportBackPanel';
export { FlipchartDesk } from '../suggestions/FlipchartDesk';
export { LearningsPanel } from '../learnings/LearningsPanel';
export { EvaluationForm } from '../evaluation/EvaluationForm';
export { ObservePanel } from '../observe/ObservePanel';
export { PairNotebook } from '../notebook/PairNotebook';
export { SendNoteForm } from '../suggestions/SendNoteForm';
export { ExportPanel } from '../export/ExportPanel';
export { MyCommitments } from '../follow-up/MyCommitments';
