/**
 * newsclean — library entry point.
 *
 * ```ts
 * import { clean } from 'newsclean';
 * const record = clean(readFileSync('page.txt'), { input: 'page.txt' });
 * record.headline; record.dateline; record.body;
 * ```
 */
import { useHtmlModule } from './clean.js';
import * as htmlPath from './html/index.js';

useHtmlModule(htmlPath);

export { clean, cleanDetailed, type CleanResult, type ExplainEntry, type ExplainLabel } from './clean.js';
export { NewscleanError, ERROR_CODES, type ErrorCode } from './errors.js';
export type { ArticleRecord, CleanOptions, Dateline, Decision, ErrorRecord, InputFormat, RecordEncoding } from './types.js';
export { isKnownEncoding } from './decode/index.js';
export { DEFAULT_MAX_BYTES } from './limits.js';
export { extractFields, type FieldsInput, type FieldsResult } from './fields/index.js';
