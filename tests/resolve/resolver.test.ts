import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheFoldersFromEnv, documentIdentity, Resolver } from '../../src/resolve/index.js';
import { keepLocalFiles } from '../../src/resolve/resolver.js';
import { AU, codeOf, REPO, SHARED, sharedAvailable, tmp, XBRL_SCHEMAS } from './helpers.js';

const text = (b: Uint8Array | undefined) => (b ? new TextDecoder().decode(b) : undefined);
const FIX = join(REPO, 'fixtures/resolve/catalog');

describe.runIf(sharedAvailable('xbrl-schemas cache tests', XBRL_SCHEMAS))('cache folders (host/path)', () => {
  it('reads http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd from the xbrl-schemas cache, http and https alike', () => {
    const r = Resolver.create({ caches: [XBRL_SCHEMAS] });
    const expected = readFileSync(join(XBRL_SCHEMAS, 'www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd'));
    expect(r.read('http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd')).toEqual(new Uint8Array(expected));
    expect(r.read('https://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd#xpointer(/)')?.length).toBe(expected.length);
    expect(r.read('http://WWW.XBRL.ORG/2003/xbrl-instance-2003-12-31.xsd?x=1')?.length).toBe(expected.length); // host case, query dropped
  });

  it('returns undefined offline for an unknown URL and says where it looked', () => {
    const r = Resolver.create({ caches: [XBRL_SCHEMAS] });
    expect(r.read('https://www.nltaxonomie.nl/nt18/kvk/20231213/entrypoints/kvk-rpt.xsd')).toBeUndefined();
    const d = r.describe('https://www.nltaxonomie.nl/nt18/kvk/20231213/entrypoints/kvk-rpt.xsd');
    expect(d).toContain(join(XBRL_SCHEMAS, 'www.nltaxonomie.nl/nt18/kvk/20231213/entrypoints/kvk-rpt.xsd'));
    expect(d).toContain('online access is off');
  });

  it('never leaves the cache folder through an encoded ../', () => {
    const d = tmp();
    mkdirSync(join(d, 'cache/h'), { recursive: true });
    writeFileSync(join(d, 'secret.xsd'), 'secret');
    const r = Resolver.create({ caches: [join(d, 'cache')] });
    expect(r.read('http://h/..%2F..%2Fsecret.xsd')).toBeUndefined();
    expect(r.read('http://h/%2e%2e/%2e%2e/secret.xsd')).toBeUndefined();
  });
});

describe('local files and document identity', () => {
  it('reads a plain path, a relative path and a file: URL; identities are absolute paths', () => {
    const r = Resolver.create({});
    const p = join(FIX, 'local/a.xsd');
    expect(text(r.read(p))).toBe('<a>local a</a>\n');
    expect(text(r.read(pathToFileURL(p).href + '#frag'))).toBe('<a>local a</a>\n');
    expect(documentIdentity(pathToFileURL(p).href)).toBe(p);
    expect(documentIdentity('fixtures/x.xsd')).toBe(resolve('fixtures/x.xsd'));
    expect(documentIdentity('HTTPS://Example.COM/a/./b/../c.xsd#id')).toBe('https://example.com/a/c.xsd');
    expect(r.read(join(FIX, 'local'))).toBeUndefined(); // a folder is not a document
    expect(r.read('urn:x:y')).toBeUndefined();
  });
});

