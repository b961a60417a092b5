/** The value type that flows from the metadata sources to `precedence.ts`. */

/** Fields the metadata layer fills. */
export type MetaField = 'headline' | 'byline' | 'date_published' | 'site_name' | 'url' | 'language' | 'standfirst';

/** One value for one field, with where it came from (e.g. `json-ld`, `meta:og:title`, `h1`). */
export interface Candidate {
  field: MetaField;
  value: string;
  source: string;
}
