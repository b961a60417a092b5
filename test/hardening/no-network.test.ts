/**
 * HTML is never executed and never fetches (issue 7): pages that reference remote scripts,
 * images, stylesheets, fonts, frames and media, and inline scripts that would fetch or write
 * into the page, are cleaned with every engine (the default through `clean()`, its Readability
 * fallback, and `extractHtml` with `readability-jsdom` / `readability-linkedom`) in a child
 * process where every network API records the attempt and throws (`no-network-preload.mjs`).
 * Half of the references point at a live HTTP server on 127.0.0.1, which counts requests.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support.js';

const HEADLINE = 'Il porto di Genova amplia il terminal dei container';
const BODY = [
  'Il consiglio di amministrazione dell’autorità portuale ha approvato ieri il progetto di ampliamento del terminal, che porterà la capacità del porto a tre milioni di container all’anno entro il 2027.',
  'I lavori, finanziati in parte con fondi europei, inizieranno in autunno e dureranno circa due anni. Secondo il presidente dell’autorità, l’opera creerà almeno quattrocento posti di lavoro.',
  'Le associazioni ambientaliste hanno chiesto una nuova valutazione d’impatto, sostenendo che l’aumento del traffico navale peggiorerà la qualità dell’aria nei quartieri vicini al porto.',
];
const INJECTED = 'TESTO SCRITTO DA UNO SCRIPT';

/** Every kind of reference a page can make, to `base` (a live local server, or a remote host). */
function references(base: string): string {
  return `
<script src="${base}/app.js"></script><script type="module" src="${base}/mod.js"></script><script async src="${base}/ads.js"></script>
<link rel="stylesheet" href="${base}/site.css"><link rel="preload" as="font" href="${base}/font.woff2"><link rel="prefetch" href="${base}/next.html"><link rel="import" href="${base}/imp.html">
<style>@import url("${base}/import.css"); body { background: url("${base}/bg.png"); } @font-face { font-family: X; src: url("${base}/x.woff"); }</style>
<img src="${base}/photo.jpg" srcset="${base}/photo-2x.jpg 2x" alt=""><picture><source srcset="${base}/p.webp"><img src="${base}/p.jpg" alt=""></picture>
<iframe src="${base}/frame.html"></iframe><frameset><frame src="${base}/frame2.html"></frameset>
<video src="${base}/v.mp4" poster="${base}/poster.jpg"></video><audio src="${base}/a.mp3"></audio><object data="${base}/o.swf"></object><embed src="${base}/e.swf">
<svg><image href="${base}/s.png"/></svg><input type="image" src="${base}/btn.png"><div style="background-image:url('${base}/inline.png')"></div>
<script>
  fetch("${base}/fetch"); new Image().src = "${base}/pixel.gif"; var x = new XMLHttpRequest(); x.open("GET", "${base}/xhr"); x.send();
  document.write("<p>${INJECTED} con document.write e una frase abbastanza lunga da sembrare un paragrafo vero.</p>");
  document.body && (document.body.innerHTML += "<p>${INJECTED} con innerHTML, anche questa abbastanza lunga da sembrare un paragrafo.</p>");
  setTimeout(function () { fetch("${base}/later"); }, 10);
</script>`;
}

function page(local: string, body: string[]): string {
  return `<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><base href="${local}/"><meta http-equiv="refresh" content="0;url=${local}/refresh">
<title>${HEADLINE}</title>${references(local)}${references('https://cdn.example.invalid')}</head>
<body onload="fetch('${local}/onload')"><nav><a href="/">Home</a></nav>
<article><h1>${HEADLINE}</h1>${body.map((p) => `<p>${p}</p>`).join('\n')}</article>
<form action="${local}/submit"><input name="q"></form>${references(local)}
</body></html>`;
}

let server: Server;
let requests: string[] = [];
let child: { attempts: Array<{ api: string; target: string }>; results: Array<{ file: string; engine: string; headline: string | null; body: string; warnings: string[] }>; control: boolean };

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.end('');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const local = `http://127.0.0.1:${port}`;
  const dir = mkdtempSync(join(tmpdir(), 'newsclean-nonet-'));
  const full = join(dir, 'full.html');
  const short = join(dir, 'short.html');
  writeFileSync(full, page(local, BODY));
  // A body under the default engine's threshold: its Readability fallback (linkedom) runs too.
  writeFileSync(short, page(local, [BODY[0]!]));
  const out = await new Promise<string>((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', join(ROOT, 'test/hardening/no-network-preload.mjs'), join(ROOT, 'test/hardening/no-network-child.mjs'), full, short], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.on('error', reject);
    p.on('close', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`child exited ${code}: ${stderr}`))));
  });
  child = JSON.parse(out);
}, 60_000);

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('no network while cleaning', () => {
  it('the recorder sees a request made on purpose (control)', () => {
    expect(child.control).toBe(true);
  });

  it('no connection, name lookup or request is attempted, by any engine', () => {
    expect(child.attempts).toEqual([]);
    expect(requests).toEqual([]);
  });

  it('every engine cleaned the pages, without the text the scripts would write', () => {
    expect(child.results.map((r) => `${r.file.endsWith('short.html') ? 'short' : 'full'} ${r.engine}`)).toEqual([
      'full clean()', 'full readability-jsdom', 'full readability-linkedom', 'short clean()', 'short readability-jsdom', 'short readability-linkedom',
    ]);
    for (const r of child.results) {
      expect(r.headline, r.engine).toBe(HEADLINE);
      expect(r.body, r.engine).toContain(BODY[0]!.slice(0, 60));
      expect(r.body, r.engine).not.toContain(INJECTED);
    }
  });
});
