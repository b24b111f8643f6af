// Bundles the CLI (src/cli/main.ts and everything it imports, dynamic imports as their own chunks) into
// dist/cli-bundle/ with esbuild, after `tsc` has built dist/ (`npm run build`, `prepare`). bin/sbr.js runs the bundle
// when it is at least as new as dist/cli/main.js, else dist/cli/main.js (issue 14 "Start": Node's ESM loader spent
// about 0.1-0.2 s resolving, reading and linking the ~140 modules of `sbr validate`, one file each).
//
// Packages (node_modules) stay imports. The modules that locate files next to themselves (`import.meta.url`: worker
// scripts, xmllint-wasm through createRequire, the portal folder) get the URL of their own compiled module in dist/
// instead of the chunk's, so worker threads still start from dist/ (they run the unbundled modules) and every
// relative path means what it means in dist/. Without esbuild (an install without devDependencies) nothing is
// bundled, and bin/sbr.js runs dist/.
import { readFile, rm } from 'node:fs/promises';
import { relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const src = resolve(root, 'src');
const outdir = resolve(root, 'dist/cli-bundle');

/**
 * Packages left as imports: those that locate their own files (xmllint-wasm's wasm binary), load modules by computed
 * names or start workers from their own files (Fastify, BullMQ, ioredis, piscina), or that only development uses.
 * The small ones every validation loads (commander, saxes, decimal.js, fflate, @noble/hashes, ajv, fast-xml-parser) are
 * bundled: Node's CommonJS loader and its export scan cost more than their code.
 */
const EXTERNAL = [
  'xmllint-wasm',
  'fastify',
  '@fastify/*',
  'bullmq',
  'ioredis',
  'piscina',
  'playwright-core',
  'fontoxpath',
  'esbuild',
];

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  console.warn('scripts/bundle-cli.mjs: esbuild is not installed; bin/sbr.js runs dist/cli/main.js unbundled');
  process.exit(0);
}

await rm(outdir, { recursive: true, force: true });
await esbuild.build({
  entryPoints: [resolve(src, 'cli/main.ts')],
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  outdir,
  chunkNames: '[name]-[hash]',
  logLevel: 'warning',
  // the bundled CommonJS packages' require() of Node's built-ins (an ES module has no require of its own)
  banner: {
    js: "import { createRequire as __sbrCreateRequire } from 'node:module'; const require = __sbrCreateRequire(import.meta.url);",
  },
  plugins: [
    {
      name: 'module-url',
      setup(build) {
        build.onLoad({ filter: /\.ts$/ }, async (args) => {
          let contents = await readFile(args.path, 'utf8');
          if (contents.includes('import.meta.url')) {
            // the chunks are one level below dist/, as every folder of src/ is one level below src/
            const compiled = '../' + relative(src, args.path).replace(/\\/g, '/').replace(/\.ts$/, '.js');
            contents = contents.replaceAll(
              'import.meta.url',
              `new URL(${JSON.stringify(compiled)}, import.meta.url).href`,
            );
          }
          return { contents, loader: 'ts' };
        });
      },
    },
  ],
});
