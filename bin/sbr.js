#!/usr/bin/env node
// Entry point of the `sbr` command. The TypeScript sources are compiled to dist/ by `npm run build`
// (run automatically by `npm ci` / `npm install` through the `prepare` script).
import { readFileSync } from 'node:fs';

// `sbr --version` / `sbr -V` alone: the version from package.json without loading the CLI (the output is commander's,
// byte for byte; src/cli/main.ts VERSION is kept equal to it by tests/cli/cli.test.ts).
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  await run();
}

async function run() {
  const { main } = await import('../dist/cli/main.js');

  // Output piped into `head` or `less` that closes early is not an error worth a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err) => {
      if (err && err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw err;
    });
  }

  main(process.argv).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`sbr: internal error: ${err && err.message ? err.message : String(err)}\n`);
      process.exitCode = 2;
    },
  );
}
