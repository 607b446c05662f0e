import { randomBytes } from 'node:crypto';
import { Decoder, Encoder, PacketType, type Packet } from 'socket.io-parser';

/**
 * A value already written as JSON, to be sent as it is. A board of 1,000 cards is ~300 kB of
 * JSON: fifty screens opening it at once cost fifty `JSON.stringify` of the same state, one
 * after the other on the one thread, unless it is written once and reused.
 */
export class PreEncodedJson<T> {
  /** Only for the type: what the JSON reads back as. */
  declare readonly decodesTo: T;

  constructor(readonly json: string) {}

  static of<T>(value: T): PreEncodedJson<T> {
    return new PreEncodedJson<T>(JSON.stringify(value));
  }

  /**
   * Stands in for the value in a message typed for the value itself: socket.io's event map
   * types acknowledgements by what the client reads, and the client reads the value. Only the
   * encoder below may see it, and it writes `json` in its place.
   */
  asSent(): T {
    return this as unknown as T;
  }
}

// Unguessable, so no text a client sends can be mistaken for a placeholder.
const NONCE = randomBytes(12).toString('hex');

/**
 * socket.io's encoder, except that a `PreEncodedJson` inside an acknowledgement is written as
 * its JSON. Everything else is encoded exactly as socket.io does (same wire format, any
 * socket.io client reads it). Only acknowledgements are looked through, as that is where a
 * snapshot travels: broadcasts keep socket.io's own encoder, with no replacer to slow them.
 * An acknowledgement holding binary data would be copied by socket.io before the replacer sees
 * it, losing the class: none does (the protocol is JSON throughout), and none may hold both.
 */
class PreEncodingEncoder {
  private readonly plain = new Encoder();
  /** The JSON of each `PreEncodedJson` met in the packet being encoded, in order. */
  private found: string[] = [];
  private readonly splicing = new Encoder((_key: string, value: unknown) => {
    if (!(value instanceof PreEncodedJson)) return value;
    this.found.push(value.json);
    return placeholder(this.found.length - 1);
  });

  encode(packet: Packet): Array<string | Buffer> {
    if (packet.type !== PacketType.ACK) return this.plain.encode(packet) as Array<string | Buffer>;
    this.found = [];
    const encoded = this.splicing.encode(packet) as Array<string | Buffer>;
    const found = this.found;
    if (found.length === 0) return encoded;
    const [head, ...attachments] = encoded;
    if (typeof head !== 'string') throw new Error('socket.io encoded an acknowledgement without its text');
    // A function as replacement, so `$` in the JSON is never read as a pattern.
    const text = found.reduce((out, json, i) => out.replace(JSON.stringify(placeholder(i)), () => json), head);
    return [text, ...attachments];
  }
}

function placeholder(index: number): string {
  return `pre-encoded:${NONCE}:${index}`;
}

/** The parser to give socket.io's `Server` (its `parser` option). */
export const preEncodingParser = { Encoder: PreEncodingEncoder, Decoder };
