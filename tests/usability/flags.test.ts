/** Issue 11 item 5: fewer flags: --package FOLDER, sbr.config.json / --config, sbr packages, sbr dts PACKAGE.zip. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Resolver } from '../../src/resolve/index.js';
import { tmp, writeZip } from '../resolve/helpers.js';
import { run } from './helpers.js';

const ROOT = resolve(__dirname, '../..');
const meta = (name: string, version: string) => `<?xml version="1.0" encoding="UTF-8"?>
<tp:taxonomyPackage xmlns:tp="http://xbrl.org/2016/taxonomy-package" xml:lang="en">
  <tp:identifier>http://example.com/${name}</tp:identifier>
  <tp:name>${name}</tp:name>
  <tp:version>${version}</tp:version>
  <tp:publisher>Example Publisher</tp:publisher>
  <tp:entryPoints>
    <tp:entryPoint><tp:name>${name} entry</tp:name><tp:entryPointDocument href="http://example.com/${name}/entry.xsd"/></tp:entryPoint>
  </tp:entryPoints>
</tp:taxonomyPackage>`;
const catalog = (name: string) => `<?xml version="1.0"?>
<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog"><rewriteURI uriStartString="http://example.com/${name}/" rewritePrefix="../example.com/${name}/"/></catalog>`;

const dir = tmp();
const pkgs = join(dir, 'packages');
mkdirSync(pkgs);
for (const [n, v] of [
  ['alpha', '2024'],
  ['beta', '1.0'],
] as const) {
  writeZip(pkgs, `${n}.zip`, {
    [`${n}/META-INF/taxonomyPackage.xml`]: meta(n, v),
    [`${n}/META-INF/catalog.xml`]: catalog(n),
    [`${n}/example.com/${n}/entry.xsd`]: '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"/>',
  });
}
writeZip(pkgs, 'not-a-package.zip', { 'x/readme.txt': 'hello' });

describe('fewer flags (issue 11 item 5)', () => {
  it('--package takes a folder: every taxonomy package in it, zips that are not packages skipped', () => {
    const r = Resolver.create({ packages: [pkgs] });
    expect(r.packages.map((p) => p.name)).toEqual(['alpha', 'beta']);
    expect(r.read('http://example.com/beta/entry.xsd')).toBeDefined();
  });

  it('sbr packages FOLDER prints name, version, publisher and entry points', async () => {
    const r = await run('packages', pkgs);
    expect(r.code).toBe(0);
    expect(r.out).toContain('name:        alpha');
    expect(r.out).toContain('version:     1.0');
    expect(r.out).toContain('publisher:   Example Publisher');
    expect(r.out).toContain('http://example.com/beta/entry.xsd');
    const j = JSON.parse((await run('packages', join(pkgs, 'alpha.zip'), '--format', 'json')).out);
    expect(j.packages[0].entryPoints[0]).toEqual({ name: 'alpha entry', urls: ['http://example.com/alpha/entry.xsd'] });
  });

  it('--format with a value the command does not have is a usage error on every command (exit 2), not text', async () => {
    const demo = resolve(ROOT, 'fixtures/demo/vat-return-valid.xbrl');
    const cases: [string[], string][] = [
      [['packages', pkgs], 'text, json'],
      [['queue', 'submit', demo, '--redis', 'redis://127.0.0.1:1', '--wait'], 'text, jsonl'],
      [['validate', demo], 'text, json, jsonl'],
      [['dts', demo], 'text, json'],
      [['diff', demo, demo], 'text, json, html'],
    ];
    for (const [args, choices] of cases) {
      const r = await run(...args, '--format', 'xml');
      expect([args[0], r.code, r.out]).toEqual([args[0], 2, '']);
      expect(r.err).toContain(
        `error: option '--format <format>' argument 'xml' is invalid. Allowed choices are ${choices}.`,
      );
    }
  });

  it('sbr dts PACKAGE.zip lists its entry points instead of failing on the zip as XML', async () => {
    const r = await run('dts', join(pkgs, 'alpha.zip'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('alpha entry');
    expect(r.out).not.toContain('UTF-8');
  });

  it('--config FILE gives defaults: lang from the config, packages relative to the config file', async () => {
    const cfg = join(dir, 'sbr.config.json');
    writeFileSync(cfg, JSON.stringify({ lang: 'nl', packages: ['packages'] }));
    const r = await run(
      'validate',
      join(ROOT, 'fixtures/demo/vat-return-invalid.xbrl'),
      '--config',
      cfg,
      '--no-schema-validation',
    );
    expect(r.code).toBe(1);
    expect(r.out).toContain('Te betalen omzetbelasting');
    const en = await run(
      'validate',
      join(ROOT, 'fixtures/demo/vat-return-invalid.xbrl'),
      '--config',
      cfg,
      '--lang',
      'en',
      '--no-schema-validation',
    );
    expect(en.out).toContain('VAT payable');
    const d = await run('dts', 'http://example.com/beta/entry.xsd', '--config', cfg, '--format', 'json');
    expect(d.code).toBe(0);
  });

  it('a bad config is a coded error (exit 2)', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"pakages": []}');
    const r = await run('validate', join(ROOT, 'fixtures/demo/vat-return-valid.xbrl'), '--config', bad);
    expect(r.code).toBe(2);
    expect(r.out).toContain('sbr:configInvalid');
    expect(r.out).toContain('unknown key "pakages"');
  });
});
