#!/usr/bin/env node
// Entry point of the `sbr` command. The TypeScript sources are compiled to dist/ by `npm run build`
// (run automatically by `npm ci` / `npm install` through the `prepare` script).
import { readFileSync, statSync } from 'node:fs';

/** Commands whose work is over when main() resolves (not `serve`, `queue`, `conformance` with its worker pool). */
const ONE_SHOT = new Set(['validate', 'extract', 'compile', 'dts', 'profiles', 'packages']);

/** process.exit(code) once everything written to stdout and stderr so far has been handed to the OS. */
function exitWhenFlushed(code) {
  let pending = 2;
  const done = () => {
    if (--pending === 0) process.exit(code);
  };
  process.stdout.write('', done);
  process.stderr.write('', done);
}

// `sbr --version` / `sbr -V` alone: the version from package.json without loading the CLI (the output is commander's,
// byte for byte; src/cli/main.ts VERSION is kept equal to it by tests/cli/cli.test.ts).
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  await run();
}

/**
 * The CLI module to run: the esbuild bundle of dist/cli-bundle/ (scripts/bundle-cli.mjs, made by `npm run build`) when
 * it is at least as new as tsc's dist/cli/main.js, else dist/cli/main.js itself (a `tsc`-only rebuild leaves the bundle
 * older: it is not run then). `SBR_CLI_UNBUNDLED=1` runs dist/ always.
 */
function cliModule() {
  const dist = new URL('../dist/cli/main.js', import.meta.url);
  const bundle = new URL('../dist/cli-bundle/main.js', import.meta.url);
  if (process.env.SBR_CLI_UNBUNDLED === '1') return dist.href;
  try {
    return statSync(bundle).mtimeMs >= statSync(dist).mtimeMs ? bundle.href : dist.href;
  } catch {
    return dist.href;
  }
}

async function run() {
  const { main } = await import(cliModule());

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
      // A one-shot command is done once its output is written: end the process then, instead of waiting for what is
      // still pending, such as V8 optimising the xmllint wasm module in the background (issue 14 "Start": 50-65 ms of
      // `sbr validate`). `serve` and `queue worker` keep running after main() resolves; they end on their own.
      if (ONE_SHOT.has(args[0] ?? '')) exitWhenFlushed(code);
    },
    (err) => {
      process.stderr.write(`sbr: internal error: ${err && err.message ? err.message : String(err)}\n`);
      process.exitCode = 2;
    },
  );
}