describe('plain OASIS catalogs (--catalog)', () => {
  const r = Resolver.create({ catalogs: [join(FIX, 'catalog.xml')] });
  it('applies uri, longest rewriteURI, xml:base, system and rewriteSystem entries, relative to the catalog file', () => {
    expect(r.map('http://example.com/ns/exact')).toBe(join(FIX, 'local/a.xsd'));
    expect(text(r.read('http://example.com/tax/c.xsd'))).toBe('<c>local c</c>\n');
    expect(text(r.read('http://example.com/tax/sub/deeper/d.xsd'))).toBe('<d>other d</d>\n');
    expect(text(r.read('https://example.org/based/s.xsd'))).toBe('<s>local sub s</s>\n');
    expect(text(r.read('http://example.net/sys.xsd'))).toBe('<a>local a</a>\n');
    expect(text(r.read('http://example.net/rs/s.xsd'))).toBe('<s>local sub s</s>\n');
    expect(text(r.read('http://example.com/ns/chained'))).toBe('<b>other b</b>\n'); // nextCatalog
    expect(r.map('http://unmapped.example/x.xsd')).toBe('http://unmapped.example/x.xsd');
  });

  it('falls back to the URL itself when the catalog target does not exist', () => {
    if (!sharedAvailable('catalog fallback to cache', XBRL_SCHEMAS)) return;
    const r2 = Resolver.create({ catalogs: [join(FIX, 'catalog.xml')], caches: [XBRL_SCHEMAS] });
    const u = 'http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd';
    expect(r2.map(u)).toBe('/nonexistent/folder/xbrl-instance-2003-12-31.xsd');
    expect(r2.locate(u)).toEqual({
      kind: 'cache',
      where: join(XBRL_SCHEMAS, 'www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd'),
    });
    expect(r2.describe('http://www.xbrl.org/2003/none.xsd')).toContain(
      join(XBRL_SCHEMAS, 'www.xbrl.org/2003/none.xsd'),
    );
  });

  it('refuses a missing or invalid catalog', () => {
    const d = tmp();
    expect(codeOf(() => Resolver.create({ catalogs: [join(d, 'none.xml')] }))).toBe('sbr:catalogNotFound');
    writeFileSync(
      join(d, 'bad.xml'),
      '<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog"><uri name="x"/></catalog>',
    );
    expect(codeOf(() => Resolver.create({ catalogs: [join(d, 'bad.xml')] }))).toBe('sbr:invalidCatalog');
    writeFileSync(join(d, 'notxml.xml'), '<catalog');
    expect(codeOf(() => Resolver.create({ catalogs: [join(d, 'notxml.xml')] }))).toBe('sbr:invalidCatalog');
    expect(codeOf(() => Resolver.create({ caches: [join(d, 'no-cache')] }))).toBe('sbr:cacheNotFound');
  });
});

describe.runIf(sharedAvailable('SBR Australia SuperStream tests', AU))(
  'SBR Australia SuperStream (cache route)',
  () => {
    it('finds the schemaRef of every instance through --cache xsd, with or without the catalog', () => {
      for (const catalogs of [[], [join(AU, 'xsd/catalog.xml')]]) {
        const r = Resolver.create({ caches: [join(AU, 'xsd')], catalogs });
        for (const f of [
          'xbrl_001_valid.xml',
          'xbrl_002_invalid-against-Schematron.xml',
          'xbrl_003_invalid-against-XSD.xml',
        ]) {
          const inst = readFileSync(join(AU, 'xbrl', f), 'utf8');
          const href = /schemaRef[^>]*xlink:href="([^"]+)"/.exec(inst)![1]!;
          expect(href).toBe(
            'http://sbr.gov.au/taxonomy/sbr_au_reports/sprstrm/sprcnt/sprcnt_0001/sprcnt.0001.conttrans.request.02.02.report.xsd',
          );
          expect(r.locate(href)?.kind).toBe('cache');
        }
        // the catalog's absolute system path does not exist here; the cache copy is used instead
        expect(r.locate('http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd')?.where).toBe(
          join(AU, 'xsd/www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd'),
        );
      }
    });
  },
);

describe.runIf(sharedAvailable('zip cache test', join(SHARED, 'real/nl/nt12-ez/taxonomie-ez.zip')))(
  'zip file as cache',
  () => {
    it('reads host/path entries under the zip top folder', () => {
      const r = Resolver.create({ caches: [join(SHARED, 'real/nl/nt12-ez/taxonomie-ez.zip')] });
      expect(r.locate('http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd')?.where).toMatch(
        /taxonomie-ez\.zip\/taxonomie\/www\.xbrl\.org\/2003\/xbrl-instance-2003-12-31\.xsd$/,
      );
    });
  },
);

