import type { TemplatesWords } from './template-words.js';

const ORGANIZER_BRIEF =
  'Quien organiza construye una relación con quien es organizado/a. Haz preguntas, ¡pero que no parezca una ' +
  'entrevista! Comparte también de tu vida. No saques información; construye la relación mientras te enfocas en ' +
  'descubrir valores en común, intereses compartidos y posibles recursos que pueden apoyar la campaña de tu ' +
  'equipo. Haz una petición clara relacionada con la campaña de tu equipo.';

const FEEDBACK_BRIEF =
  'Quien fue organizado/a le da retroalimentación a quien organizó. ¿Cómo te sentiste? ¿Te sentiste “usado/a” o ' +
  'manipulado/a? ¿O sentiste que quien organizaba de verdad estaba construyendo una relación contigo? ' +
  '¿Qué hizo bien quien organizó? ¿Cómo puede mejorar?';

const TRY_REFLECTION =
  '¡Felicidades por tu primera reunión uno a uno! ¿Qué crees que salió bien? ¿Qué quieres hacer distinto la ' +
  'próxima vez? Quien facilita sugiere de 1 a 3 consejos constructivos para intentar la próxima vez.';

/** The training documents' agendas, prompts and questions in Spanish (see `template-words.ts`). */
export const esTemplates: TemplatesWords = {
  'practice-1on1': {
    name: 'Práctica de 1:1 (50 min)',
    description:
      'Practiquen la conversación uno a uno en parejas y luego descubran los valores, intereses y recursos que comparten.',
    steps: [
      {
        title: 'Roles y agenda',
        instructions: 'Elijan a una persona cronometrista y a alguien que tome notas. Repasen la agenda.',
      },
      {
        title: 'Práctica en parejas',
        instructions:
          'Formen parejas. Practiquen una reunión uno a uno. A los 10 minutos, cambien de rol. Escuchen con atención ' +
          'y anoten para después: sus valores en común, sus intereses compartidos, sus habilidades y recursos.',
        phases: [
          { title: 'A organiza', instructions: ORGANIZER_BRIEF },
          { title: 'B da retroalimentación', instructions: FEEDBACK_BRIEF },
          { title: 'Cambio: B organiza', instructions: ORGANIZER_BRIEF },
          { title: 'A da retroalimentación', instructions: FEEDBACK_BRIEF },
          {
            title: 'Anótenlo y comprométanse',
            instructions:
              'Anoten sus valores en común, sus intereses compartidos y sus habilidades y recursos. ' +
              'Hagan un compromiso concreto entre ustedes.',
          },
        ],
      },
      {
        title: 'Conozcan a su equipo',
        instructions:
          'Cada pareja comparte con el grupo sus respuestas a estas cuatro preguntas (de 3 a 4 minutos por pareja). ' +
          'Quien toma notas las anota en el rotafolio: Nuestros valores en común · Nuestros intereses compartidos · ' +
          'Nuestros recursos únicos.',
        questions: [
          '¿Qué aprendieron sobre los valores que comparten?',
          '¿Qué aprendieron sobre los intereses en común que los motivan?',
          '¿Qué aprendieron sobre los recursos de su pareja que pueden apoyar su proyecto?',
          'Pídanle a quien toma notas que anote esto en el rotafolio para todo el equipo.',
        ],
      },
      {
        title: 'Resuman los aprendizajes clave',
        instructions:
          'Resuman sus aprendizajes clave de este ejercicio. Elijan a alguien para compartir con el grupo grande.',
        questions: ['¿Qué se llevan?', '¿Quién va a compartir con el grupo grande?'],
      },
    ],
  },
  'training-plan': {
    name: 'Capacitación de reuniones uno a uno',
    description: 'Bienvenida, ver a quien facilita hacer una 1:1, intentar una con quien facilita observando, evaluar.',
    steps: [
      {
        title: 'Bienvenida',
        instructions:
          'Pregunten a las y los participantes cómo están. Expliquen los objetivos de la sesión: al final, cada ' +
          'participante va a poder hacer una reunión uno a uno. Expliquen la agenda. Pregunten si hay dudas sobre ' +
          'los videos o la guía.',
        questions: ['¿Cómo están?', '¿Alguna pregunta sobre los videos o la guía de 1:1?'],
        links: [
          'La guía de 1:1 (pbevanston.org, en inglés)',
          'Luis Ramos sobre las reuniones uno a uno: lecciones 5 (12 min), 6 (12 min) y 7 (11 min), o la clase completa (en inglés)',
        ],
      },
      {
        title: 'Observar una 1:1',
        instructions: 'Quien facilita hace una reunión uno a uno y las y los participantes observan.',
        phases: [
          {
            title: 'Vean la reunión uno a uno',
            instructions: 'Quien facilita hace una reunión uno a uno. Observen y anoten lo que notan.',
          },
          {
            title: 'Repaso',
            instructions: 'Quien facilita explica qué cree que salió bien y qué no salió bien.',
          },
          {
            title: 'Lo que notaron y sus preguntas',
            instructions: '¿Qué notaron? ¿Qué preguntas tienen?',
          },
          {
            title: '¿Listos para intentarlo?',
            instructions:
              '¿Se sienten listos para intentarlo o prefieren observar más? Agenden una hora para la próxima reunión uno a uno.',
          },
        ],
      },
      {
        title: 'Intentar una 1:1',
        instructions: 'Las y los participantes hacen una reunión uno a uno mientras quien facilita observa.',
        phases: [
          {
            title: 'Hagan una reunión uno a uno',
            instructions:
              'La primera persona de cada pareja hace una reunión uno a uno mientras quien facilita observa.',
          },
          { title: 'Reflexión y consejos', instructions: TRY_REFLECTION },
          {
            title: 'Cambio: hagan una reunión uno a uno',
            instructions:
              'Cambien de rol: la segunda persona de cada pareja hace una reunión uno a uno mientras quien facilita observa.',
          },
          { title: 'Reflexión y consejos', instructions: TRY_REFLECTION },
          {
            title: 'Agenden la próxima',
            instructions: 'Si pueden, agenden su próxima reunión uno a uno. ¡Felicidades otra vez!',
          },
        ],
      },
      {
        title: 'Evaluación',
        instructions:
          'Cada participante escribe lo que aprendió, califica del 1 al 5 qué tanto le ayudó la capacitación a ' +
          'aprender y escribe al menos un “Me gustó” y un “Me hubiera gustado”. Quien facilita escribe una breve reflexión.',
      },
    ],
  },
  custom: {
    name: 'Agenda propia',
    description: 'Empieza en blanco y agrega tus propios pasos, subfases y tiempos.',
    steps: [],
  },
};
