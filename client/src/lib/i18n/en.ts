import { enFirst } from './en-first';
import { enLater } from './en-later';

/** Every text a person reads, in English. Other languages are one file each in `languages/`. */
export const en = { ...enFirst, ...enLater } as const;

export type Messages = typeof en;
