/**
 * Bad and hostile input through the CLI: each is refused with a coded finding and exit 2 (never a stack trace),
 * or exit 1 where the file is a well-formed but invalid filing.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

const dir = mkdtempSync(join(tmpdir(), 'sbr-bad-'));
const file = (name: string, content: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main(['node', 'sbr', ...args], { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err, json: args.includes('json') ? JSON.parse(out) : undefined };
}

const INSTANCE_HEAD = `<?xml version="1.0"?>\n<xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink">`;

describe('sbr validate refuses bad input with a code and exit 2', () => {
  const cases: [string, () => string, string][] = [
    ['missing file', () => join(dir, 'does-not-exist.xbrl'), 'sbr:fileNotFound'],
    ['empty file', () => file('empty.xbrl', ''), 'xml:empty'],
    [
      'binary file',
      () => file('binary.xbrl', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0xff, 0xfe, 0])),
      'xml:encoding',
    ],
    [
      'truncated XML',
      () => file('truncated.xbrl', `${INSTANCE_HEAD}\n<xbrli:context id="c1"><xbrli:entity>`),
      'xml:malformed',
    ],
    [
      'DOCTYPE with internal entity declarations (billion laughs)',
      () =>
        file(
          'entities.xbrl',
          `<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]>\n<x>&b;</x>`,
        ),
      'xml:entityDeclarationRefused',
    ],
    [
      'external entity',
      () =>
        file('xxe.xbrl', `<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<x>&e;</x>`),
      'xml:entityDeclarationRefused',
    ],
    [
      'undeclared entity reference',
      () => file('undeclared.xbrl', `<?xml version="1.0"?>\n<x>&nbsp;</x>`),
      'xml:malformed',
    ],
    [
      'schemaRef that cannot be resolved',
      () =>
        file(
          'noschema.xbrl',
          `${INSTANCE_HEAD}\n  <link:schemaRef xlink:type="simple" xlink:href="http://example.invalid/missing.xsd"/>\n</xbrli:xbrl>`,
        ),
      'sbr:entryPointNotFound',
    ],
    ['not an XBRL document', () => file('html.xml', `<html><body>hello</body></html>`), 'sbr:unknownDocument'],
  ];
  for (const [name, make, code] of cases) {
    it(`${name} → ${code}`, async () => {
      const r = await run('validate', make(), '--format', 'json');
      expect(r.code).toBe(2);
      expect(r.json.valid).toBe(false);
      expect(r.json.findings.map((f: { code: string }) => f.code)).toEqual([code]);
      expect(r.out).not.toMatch(/\n\s+at /); // no stack trace
    });
  }

  it('the schemaRef finding points at the schemaRef line', async () => {
    const p = file(
      'noschema2.xbrl',
      `${INSTANCE_HEAD}\n  <link:schemaRef xlink:type="simple" xlink:href="missing.xsd"/>\n</xbrli:xbrl>`,
    );
    const r = await run('validate', p, '--format', 'json');
    expect(r.json.findings[0]).toMatchObject({ code: 'sbr:entryPointNotFound', file: p, line: 3 });
  });

  it('a taxonomy package whose entry escapes its folder is refused', async () => {
    const zip = zipSync({
      'pkg/META-INF/taxonomyPackage.xml': strToU8('<taxonomyPackage xmlns="http://xbrl.org/2016/taxonomy-package"/>'),
      'pkg/../../evil.xsd': strToU8('<schema/>'),
    });
    const z = file('evil.zip', zip);
    const inst = file('ok.xbrl', `${INSTANCE_HEAD}\n</xbrli:xbrl>`);
    const r = await run('validate', inst, '--package', z, '--format', 'json');
    expect(r.code).toBe(2);
    expect(r.json.findings[0].code).toBe('sbr:zipEntryEscapes');
    expect(r.json.findings[0].message).toContain('evil.xsd');
  });

  it('usage errors exit 2', async () => {
    expect((await run('validate')).code).toBe(2);
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run('validate', 'x.xbrl', '--format', 'yaml')).code).toBe(2);
  });
});
