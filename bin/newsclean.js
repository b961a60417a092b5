#!/usr/bin/env node
// Entry point of the `newsclean` command; the code is in dist/cli/main.js (built by `npm run build`).
import { setFlagsFromString } from 'node:v8';
import { main } from '../dist/cli/main.js';

// Compile each regex straight to machine code: the text path runs its Unicode patterns on
// every page, so V8's default (bytecode first, then a second compile) only adds start-up time.
// Regexes compile on first use, after this line.
setFlagsFromString('--no-regexp-tier-up');

process.stdout.on('error', (err) => {
  // Output piped into a reader that closed early (`| head`): stop quietly.
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  // Any other failure (a full disk behind `> file`): one line, no stack trace; what is written stays.
  process.stderr.write(`newsclean: cannot write to standard output: ${err.message}\n`);
  process.exit(1);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`newsclean: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
