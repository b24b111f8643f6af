import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Resolver } from '../../src/resolve/index.js';
import { TaxonomyPackage } from '../../src/resolve/package.js';
import { CATALOG_XML, codeOf, NT2024, NT2024_ZIPS, sharedAvailable, TP_XML, tmp, writeZip } from './helpers.js';

const haveNt = sharedAvailable('NT 2024 taxonomy package tests', NT2024);

describe.runIf(haveNt)('real NT 2024 taxonomy packages', () => {
  it('maps the KvK NL-GAAP extension entry point URL to the bytes in kvk_taxonomy_2024.zip', () => {
    const r = Resolver.create({ packages: NT2024_ZIPS });
    const url = 'https://www.nltaxonomie.nl/kvk/2024-03-31/kvk-annual-report-nlgaap-ext.xsd';
    expect(r.map(url)).toBe(
      join(NT2024, 'kvk_taxonomy_2024.zip') +
        '/kvk_taxonomy_2024/www.nltaxonomie.nl/kvk/2024-03-31/kvk-annual-report-nlgaap-ext.xsd',
    );
    const bytes = r.read(url)!;
    expect(bytes.length).toBe(3797); // size in the zip's central directory
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('targetNamespace="https://www.nltaxonomie.nl/kvk/2024-03-31/kvk-annual-report-nlgaap-ext"');
    // the 2025 package maps its own dated folder, not 2024's
    expect(r.locate('https://www.nltaxonomie.nl/kvk/2025-03-31/kvk-cor.xsd')?.where).toContain(
      'kvk_taxonomy_2025.zip/',
    );
    // relative reference inside the package, resolved against the public URL, goes through the catalog again
    expect(r.read('https://www.nltaxonomie.nl/kvk/2024-03-31/sub/../kvk-cor.xsd')?.length).toBe(4918);
  });

  it('lists the packages and their entry points', () => {
    const r = Resolver.create({ packages: NT2024_ZIPS });
    expect(r.packages.map((p) => p.identifier)).toEqual([
      'https://www.nltaxonomie.nl/ifrs/2024-03-31',
      'https://www.nltaxonomie.nl/jenv/2024-03-31',
      'https://www.nltaxonomie.nl/kvk/2024-03-31',
      'https://www.nltaxonomie.nl/kvk/2025-03-31',
      'https://www.nltaxonomie.nl/rj/2024-03-31',
      'https://www.nltaxonomie.nl/wnt/2024-03-31',
    ]);
    const kvk = r.packages[2]!;
    expect(kvk.name).toBe('KVK taxonomie versie 31 maart 2024');
    expect(kvk.version).toBe('31 maart 2024 (testversie)');
    expect(kvk.entryPoints).toEqual([
      {
        name: 'KVK - Annual Report - NL GAAP - Extension',
        urls: ['https://www.nltaxonomie.nl/kvk/2024-03-31/kvk-annual-report-nlgaap-ext.xsd'],
      },
      {
        name: 'KVK - Annual Report - IFRS - Extension',
        urls: ['https://www.nltaxonomie.nl/kvk/2024-03-31/kvk-annual-report-ifrs-ext.xsd'],
      },
      {
        name: 'KVK - Annual Report - Other GAAP',
        urls: ['https://www.nltaxonomie.nl/kvk/2024-03-31/kvk-annual-report-other-gaap.xsd'],
      },
    ]);
    // every entry point of every package is readable offline from its package
    for (const p of r.packages)
      for (const ep of p.entryPoints) for (const u of ep.urls) expect(r.locate(u)?.kind, u).toBe('package');
  });
});

