/**
 * `--explain`: every block of the input with its decision and reason, for a person.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { ExplainEntry, ExplainLabel } from '../clean.js';
import { colourLevel } from './colour.js';

/** Characters of a block's text shown on its line. */
const PREVIEW_CHARS = 72;

const STYLE: Record<ExplainLabel, (c: ChalkInstance) => ChalkInstance> = {
  body: (c) => c.green,
  headline: (c) => c.bold.cyan,
  dateline: (c) => c.magenta,
  byline: (c) => c.magenta,
  source: (c) => c.magenta,
  boilerplate: (c) => c.dim,
};

/**
 * Renders the decisions, one line per block: label, rule, text preview, reason.
 * @param entries from `cleanDetailed`
 * @param c chalk instance (level 0 for plain text)
 */
export function renderExplain(input: string, entries: ExplainEntry[], c: ChalkInstance): string {
  const lines = [c.bold(`# ${input}: ${entries.length} decision${entries.length === 1 ? '' : 's'}`)];
  for (const e of entries) {
    const text = e.text.length > PREVIEW_CHARS ? `${e.text.slice(0, PREVIEW_CHARS - 1)}…` : e.text;
    const style = STYLE[e.label](c);
    lines.push(`${style(e.label.padEnd(11))} ${c.yellow(e.rule.padEnd(14))} ${style(text)}  ${c.dim(`(${e.reason})`)}`);
  }
  return lines.join('\n') + '\n';
}

/**
 * A chalk instance for a stream, at the level {@link colourLevel} decides (this module loads
 * chalk; it is itself loaded only for `--explain`).
 */
export function chalkFor(stream: { isTTY?: boolean }, opts: { color?: boolean } = {}, env: NodeJS.ProcessEnv = process.env): ChalkInstance {
  return new Chalk({ level: colourLevel(stream, opts, env) });
}
