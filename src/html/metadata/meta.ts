/**
 * `<meta>` source: OpenGraph, `article:*`, Twitter cards, Dublin Core, `<meta name=author|date|…>`
 * and publisher-specific names, read in the precedence order of `data/html/metadata.json`.
 */
import { loadData } from '../../data.js';
import type { Candidate, MetaField } from './candidate.js';

interface MetaData {
  meta: Record<MetaField, string[]>;
}
const KEYS = loadData<MetaData>('html/metadata').meta;
const FIELDS = Object.keys(KEYS) as MetaField[];

/**
 * Candidates from `<meta>` tags.
 * @param meta lower-cased key → contents (see `collect.ts`)
 * @returns candidates in precedence order per field, source `meta:<key>`
 */
export function fromMeta(meta: ReadonlyMap<string, readonly string[]>): Candidate[] {
  const out: Candidate[] = [];
  for (const field of FIELDS) {
    for (const key of KEYS[field]) {
      for (const value of meta.get(key) ?? []) out.push({ field, value, source: `meta:${key}` });
    }
  }
  return out;
}
