/**
 * The worker-thread entry that the pool (`pool.ts`) loads from `dist/batch/worker.js`:
 * piscina calls the default export once per input.
 */
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
  const clock = task.clock ? new Int32Array(task.clock) : null;
  // The time limit starts once the page is read and decompressed, with its decompressed size: it
  // counts cleaning only, and a thread ended at the limit is never inside zlib (Node aborts the
  // whole process when a thread is terminated while a zlib handle is being set up: "close
  // before init", node_zlib.cc; seen with --timeout-ms 1 on .html.gz pages).
  return runCleanTask(task, (bytes) => {
    if (!clock || task.clockBase === undefined) return;
    Atomics.store(clock, CLOCK_KIB, Math.min(Math.ceil(bytes / 1024), 0x7fffffff));
    Atomics.store(clock, CLOCK_STARTED, Math.max(1, Date.now() - task.clockBase));
  });
}
