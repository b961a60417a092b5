/**
 * The worker-thread entry that the pool (`pool.ts`) loads from `dist/batch/worker.js`:
 * piscina calls the default export once per input.
 */
import { runCleanTask } from './task.js';

export default runCleanTask;
