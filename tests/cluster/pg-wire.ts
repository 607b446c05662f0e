import crypto from 'node:crypto';
import net from 'node:net';

/**
 * Just enough of PostgreSQL's wire protocol (v3, simple queries, no TLS) for the test setup to
 * tell whether a server answers and to create and drop a database per test file. It lives here,
 * not as a `pg` dependency of the tests, so the tests' packages stay apart from the server's.
 * Speaks trust, password, md5 and SCRAM-SHA-256 authentication.
 */
export interface PgSession {
  /** Runs one statement; resolves to its rows as text (NULL as null), rejects with the server's error. */
  query(sql: string): Promise<(string | null)[][]>;
  close(): void;
}

/** Refusals the server sent, with PostgreSQL's SQLSTATE (`3D000`: no such database). */
export class PgError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

interface Message {
  type: string;
  body: Buffer;
}

const PROTOCOL_3_0 = 196608;

function frame(type: string, body: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeInt32BE(body.length + 4);
  return Buffer.concat([Buffer.from(type, 'latin1'), length, body]);
}

const cstring = (text: string): Buffer => Buffer.from(`${text}\0`, 'utf8');

function errorOf(body: Buffer): PgError {
  const fields = new Map<string, string>();
  let at = 0;
  while (at < body.length && body[at] !== 0) {
    const end = body.indexOf(0, at + 1);
    fields.set(String.fromCharCode(body[at] ?? 0), body.toString('utf8', at + 1, end));
    at = end + 1;
  }
  return new PgError(fields.get('M') ?? 'PostgreSQL refused', fields.get('C') ?? '');
}

/** Reads whole messages off the socket, one at a time, in order. */
class Reader {
  private buffer = Buffer.alloc(0);
  private waiting: { resolve: (message: Message) => void; reject: (error: Error) => void } | undefined;
  private failure: Error | undefined;

  constructor(private readonly socket: net.Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.deliver();
    });
    socket.on('error', (error) => this.fail(error));
    socket.on('close', () => this.fail(new Error('the server closed the connection')));
  }

  next(): Promise<Message> {
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.deliver();
      if (this.waiting && this.failure) {
        this.waiting = undefined;
        reject(this.failure);
      }
    });
  }

  private deliver(): void {
    if (!this.waiting || this.buffer.length < 5) return;
    const type = String.fromCharCode(this.buffer[0] ?? 0);
    if (!/[A-Za-z]/.test(type)) {
      this.fail(new Error('the answer is not PostgreSQL’s protocol'));
      this.socket.destroy();
      return;
    }
    const length = this.buffer.readInt32BE(1);
    if (this.buffer.length < length + 1) return;
    const body = this.buffer.subarray(5, length + 1);
    this.buffer = this.buffer.subarray(length + 1);
    const { resolve } = this.waiting;
    this.waiting = undefined;
    resolve({ type, body });
  }

  private fail(error: Error): void {
    this.failure ??= error;
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.reject(this.failure);
  }
}

function md5Password(user: string, password: string, salt: Buffer): string {
  const md5 = (data: Buffer | string): string => crypto.createHash('md5').update(data).digest('hex');
  return `md5${md5(Buffer.concat([Buffer.from(md5(password + user)), salt]))}`;
}

