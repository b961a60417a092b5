#!/usr/bin/env node
// Build step (after tsc and build-data): the command's bundle and its V8 code cache.
// - dist/cli.cjs: dist/cli/main.js with every module it imports, commander included, as one
//   CommonJS file (rolldown). Modules loaded with createRequire (the HTML stack, word-list
//   packages) are not seen by the bundler: they load from dist/ and node_modules on first use.
//   Its first line is a build id, so that a cache never serves another bundle.
// - dist/cli.cache: V8's code cache of the bundle, taken after the command has cleaned the
//   text pages of fixtures/pages, so it holds the functions a text page runs through.
// bin/newsclean.cjs loads both; see there why (start-up time of `newsclean page.txt`).
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE = join(ROOT, 'dist', 'cli.cjs');
const CACHE = join(ROOT, 'dist', 'cli.cache');
// Packages left in node_modules, required on first use: those of the batch runner, which stays
// outside the bundle (see lazyModulesOutside; piscina must in any case start its worker threads
// from its own files), and chalk, whose node:tty import (which loads net) would otherwise run
// when the bundle starts. Every other package the command imports is bundled: an ES package
// required from CommonJS comes back as its namespace, so only packages the code uses by named
// exports can stay outside (`chalk.Chalk`, not wrap-ansi's default export).
const EXTERNAL_PACKAGES = ['chalk', 'cli-progress', 'piscina', 'warcio'];

/**
 * Keeps the modules main.js loads with import() — the batch runner, `--explain`, `--out-dir`
 * set-up — out of the bundle: required from dist/ when used (an ES module required, Node >= 20.19).
 * Inside, their imports (node:crypto, perf_hooks, chalk…) would be loaded with the bundle.
 */
function lazyModulesOutside() {
  return {
    name: 'lazy-modules-outside',
    resolveId(source, importer, { kind }) {
      if (kind !== 'dynamic-import' || !source.startsWith('.') || !importer) return null;
      return { id: `./${relative(dirname(BUNDLE), join(dirname(importer), source))}`, external: true };
    },
  };
}

/**
 * commander requires node:child_process when it loads, for subcommands run as separate
 * executables, which newsclean has none of; loading it (with net, dgram…) costs a fresh
 * process ~4 ms. The bundle gets it on first use instead.
 */
function lazyChildProcess() {
  const ID = '\0lazy-child-process';
  return {
    name: 'lazy-child-process',
    resolveId(source, importer) {
      return /^(node:)?child_process$/.test(source) && /[\\/]node_modules[\\/]commander[\\/]/.test(importer ?? '') ? ID : null;
    },
    load(id) {
      if (id !== ID) return null;
      return "let real;\nmodule.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:child_process'))[key] });\n";
    },
  };
}

rmSync(CACHE, { force: true });
await build({
  input: join(ROOT, 'dist', 'cli', 'main.js'),
  platform: 'node',
  logLevel: 'warn',
  external: EXTERNAL_PACKAGES,
  plugins: [lazyModulesOutside(), lazyChildProcess()],
  output: {
    file: BUNDLE,
    format: 'cjs',
    // One file, so that one code cache covers it. A package imported with import() inside it
    // (wrap-ansi, for --format pretty) is initialised only when first imported.
    codeSplitting: false,
    // The modules left outside are loaded with require() (an ES module required: Node >= 20.19):
    // a dynamic import() inside a vm.Script needs a flag on Node 20.
    dynamicImportInCjs: false,
    // Pure ASCII (no comments; other characters as \u escapes): the loader reads it as latin1,
    // which skips decoding and gives V8 a one-byte string.
    comments: false,
    charset: 'ascii',
    banner: `/* newsclean build ${randomUUID()} */`,
  },
});

if (!/^[\x00-\x7f]*$/.test(readFileSync(BUNDLE, 'latin1'))) throw new Error(`${BUNDLE} is not pure ASCII; bin/newsclean.cjs reads it as latin1`);

const pagesDir = join(ROOT, 'fixtures', 'pages');
const pages = existsSync(pagesDir) ? readdirSync(pagesDir).filter((f) => f.endsWith('.txt')).map((f) => join(pagesDir, f)) : [];
const warm = spawnSync(process.execPath, [join(ROOT, 'scripts', 'warm-cli.cjs'), ...pages], { stdio: ['ignore', 'ignore', 'inherit'] });
if (warm.status !== 0) {
  console.error('build-cli: the code cache could not be made; the command works without it, only starts slower');
}
