/**
 * Looking at the start of a stream (standard input, a pipe) without losing it: the stream can be
 * read only once, so the bytes looked at are handed back in front of the rest.
 */

/** A stream whose first bytes have been read. */
export interface PeekedStream {
  /** At least the first `n` bytes, fewer only when the stream is shorter. */
  head: Buffer;
  /** The whole stream from its first byte, `head` included; iterate it once. */
  rest: AsyncIterable<Buffer>;
}

/**
 * Reads the first `n` bytes of a stream.
 * @param stream a byte stream (a Node readable or any async iterable of chunks)
 * @param n bytes wanted
 * @throws what the stream throws while reading its first bytes
 */
export async function peekStream(stream: AsyncIterable<Uint8Array | string>, n: number): Promise<PeekedStream> {
  const iterator = stream[Symbol.asyncIterator]();
  const chunks: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < n) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const chunk = toBuffer(next.value);
    chunks.push(chunk);
    size += chunk.length;
  }
  const head = Buffer.concat(chunks);
  async function* rest(): AsyncGenerator<Buffer> {
    if (head.length) yield head;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield toBuffer(next.value);
  }
  return { head, rest: rest() };
}

function toBuffer(chunk: Uint8Array | string): Buffer {
  return typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}