describe('taxonomy package structure (Taxonomy Packages 1.0)', () => {
  const good = (top = 'pkg') => ({
    [`${top}/META-INF/taxonomyPackage.xml`]: TP_XML('http://example.com/tp', 'http://example.com/tax/entry.xsd'),
    [`${top}/META-INF/catalog.xml`]: CATALOG_XML([['http://example.com/tax/', '../example.com/tax/']]),
    [`${top}/example.com/tax/entry.xsd`]: '<schema/>',
  });

  it('reads a well-formed package built in the test', () => {
    const d = tmp();
    const r = Resolver.create({ packages: [writeZip(d, 'ok.zip', good())] });
    expect(new TextDecoder().decode(r.read('http://example.com/tax/entry.xsd'))).toBe('<schema/>');
    expect(r.packages[0]!.entryPoints).toEqual([{ name: 'Main', urls: ['http://example.com/tax/entry.xsd'] }]);
  });

  it('refuses a hostile package whose entry is ../evil.xsd (sbr:zipEntryEscapes)', () => {
    const d = tmp();
    const p = writeZip(d, 'evil.zip', { ...good(), '../evil.xsd': '<evil/>' });
    expect(codeOf(() => Resolver.create({ packages: [p] }))).toBe('sbr:zipEntryEscapes');
  });

  it('refuses a missing package file (sbr:packageNotFound) and a file that is not a zip', () => {
    const d = tmp();
    expect(codeOf(() => Resolver.create({ packages: [join(d, 'nope.zip')] }))).toBe('sbr:packageNotFound');
    writeFileSync(join(d, 'text.zip'), 'hello');
    expect(codeOf(() => Resolver.create({ packages: [join(d, 'text.zip')] }))).toBe('tpe:invalidArchiveFormat');
  });

  it('refuses bad structure and metadata with the tpe: codes', () => {
    const d = tmp();
    const open = (name: string, files: Record<string, string>) =>
      codeOf(() => TaxonomyPackage.open(writeZip(d, name, files)));
    expect(open('two.zip', { ...good('a'), 'b/x.xsd': 'x' })).toBe('tpe:invalidDirectoryStructure');
    expect(open('topfile.zip', { ...good('a'), 'x.xsd': 'x' })).toBe('tpe:invalidDirectoryStructure');
    expect(open('nometa.zip', { 'pkg/example.com/x.xsd': 'x' })).toBe('tpe:metadataDirectoryNotFound');
    expect(open('nofile.zip', { 'pkg/META-INF/catalog.xml': CATALOG_XML([]) })).toBe('tpe:metadataFileNotFound');
    expect(open('badmeta.zip', { ...good(), 'pkg/META-INF/taxonomyPackage.xml': '<tp:taxonomyPackage' })).toBe(
      'tpe:invalidMetaDataFile',
    );
    expect(open('wrongroot.zip', { ...good(), 'pkg/META-INF/taxonomyPackage.xml': '<taxonomyPackage/>' })).toBe(
      'tpe:invalidMetaDataFile',
    );
    expect(open('badcat.zip', { ...good(), 'pkg/META-INF/catalog.xml': '<catalog><oops></catalog>' })).toBe(
      'tpe:invalidCatalogFile',
    );
    expect(open('nscat.zip', { ...good(), 'pkg/META-INF/catalog.xml': '<catalog/>' })).toBe('tpe:invalidCatalogFile');
    expect(
      open('dup.zip', {
        ...good(),
        'pkg/META-INF/catalog.xml': CATALOG_XML([
          ['http://example.com/tax/', '../a/'],
          ['http://example.com/tax/', '../b/'],
        ]),
      }),
    ).toBe('tpe:multipleRewriteURIsForStartString');
    expect(
      open('escape.zip', {
        ...good(),
        'pkg/META-INF/catalog.xml': CATALOG_XML([['http://example.com/tax/', '../../../../etc/']]),
      }),
    ).toBe('sbr:catalogEscapesPackage');
    expect(
      open('entities.zip', {
        ...good(),
        'pkg/META-INF/taxonomyPackage.xml':
          '<!DOCTYPE x [<!ENTITY a "aaaa">]><tp:taxonomyPackage xmlns:tp="http://xbrl.org/2016/taxonomy-package"/>',
      }),
    ).toBe('tpe:invalidMetaDataFile');
  });

  it('uses the longest uriStartString across packages, whichever package comes first', () => {
    const d = tmp();
    const general = writeZip(d, 'general.zip', {
      'g/META-INF/taxonomyPackage.xml': TP_XML('http://example.com/g', 'http://example.com/x.xsd'),
      'g/META-INF/catalog.xml': CATALOG_XML([['http://example.com/', '../all/']]),
      'g/all/tax/2024/a.xsd': 'general',
      'g/all/other.xsd': 'other',
    });
    const specific = writeZip(d, 'specific.zip', {
      's/META-INF/taxonomyPackage.xml': TP_XML('http://example.com/s', 'http://example.com/tax/2024/a.xsd'),
      's/META-INF/catalog.xml': CATALOG_XML([['http://example.com/tax/2024/', '../t/']]),
      's/t/a.xsd': 'specific',
    });
    const r = Resolver.create({ packages: [general, specific] });
    const text = (u: string) => new TextDecoder().decode(r.read(u));
    expect(text('http://example.com/tax/2024/a.xsd')).toBe('specific');
    expect(text('http://example.com/other.xsd')).toBe('other');
  });

  it('accepts an unzipped package folder', () => {
    const d = tmp();
    mkdirSync(join(d, 'pkg/META-INF'), { recursive: true });
    mkdirSync(join(d, 'pkg/example.com/tax'), { recursive: true });
    for (const [k, v] of Object.entries(good())) writeFileSync(join(d, k), v);
    const r = Resolver.create({ packages: [join(d, 'pkg')] });
    expect(r.locate('http://example.com/tax/entry.xsd')).toEqual({
      kind: 'file',
      where: join(d, 'pkg/example.com/tax/entry.xsd'),
    });
  });
});
