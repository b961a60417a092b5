/**
 * Field extraction shared by the text and HTML paths: dateline, source (wire agency or
 * credited origin) and byline, and their removal from the body.
 *
 * PLACEHOLDER until the field layer of issue 5 lands: returns the paragraphs unchanged.
 */
import type { Dateline, Decision } from '../types.js';

/** Input of {@link extractFields}. */
export interface FieldsInput {
  /**
   * Candidate article paragraphs in reading order. The first ones may be a kicker,
   * headline, byline or publication-date line; the last ones may be credit lines
   * (`(con fonte AdnKronos)`, `Quelle: dpa`).
   */
  paragraphs: string[];
  /** Blocks just before the article region (bylines, "Par X avec AFP"), nearest last. */
  leading?: string[];
  /** Blocks just after the article region, searched for closing credit lines only. */
  trailing?: string[];
  /** `YYYY-MM-DD` used to resolve partial dates. */
  referenceDate?: string;
  /** ISO 639-1 hint. */
  language?: string;
}

/** Output of {@link extractFields}. */
export interface FieldsResult {
  dateline: Dateline | null;
  source: string | null;
  byline: string | null;
  /** The body paragraphs: dateline cut from the first, credit and byline lines removed. */
  body: string[];
  /** What was removed and why (for `--explain`). */
  decisions: Decision[];
}

/** Finds dateline, source and byline in an article's paragraphs and removes them from the body. */
export function extractFields(input: FieldsInput): FieldsResult {
  return { dateline: null, source: null, byline: null, body: [...input.paragraphs], decisions: [] };
}
