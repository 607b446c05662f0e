import type { TemplateId } from '../domain/core/state.js';

/** A template step's texts in another language, in the template's own order. */
export interface StepWords {
  title: string;
  instructions: string;
  questions?: string[];
  /** The links' labels; their addresses stay as they are. */
  links?: string[];
  phases?: Array<{ title: string; instructions: string }>;
}

/**
 * An agenda template's texts in another language, walked in step with the English template in
 * `domain/agenda/templates.ts`: the nth step here is the nth step there.
 */
export interface TemplateWords {
  name: string;
  description: string;
  steps: StepWords[];
}

export type TemplatesWords = Record<TemplateId, TemplateWords>;
