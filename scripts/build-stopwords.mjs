#!/usr/bin/env node
// Build step: copies the stop-word lists of the `stopword` package (fergiemcdowall/stopword,
// keyed by ISO 639-3) into one JSON file, dist/stopwords.json, so that a run reads a 100 KB
// JSON file instead of compiling the package's 1.6 MB bundle at every start.
// src/language/index.ts falls back to the package itself when the file is missing.
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const lists = require('stopword');
const out = {};
for (const [key, value] of Object.entries(lists)) if (Array.isArray(value) && /^[a-z]{3}$/.test(key)) out[key] = value;
const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'stopwords.json');
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, JSON.stringify(out));
