/**
 * JSON-LD (schema.org) source: `NewsArticle`, `Article`, `ReportageNewsArticle`, `BlogPosting`…
 * in plain objects, arrays and `@graph`s. Article-typed nodes come first, then `WebPage`s.
 * Broken JSON (trailing commas, stray control characters, HTML comments) is repaired where
 * cheap and otherwise skipped.
 */
import { loadData } from '../../data.js';
import { parseHtml, textContent } from '../dom.js';
import type { Candidate, MetaField } from './candidate.js';

interface MetaData {
  article_types: string[];
  page_types: string[];
}
const DATA = loadData<MetaData>('html/metadata');
const ARTICLE_TYPES: ReadonlySet<string> = new Set(DATA.article_types.map((t) => t.toLowerCase()));
const PAGE_TYPES: ReadonlySet<string> = new Set(DATA.page_types.map((t) => t.toLowerCase()));
const COMMENT_WRAP = /^\s*(?:<!--|\/\/\s*<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>)\s*$/g;
const TRAILING_COMMA = /,\s*([}\]])/g;
const CONTROL = /[\u0000-\u001f]+/g;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

function parse(text: string): Json | undefined {
  const t = text.replace(COMMENT_WRAP, '').trim();
  if (!t) return undefined;
  try {
    return JSON.parse(t) as Json;
  } catch {
    try {
      return JSON.parse(t.replace(CONTROL, ' ').replace(TRAILING_COMMA, '$1')) as Json;
    } catch {
      return undefined;
    }
  }
}

const isObj = (v: Json | undefined): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function typesOf(o: Obj): string[] {
  const t = o['@type'];
  if (typeof t === 'string') return [t.toLowerCase()];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase());
  return [];
}

/** All objects of a JSON-LD value, flattening arrays and `@graph`, in document order. */
function nodes(v: Json | undefined, out: Obj[] = []): Obj[] {
  if (Array.isArray(v)) for (const x of v) nodes(x, out);
  else if (isObj(v)) {
    out.push(v);
    const g = v['@graph'];
    if (g !== undefined) nodes(g, out);
    const main = v['mainEntity'];
    if (isObj(main) || Array.isArray(main)) nodes(main, out);
  }
  return out;
}

/** An HTML character reference (`&#x00E4;`, `&amp;`, `&quot;`), which some CMSs leave in JSON-LD strings. */
const ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);/i;

/** Decodes HTML character references the way the page's text would be (htmlparser2's decoder). */
function decodeEntities(s: string): string {
  return ENTITY.test(s) ? textContent(parseHtml(`<p>${s.replace(/</g, '&lt;')}</p>`)) : s;
}

function str(v: Json | undefined): string | null {
  if (typeof v === 'string') return decodeEntities(v.trim()) || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return str(v[0]);
  if (isObj(v)) return str(v['@value'] ?? v['name']);
  return null;
}

/** Names of `author`/`creator` values: strings, Person objects, arrays of either. Organizations only when no person is named. */
function authorNames(v: Json | undefined): string[] {
  const people: string[] = [];
  const orgs: string[] = [];
  const add = (x: Json | undefined): void => {
    if (typeof x === 'string' && x.trim()) people.push(x.trim());
    else if (Array.isArray(x)) x.forEach(add);
    else if (isObj(x)) {
      const name = str(x['name']) ?? ([str(x['givenName']), str(x['familyName'])].filter(Boolean).join(' ') || null);
      if (!name) return;
      (typesOf(x).includes('organization') || typesOf(x).includes('newsmediaorganization') ? orgs : people).push(name);
    }
  };
  add(v);
  return people.length ? people : orgs;
}

function fromNode(o: Obj, source: string): Candidate[] {
  const out: Candidate[] = [];
  const add = (field: MetaField, v: string | null): void => {
    if (v) out.push({ field, value: v, source });
  };
  add('headline', str(o['headline']) ?? str(o['name']) ?? str(o['alternativeHeadline']));
  const authors = authorNames(o['author'] ?? o['creator']);
  if (authors.length) add('byline', authors.join(', '));
  add('date_published', str(o['datePublished']) ?? str(o['dateCreated']) ?? str(o['uploadDate']) ?? str(o['startDate']));
  const pub = o['publisher'] ?? o['sourceOrganization'];
  add('site_name', isObj(pub) || Array.isArray(pub) ? str(pub) : null);
  const page = o['mainEntityOfPage'];
  add('url', str(o['url']) ?? (isObj(page) ? str(page['@id']) : str(page)));
  add('language', str(o['inLanguage']));
  add('standfirst', str(o['description']));
  return out;
}

function dateModified(o: Obj, source: string): Candidate[] {
  const v = str(o['dateModified']);
  return v ? [{ field: 'date_published', value: v, source: `${source}:dateModified` }] : [];
}

/**
 * Candidates from the page's JSON-LD blocks.
 * @param scripts text of each `<script type="application/ld+json">`
 * @returns article-node candidates (source `json-ld`), then web-page ones (`json-ld:webpage`),
 *   then `dateModified` values (`json-ld:dateModified`, used only when nothing else dates the page)
 */
export function fromJsonLd(scripts: readonly string[]): Candidate[] {
  const articles: Candidate[] = [];
  const pages: Candidate[] = [];
  const modified: Candidate[] = [];
  const sites: Candidate[] = [];
  for (const s of scripts) {
    for (const o of nodes(parse(s))) {
      const types = typesOf(o);
      if (types.some((t) => ARTICLE_TYPES.has(t))) {
        articles.push(...fromNode(o, 'json-ld'));
        modified.push(...dateModified(o, 'json-ld'));
      } else if (types.some((t) => PAGE_TYPES.has(t))) {
        pages.push(...fromNode(o, 'json-ld:webpage'));
        modified.push(...dateModified(o, 'json-ld:webpage'));
      } else if (types.includes('website') || types.includes('organization') || types.includes('newsmediaorganization')) {
        const name = str(o['name']);
        if (name) sites.push({ field: 'site_name', value: name, source: `json-ld:${types[0]}` });
      }
    }
  }
  return [...articles, ...pages, ...sites, ...modified];
}
