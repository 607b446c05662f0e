import { enLater } from './en-later';
import { i18n } from './index';

/*
 * Imported, for its effect, by each screen that is not in a participant's first load (the start
 * page, the facilitator's and the projector's pages, the participant's later panels): their
 * English texts arrive with their code, before any of them renders.
 */
i18n.extendResourceBundle('en', enLater);
