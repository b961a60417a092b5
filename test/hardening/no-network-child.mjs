/**
 * Child of the no-network test: cleans the pages given as arguments with every HTML engine,
 * under `no-network-preload.mjs`, then prints `{attempts, results, control}` as JSON.
 *   node --import ./no-network-preload.mjs no-network-child.mjs PAGE...
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { clean } from '../../dist/index.js';
import { extractHtml } from '../../dist/html/index.js';

const results = [];
for (const file of process.argv.slice(2)) {
  const bytes = readFileSync(file);
  const record = clean(bytes, { input: file, referenceDate: '2024-06-20' });
  results.push({ file, engine: 'clean()', headline: record.headline, body: record.body, warnings: record.warnings });
  for (const engine of ['readability-jsdom', 'readability-linkedom']) {
    const page = extractHtml(bytes.toString('utf8'), { engine, url: 'https://www.example.invalid/news/1' });
    results.push({ file, engine, headline: page.headline, body: page.paragraphs.join('\n\n'), warnings: page.warnings });
  }
}
// Anything a DOM scheduled (timers, resource loads) has time to run before we report.
await new Promise((resolve) => setTimeout(resolve, 500));
const attempts = [...globalThis.__networkAttempts];
// The control: the recorder does see a request made on purpose.
let control = false;
try {
  http.get('http://127.0.0.1:9/control');
} catch {
  control = globalThis.__networkAttempts.length === attempts.length + 1;
}
process.stdout.write(JSON.stringify({ attempts, results, control }));
