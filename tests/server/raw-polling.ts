/**
 * A socket.io client written by hand over engine.io's HTTP long-polling (protocol 4), with
 * plain fetch. Tests use it where socket.io-client cannot go: to send an Origin header over
 * polling, and to be a laptop that shuts its lid: it stops polling and never answers a ping.
 */

/** engine.io puts several packets in one polling answer, separated by this record separator. */
const SEPARATOR = '\x1e';

export interface RawPollingClient {
  /** Sends an event with an acknowledgement and waits for the answer, answering pings meanwhile. */
  emitWithAck(event: string, payload: unknown): Promise<unknown>;
  /** From now on this client is silent: no poll, no pong, no goodbye. */
  goSilent(): void;
}

/** The handshake alone: the HTTP status the server answers, with the given headers. */
export async function pollingHandshake(url: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/socket.io/?EIO=4&transport=polling`, { headers });
}

/** Opens an engine.io session and connects to socket.io's main namespace. */
export async function connectRawPolling(url: string): Promise<RawPollingClient> {
  const opened = await (await pollingHandshake(url)).text();
  if (!opened.startsWith('0')) throw new Error(`unexpected engine.io handshake: ${opened}`);
  const { sid } = JSON.parse(opened.slice(1)) as { sid: string };
  const endpoint = `${url}/socket.io/?EIO=4&transport=polling&sid=${encodeURIComponent(sid)}`;
  let silent = false;
  let nextAckId = 0;

  const post = async (packet: string): Promise<void> => {
    const res = await fetch(endpoint, { method: 'POST', body: packet });
    if (!res.ok) throw new Error(`engine.io POST answered ${res.status}`);
  };

  /** Polls until a packet matches, answering every ping on the way. */
  const pollUntil = async (wanted: (packet: string) => boolean): Promise<string> => {
    for (;;) {
      if (silent) throw new Error('this client has gone silent');
      const packets = (await (await fetch(endpoint)).text()).split(SEPARATOR);
      for (const packet of packets) {
        if (packet === '2') await post('3');
        else if (wanted(packet)) return packet;
      }
    }
  };

  await post('40');
  await pollUntil((packet) => packet.startsWith('40'));

  return {
    async emitWithAck(event, payload) {
      const ackId = nextAckId++;
      await post(`42${ackId}${JSON.stringify([event, payload])}`);
      const answer = await pollUntil((packet) => packet.startsWith(`43${ackId}[`));
      const [result] = JSON.parse(answer.slice(`43${ackId}`.length)) as [unknown];
      return result;
    },
    goSilent() {
      silent = true;
    },
  };
}
