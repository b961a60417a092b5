#!/usr/bin/env node
/**
 * `npm run bench:batch` — throughput and memory of batch runs (issue 6).
 *
 * Builds archives from the shared benchmark pages (123 HTML pages and their 4 × 123 text dumps,
 * in turn): a third of the pages as plain files in a folder, a third as gzip files, a third as
 * records of one WARC.gz file (HTML as `response`, text as WET `conversion` records). Then, in
 * one run, it measures on the same pages:
 *   - newsclean with --jobs 1 and --jobs 2: pages/s, the scaling ratio, peak RSS;
 *   - a plain loop of @mozilla/readability on jsdom (bench/readability-loop.mjs): pages/s, peak RSS;
 *   - newsclean's peak RSS on a second, larger archive (memory must not grow with its size);
 *   - newsclean with --jobs 1 and 2 on the text pages of the archive only (the text path is fast,
 *     so these runs show the batch machinery itself);
 *   - the machine's own scaling: a pure CPU loop in 2 threads vs 1, at start and end.
 *
 * The timed newsclean runs clean every page of the archive: reading it (the walk, the WARC.gz) is
 * serial work of the main thread, the same in both runs, so a run that read everything and
 * cleaned a slice would understate the scaling. The Readability loop, a rate, runs over an evenly
 * spread sample of about --sample of those pages. --quick cleans a slice (`--shard 1/K`) of about
 * --sample pages in the timed runs too, for a first look in a minute. Times are wall times of whole processes
 * (start-up included); CPU time (all threads) and peak RSS are sampled from /proc every 50 ms.
 * The machine has 2 cores shared with other work: compare figures within one run only; the load
 * average is printed, and "cores used" (CPU time / wall time) shows how much CPU a run got.
 *
 * Options: --pages N (default 10000), --rss-pages M (default 40000; 0 skips), --sample S
 * (default 1500), --quick, --out DIR (default .bench-out/batch).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = resolve(ROOT, '../shared/bench');
const BIN = join(ROOT, 'bin/newsclean.cjs');
const LOOP = join(ROOT, 'bench/readability-loop.mjs');

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const PAGES = Number(option('pages', 10_000));
const RSS_PAGES = Number(option('rss-pages', 40_000));
const SAMPLE = Number(option('sample', 1500));
const FULL = !process.argv.includes('--quick');
const OUT = resolve(ROOT, option('out', '.bench-out/batch'));

/** The benchmark pages: [{kind, path, gzip}] with HTML pages first, then the text dumps. */
function sources() {
  const html = readdirSync(join(BENCH, 'articles/html')).filter((f) => f.endsWith('.html.gz')).sort()
    .map((f) => ({ kind: 'html', path: join(BENCH, 'articles/html', f), gzip: true }));
  const text = ['chromium', 'w3m', 'lynx', 'bs4'].flatMap((style) => readdirSync(join(BENCH, 'textdumps', style)).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => ({ kind: 'text', path: join(BENCH, 'textdumps', style, f), gzip: false })));
  // Interleave: one HTML page, then its four text dumps' places, so any slice holds both kinds.
  const all = [];
  for (let i = 0; i < Math.max(html.length, text.length); i++) {
    if (i < html.length) all.push(html[i]);
    for (let j = 0; j < 4; j++) if (4 * i + j < text.length) all.push(text[4 * i + j]);
  }
  return all;
}

/** One WARC record (WARC/1.0), as one gzip member. */
function warcRecord(page, bytes, uri) {
  const crlf = '\r\n';
  let block = bytes;
  let type = 'conversion';
  let contentType = 'text/plain';
  if (page.kind === 'html') {
    type = 'response';
    contentType = 'application/http; msgtype=response';
    const http = `HTTP/1.1 200 OK${crlf}Content-Type: text/html; charset=utf-8${crlf}Content-Length: ${bytes.length}${crlf}${crlf}`;
    block = Buffer.concat([Buffer.from(http), bytes]);
  }
  const head = [
    'WARC/1.0', `WARC-Type: ${type}`, `WARC-Record-ID: <urn:uuid:${randomUUID()}>`, 'WARC-Date: 2024-06-19T10:00:00Z',
    `WARC-Target-URI: ${uri}`, `Content-Type: ${contentType}`, `Content-Length: ${block.length}`,
  ].join(crlf) + crlf + crlf;
  return gzipSync(Buffer.concat([Buffer.from(head), block, Buffer.from(crlf + crlf)]), { level: 6 });
}

/**
 * Builds (or reuses) an archive of n pages.
 * @returns {dir, args, manifest} where manifest maps each input name newsclean will print to the
 *   [path, gzip] of the same page for the Readability loop
 */
