import { viewPaths, type CreateWorkshopResponse } from '@common-ground/shared';
import type { Request } from 'express';
import type { CreatedWorkshop } from '../workshops/workshop-service.js';

/** Where links should point: the address the browser used to reach us. */
function originOf(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

/**
 * The answer to making a workshop, whether created fresh or imported from a record: its code,
 * the facilitator's key, and the three links, on the address the browser used to reach us.
 */
export function workshopCreatedResponse(req: Request, created: CreatedWorkshop): CreateWorkshopResponse {
  const { state, facilitatorToken, projectorToken } = created;
  const origin = originOf(req);
  return {
    code: state.code,
    facilitatorToken,
    links: {
      facilitator: origin + viewPaths.facilitator(state.code, facilitatorToken),
      join: origin + viewPaths.join(state.code),
      projector: origin + viewPaths.projector(state.code, projectorToken),
    },
  };
}
