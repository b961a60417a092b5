/**
 * Where records go: JSON Lines on a stream (standard output or `-o FILE`), or one file per
 * input under `--out-dir`. Both wait for the destination to take each record (back-pressure).
 */
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
  return {
    perInput: true,
    async write(item, text) {
      if (!text) return;
      const path = outputPath(outDir, item.key, extension);
      if ('file' in item.content && resolve(item.content.file) === resolve(path)) {
        throw new Error(`output ${path} is the input itself; not overwritten`);
      }
      await writeFileAtomic(path, text);
    },
    async close() {},
  };
}
