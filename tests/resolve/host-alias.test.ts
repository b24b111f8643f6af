/**
 * XBRL International's two host names (src/resolve/host-alias.ts): a document referenced under xbrl.org is read from
 * www.xbrl.org (and the other way round) when only one is available, with one sbr:documentHostAlias info per DTS.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { documentKey } from '../../src/dts/discover.js';
import { liveTaxonomySource, validateBytes } from '../../src/validate/core.js';
import { Resolver, xbrlHostAlias } from '../../src/resolve/index.js';

const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const CACHE = resolve(REPO, process.env['SBR_SHARED'] ?? '../shared', 'xbrl-schemas');

describe('xbrlHostAlias', () => {
  it('swaps xbrl.org and www.xbrl.org, keeping scheme, path and query', () => {
    expect(xbrlHostAlias('http://xbrl.org/dtr/type/numeric-2009-12-16.xsd')).toBe(
      'http://www.xbrl.org/dtr/type/numeric-2009-12-16.xsd',
    );
    expect(xbrlHostAlias('https://www.xbrl.org/2020/extensible-enumerations-2.0.xsd?x=1')).toBe(
      'https://xbrl.org/2020/extensible-enumerations-2.0.xsd?x=1',
    );
    expect(xbrlHostAlias('http://www.nltaxonomie.nl/x.xsd')).toBeUndefined();
    expect(xbrlHostAlias('http://notxbrl.org/x.xsd')).toBeUndefined();
    expect(xbrlHostAlias('http://xbrl.org.evil.example/x.xsd')).toBeUndefined();
  });
  it('documentKey takes both hosts as one document', () => {
    expect(documentKey('https://xbrl.org/dtr/type/numeric-2009-12-16.xsd#x')).toBe(
      'http://www.xbrl.org/dtr/type/numeric-2009-12-16.xsd',
    );
  });
});

describe('Resolver reads the other host name only when the URL itself is unavailable', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sbr-host-alias-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'www.xbrl.org/a'), { recursive: true });
  mkdirSync(join(dir, 'xbrl.org/b'), { recursive: true });
  mkdirSync(join(dir, 'www.xbrl.org/b'), { recursive: true });
  mkdirSync(join(dir, 'xbrl.org/c'), { recursive: true });
  writeFileSync(join(dir, 'xbrl.org/c/z.xsd'), 'bare-c');
  writeFileSync(join(dir, 'www.xbrl.org/a/x.xsd'), 'www-a');
  writeFileSync(join(dir, 'xbrl.org/b/y.xsd'), 'bare-b');
  writeFileSync(join(dir, 'www.xbrl.org/b/y.xsd'), 'www-b');
  const r = Resolver.create({ caches: [dir] });
  const text = (b: Uint8Array | undefined) => (b ? new TextDecoder().decode(b) : undefined);

  it('xbrl.org -> www.xbrl.org, recorded by aliasOf', () => {
    expect(text(r.read('http://xbrl.org/a/x.xsd'))).toBe('www-a');
    expect(r.aliasOf('http://xbrl.org/a/x.xsd')).toBe('http://www.xbrl.org/a/x.xsd');
  });
  it('a document present under the host as written wins, with no alias', () => {
    expect(text(r.read('https://xbrl.org/b/y.xsd'))).toBe('bare-b');
    expect(r.aliasOf('https://xbrl.org/b/y.xsd')).toBeUndefined();
  });
  it('www.xbrl.org -> xbrl.org too; neither present stays undefined', () => {
    expect(text(r.read('http://www.xbrl.org/c/z.xsd'))).toBe('bare-c');
    expect(r.aliasOf('http://www.xbrl.org/c/z.xsd')).toBe('http://xbrl.org/c/z.xsd');
    expect(text(r.read('http://www.xbrl.org/b/y.xsd'))).toBe('www-b');
    expect(r.read('http://xbrl.org/c/none.xsd')).toBeUndefined();
    expect(r.aliasOf('http://xbrl.org/c/none.xsd')).toBeUndefined();
  });
  it('the built-in XBRL 2.1 schemas are served under xbrl.org as well', () => {
    expect(text(r.read('http://xbrl.org/2003/xbrl-instance-2003-12-31.xsd'))).toContain(
      'http://www.xbrl.org/2003/instance',
    );
  });
});

describe.skipIf(!existsSync(resolve(CACHE, 'www.xbrl.org/dtr/type/numeric-2009-12-16.xsd')))(
  'a taxonomy importing the DTR types through http://xbrl.org/ (fixtures/resolve/host-alias)',
  () => {
    it('loads with the standard schema cache: no documentNotFound, no itemType error, one info at the first import', async () => {
      const file = resolve(REPO, 'fixtures/resolve/host-alias/instance.xbrl');
      const res = await validateBytes(
        file,
        new Uint8Array(readFileSync(file)),
        liveTaxonomySource(Resolver.create({ caches: [CACHE] })),
      );
      expect(res.valid).toBe(true);
      expect(res.findings.map((f) => `${f.severity} ${f.code} ${f.file.split('/').pop()}:${f.line}`)).toEqual([
        'info sbr:documentHostAlias taxonomy.xsd:11',
      ]);
      expect(res.findings[0]!.message).toContain('read as http://www.xbrl.org/dtr/type/numeric-2009-12-16.xsd');
      expect(res.stats.concepts).toBeGreaterThan(2);
    });
  },
);
