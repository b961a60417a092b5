#!/usr/bin/env node
// The baseline of `npm run bench:batch`: a plain loop of @mozilla/readability on jsdom over a
// list of pages, one after the other in this process (what people write before they need a
// batch tool). Usage: node bench/readability-loop.mjs LIST.json, where LIST is a JSON array of
// [path, gzip] pairs. Prints {"pages", "parsed", "ms"} on stdout.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';

const list = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const started = performance.now();
let parsed = 0;
for (const [path, gzip] of list) {
  let bytes = readFileSync(path);
  if (gzip) bytes = gunzipSync(bytes);
  try {
    const dom = new JSDOM(bytes.toString('utf8'), { virtualConsole: new VirtualConsole() });
    if (new Readability(dom.window.document).parse()) parsed++;
    dom.window.close();
  } catch {
    // a page Readability cannot take counts as done, as in newsclean's error records
  }
}
process.stdout.write(JSON.stringify({ pages: list.length, parsed, ms: performance.now() - started }) + '\n');
