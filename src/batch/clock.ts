/**
 * The slots of a task's shared clock (`CleanTask.clock`, an `Int32Array` over shared memory),
 * written by the worker and read by the pool's time limit. Kept apart so that the main thread
 * does not load the cleaning code with them.
 */

/** When the worker started cleaning, in ms since the pool's `clockBase` (0 until then). */
export const CLOCK_STARTED = 0;
/** The page's size in KiB once read and decompressed, stored with {@link CLOCK_STARTED} (0 until then). */
export const CLOCK_KIB = 1;
/** Slots in all. */
export const CLOCK_SLOTS = 2;
