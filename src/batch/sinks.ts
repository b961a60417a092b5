/**
 * Where records go: JSON Lines on a stream (standard output or `-o FILE`), or one file per
 * input under `--out-dir`. Both wait for the destination to take each record (back-pressure).
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import type { InputItem } from '../input/item.js';
import { guardedWriter } from '../output/writer.js';
import { outputPath, writeFileAtomic } from './outdir.js';

/** A destination for record texts. */
export interface Sink {
  /**
   * Writes one input's record text.
   * @throws the destination's error (a stream error ends the run; a file error fails that input)
   */
  write(item: InputItem, text: string): Promise<void>;
  /** Flushes and closes the destination (not standard output). */
  close(): Promise<void>;
  /** True for `--out-dir`, whose write errors fail one input, not the run. */
  readonly perInput: boolean;
}

/**
 * JSON Lines on a stream.
 * @param file `-o FILE`, or undefined for `stdout`
 * @param append add to FILE instead of replacing it (when it is also the `--resume` file)
 * @param array write the records as one JSON array (`--array`)
 */
export async function lineSink(file: string | undefined, stdout: NodeJS.WritableStream, append: boolean, array = false): Promise<Sink> {
  const stream = file ? createWriteStream(file, { flags: append ? 'a' : 'w' }) : stdout;
  if (file) await once(stream, 'open');
  const writer = guardedWriter(stream, stream !== stdout);
  let first = true;
  const put = (text: string): Promise<void> => writer.write(text);
  return {
    perInput: false,
    async write(_item, text) {
      if (!text) return;
      // --array: the same JSON lines, between brackets and separated by commas.
      const piece = array ? `${first ? '[\n' : ',\n'}${text.trimEnd()}` : text;
      first = false;
      await put(piece);
    },
    async close() {
      if (array) await put(first ? '[]\n' : '\n]\n');
      await writer.end();
    },
  };
}

/**
 * One file per input under a directory.
 * @param outDir `--out-dir`, created by the caller
 * @param extension file extension of the output format
 */
export function dirSink(outDir: string, extension = '.json'): Sink {
  // Output paths of this run, as 52-bit hashes (about 40 bytes each in a Set): two inputs whose
  // keys map to one file (`a/p` and `b/p` given as arguments, a repeated `--ndjson-in` id) must
  // not overwrite each other's record.
  const written = new Set<number>();
  return {
    perInput: true,
    async write(item, text) {
      if (!text) return;
      const path = outputPath(outDir, item.key, extension);
      if ('file' in item.content && resolve(item.content.file) === resolve(path)) {
        throw new Error(`its output ${path} is the input itself; not overwritten`);
      }
      const hash = pathHash(path);
      if (written.has(hash)) throw new Error(`its output ${path} holds the record of an earlier input of this run (the same name); not overwritten`);
      written.add(hash);
      try {
        await writeFileAtomic(path, text);
      } catch (err) {
        throw new Error(`cannot write its output ${path}: ${(err as Error).message}`);
      }
    },
    async close() {},
  };
}

/** 52 bits of a path's SHA-1, as a number (exact in a double): a false match is about n² / 2^53. */
function pathHash(path: string): number {
  const digest = createHash('sha1').update(path).digest();
  return digest.readUIntBE(0, 6) * 16 + (digest[6]! >> 4);
}
