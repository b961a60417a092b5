/**
 * The worker-thread entry that the pool (`pool.ts`) loads from `dist/batch/worker.js`:
 * piscina calls the default export once per input.
 */
import { prepareRender } from '../output/render.js';
import { runCleanTask, type CleanTask, type TaskResult } from './task.js';

/** Cleans one input in this thread (chalk is loaded on the first `pretty` task). */
export default async function cleanInWorker(task: CleanTask): Promise<TaskResult> {
  await prepareRender(task.render);
  return runCleanTask(task);
}
