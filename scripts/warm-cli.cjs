#!/usr/bin/env node
'use strict';
// Makes dist/cli.cache (run by scripts/build-cli.mjs in a fresh process, with stdout ignored):
// loads the bundle as bin/newsclean.cjs does, cleans each page given, one run each, then saves
// V8's code cache of the bundle — the functions those runs compiled included.
const { writeFileSync } = require('node:fs');
const { loadCommand, CACHE } = require('../bin/newsclean.cjs');

async function warm(pages) {
  const { main, script, buildId } = loadCommand({ useCache: false });
  for (const page of pages) {
    const code = await main([page]);
    if (code !== 0) throw new Error(`warm-up run on ${page} exited ${code}`);
  }
  writeFileSync(CACHE, Buffer.concat([Buffer.from(`${buildId}\n`), script.createCachedData()]));
}

warm(process.argv.slice(2)).catch((err) => {
  process.stderr.write(`warm-cli: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