/** RFC 5802 without channel binding: what PostgreSQL asks of a client on a plain connection. */
async function scram(password: string, send: (body: Buffer) => void, reader: Reader): Promise<void> {
  const clientNonce = crypto.randomBytes(18).toString('base64');
  const clientFirstBare = `n=*,r=${clientNonce}`;
  const initial = Buffer.from(`n,,${clientFirstBare}`);
  const length = Buffer.alloc(4);
  length.writeInt32BE(initial.length);
  send(Buffer.concat([cstring('SCRAM-SHA-256'), length, initial]));

  const serverFirst = await expectAuth(reader, 11);
  const fields = new Map(serverFirst.split(',').map((part) => [part.slice(0, 1), part.slice(2)]));
  const nonce = fields.get('r') ?? '';
  if (!nonce.startsWith(clientNonce)) throw new Error('SCRAM: the server’s nonce does not extend ours');
  const salt = Buffer.from(fields.get('s') ?? '', 'base64');
  const salted = crypto.pbkdf2Sync(password, salt, Number(fields.get('i')), 32, 'sha256');
  const hmac = (key: Buffer, text: string): Buffer => crypto.createHmac('sha256', key).update(text).digest();
  const clientKey = hmac(salted, 'Client Key');
  const storedKey = crypto.createHash('sha256').update(clientKey).digest();
  const finalWithoutProof = `c=biws,r=${nonce}`;
  const authMessage = `${clientFirstBare},${serverFirst},${finalWithoutProof}`;
  const signature = hmac(storedKey, authMessage);
  const proof = Buffer.from(clientKey.map((byte, i) => byte ^ (signature[i] ?? 0)));
  send(Buffer.from(`${finalWithoutProof},p=${proof.toString('base64')}`));
  await expectAuth(reader, 12);
}

async function expectAuth(reader: Reader, code: number): Promise<string> {
  const message = await reader.next();
  if (message.type === 'E') throw errorOf(message.body);
  if (message.type !== 'R' || message.body.readInt32BE(0) !== code) throw new Error('SCRAM: unexpected answer');
  return message.body.toString('utf8', 4);
}

/** Opens a session with the user, password and database a `postgres://` URL names. */
export async function connectPg(url: string, timeoutMs = 3000): Promise<PgSession> {
  const parsed = new URL(url);
  const user = decodeURIComponent(parsed.username) || 'postgres';
  const password = decodeURIComponent(parsed.password);
  const database = decodeURIComponent(parsed.pathname.slice(1)) || user;
  const socket = net.connect({ host: parsed.hostname.replace(/^\[|\]$/g, ''), port: Number(parsed.port || 5432) });
  const reader = new Reader(socket);
  socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`no answer within ${timeoutMs} ms`)));
  const send = (type: string, body: Buffer): void => void socket.write(frame(type, body));

  try {
    const version = Buffer.alloc(4);
    version.writeInt32BE(PROTOCOL_3_0);
    const params = Buffer.concat([cstring('user'), cstring(user), cstring('database'), cstring(database)]);
    const startup = Buffer.concat([version, params, Buffer.from([0])]);
    const length = Buffer.alloc(4);
    length.writeInt32BE(startup.length + 4);
    socket.write(Buffer.concat([length, startup]));

    for (;;) {
      const message = await reader.next();
      if (message.type === 'E') throw errorOf(message.body);
      if (message.type === 'Z') break;
      if (message.type !== 'R') continue; // ParameterStatus, BackendKeyData, notices
      const code = message.body.readInt32BE(0);
      if (code === 0) continue;
      if (code === 3) send('p', cstring(password));
      else if (code === 5) send('p', cstring(md5Password(user, password, message.body.subarray(4, 8))));
      else if (code === 10) await scram(password, (body) => send('p', body), reader);
      else throw new Error(`PostgreSQL asks for an authentication this helper does not speak (${code})`);
    }
  } catch (error) {
    socket.destroy();
    throw error;
  }
  socket.setTimeout(0);

  return {
    async query(sql) {
      send('Q', cstring(sql));
      const rows: (string | null)[][] = [];
      let failure: PgError | undefined;
      for (;;) {
        const { type, body } = await reader.next();
        if (type === 'E') failure = errorOf(body);
        else if (type === 'D') rows.push(readRow(body));
        else if (type === 'Z') break;
      }
      if (failure) throw failure;
      return rows;
    },
    close() {
      if (!socket.destroyed) socket.end(frame('X', Buffer.alloc(0)));
    },
  };
}

function readRow(body: Buffer): (string | null)[] {
  const row: (string | null)[] = [];
  let at = 2;
  for (let column = body.readInt16BE(0); column > 0; column--) {
    const length = body.readInt32BE(at);
    at += 4;
    row.push(length < 0 ? null : body.toString('utf8', at, at + length));
    at += Math.max(length, 0);
  }
  return row;
}
