/**
 * Class/id hints: splitting `class`/`id` values into tokens and matching them against the
 * boilerplate word lists of `data/html/boilerplate.json`.
 */
import { loadData } from '../data.js';
import type { Element } from './dom.js';

interface BoilerplateData {
  _note: string;
  tags: string[];
  roles: string[];
  tokens: string[];
  pairs: string[];
  keep_share: number;
  strong_tokens: string[];
  hidden_style: string;
}
const DATA = loadData<BoilerplateData>('html/boilerplate');
const TAGS: ReadonlySet<string> = new Set(DATA.tags);
const ROLES: ReadonlySet<string> = new Set(DATA.roles);
const TOKENS: ReadonlySet<string> = new Set(DATA.tokens);
const STRONG_TOKENS: ReadonlySet<string> = new Set(DATA.strong_tokens);
const PAIRS: readonly string[] = DATA.pairs.map((p) => ` ${p} `);
/** Share of the page's prose above which a hinted container is kept (see the data file). */
export const KEEP_SHARE: number = DATA.keep_share;
const HIDDEN_STYLE = new RegExp(DATA.hidden_style, 'i');

/**
 * Splits a class/id value into lower-case tokens: `relatedArticles share-bar` → `related articles share bar`.
 * @returns the tokens, in order, never empty strings
 */
export function hintTokens(value: string): string[] {
  const out: string[] = [];
  let start = -1;
  let prevLower = false;
  for (let i = 0; i <= value.length; i++) {
    const c = i < value.length ? value.charCodeAt(i) : 32;
    const lower = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    const upper = c >= 65 && c <= 90;
    // A token ends at a non-alphanumeric character and before a capital that follows a lower-case letter (camelCase).
    if (start >= 0 && (!(lower || upper) || (upper && prevLower))) {
      out.push(value.slice(start, i).toLowerCase());
      start = -1;
    }
    if ((lower || upper) && start < 0) start = i;
    prevLower = lower && c >= 97;
  }
  return out;
}

const NO_TOKENS: readonly string[] = [];
/** Tokens per element, shared by the metadata walk and the cleaner (elements are not re-classed). */
const tokenCache = new WeakMap<Element, readonly string[]>();

/** `class` and `id` of an element as tokens (see {@link hintTokens}); cached per element. */
export function elementTokens(el: Element): readonly string[] {
  const c = el.attribs['class'];
  const i = el.attribs['id'];
  if (!c && !i) return NO_TOKENS;
  let t = tokenCache.get(el);
  if (!t) {
    t = hintTokens(i ? `${c ?? ''} ${i}` : (c as string));
    tokenCache.set(el, t);
  }
  return t;
}

/** Why an element is a boilerplate container; `strong` hints (tags, roles, footers, comments, menus) need more to be overruled. */
export interface BoilerplateHint {
  /** Rule name, e.g. `tag:nav`, `role:navigation`, `class:share`, `class:read more`. */
  rule: string;
  strong: boolean;
}

/**
 * Why an element is a boilerplate container, or `null` when it is not one.
 * Looks at the tag (`nav`, `aside`, `footer`…), the ARIA role and class/id tokens.
 */
export function boilerplateReason(el: Element): BoilerplateHint | null {
  if (TAGS.has(el.name)) return { rule: `tag:${el.name}`, strong: true };
  const role = el.attribs['role'];
  if (role && ROLES.has(role.toLowerCase())) return { rule: `role:${role}`, strong: true };
  const toks = elementTokens(el);
  if (toks.length === 0) return null;
  let weak: BoilerplateHint | null = null;
  for (const t of toks) {
    if (STRONG_TOKENS.has(t)) return { rule: `class:${t}`, strong: true };
    if (!weak && TOKENS.has(t)) weak = { rule: `class:${t}`, strong: false };
  }
  if (weak || toks.length < 2) return weak;
  const joined = ` ${toks.join(' ')} `;
  for (const p of PAIRS) if (joined.includes(p)) return { rule: `class:${p.trim()}`, strong: false };
  return null;
}

/** True when the element is hidden by the `hidden` attribute, `aria-hidden="true"` or an inline `display:none`. */
export function isHidden(el: Element): boolean {
  return el.attribs['aria-hidden'] === 'true' || isOutOfSight(el);
}

/**
 * True when a sighted reader does not see the element: the `hidden` attribute or an inline
 * `display:none`. Unlike {@link isHidden}, `aria-hidden="true"` does not count: it hides an element
 * from assistive technology only, and headings use it for printed separators (`<span aria-hidden="true"> – </span>`).
 */
export function isOutOfSight(el: Element): boolean {
  const a = el.attribs;
  if (a['hidden'] !== undefined) return true;
  const style = a['style'];
  return style !== undefined && HIDDEN_STYLE.test(style);
}
