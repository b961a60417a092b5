/**
 * What a person watching the run sees on standard error: a progress bar (cli-progress) with
 * done/total when the total is known, pages per second, errors and the time left; and the
 * per-input error lines, printed above the bar. Without a bar (standard error not a terminal,
 * or `--quiet`) only the error lines are written.
 */
import type { GenericFormatter, MultiBar, Options, SingleBar } from 'cli-progress';

/** Counts shown by the bar. */
export interface ProgressCounts {
  /** Inputs finished: records, errors and skipped ones. */
  done: number;
  errors: number;
  /** Inputs skipped by `--resume`. */
  skipped: number;
}

/** The progress display of a run. */
export interface Progress {
  /** Sets the number of inputs expected, or null when it is not known. */
  setTotal(total: number | null): void;
  update(counts: ProgressCounts): void;
  /** Writes one message line (ending in a newline) to standard error. */
  log(line: string): void;
  /** Removes the bar. */
  stop(): void;
}

/**
 * Creates the display.
 * @param stream standard error
 * @param showBar draw the bar (the caller decides: a terminal, and not `--quiet`)
 */
export async function createProgress(stream: NodeJS.WritableStream, showBar: boolean): Promise<Progress> {
  if (!showBar) {
    return { setTotal() {}, update() {}, log: (line) => void stream.write(line), stop() {} };
  }
  const { MultiBar } = await import('cli-progress');
  const options: Options = { stream, format: formatBar, fps: 5, hideCursor: null, clearOnComplete: true, linewrap: false, barsize: 24 };
  const multi: MultiBar = new MultiBar(options);
  let totalKnown = false;
  let counts: ProgressCounts = { done: 0, errors: 0, skipped: 0 };
  const bar: SingleBar = multi.create(1, 0, { counts, totalKnown });
  return {
    setTotal(total) {
      totalKnown = total !== null;
      if (total !== null) bar.setTotal(Math.max(total, 1));
      bar.update(counts.done, { counts, totalKnown });
    },
    update(next) {
      counts = next;
      if (totalKnown && next.done > bar.getTotal()) totalKnown = false; // the count was a guess (a WARC without its extension)
      bar.update(next.done, { counts, totalKnown });
    },
    log: (line) => multi.log(line),
    stop: () => multi.stop(),
  };
}

/** `[=====-----] 1200/10000 inputs | 85 pages/s | 3 errors | ETA 1m43s`, or without bar and ETA when the total is unknown. */
const formatBar: GenericFormatter = (options, params, payload: { counts: ProgressCounts; totalKnown: boolean }) => {
  const { counts, totalKnown } = payload;
  const seconds = Math.max((Date.now() - params.startTime) / 1000, 0.001);
  const rate = (counts.done - counts.skipped) / seconds;
  const parts: string[] = [];
  if (totalKnown) {
    const width = options.barsize ?? 24;
    const filled = Math.round(Math.min(1, params.progress) * width);
    parts.push(`[${'='.repeat(filled)}${'-'.repeat(width - filled)}] ${counts.done}/${params.total} inputs`);
  } else {
    parts.push(`${counts.done} inputs`);
  }
  parts.push(`${rate >= 10 ? Math.round(rate) : rate.toFixed(1)} pages/s`, `${counts.errors} errors`);
  if (counts.skipped) parts.push(`${counts.skipped} skipped`);
  if (totalKnown && rate > 0) parts.push(`ETA ${duration((params.total - counts.done) / rate)}`);
  else parts.push(duration(seconds));
  return parts.join(' | ');
};

/**
 * A duration for a person: `42s`, `3m05s`, `2h07m`.
 * @param seconds non-negative
 */
export function duration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
