/**
 * What a new user gives the wrong command (usability leftovers, items 1, 2, 4c and 7): a taxonomy package as the entry
 * point of `sbr compile`, a validator artifact to `sbr dts`, a taxonomy package as a filing, an empty folder with
 * `--recursive`, and the concept counts of `sbr dts` and `sbr compile` agreeing.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../src/messages/index.js';
import { CATALOG_XML, writeZip } from '../resolve/helpers.js';
import { run } from './helpers.js';

const ROOT = resolve(__dirname, '../..');
const DEMO = join(ROOT, 'taxonomies/sbr-demo');

/** A taxonomy package of the demo taxonomy (taxonomies/sbr-demo) under http://example.com/demo/, with `entries`. */
function demoPackage(dir: string, name: string, entries: string[]): string {
  const files: Record<string, string> = {
    'demo/META-INF/taxonomyPackage.xml': `<?xml version="1.0" encoding="UTF-8"?>
<tp:taxonomyPackage xmlns:tp="http://xbrl.org/2016/taxonomy-package">
  <tp:identifier>http://example.com/demo</tp:identifier>
  <tp:name>Demo package</tp:name>
  <tp:version>1</tp:version>
  <tp:entryPoints>${entries
    .map(
      (e, i) => `<tp:entryPoint><tp:name>Entry ${i + 1}</tp:name><tp:entryPointDocument href="${e}"/></tp:entryPoint>`,
    )
    .join('')}</tp:entryPoints>
</tp:taxonomyPackage>`,
    'demo/META-INF/catalog.xml': CATALOG_XML([['http://example.com/demo/', '../example.com/demo/']]),
  };
  for (const f of readdirSync(DEMO)) files[`demo/example.com/demo/${f}`] = readFileSync(join(DEMO, f), 'utf8');
  return writeZip(dir, name, files);
}

const ENTRY = 'http://example.com/demo/vat-2024.xsd';

describe('a taxonomy package or an artifact given where an entry point or a filing is expected', () => {
  it('sbr compile PACKAGE.zip with one entry point compiles it, with the package', async () => {
    const d = mkdtempSync(join(tmpdir(), 'sbr-kind-'));
    const zip = demoPackage(d, 'one.zip', [ENTRY]);
    const r = await run('compile', zip, '-o', join(d, 'one.sbrv'));
    expect(r.err).toContain(`compiling its one entry point Entry 1 (${ENTRY})`);
    expect(r.code).toBe(0);
    // item 1b: sbr dts on the artifact describes it instead of reading it as XML (xml:encoding)
    const dts = await run('dts', join(d, 'one.sbrv'), '--format', 'json');
    expect(dts.code).toBe(0);
    const j = JSON.parse(dts.out) as {
      artifact: { file: string; packages: { name?: string; file?: string }[] };
      entryPoints: string[];
      concepts: { total: number; other: number };
    };
    expect(j.artifact.packages).toEqual([
      { identifier: 'http://example.com/demo', name: 'Demo package', version: '1', file: 'one.zip' },
    ]);
    expect(j.entryPoints).toEqual([ENTRY]);
    expect(j.concepts.total).toBe(18);
    // item 7: compile's line counts concepts as dts does, the other element declarations apart
    expect(r.err).toMatch(/, 18 concepts \(44 other element declarations\), /);
    expect(j.concepts.other).toBe(44);
    const text = await run('dts', join(d, 'one.sbrv'));
    expect(text.out).toMatch(/^Validator artifact .*one\.sbrv \(format 1, compiled with Demo package\)/);
    expect(text.out).toContain('Concepts: 18 (18 items');
  });

  it('sbr compile PACKAGE.zip with several entry points is sbr:packageAsEntryPoint (exit 2) listing them', async () => {
    const d = mkdtempSync(join(tmpdir(), 'sbr-kind-'));
    const zip = demoPackage(d, 'two.zip', [ENTRY, 'http://example.com/demo/vat-2024-pre.xml']);
    const r = await run('compile', zip, '-o', join(d, 'two.sbrv'));
    expect(r.code).toBe(2);
    expect(r.out).toContain('sbr:packageAsEntryPoint');
    expect(r.out).toContain(
      `declares 2 entry points (Entry 1: ${ENTRY}; Entry 2: http://example.com/demo/vat-2024-pre.xml)`,
    );
    expect(r.err).toContain('sbr compile <url> --package');
    expect(renderMessage('sbr:packageAsEntryPoint', { file: 'p.zip', count: 0, entryPoints: [], more: 0 }, 'nl')).toBe(
      'p.zip is een taxonomiepakket, geen entry point, en het declareert geen entry point: geef één entry point-URL met het pakket, sbr compile URL --package p.zip -o BESTAND.sbrv (sbr packages p.zip toont ze)',
    );
  });

  it('sbr validate TAXONOMY-PACKAGE.zip keeps rpe:missingReport and says to give it with --package', async () => {
    const d = mkdtempSync(join(tmpdir(), 'sbr-kind-'));
    const zip = demoPackage(d, 'tax.zip', [ENTRY]);
    const r = await run('validate', zip, '--format', 'json');
    expect(r.code).toBe(1);
    const f = (JSON.parse(r.out) as { findings: { code: string; message: string }[] }).findings;
    expect(f.map((x) => x.code)).toEqual(['rpe:missingReport']);
    expect(f[0]!.message).toContain('it is a taxonomy package (META-INF/taxonomyPackage.xml), not a report package');
    expect(f[0]!.message).toContain('--package');
    const nl = await run('validate', zip, '--lang', 'nl');
    expect(nl.out).toContain('het is een taxonomiepakket');
  });

  it('sbr validate --recursive on a folder without filings is sbr:noFilingsFound (exit 2)', async () => {
    const d = mkdtempSync(join(tmpdir(), 'sbr-kind-'));
    mkdirSync(join(d, 'sub'));
    const r = await run('validate', '--recursive', d, '--format', 'json');
    expect(r.code).toBe(2);
    const j = JSON.parse(r.out) as { findings: { code: string; message: string }[] };
    expect(j.findings.map((x) => x.code)).toEqual(['sbr:noFilingsFound']);
    expect(j.findings[0]!.message).toContain(`No filings were found in the folder ${d}`);
    // without --recursive a folder is still sbr:notAFile
    expect((await run('validate', d)).out).toContain('sbr:notAFile');
  });
});
