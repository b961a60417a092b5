/**
 * Shared test helpers: paths, the record schema validator, and a runner for the real binary.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';

/** The hand-checked answer of a fixture page (`NAME.json` beside `NAME.txt` under `fixtures/`). */
export interface PageGold {
  headline: string;
  dateline: { text: string; location: string | null; date: string | null } | null;
  byline: string | null;
  body: string;
  source: string | null;
  language: string;
  /** Boilerplate lines the record must not keep. */
  removed_must_include: string[];
}

/** Repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The shared benchmark and fixture folder beside the repository. */
export const SHARED = resolve(ROOT, '../shared');
/**
 * True when `../shared` is there (every developer's and CI's checkout has it). Tests that read
 * benchmark pages or the dateline cases skip, saying so, without it.
 */
export const HAS_SHARED = existsSync(resolve(SHARED, 'bench')) && existsSync(resolve(SHARED, 'fixtures'));
/** The built command. */
export const BIN = resolve(ROOT, 'bin/newsclean.cjs');

const ajv = new Ajv({ allErrors: true });
const validate = ajv.compile(JSON.parse(readFileSync(resolve(ROOT, 'schema/record.schema.json'), 'utf8')));

/** Schema errors of a record as readable text; '' when the record is valid. */
export function schemaErrors(record: unknown): string {
  return validate(record) ? '' : ajv.errorsText(validate.errors);
}

/** Output of one run of the binary. */
export interface CliRun {
  stdout: string;
  stderr: string;
  code: number | null;
}

/**
 * Runs `newsclean` with arguments, optional stdin and extra environment.
 * NO_COLOR and FORCE_COLOR are cleared unless given, so output does not depend on the caller.
 */
export function runCli(args: string[], opts: { input?: string | Buffer; env?: Record<string, string>; cwd?: string } = {}): CliRun {
  const env = { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...opts.env };
  if (!opts.env?.NO_COLOR) delete env.NO_COLOR;
  if (!opts.env?.FORCE_COLOR) delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: opts.input ?? '',
    env,
    cwd: opts.cwd ?? ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}
