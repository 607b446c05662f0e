import type { EvaluationAnswer } from '@common-ground/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { changeDoc, createWorkshop, Harness, newToken, openDoc, send, unwrap } from './helpers.js';

const harness = new Harness();
afterEach(() => harness.cleanup());

const answers = { learned: 'Listen first', rating: 4, likes: ['The pairs'], wishes: ['More time'] };

describe('a closed evaluation', () => {
  it('reads as closed, with the answers sent, after a reload and after a server restart', async () => {
    const server = await harness.startServer();
    const workshop = await createWorkshop(server, { title: 'Evaluation', template: 'training-plan' });
    const facilitator = await harness.connect(server);
    unwrap(await facilitator.resume(workshop.code, { kind: 'facilitator', token: workshop.facilitatorToken }));
    const ana = await harness.connect(server);
    const token = newToken();
    const joined = unwrap(await ana.join(workshop.code, 'Ana', { token }));
    if (joined.identity.kind !== 'participant') throw new Error('Ana joined as something else');
    const anaId = joined.identity.participantId;
    expect(joined.state.evaluation).toEqual({ open: false, showSummary: false, closed: false });

    const opened = unwrap(await send(facilitator, 'evaluation:set-open', { open: true }));
    await ana.eventsThrough(opened.seq);
    unwrap(await changeDoc(ana, 'evaluation', anaId, { answers }));
    const closed = unwrap(await send(facilitator, 'evaluation:set-open', { open: false }));
    // Every screen hears it closed, Ana's among them.
    await ana.eventsThrough(closed.seq);

    // Ana reloads: a fresh connection knows only what the server tells it.
    ana.socket.disconnect();
    const reloaded = await harness.connect(server);
    const credential = { kind: 'participant', participantId: anaId, token } as const;
    const again = unwrap(await reloaded.resume(workshop.code, credential));
    expect(again.state.evaluation).toEqual({ open: false, showSummary: false, closed: true });
    const copy = unwrap(await openDoc<EvaluationAnswer | null>(reloaded, 'evaluation', anaId));
    expect(copy).toMatchObject(answers);

    await server.close();
    const restarted = await harness.startServer(server.dbFile);
    const afterRestart = unwrap(await (await harness.connect(restarted)).resume(workshop.code, credential));
    expect(afterRestart.state.evaluation).toMatchObject({ open: false, closed: true });

    // Opened again, it is no longer closed; the form is back for changes.
    const facilitatorAgain = await harness.connect(restarted);
    unwrap(await facilitatorAgain.resume(workshop.code, { kind: 'facilitator', token: workshop.facilitatorToken }));
    unwrap(await send(facilitatorAgain, 'evaluation:set-open', { open: true }));
    const reopened = unwrap(await (await harness.connect(restarted)).resume(workshop.code, credential));
    expect(reopened.state.evaluation).toMatchObject({ open: true, closed: false });
  });
});