describe('SBR_CACHE', () => {
  it('splits on the path delimiter into absolute folders', () => {
    expect(cacheFoldersFromEnv({ SBR_CACHE: ['/a/b', 'rel/c', ''].join(delimiter) })).toEqual([
      '/a/b',
      resolve('rel/c'),
    ]);
    expect(cacheFoldersFromEnv({})).toEqual([]);
  });
});

describe('online fetching (local HTTP server in a child process)', () => {
  let server: ChildProcess;
  let base = '';
  beforeAll(async () => {
    const script = `
      const http = require('node:http'); let n = 0;
      const s = http.createServer((q, r) => {
        n++;
        if (q.url === '/count') { r.end(String(n)); return; }
        if (q.url === '/doc.xsd') { r.setHeader('content-type', 'application/xml'); r.end('<schema from="server"/>'); return; }
        r.statusCode = 404; r.end('no');
      });
      s.listen(0, '127.0.0.1', () => console.log(s.address().port));`;
    server = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    const port = await new Promise<string>((ok) => server.stdout!.once('data', (d: Buffer) => ok(d.toString().trim())));
    base = `http://127.0.0.1:${port}`;
  });
  afterAll(() => {
    server?.kill();
  });

  it('fetches only when online, once per URL, and reports HTTP errors in describe', () => {
    const off = Resolver.create({});
    expect(off.read(`${base}/doc.xsd`)).toBeUndefined();
    const on = Resolver.create({ online: true });
    expect(text(on.read(`${base}/doc.xsd`))).toBe('<schema from="server"/>');
    expect(text(on.read(`${base}/doc.xsd#frag`))).toBe('<schema from="server"/>'); // memoised
    expect(on.locate(`${base}/doc.xsd`)).toEqual({ kind: 'online', where: `${base}/doc.xsd` });
    expect(on.read(`${base}/missing.xsd`)).toBeUndefined();
    expect(on.describe(`${base}/missing.xsd`)).toContain('HTTP 404');
    // the server saw exactly: doc.xsd once, missing.xsd once, and this request
    expect(text(Resolver.create({ online: true }).read(`${base}/count`))).toBe('3');
  });
});

describe('keepLocalFiles (conformance runs: files that do not change while they run)', () => {
  it('reads each local file once while on, remembers a missing one, keeps no more than the bound, forgets when off', () => {
    const d = tmp();
    mkdirSync(join(d, 'cache/h'), { recursive: true });
    writeFileSync(join(d, 'cache/h/a.xsd'), 'one');
    writeFileSync(join(d, 'big.xsd'), 'x'.repeat(64));
    const before = keepLocalFiles(32);
    try {
      const r = Resolver.create({ caches: [join(d, 'cache')] });
      const first = r.read('http://h/a.xsd');
      expect(text(first)).toBe('one');
      expect(r.read(join(d, 'missing.xsd'))).toBeUndefined();
      expect(text(r.read(join(d, 'big.xsd')))?.length).toBe(64); // above the bound: read, not kept
      writeFileSync(join(d, 'cache/h/a.xsd'), 'two');
      writeFileSync(join(d, 'missing.xsd'), 'now here');
      writeFileSync(join(d, 'big.xsd'), 'y'.repeat(64));
      // another resolver of the same thread gets the kept bytes (the same array) and the kept absence
      const again = Resolver.create({ caches: [join(d, 'cache')] });
      expect(again.read('http://h/a.xsd')).toBe(first);
      expect(again.read(join(d, 'missing.xsd'))).toBeUndefined();
      expect(text(again.read(join(d, 'big.xsd')))).toBe('y'.repeat(64));
      keepLocalFiles(0);
      expect(text(again.read('http://h/a.xsd'))).toBe('two');
      expect(text(again.read(join(d, 'missing.xsd')))).toBe('now here');
    } finally {
      keepLocalFiles(before);
    }
  });
});
