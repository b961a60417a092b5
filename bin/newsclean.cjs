#!/usr/bin/env node
'use strict';
// Entry point of the `newsclean` command.
//
// The command runs from one bundle, dist/cli.cjs (dist/cli/main.js and the modules it imports,
// commander included), compiled with V8's code cache dist/cli.cache; both are made by
// `npm run build` (scripts/build-cli.mjs). A fresh process then neither resolves and compiles
// ~50 ES modules nor compiles the functions a text page runs through: issue 3 asks for
// `newsclean page.txt` within twice `node -e 0`. A cache made by another Node (or with other V8
// flags) is rejected by V8 and the bundle is compiled as usual.
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const vm = require('node:vm');

const BUNDLE = join(__dirname, '..', 'dist', 'cli.cjs');
/** The code cache: the bundle's build id (its first line), a newline, then V8's data. */
const CACHE = join(__dirname, '..', 'dist', 'cli.cache');

/**
 * Compiles and runs the bundle (with the code cache when it belongs to this very bundle).
 * @param {{ useCache?: boolean }} [options] `useCache: false` compiles from source (the build does, to make the cache)
 * @returns {{ main: (argv: string[]) => Promise<number>, script: import('node:vm').Script, buildId: string }}
 * @throws Error when the bundle is missing (`npm run build` was not run)
 */
function loadCommand({ useCache = true } = {}) {
  // The build writes the bundle in pure ASCII, so latin1 reads it exactly, without decoding UTF-8.
  const source = readFileSync(BUNDLE, 'latin1');
  const buildId = source.slice(0, source.indexOf('\n'));
  const cachedData = useCache ? readCache(buildId) : undefined;
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  return { main: module.exports.main, script, buildId };
}

/** The cache's V8 data when it was made from the bundle `buildId` names, else undefined. */
function readCache(buildId) {
  let data;
  try {
    data = readFileSync(CACHE);
  } catch {
    return undefined;
  }
  const head = Buffer.from(`${buildId}\n`);
  return data.subarray(0, head.length).equals(head) ? data.subarray(head.length) : undefined;
}

function run() {
  process.stdout.on('error', (err) => {
    // Output piped into a reader that closed early (`| head`): stop quietly.
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    // Any other failure (a full disk behind `> file`): one line, no stack trace; what is written stays.
    process.stderr.write(`newsclean: cannot write to standard output: ${err.message}\n`);
    process.exit(1);
  });
  let main;
  try {
    ({ main } = loadCommand());
  } catch (err) {
    if (err.code !== 'ENOENT') throw err;
    process.stderr.write(`newsclean: ${BUNDLE} is missing: run \`npm run build\` in the package\n`);
    process.exit(1);
  }
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`newsclean: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}

if (require.main === module) run();

module.exports = { loadCommand, CACHE };
