/**
 * Writing record texts to a stream (standard output or `-o FILE`) so that a failing destination
 * (disk full, `/dev/full`, a removed mount) surfaces as one error the caller reports in one
 * line, never as an unhandled `'error'` event with a stack trace.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** A stream wrapped by {@link guardedWriter}. */
export interface GuardedWriter {
  /**
   * Writes text, waiting for the stream to drain when its buffer is full (back-pressure).
   * @throws the stream's first error, at this call or any later one
   */
  write(text: string): Promise<void>;
  /**
   * Ends the stream (not standard output, which the process owns) and waits until its data is
   * flushed.
   * @throws the stream's first error
   */
  end(): Promise<void>;
}

/**
 * Wraps a stream; its errors are kept, not thrown from an event.
 * @param stream the destination
 * @param owned true when the caller opened the stream (a file) and so ends it
 */
export function guardedWriter(stream: Writable | NodeJS.WritableStream, owned: boolean): GuardedWriter {
  let failure: Error | null = null;
  const onError = (err: Error): void => {
    failure ??= err;
  };
  stream.on('error', onError);
  const check = (): void => {
    // `errored` holds a failure whose 'error' event is still to come.
    failure ??= (stream as Writable).errored ?? null;
    if (failure) throw failure;
  };
  return {
    async write(text) {
      check();
      // A synchronous destination (stdout redirected to a file) may throw here rather than emit.
      let ok: boolean;
      try {
        ok = stream.write(text);
      } catch (err) {
        failure ??= err as Error;
        throw failure;
      }
      if (!ok) {
        try {
          await once(stream, 'drain');
        } catch (err) {
          failure ??= err as Error;
        }
      }
      check();
    },
    async end() {
      check();
      if (owned) {
        await new Promise<void>((done) => (stream as Writable).end((err?: Error | null) => {
          // A stream destroyed by an earlier write error reports that error, not "end after destroy".
          failure ??= (stream as Writable).errored ?? err ?? null;
          done();
        }));
        // The 'error' event may follow the end callback.
        await new Promise((done) => setImmediate(done));
      }
      check();
    },
  };
}
