import net from 'node:net';

/** A reply as RESP2 carries it: `+OK`, an integer, a bulk string (or null), an array of replies. */
export type RedisReply = string | number | null | RedisReply[];

export class RedisError extends Error {}

/** One value off the front of `buffer`, or undefined while it has not all arrived. */
function parse(buffer: Buffer, at: number): { value: RedisReply | RedisError; end: number } | undefined {
  if (at >= buffer.length) return undefined;
  const kind = String.fromCharCode(buffer[at] ?? 0);
  if (!'+-:$*'.includes(kind)) throw new Error('the answer is not Redis’s protocol');
  const lineEnd = buffer.indexOf('\r\n', at);
  if (lineEnd < 0) return undefined;
  const line = buffer.toString('utf8', at + 1, lineEnd);
  const next = lineEnd + 2;
  if (kind === '+') return { value: line, end: next };
  if (kind === '-') return { value: new RedisError(line), end: next };
  if (kind === ':') return { value: Number(line), end: next };
  if (kind === '$') {
    const length = Number(line);
    if (length < 0) return { value: null, end: next };
    if (buffer.length < next + length + 2) return undefined;
    return { value: buffer.toString('utf8', next, next + length), end: next + length + 2 };
  }
  if (kind === '*') {
    const items: RedisReply[] = [];
    let end = next;
    for (let count = Number(line); count > 0; count--) {
      const item = parse(buffer, end);
      if (!item) return undefined;
      if (item.value instanceof RedisError) return item;
      items.push(item.value);
      end = item.end;
    }
    return { value: items, end };
  }
  return undefined;
}

/**
 * Just enough of Redis's protocol for the test setup: authenticates and selects the database the
 * `redis://[user:password@]host:port[/db]` URL names, runs the commands in order, closes.
 */
export function redisCommands(url: string, commands: string[][], timeoutMs = 3000): Promise<RedisReply[]> {
  const parsed = new URL(url);
  const prelude: string[][] = [];
  if (parsed.password) {
    const user = decodeURIComponent(parsed.username);
    const password = decodeURIComponent(parsed.password);
    prelude.push(user ? ['AUTH', user, password] : ['AUTH', password]);
  }
  const db = parsed.pathname.slice(1);
  if (db) prelude.push(['SELECT', db]);
  const all = [...prelude, ...commands];
  const encoded = all
    .map((args) => `*${args.length}\r\n${args.map((arg) => `$${Buffer.byteLength(arg)}\r\n${arg}\r\n`).join('')}`)
    .join('');

  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: parsed.hostname.replace(/^\[|\]$/g, ''), port: Number(parsed.port || 6379) });
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    const replies: RedisReply[] = [];
    let buffer = Buffer.alloc(0);
    socket.on('connect', () => socket.write(encoded));
    socket.on('error', reject);
    socket.on('close', () => reject(new Error('the server closed the connection')));
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      try {
        for (let item = parse(buffer, 0); item; item = parse(buffer, 0)) {
          buffer = buffer.subarray(item.end);
          if (item.value instanceof RedisError) throw item.value;
          replies.push(item.value);
        }
      } catch (error) {
        socket.destroy();
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      if (replies.length === all.length) {
        socket.end();
        resolve(replies.slice(prelude.length));
      }
    });
  });
}
