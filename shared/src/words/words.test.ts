import { describe, expect, it } from 'vitest';
import { AGENDA_TEMPLATES, stepsFromTemplate } from '../domain/agenda/templates.js';
import { createWorkshopState } from '../domain/core/state.js';
import { TEMPLATE_IDS } from '../domain/core/state-parts.js';
import { toCsv } from '../export/csv.js';
import { toPrintableHtml } from '../export/html.js';
import { toIcs } from '../export/ics.js';
import { toMarkdown } from '../export/markdown.js';
import { workshopRecordSchema, type WorkshopRecord } from '../export/record.js';
import { enExportWords } from './export-words.js';
import { esExportWords, esTemplates } from './es.js';
import { exportWords, localizeStep, templateText, wordLanguageSchema } from './words.js';

let n = 0;
const newId = () => `id-${(n += 1)}`;

/** Every text a template gives a workshop, as a person reads it. */
function templateTexts(): string[] {
  return TEMPLATE_IDS.flatMap((id) => {
    const template = AGENDA_TEMPLATES[id];
    return [
      template.name,
      template.description,
      ...template.steps.flatMap((step) => [
        step.title,
        step.instructions,
        ...(step.questions ?? []),
        ...(step.links ?? []).map((link) => link.label),
        ...(step.phases ?? []).flatMap((phase) => [phase.title, phase.instructions]),
      ]),
    ];
  });
}

function record(): WorkshopRecord {
  const at = Date.UTC(2026, 10, 23, 18, 30);
  const state = createWorkshopState({
    code: 'ABCD23',
    title: 'Martes de práctica',
    template: 'practice-1on1',
    createdAt: at,
    agenda: stepsFromTemplate('practice-1on1', newId),
  });
  return workshopRecordSchema.parse({
    state: {
      ...state,
      participants: { p1: { id: 'p1', name: 'Ana', role: 'participant', joinedAt: at } },
      cards: {
        c1: { id: 'c1', column: 'values', text: 'La familia', authorId: null, createdAt: at, updatedAt: at },
      },
      learnings: { items: [{ id: 'l1', text: 'Preguntar por qué', createdAt: at }], reporterId: 'p1' },
    },
    notebooks: [],
    followUps: [
      {
        participantId: 'p1',
        tips: [],
        meetings: [{ id: 'm1', withWhom: 'Ben', when: '2026-12-01T18:00', where: 'El salón', createdAt: at }],
      },
    ],
    evaluations: [
      {
        participantId: 'p1',
        learned: 'Mucho',
        rating: 4,
        likes: ['Las parejas'],
        wishes: ['Más tiempo'],
        updatedAt: at,
      },
    ],
  });
}

describe('the templates in Spanish', () => {
  it('has a Spanish text for every text of every template', () => {
    const untranslated = templateTexts().filter((text) => templateText(text, 'es') === text);
    expect(untranslated).toEqual([]);
  });

  it('walks each template step by step: as many steps, sub-phases, questions and links', () => {
    for (const id of TEMPLATE_IDS) {
      const shape = (steps: ReadonlyArray<{ phases?: unknown[]; questions?: unknown[]; links?: unknown[] }>) =>
        steps.map((s) => [s.phases?.length ?? 0, s.questions?.length ?? 0, s.links?.length ?? 0]);
      expect(shape(esTemplates[id].steps), id).toEqual(shape(AGENDA_TEMPLATES[id].steps));
    }
  });

  it('shows a stored template step in Spanish, and what a facilitator typed as typed', () => {
    const [roles, pairs] = stepsFromTemplate('practice-1on1', newId);
    expect(localizeStep(roles!, 'es').title).toBe('Roles y agenda');
    expect(localizeStep(pairs!, 'es').phases[0]!.title).toBe('A organiza');
    const edited = { ...roles!, title: 'Roles, agenda and snacks' };
    expect(localizeStep(edited, 'es').title).toBe('Roles, agenda and snacks');
    // An untouched field of an edited step is still the template's, so still translated.
    expect(localizeStep(edited, 'es').instructions).toMatch(/^Elijan/);
    expect(localizeStep(roles!, 'en')).toEqual(roles);
  });
});

describe('the exports in Spanish', () => {
  it('has every English export word in Spanish', () => {
    expect(Object.keys(esExportWords).sort()).toEqual(Object.keys(enExportWords).sort());
    expect(exportWords('es')).toBe(esExportWords);
    expect(exportWords('xx')).toBe(enExportWords);
    expect(wordLanguageSchema.safeParse('fr').success).toBe(false);
  });

  it('writes the Markdown with Spanish headings and the template steps in Spanish', () => {
    const md = toMarkdown(record(), 'es');
    for (const heading of [
      '## Agenda',
      '## Rotafolio',
      '### Nuestros valores en común',
      '### Nuestros intereses compartidos',
      '### Nuestros recursos únicos',
      '## Aprendizajes clave',
      '## Compromisos',
      '## Próximas reuniones uno a uno',
      '## Evaluación',
    ])
      expect(md).toContain(`${heading}\n`);
    expect(md).toContain('1. Roles y agenda (5 min)');
    expect(md).toContain('   - A organiza (8 min)');
    expect(md).toContain('Comparte con el grupo: Ana');
    expect(md).toContain('- 2026-12-01 18:00 (UTC): Ana con Ben en El salón');
    expect(md).toContain('1 respondieron; calificación promedio: 4,0 de 5.');
    expect(md).not.toMatch(/Flipchart|Key learnings|Practice in pairs/);
  });

  it('keeps the English Markdown as it was when no language is asked for', () => {
    const md = toMarkdown(record());
    expect(md).toContain('## Flipchart\n');
    expect(md).toContain('1. Roles and agenda (5 min)');
    expect(md).toContain('1 answered; mean rating 4.0 of 5.');
  });

  it('writes the printable page, the CSV header and the calendar in Spanish', () => {
    const html = toPrintableHtml(record(), 'A4', 'es');
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('<h2>Rotafolio</h2>');
    expect(html).toContain('<h3>Nuestros valores en común</h3>');
    expect(toCsv(record(), 'es').split('\r\n')[0]).toBe('columna,texto,pareja,autor,hora');
    expect(toIcs(record(), 'es')).toContain('SUMMARY:Reunión uno a uno: Ana con Ben');
  });
});
