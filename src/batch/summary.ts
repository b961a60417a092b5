/**
 * The one-line summary at the end of a batch run, for a person (standard error, terminal only).
 */

/** What a run did. */
export interface RunStats {
  /** Records of cleaned inputs written. */
  records: number;
  /** Error records written. */
  errors: number;
  /** Inputs skipped by `--resume`. */
  skipped: number;
}

/**
 * `newsclean: 10000 inputs, 9990 records, 10 errors, 12.3 s (813 pages/s)`, with
 * `, 500 skipped` and `, interrupted` when they apply.
 * @param elapsedMs wall time of the run, in milliseconds
 * @param interrupted how the run was cut short, if it was (`Ctrl-C`, `--fail-fast`…)
 */
export function formatSummary(stats: RunStats, elapsedMs: number, interrupted?: string): string {
  const inputs = stats.records + stats.errors;
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? inputs / seconds : 0;
  const parts = [`${inputs} inputs`, `${stats.records} records`, `${stats.errors} errors`];
  if (stats.skipped) parts.push(`${stats.skipped} skipped`);
  parts.push(`${seconds.toFixed(1)} s (${rate >= 10 ? Math.round(rate) : rate.toFixed(1)} pages/s)`);
  if (interrupted) parts.push(`stopped by ${interrupted}`);
  return `newsclean: ${parts.join(', ')}\n`;
}
