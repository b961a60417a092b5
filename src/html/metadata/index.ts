/**
 * Metadata of an HTML page: JSON-LD, `<meta>` (OpenGraph, article:*, Twitter, Dublin Core…),
 * microdata and the document itself, merged by `precedence.ts`.
 */
import type { Document } from '../dom.js';
import { collectPage } from './collect.js';
import { fromJsonLd } from './jsonld.js';
import { fromMeta } from './meta.js';
import { fromDocument, fromMicrodata } from './page.js';
import { choose, type ChooseOptions, type Metadata } from './precedence.js';

export type { Metadata } from './precedence.js';
export type { Candidate, MetaField } from './candidate.js';

/**
 * Extracts the metadata of a parsed page. Does not modify `doc`; call before cleaning.
 * @param doc the parsed page
 * @param opts page URL and reference date (see {@link ChooseOptions})
 */
export function extractMetadata(doc: Document, opts: Omit<ChooseOptions, 'h1' | 'subheadings' | 'bylines' | 'textBylines'> = {}): Metadata & { h1: string[] } {
  const facts = collectPage(doc);
  const cands = [...fromJsonLd(facts.jsonLd), ...fromMeta(facts.meta), ...fromMicrodata(facts), ...fromDocument(facts)];
  return { ...choose(cands, { ...opts, h1: facts.h1, subheadings: facts.subheadings, bylines: facts.bylines, textBylines: facts.textBylines }), h1: facts.h1.map((h) => h.text) };
}
