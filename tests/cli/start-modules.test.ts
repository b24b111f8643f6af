/**
 * What `sbr validate` loads (issue 14 "Start"): a filing whose taxonomy has no formula linkbase, validated with an
 * artifact or by live discovery, loads no part of the XBRL Formula processor (src/formula/ beyond the light
 * engine.ts and namespaces.ts), no XPath module and not ajv; a filing whose taxonomy has assertions does load the
 * processor and runs them. Each run is a fresh `node --import tsx` process running the CLI from src/
 * (tests/cli/helpers/run-cli.ts) with a module hook that lists every module it loads (helpers/loaded-modules.mjs).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compileArtifactFrom, recordCleanSchemaSet } from '../../src/artifact/node.js';
import { Resolver } from '../../src/resolve/index.js';
import { registerFormulaEngine } from '../../src/formula/engine.js';
import { formulaProcessor } from '../../src/formula/engine-full.js';

// this test process compiles the formula fixture's artifact synchronously (as `sbr compile` does)
registerFormulaEngine(formulaProcessor);

const ROOT = resolve(__dirname, '../..');
const SRC = pathToFileURL(resolve(ROOT, 'src')).href + '/';
const dir = mkdtempSync(join(tmpdir(), 'sbr-start-modules-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const demo = join(dir, 'demo.sbrv');
writeFileSync(demo, compileArtifactFrom([resolve(ROOT, 'taxonomies/sbr-demo/vat-2024.xsd')]).bytes);
const formula = join(dir, 'formula.sbrv');
writeFileSync(formula, compileArtifactFrom([resolve(ROOT, 'fixtures/formula/concepts.xsd')]).bytes);

// the demo taxonomy with the standard schemas of the shared cache (not the resolver's built-in copies, which the
// schema-validity proof does not cover), its schema set recorded clean as `sbr compile` records it
const SHARED = process.env['SBR_SHARED'] ?? '/work/shared';
const cached = join(dir, 'demo-cached.sbrv');
const cachedResolver = Resolver.create({ caches: [join(SHARED, 'xbrl-schemas')] });
writeFileSync(
  cached,
  (
    await recordCleanSchemaSet(
      compileArtifactFrom([resolve(ROOT, 'taxonomies/sbr-demo/vat-2024.xsd')], { resolver: cachedResolver }),
      cachedResolver,
    )
  ).bytes,
);

/** `sbr ARGS` in a fresh process: exit code, stdout and the modules it loaded (src/ paths and package names). */
function sbr(...args: string[]): { status: number | null; stdout: string; modules: string[] } {
  const list = join(dir, `modules-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(list, '');
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--import',
      pathToFileURL(resolve(__dirname, 'helpers/loaded-modules.mjs')).href,
      resolve(__dirname, 'helpers/run-cli.ts'),
      ...args,
    ],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, SBR_LOADED_MODULES: list } },
  );
  const modules = readFileSync(list, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((u) =>
      u.startsWith(SRC) ? `src/${u.slice(SRC.length)}` : (/\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(u)?.[1] ?? u),
    );
  return { status: r.status, stdout: r.stdout, modules: [...new Set(modules)] };
}

const formulaModules = (modules: string[]) =>
  modules.filter((m) => /^src\/(formula|xpath)\//.test(m) || m === 'ajv' || m === 'fontoxpath');

describe('sbr validate loads the formula processor only for a taxonomy with formulas (issue 14)', () => {
  it('the demo filing with the demo artifact: valid, no formula, XPath or ajv module loaded', () => {
    const r = sbr('validate', 'fixtures/demo/vat-return-valid.xbrl', '--validator', demo);
    expect(r.stdout).toBe('No problems found: the filing is valid.\n');
    expect(r.status).toBe(0);
    expect(r.modules).toContain('src/artifact/read.ts'); // the hook sees the src/ modules
    expect(formulaModules(r.modules)).toEqual(['src/formula/engine.ts', 'src/formula/namespaces.ts']);
  });

  it('the invalid demo filing by live discovery: its 6 errors, no formula, XPath or ajv module loaded', () => {
    const r = sbr('validate', 'fixtures/demo/vat-return-invalid.xbrl', '--format', 'json');
    const report = JSON.parse(r.stdout) as { valid: boolean; findings: { code: string; severity: string }[] };
    expect(report.valid).toBe(false);
    expect(report.findings.filter((f) => f.severity === 'error').length).toBe(6);
    expect(report.findings.filter((f) => f.code === 'xbrl.5.2.5.2:calcInconsistency').length).toBe(1);
    expect(r.status).toBe(1);
    expect(r.modules).toContain('src/dts/discover.ts');
    expect(formulaModules(r.modules)).toEqual(['src/formula/engine.ts', 'src/formula/namespaces.ts']);
  });

  it('control: a filing whose taxonomy has assertions loads the processor and reports the unsatisfied one', () => {
    for (const args of [['--validator', formula], []]) {
      const r = sbr('validate', 'fixtures/formula/invalid.xbrl', '--format', 'json', ...args);
      const report = JSON.parse(r.stdout) as { findings: { code: string; severity: string }[] };
      expect(report.findings.filter((f) => f.code.startsWith('formula:')).length).toBeGreaterThan(0);
      expect(r.status).toBe(1);
      expect(r.modules).toContain('src/formula/evaluate.ts');
      expect(r.modules).toContain('src/xpath/evaluate.ts');
      expect(r.modules).not.toContain('ajv');
    }
  });
});

/** The modules of the Inline XBRL reader, report packages and the libxml2 glue (src/ixbrl/input-kind.ts apart). */
const inlineModules = (modules: string[]) =>
  modules.filter((m) => /^src\/ixbrl\//.test(m) && m !== 'src/ixbrl/input-kind.ts');
const libxml2Modules = (modules: string[]) =>
  modules.filter(
    (m) => /^src\/xml\/(schema-validate|schema-prepare|schema-engine)\.ts$/.test(m) || m === 'xmllint-wasm',
  );

describe('sbr validate of an XBRL instance loads what it uses (issue 14 "Start")', () => {
  it('the demo filing with the demo artifact: no Inline XBRL module, not fast-xml-parser', () => {
    const r = sbr('validate', 'fixtures/demo/vat-return-valid.xbrl', '--validator', demo);
    expect(r.stdout).toBe('No problems found: the filing is valid.\n');
    expect(inlineModules(r.modules)).toEqual([]);
    expect(r.modules).not.toContain('fast-xml-parser');
    // the built-in standard schemas are not covered by the proof: libxml2 validates the filing
    expect(libxml2Modules(r.modules)).toEqual([
      'src/xml/schema-validate.ts',
      'src/xml/schema-engine.ts',
      'src/xml/schema-prepare.ts',
    ]);
  });

  it('the demo filing with an artifact recording its schema set clean: valid without loading libxml2', () => {
    const r = sbr('validate', 'fixtures/demo/vat-return-valid.xbrl', '--validator', cached);
    expect(r.stdout).toBe('No problems found: the filing is valid.\n');
    expect(r.status).toBe(0);
    expect(libxml2Modules(r.modules)).toEqual([]);
    // a filing the proof does not settle still goes to libxml2 (an unknown element in a namespace of the set)
    const bad = join(dir, 'unknown-element.xbrl');
    writeFileSync(
      bad,
      readFileSync(resolve(ROOT, 'fixtures/demo/vat-return-valid.xbrl'), 'utf8')
        .replace('../../taxonomies/sbr-demo/vat-2024.xsd', resolve(ROOT, 'taxonomies/sbr-demo/vat-2024.xsd'))
        .replace('</xbrli:xbrl>', '<xbrli:notDeclared/></xbrli:xbrl>'),
    );
    const b = sbr('validate', bad, '--validator', cached, '--format', 'json');
    expect(libxml2Modules(b.modules)).toContain('src/xml/schema-validate.ts');
    const codes = (out: string) => (JSON.parse(out) as { findings: { code: string }[] }).findings.map((f) => f.code);
    expect(codes(b.stdout)).toContain('xbrl.4.6:undeclaredConcept');
    expect(b.status).toBe(1);
    // the same findings as with the artifact that records nothing
    const plain = join(dir, 'demo-cached-plain.sbrv');
    writeFileSync(
      plain,
      compileArtifactFrom([resolve(ROOT, 'taxonomies/sbr-demo/vat-2024.xsd')], { resolver: cachedResolver }).bytes,
    );
    expect(codes(b.stdout)).toEqual(codes(sbr('validate', bad, '--validator', plain, '--format', 'json').stdout));
  });
});
