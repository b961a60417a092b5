#!/usr/bin/env node
// Build step: copies word lists of two packages into compact files under dist/, so that a run
// reads a small file instead of loading (compiling) a large package at every start:
// - dist/stopwords/<iso3>.json: the `stopword` package's lists (fergiemcdowall/stopword, keyed by
//   ISO 639-3), one small file a language, instead of a 1.6 MB bundle;
// - dist/first-names.txt: the first names of `gender-detection-from-name` (en/de/fr/es/it/tr),
//   one per line, lower-case, sorted, searched as bytes instead of building six 100,000-entry maps.
// The code falls back to the packages themselves when these files are missing (running from sources).
import { createRequire } from 'node:module';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
mkdirSync(DIST, { recursive: true });

const lists = require('stopword');
mkdirSync(join(DIST, 'stopwords'), { recursive: true });
for (const [key, value] of Object.entries(lists)) {
  if (Array.isArray(value) && /^[a-z]{3}$/.test(key)) writeFileSync(join(DIST, 'stopwords', `${key}.json`), JSON.stringify(value));
}

const namesDir = join(dirname(require.resolve('gender-detection-from-name')), 'names');
const names = new Set();
for (const file of readdirSync(namesDir).filter((f) => f.endsWith('.js'))) {
  for (const key of require(join(namesDir, file)).keys()) names.add(String(key).toLowerCase());
}
writeFileSync(join(DIST, 'first-names.txt'), `\n${[...names].sort().join('\n')}\n`);
