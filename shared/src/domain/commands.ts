import { z } from 'zod';
import { cardTextSchema, columnSchema, displayNameSchema, idSchema } from './state.js';

/**
 * Commands are what a person asks for. Each one has a schema the server checks before
 * anything else; the key is also the socket.io event name (`entity:verb`, imperative).
 */
export const commandSchemas = {
  'card:add': z.object({ column: columnSchema, text: cardTextSchema }),
  'card:edit': z.object({ cardId: idSchema, text: cardTextSchema }),
  'card:delete': z.object({ cardId: idSchema }),
} as const;

export type CommandType = keyof typeof commandSchemas;
export const COMMAND_TYPES = Object.keys(commandSchemas) as CommandType[];

export type CommandPayload<K extends CommandType> = z.infer<(typeof commandSchemas)[K]>;

/** A command with its type, as the domain's `decide` receives it. */
export type Command = { [K in CommandType]: { type: K } & CommandPayload<K> }[CommandType];

/** Joining is decided by the domain like any command, but arrives through the session. */
export type JoinCommand = { type: 'participant:join'; name: string };

export const joinNameSchema = displayNameSchema;
