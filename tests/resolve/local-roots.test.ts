/**
 * Untrusted input (issue 12 item 2, "a filing is never read outside ..."): a Resolver with `localRoots` reads local
 * files only inside those folders, whatever form the reference takes (path, `file:` URL, `..`); without it (the CLI)
 * every local path is read. A report package held in memory (openReportPackageBytes, the portal and validateFiling)
 * reads only its own entries.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { openReportPackageBytes } from '../../src/ixbrl/report-package-layout.js';
import { renderMessage } from '../../src/messages/index.js';
import { Resolver } from '../../src/resolve/index.js';

const dir = mkdtempSync(join(tmpdir(), 'sbr-local-roots-'));
const request = join(dir, 'request');
mkdirSync(request);
const secret = join(dir, 'secret.xsd');
writeFileSync(secret, '<secret/>');
writeFileSync(join(request, 'own.xsd'), '<own/>');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const text = (b: Uint8Array | undefined) => (b ? new TextDecoder().decode(b) : undefined);

describe('Resolver localRoots (untrusted input)', () => {
  it('reads a local file outside the roots in no form, and says why', () => {
    const r = Resolver.create({ localRoots: [request] });
    for (const ref of [secret, pathToFileURL(secret).href, join(request, '..', 'secret.xsd'), '/etc/passwd'])
      expect(r.read(ref)).toBeUndefined();
    expect(r.describe(secret)).toContain('local files are not read for a filing received from elsewhere');
    expect(text(r.read(join(request, 'own.xsd')))).toBe('<own/>');
    expect(text(r.read(pathToFileURL(join(request, 'own.xsd')).href))).toBe('<own/>');
    // a root is a folder, not a name prefix: request-other/ is outside request/
    mkdirSync(`${request}-other`);
    writeFileSync(join(`${request}-other`, 'x.xsd'), '<x/>');
    expect(r.read(join(`${request}-other`, 'x.xsd'))).toBeUndefined();
    // report packages added for a filing keep the restriction
    expect(r.withPackages([]).read(secret)).toBeUndefined();
  });

  it('without localRoots (the CLI) the same file is read', () => {
    expect(text(Resolver.create({}).read(pathToFileURL(secret).href))).toBe('<secret/>');
  });
});

describe('report package in memory', () => {
  const enc = new TextEncoder();
  const pkg = (catalog: string) =>
    zipSync({
      'p/META-INF/reportPackage.json': enc.encode(
        '{"documentInfo": {"documentType": "https://xbrl.org/report-package/2023/xbri"}}',
      ),
      'p/META-INF/catalog.xml': enc.encode(
        `<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">${catalog}</catalog>`,
      ),
      'p/ext/ext.xsd': enc.encode('<ext/>'),
      'p/reports/r.xhtml': enc.encode('<html xmlns="http://www.w3.org/1999/xhtml"/>'),
    });

  it('reads its extension through its catalog and its entries, never a local file', () => {
    const p = openReportPackageBytes(
      'f.xbri',
      pkg('<rewriteURI uriStartString="https://ext.example/" rewritePrefix="../ext/"/>'),
    );
    expect(p.reports).toEqual([{ kind: 'inline', files: ['f.xbri/p/reports/r.xhtml'] }]);
    expect(text(p.documents.read('https://ext.example/ext.xsd'))).toBe('<ext/>');
    expect(text(p.documents.read('f.xbri/p/ext/ext.xsd'))).toBe('<ext/>');
    for (const ref of [secret, pathToFileURL(secret).href, '/etc/passwd', 'f.xbri/p/../../etc/passwd'])
      expect(p.documents.read(ref)).toBeUndefined();
  });

  it('says where a missing document was looked for as plain data, rendered in Dutch with --lang nl', () => {
    const p = openReportPackageBytes('f.xbri', pkg(''));
    const where = p.documents.whereParts!('https://gone.example/x.xsd');
    expect(where).toEqual({ notInPackage: 'f.xbri' });
    expect(renderMessage('sbr:documentNotFound', { url: 'https://gone.example/x.xsd', where }, 'nl')).toBe(
      'Het document https://gone.example/x.xsd is niet gevonden (niet in het rapportpakket f.xbri (alleen de eigen bestanden daarvan en META-INF/catalog.xml worden gelezen, lokale bestanden nooit))',
    );
  });

  it('refuses a catalog that maps outside the package (sbr:catalogEscapesPackage)', () => {
    for (const target of ['file:///etc/', '/etc/', '../../../'])
      expect(() =>
        openReportPackageBytes(
          'f.xbri',
          pkg(`<rewriteURI uriStartString="https://x.example/" rewritePrefix="${target}"/>`),
        ),
      ).toThrow(expect.objectContaining({ finding: expect.objectContaining({ code: 'sbr:catalogEscapesPackage' }) }));
  });
});
