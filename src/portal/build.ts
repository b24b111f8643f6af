/**
 * Builds the portal (`npm run build:portal`, and the browser test): one ES module bundle `sbr-portal.js` (the page
 * and its Web Worker), the page's static files and libxml2 (`xmllint.wasm`) into one folder.
 *
 * The worker runs XML Schema validation with the modules the Node path uses (src/xml/schema-validate.ts,
 * schema-prepare.ts, src/ixbrl/xhtml-schema.ts), unchanged; the bundle gives them browser-safe stand-ins for what
 * they take from Node: `./schema-engine.js` (xmllint-wasm in-process via node:fs) becomes ./xmllint-engine.ts
 * (the same wasm fetched beside the bundle), `node:path` and `node:url` become ./shim-path.ts and ./shim-url.ts, and
 * the global `Buffer` is ./shim-buffer.ts. Any other Node built-in in the bundle's import graph fails the build.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const HERE = dirname(fileURLToPath(import.meta.url));
const STATIC = ['index.html', 'portal.css', 'sbr-portal-sw.js'];

/** The browser stand-ins of the Node-only modules the portal's import graph reaches (see the module comment). */
export const browserStandIns: Plugin = {
  name: 'sbr-portal-browser-stand-ins',
  setup(b) {
    b.onResolve({ filter: /^(node:)?path$/ }, () => ({ path: join(HERE, 'shim-path.ts') }));
    b.onResolve({ filter: /^(node:)?url$/ }, () => ({ path: join(HERE, 'shim-url.ts') }));
    b.onResolve({ filter: /\/schema-engine\.js$/ }, (a) =>
      /[\\/]src[\\/]xml$/.test(a.resolveDir) ? { path: join(HERE, 'xmllint-engine.ts') } : undefined,
    );
    b.onResolve({ filter: /^node:/ }, (a) => ({
      errors: [{ text: `${a.path} (imported by ${a.importer}) has no browser stand-in in src/portal/build.ts` }],
    }));
    // the Emscripten glue declares `var Module` and exports it only as CommonJS: give it an ES default export
    b.onLoad({ filter: /xmllint-wasm[\\/]xmllint-browser\.mjs$/ }, (a) => ({
      contents: readFileSync(a.path, 'utf8') + '\nexport default Module;\n',
      loader: 'js',
    }));
  },
};

/** Builds the portal into `outdir` (created when missing). @throws esbuild's error when the bundle does not build */
export async function buildPortal(outdir: string): Promise<void> {
  mkdirSync(outdir, { recursive: true });
  await build({
    entryPoints: [join(HERE, 'portal.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outfile: join(outdir, 'sbr-portal.js'),
    inject: [join(HERE, 'shim-buffer.ts')],
    plugins: [browserStandIns],
    logLevel: 'warning',
  });
  for (const f of STATIC) copyFileSync(join(HERE, f), join(outdir, f));
  const wasm = join(dirname(createRequire(import.meta.url).resolve('xmllint-wasm/package.json')), 'xmllint.wasm');
  copyFileSync(wasm, join(outdir, 'xmllint.wasm'));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildPortal(resolve(process.argv[2] ?? join(HERE, '../../dist/portal')));
}
