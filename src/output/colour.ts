/**
 * Colour decisions, per stream. chalk does not honour `NO_COLOR` by itself (STYLE.md), so
 * the level is decided here: `--no-color` or a non-empty `NO_COLOR` → none; else
 * `FORCE_COLOR` (0–3, or empty = 1) → that level; else colour only on a terminal.
 */
/** The colour level for a stream: 0 none, 1 basic, 2 256 colours, 3 true colour. */
export function colourLevel(stream: { isTTY?: boolean }, opts: { color?: boolean } = {}, env: NodeJS.ProcessEnv = process.env): 0 | 1 | 2 | 3 {
  if (opts.color === false) return 0;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '' || force === 'true') return 1;
    const n = Number(force);
    return n >= 0 && n <= 3 ? (n as 0 | 1 | 2 | 3) : 1;
  }
  return stream.isTTY ? 1 : 0;
}
