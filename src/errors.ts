/**
 * Typed errors. A bug or misuse throws; a bad input throws a `NewscleanError`
 * whose stable `code` is written into error records (`{"input", "error": {code, message}}`).
 */

/** Stable error codes used in error records and documented in the README. */
export const ERROR_CODES = {
  /** The path does not exist. */
  not_found: 'input not found',
  /** The path is a directory where a file was expected. */
  is_directory: 'input is a directory',
  /** The input could not be read (permissions, I/O error). */
  unreadable: 'input cannot be read',
  /** The input holds no text at all (zero bytes or only whitespace). */
  empty_input: 'input is empty',
  /** Binary or non-document content (image, PDF, archive, NUL-heavy data). */
  not_a_document: 'input is not a text or HTML document',
  /** The input is larger than the size limit. */
  too_large: 'input is larger than the size limit',
  /** Nothing that looks like an article was found. */
  no_article: 'no article text found',
  /** The input's own output file could not be written (`--out-dir`: a full disk, a name another input of the run already took). */
  output_failed: 'the output of this input could not be written',
  /** Cleaning took longer than the time limit. */
  timeout: 'cleaning took longer than the time limit',
  /** An unexpected internal failure while cleaning this input. */
  internal: 'internal error',
} as const;

/** One of the stable error codes. */
export type ErrorCode = keyof typeof ERROR_CODES;

/** An error about one input; `code` is stable, `message` is one human-readable line. */
export class NewscleanError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message?: string) {
    super(message ?? ERROR_CODES[code]);
    this.name = 'NewscleanError';
    this.code = code;
  }
}

/** Maps any thrown value to `{code, message}` for an error record; unknown errors become `internal`. */
export function toErrorInfo(err: unknown): { code: ErrorCode; message: string } {
  if (err instanceof NewscleanError) return { code: err.code, message: err.message };
  const message = err instanceof Error ? err.message : String(err);
  return { code: 'internal', message };
}
