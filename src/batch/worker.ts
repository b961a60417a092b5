/**
 * The worker-thread entry that the pool (`pool.ts`) loads from `dist/batch/worker.js`:
 * piscina calls the default export once per input.
 */
import { statSync } from 'node:fs';
import { clean, useHtmlModule } from '../clean.js';
import * as htmlPath from '../html/index.js';
import { prepareRender } from '../output/render.js';
import { CLOCK_KIB, CLOCK_STARTED } from './clock.js';
import { runCleanTask, type CleanTask, type TaskResult } from './task.js';

// A batch thread loads the HTML path with itself and cleans two small pages before its first
// task: the data files, the regular expressions and the code on the hot path are ready, so a
// page's time limit counts its own cleaning. Without this, a short --timeout-ms would end every
// fresh thread on its first page, and each replacement thread again.
useHtmlModule(htmlPath);
warmUp();

function warmUp(): void {
  const paragraph = '<p>The city council approved the plan on Tuesday, ending a debate that had lasted for more than a decade, the mayor said.</p>';
  const page = `<!doctype html><html lang="en"><head><title>Warm-up</title></head><body><article><h1>Warm-up page</h1>${paragraph.repeat(4)}</article></body></html>`;
  try {
    clean(page, { input: 'warm-up', referenceDate: '2024-01-01' });
    clean(page.replace(/<[^>]+>/g, '\n'), { input: 'warm-up', referenceDate: '2024-01-01', format: 'text' });
  } catch {
    // A warm-up failure only means a slower first page.
  }
}

/** Cleans one input in this thread (chalk is loaded on the first `pretty` task). */
export default async function cleanInWorker(task: CleanTask): Promise<TaskResult> {
  await prepareRender(task.render);
  // The time limit starts now: this thread is loaded and the page is about to be cleaned.
  const clock = task.clock ? new Int32Array(task.clock) : null;
  const noteSize = (bytes: number): void => {
    if (clock) Atomics.store(clock, CLOCK_KIB, Math.min(Math.ceil(bytes / 1024), 0x7fffffff));
  };
  // The size as known before reading (a file's, or compressed bytes'), noted before the start so
  // that the limit never counts reading a large page against the limit of a small one.
  noteSize(task.text?.length ?? task.bytes?.byteLength ?? (task.file !== undefined ? fileSize(task.file) : 0));
  if (clock && task.clockBase !== undefined) Atomics.store(clock, CLOCK_STARTED, Math.max(1, Date.now() - task.clockBase));
  // Then the size once decompressed.
  return runCleanTask(task, noteSize);
}

/** A file's size in bytes, 0 when it cannot be read (the task then reports why). */
function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