async function buildArchive(n, pages) {
  const dir = join(OUT, `archive-${n}`);
  const manifestFile = join(dir, 'manifest.json');
  const args = [join(dir, 'folder'), join(dir, 'gz'), join(dir, 'crawl.warc.gz')];
  if (existsSync(manifestFile)) {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    if (manifest.n === n && manifest.sources === pages.length) return { dir, args, manifest };
  }
  rmSync(dir, { recursive: true, force: true });
  for (const sub of ['folder/html', 'folder/text', 'gz/html', 'gz/text']) mkdirSync(join(dir, sub), { recursive: true });
  const started = performance.now();
  const warc = createWriteStream(join(dir, 'crawl.warc.gz'));
  const names = {};
  const cache = new Map();
  let offset = 0;
  for (let i = 0; i < n; i++) {
    const page = pages[Math.floor(i / 3) % pages.length];
    if (!cache.has(page.path)) cache.set(page.path, page.gzip ? gunzipSync(readFileSync(page.path)) : readFileSync(page.path));
    const bytes = cache.get(page.path);
    const name = `p${String(i).padStart(6, '0')}.${page.kind === 'html' ? 'html' : 'txt'}`;
    if (i % 3 === 0) {
      const path = join(dir, 'folder', page.kind, name);
      writeFileSync(path, bytes);
      names[path] = [path, false];
    } else if (i % 3 === 1) {
      const path = join(dir, 'gz', page.kind, `${name}.gz`);
      writeFileSync(path, gzipSync(bytes, { level: 6 }));
      names[path] = [path, true];
    } else {
      const record = warcRecord(page, bytes, `https://bench.example/${name}`);
      names[`${args[2]}#${offset}`] = [page.path, page.gzip];
      offset += record.length;
      if (!warc.write(record)) await once(warc, 'drain');
    }
  }
  await new Promise((done) => warc.end(done));
  const manifest = { n, sources: pages.length, names };
  writeFileSync(manifestFile, JSON.stringify(manifest));
  console.error(`built ${dir}: ${n} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { dir, args, manifest };
}

/** Peak resident memory of a process so far (VmHWM), in MB, or 0 when unknown. */
function peakRssMb(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** CPU time (user + system, all threads) of a process so far, in seconds, or 0 when unknown. */
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (CLK_TCK = 100)
  } catch {
    return 0;
  }
}

/** Runs a command; counts its JSON Lines output; samples its peak RSS and CPU time. */
function measure(args) {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let peak = 0;
    let cpu = 0;
    const timer = setInterval(() => {
      peak = Math.max(peak, peakRssMb(child.pid));
      cpu = Math.max(cpu, cpuSeconds(child.pid));
    }, 50);
    let rest = '';
    let stderr = '';
    const inputs = [];
    let errors = 0;
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop();
      for (const line of lines) {
        const record = JSON.parse(line);
        if (record.input) inputs.push(record.input);
        if (record.error) errors++;
        if (record.ms !== undefined) Object.assign(inputs, { loop: record });
      }
    });
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => {
      clearInterval(timer);
      const ms = performance.now() - started;
      if (code !== 0 && code !== 1) fail(new Error(`${args.join(' ')} exited ${code}: ${stderr.slice(0, 500)}`));
      else done({ ms, inputs, errors, peakMb: peak, cpu, loop: inputs.loop });
    });
  });
}

function newscleanArgs(archive, jobs, n) {
  const slices = FULL ? 1 : Math.max(1, Math.round(n / SAMPLE));
  // A generous time limit: on a loaded machine a page can take far longer than usual, and a
  // timeout would throw its work away.
  return [BIN, '--quiet', '--jobs', String(jobs), '--timeout-ms', '60000', ...(slices > 1 ? ['--shard', `1/${slices}`] : []), ...archive.args];
}

/**
 * What the machine gives right now: the same pure CPU loop in 2 threads at once vs 1 thread, as a
 * throughput ratio (2.0 on two idle cores; near 1.0 when other work takes the second core).
 */
async function machineScaling() {
  const loop = `let x = 0; for (let i = 0; i < 2e8; i++) x = (x * 31 + i) | 0; require('node:worker_threads').parentPort.postMessage(x);`;
  const run = async (n) => {
    const started = performance.now();
    await Promise.all(Array.from({ length: n }, () => new Promise((done) => {
      const w = new Worker(loop, { eval: true });
      w.on('message', () => w.terminate().then(done));
    })));
    return n / (performance.now() - started);
  };
  return (await run(2)) / (await run(1));
}

const fmt = (x, d = 1) => x.toFixed(d);
const pps = (r, pages) => pages / (r.ms / 1000);

async function main() {
  const pages = sources();
  console.error(`${pages.length} benchmark pages; archive of ${PAGES} pages${RSS_PAGES ? ` and ${RSS_PAGES}` : ''}; ${FULL ? 'cleaning every page' : `timed runs clean a slice of about ${SAMPLE} pages (--quick)`}`);
  const load0 = loadavg()[0];
  const small = await buildArchive(PAGES, pages);
  const machine0 = await machineScaling();

  console.error('newsclean --jobs 1 …');
  const one = await measure(newscleanArgs(small, 1, PAGES));
  console.error('newsclean --jobs 2 …');
  const two = await measure(newscleanArgs(small, 2, PAGES));
  const cleaned = one.inputs.length;
  if (two.inputs.length !== cleaned) throw new Error(`jobs 1 cleaned ${cleaned} pages, jobs 2 ${two.inputs.length}`);
  const kinds = one.inputs.map((name) => (small.manifest.names[name]?.[0].endsWith('.txt') || /\.txt(\.gz)?$/.test(name) ? 'text' : 'html'));

  const list = join(OUT, 'loop-pages.json');
  const every = Math.max(1, Math.round(cleaned / SAMPLE));
  writeFileSync(list, JSON.stringify(one.inputs.filter((_, i) => i % every === 0).map((name) => small.manifest.names[name])));
  console.error('Readability + jsdom loop …');
  // jsdom keeps memory across documents even when each window is closed: a loop over thousands
  // of pages outgrows the default 4 GB heap, so it gets a larger one (its peak RSS is reported).
  const loop = await measure(['--max-old-space-size=16384', LOOP, list]);

  let big = null;
  if (RSS_PAGES) {
    const archive = await buildArchive(RSS_PAGES, pages);
    console.error(`newsclean --jobs 2 on ${RSS_PAGES} pages …`);
    big = await measure(newscleanArgs(archive, 2, RSS_PAGES));
  }
  console.error('text pages only, --jobs 1 and 2 …');
  const textArgs = (jobs) => [BIN, '--quiet', '--jobs', String(jobs), join(small.dir, 'folder/text'), join(small.dir, 'gz/text')];
  const textOne = await measure(textArgs(1));
  const textTwo = await measure(textArgs(2));
  const machine1 = await machineScaling();
  const load1 = loadavg()[0];

  const row = (name, r, n, failed) => [name, n, failed, pps(r, n), n / r.cpu, r.cpu / (r.ms / 1000), r.peakMb];
  const rows = [
    row('newsclean --jobs 1', one, cleaned, one.errors),
    row('newsclean --jobs 2', two, cleaned, two.errors),
    row('Readability + jsdom loop', loop, loop.loop.pages, loop.loop.pages - loop.loop.parsed),
  ];
  if (big) rows.push(row(`newsclean --jobs 2, ${RSS_PAGES}-page archive`, big, big.inputs.length, big.errors));
  rows.push(row('text pages only: newsclean --jobs 1', textOne, textOne.inputs.length, textOne.errors));
  rows.push(row('text pages only: newsclean --jobs 2', textTwo, textTwo.inputs.length, textTwo.errors));
  const textScaling = pps(textTwo, textTwo.inputs.length) / pps(textOne, textOne.inputs.length);
  const scaling = pps(two, cleaned) / pps(one, cleaned);
  const versus = pps(two, cleaned) / pps(loop, loop.loop.pages);
  const peak = Math.max(one.peakMb, two.peakMb, big?.peakMb ?? 0);

  console.log(`\nbatch benchmark — archive of ${PAGES} pages (folder, gzip files, one WARC.gz); ${cleaned} pages cleaned per timed run (${kinds.filter((k) => k === 'html').length} HTML, ${kinds.filter((k) => k === 'text').length} text)`);
  console.log(`load average ${fmt(load0, 2)} at start, ${fmt(load1, 2)} at end, on a machine with 2 cores: compare within this run only`);
  console.log(`the machine's own scaling (a pure CPU loop, 2 threads / 1 thread): ${fmt(machine0, 2)}× at start, ${fmt(machine1, 2)}× at end\n`);
  console.log('| run | pages | failed | pages/s | pages per CPU-second | cores used | peak RSS MB |');
  console.log('|---|---|---|---|---|---|---|');
  for (const [name, n, failed, rate, perCpu, cores, mb] of rows) console.log(`| ${name} | ${n} | ${failed} | ${fmt(rate)} | ${fmt(perCpu)} | ${fmt(cores, 2)} | ${fmt(mb, 0)} |`);
  console.log('');
  console.log(`scaling --jobs 2 / --jobs 1: ${fmt(scaling, 2)}× (target ≥ 1.7×) ${scaling >= 1.7 ? 'ok' : 'MISSED'}; text pages only: ${fmt(textScaling, 2)}×`);
  console.log(`newsclean --jobs 2 / Readability loop: ${fmt(versus, 2)}× (target ≥ 5×) ${versus >= 5 ? 'ok' : 'MISSED'}`);
  console.log(`peak RSS of newsclean: ${fmt(peak, 0)} MB (target < 400 MB) ${peak < 400 ? 'ok' : 'MISSED'}${big ? `; ${fmt(two.peakMb, 0)} MB at ${PAGES} pages, ${fmt(big.peakMb, 0)} MB at ${RSS_PAGES}` : ''}`);
  writeFileSync(join(OUT, 'result.json'), JSON.stringify({ pages: PAGES, rssPages: RSS_PAGES, cleaned, full: FULL, load: [load0, load1], rows, scaling, textScaling, machine: [machine0, machine1], versus, peak }, null, 2));
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
