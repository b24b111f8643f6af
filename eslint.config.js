// ESLint flat config (issue 16): typescript-eslint's recommended rules (syntax only, no type information, so a run
// takes seconds), the layering of src/ as import rules, and Prettier's config last (layout is Prettier's business;
// `npm run lint` runs `prettier --check` beside ESLint). The layers are described in docs/architecture.md.
import { builtinModules } from 'node:module';
import { resolve as resolvePath } from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import prettier from 'eslint-config-prettier';

/**
 * The layers of src/, lowest first. A module may import modules of its own layer and of the layers below it, never of
 * a layer above (the data flows up: bytes → XmlDocument → Dts → CompiledTaxonomy → Instance → Finding → report).
 * `files` are globs relative to the repository root; a file is in the first layer whose globs match it, so the few
 * files placed apart from their folder come first (`placed`). Change this table deliberately, with docs/architecture.md.
 */
export const LAYERS = [
  { name: 'findings', files: ['src/findings.ts'], what: 'the Finding shape every layer reports in' },
  { name: 'messages', files: ['src/messages/**'], what: 'the wording of findings by code, in en and nl' },
  { name: 'xml', files: ['src/xml/**'], what: 'XML parsing and XML Schema processing of bytes' },
  { name: 'xpath', files: ['src/xpath/**'], what: 'the XPath 2.0 engine, a library over XML nodes' },
  { name: 'resolve', files: ['src/resolve/**'], what: 'URLs to bytes: catalogs, taxonomy packages, cache, zip' },
  { name: 'dts', files: ['src/dts/**'], what: 'DTS discovery: which documents form the DTS' },
  { name: 'compile', files: ['src/compile/**'], what: 'a Dts into the plain-data CompiledTaxonomy' },
  { name: 'instance', files: ['src/instance/**'], what: 'an XBRL instance document into the Instance model' },
  { name: 'ixbrl', files: ['src/ixbrl/**'], what: 'Inline XBRL documents into target instances' },
  { name: 'formula', files: ['src/formula/**'], what: 'the XBRL Formula processor' },
  { name: 'rules', files: ['src/rules/**'], what: 'the checks: taxonomy, instance and profile rules' },
  { name: 'report', files: ['src/report/**'], what: 'findings folded, ordered, worded and formatted' },
  {
    name: 'core',
    files: ['src/validate/core.ts'],
    what: 'the portable validation core (bytes + taxonomy source → result)',
  },
  { name: 'artifact', files: ['src/artifact/**'], what: 'the validator artifact: compiled taxonomy + rules, portable' },
  { name: 'diff', files: ['src/diff/**'], what: 'taxonomy diff and its impact on a filing' },
  {
    name: 'node',
    files: ['src/validate/node.ts'],
    what: 'the Node wrapper: local files, a Resolver, xmllint-wasm around the portable core',
  },
  { name: 'conformance', files: ['src/conformance/**'], what: 'conformance suite runners' },
  {
    name: 'apps',
    files: [
      'src/cli/**',
      'src/batch/**',
      'src/server/**',
      'src/queue/**',
      'src/portal/**',
      'src/browser.ts',
      'src/index.ts',
    ],
    what: 'the CLI, batch runs, HTTP service, work queue, portal and the package entry points',
  },
];

/**
 * Files whose folder is not their layer: they are the glue of a layer above. Each says why. They are taken out of
 * their folder's layer and put in the named one.
 */
export const PLACED = [
  // report/diff-*.ts format a taxonomy diff (src/diff types): a report of the diff layer, not of findings
  { layer: 'diff', files: ['src/report/diff-*.ts'] },
  // the NL profiles' glue with the core: takes the core's DocumentResult and TaxonomySource (portable: browser, artifact)
  { layer: 'core', files: ['src/rules/nl/validate-xml.ts', 'src/rules/nl/validate-inline.ts'] },
  // the Inline XBRL validation loop (portable): hands each target to the core's validateParsed, orders the findings
  { layer: 'core', files: ['src/ixbrl/inline-core.ts'] },
  // Node modules next to their portable folder: each reads local files for the Node wrapper
  { layer: 'node', files: ['src/artifact/node.ts', 'src/diff/node.ts'] },
  { layer: 'node', files: ['src/ixbrl/inline.ts', 'src/ixbrl/report-package.ts', 'src/ixbrl/input-kind.ts'] },
  { layer: 'node', files: ['src/rules/nl/validate.ts', 'src/rules/nl/inline/run.ts'] },
  // the walk of `sbr validate --recursive`: validate()'s `recursive` option walks folders with it too
  { layer: 'node', files: ['src/batch/inputs.ts'] },
  // the `sbr diff` command
  { layer: 'apps', files: ['src/diff/cli.ts'] },
];

/**
 * Exceptions to the layering, each a type-only import of plain data from a layer above that owns its shape.
 * Keep this list short; an entry here is a debt (docs/architecture.md).
 */
const TYPE_ONLY_EXCEPTIONS = [
  // the compiled taxonomy carries the compiled formula linkbase; the formula layer owns its shape
  { layer: 'compile', from: 'src/formula/model.ts' },
  // the sbr:formulaSummary finding carries the facts formulas produced
  { layer: 'findings', from: 'src/formula/produce.ts' },
];

/**
 * Modules that may import Node built-ins (fs, path, node:*): src/resolve, src/cli, src/server, src/queue, the Node
 * wrapper and these entry points. Everything else runs in a browser too (src/browser.ts, the portal's Web Worker).
 */
const NODE_FILES = [
  'src/resolve/**',
  'src/cli/**',
  'src/batch/**', // sbr validate's worker-thread pool for many inputs
  'src/server/**',
  'src/queue/**',
  'src/conformance/**', // suite runners read the suites from disk
  ...LAYERS.find((l) => l.name === 'node').files,
  ...PLACED.filter((p) => p.layer === 'node').flatMap((p) => p.files),
  'src/diff/cli.ts',
  'src/portal/build.ts', // the portal's build script (esbuild), run by Node, not part of the bundle
  // xmllint-wasm, the XML Schema processor of the Node wrapper (the browser validates without XML Schema)
  'src/xml/schema-engine.ts',
  'src/xml/schema-prepare.ts',
];

const layerFiles = (name) => [
  ...PLACED.filter((p) => p.layer === name).flatMap((p) => p.files),
  ...LAYERS.find((l) => l.name === name).files,
];
const placedElsewhere = (name) => PLACED.filter((p) => p.layer !== name).flatMap((p) => p.files);

/**
 * One config block per layer: its files get one zone per higher layer ("layer X may not import layer Y"), and the
 * type-only exceptions are checked to be type-only. (A flat config's later block replaces a rule's options, so each
 * file must be in exactly one block: `ignores` takes out the files placed in another layer.)
 */
function layerBlocks() {
  return LAYERS.map((low, i) => {
    const exceptions = TYPE_ONLY_EXCEPTIONS.filter((e) => e.layer === low.name);
    // one zone per (higher layer, glob): import-x wants a zone's `from` all globs or all paths, and its `except`
    // as absolute globs
    const zones = LAYERS.slice(i + 1).flatMap((high) =>
      layerFiles(high.name).map((from) => {
        // a file placed in a lower layer than its folder's (src/batch/inputs.ts) is not the folder's layer here
        const except = [
          ...exceptions.map((e) => e.from),
          ...placedElsewhere(high.name).filter((f) => layerOf(f) !== high.name),
        ]
          .filter((f) => matchesGlob(f, from))
          .map((f) => resolvePath(f).replace(/\.ts$/, '.{ts,js}')); // a glob, as import-x wants
        return {
          target: 'src/**',
          from,
          ...(except.length ? { except } : {}),
          message:
            `layer '${low.name}' (${low.what}) may not import layer '${high.name}' (${high.what}); ` +
            `data flows up the layers of docs/architecture.md: move the code, or pass the data down.`,
        };
      }),
    );
    return {
      name: `layer:${low.name}`,
      files: layerFiles(low.name),
      ignores: placedElsewhere(low.name).filter((f) => !layerFiles(low.name).includes(f)),
      plugins: { 'import-x': importX },
      rules: {
        ...(zones.length ? { 'import-x/no-restricted-paths': ['error', { zones }] } : {}),
        ...(exceptions.length
          ? {
              '@typescript-eslint/no-restricted-imports': [
                'error',
                {
                  patterns: exceptions.map((e) => ({
                    group: [`**/${e.from.replace(/^src\//, '').replace(/\.ts$/, '.js')}`],
                    allowTypeImports: true,
                    message: `layer '${low.name}' may import only types from ${e.from} (TYPE_ONLY_EXCEPTIONS in eslint.config.js).`,
                  })),
                },
              ],
            }
          : {}),
      },
    };
  });
}

/** The layer of a file of src/ (path relative to the repository root), undefined when it is in none. */
export function layerOf(file) {
  const placed = PLACED.find((p) => p.files.some((g) => matchesGlob(file, g)));
  if (placed) return placed.layer;
  return LAYERS.find((l) => l.files.some((g) => matchesGlob(file, g)))?.name;
}

/** A tiny glob test for the table above (`**` = any path, `*` = any name part). */
function matchesGlob(file, glob) {
  const re = glob
    .split('**')
    .map((part) => part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*'))
    .join('.*');
  return new RegExp(`^${re}$`).test(file);
}

const nodeBuiltins = [...builtinModules.filter((m) => !m.startsWith('_')), ...builtinModules.map((m) => `node:${m}`)];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'taxonomies/**', 'fixtures/**', 'schemas/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: {
        // Node 20 and browser globals the code uses (no `globals` package: a few names suffice)
        process: 'readonly',
        Buffer: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        performance: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        setImmediate: 'readonly',
        queueMicrotask: 'readonly',
        structuredClone: 'readonly',
        AbortController: 'readonly',
        fetch: 'readonly',
        crypto: 'readonly',
        globalThis: 'readonly',
      },
    },
  },
  {
    rules: {
      // `_` names a value left out on purpose (`const { a: _, ...rest } = x`, an unused callback parameter)
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // `cond ? a() : b()` and `x && f()` as statements are idioms here; a bare expression that does nothing is not
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
      // off: it reads the XML and XPath name productions' ranges of combining marks (\u0300-\u036F next to other
      // characters in one class, as the specs list them) as a misleading combined character
      'no-misleading-character-class': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensionAlias: { '.js': ['.ts', '.js'] } })],
    },
    rules: {
      'import-x/no-cycle': 'error',
    },
  },
  {
    // the portal's service worker (plain JS, copied as is by build:portal): the ServiceWorkerGlobalScope names
    files: ['src/portal/*-sw.js'],
    languageOptions: { globals: { self: 'readonly', caches: 'readonly', Response: 'readonly', fetch: 'readonly' } },
  },
  ...layerBlocks(),
  {
    files: ['src/**/*.ts', 'src/**/*.mjs'],
    ignores: NODE_FILES,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({
            name,
            message:
              'Node built-ins only in src/resolve, src/cli, src/server, src/queue and the Node entry points ' +
              '(NODE_FILES in eslint.config.js): this module also runs in the browser.',
          })),
        },
      ],
    },
  },
  prettier,
);
