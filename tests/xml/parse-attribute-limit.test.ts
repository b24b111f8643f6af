/**
 * The limit on one attribute value in data-centric XML (issue 17, fuzz `longAttribute` mutants): parseXml without
 * `mixed` refuses a value written with more than `maxAttributeLength` characters (default 1 MiB) with
 * `xml:attributeTooLong` at its start tag, while saxes reads it; XHTML (`parseMixed`, Inline XBRL) has no such limit,
 * since an image's `src` may be a `data:` URI of megabytes.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SaxesParser } from 'saxes';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { FatalInputError } from '../../src/findings.js';
import { parseXhtml, type IxElement } from '../../src/ixbrl/xhtml.js';
import { DEFAULT_MAX_ATTRIBUTE_LENGTH, parseMixed, parseXml, type ParseOptions } from '../../src/xml/parse.js';

const L = DEFAULT_MAX_ATTRIBUTE_LENGTH;
const REPO = resolve(import.meta.dirname, '../..');
const enc = (s: string) => new TextEncoder().encode(s);
/** A start tag `<e ...>` on line 2, column 3, whose attribute `a` is written as `value`. */
const doc = (value: string) => `<r>\n  <e b="1" a="${value}"/>\n</r>`;

function refusal(source: string | Uint8Array, options?: ParseOptions) {
  try {
    parseXml(source, 'limit.xml', options);
  } catch (e) {
    if (e instanceof FatalInputError) {
      const f = e.finding;
      return { code: f.code, line: f.line, column: f.column, params: f.params, message: f.message };
    }
    throw e;
  }
  return undefined;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('xml:attributeTooLong (data-centric XML)', () => {
  it('the default is 1 MiB', () => {
    expect(L).toBe(1_048_576);
  });

  it.each([
    ['text', (s: string) => s],
    ['bytes', enc],
  ])('a value one character over the limit is refused at its start tag, with the limit (%s)', (_, as) => {
    expect(refusal(as(doc('x'.repeat(L + 1))))).toEqual({
      code: 'xml:attributeTooLong',
      line: 2,
      column: 3,
      params: { name: 'a', element: 'e', limit: L },
      message: expect.stringContaining('more than the limit of 1048576 characters') as string,
    });
  });

  it.each([
    ['text', (s: string) => s],
    ['bytes', enc],
  ])('a value at the limit is accepted (%s)', (_, as) => {
    const parsed = parseXml(as(doc('x'.repeat(L))), 'limit.xml');
    expect(parsed.root.children[0]!.attrs.get('a')!.length).toBe(L);
  });

  it('references count as written: 6 characters for &#x41;', () => {
    expect(parseXml(doc('x'.repeat(L - 6) + '&#x41;'), 'limit.xml').root.children[0]!.attrs.get('a')!.length).toBe(
      L - 5,
    );
    expect(refusal(doc('x'.repeat(L - 5) + '&#x41;'))?.code).toBe('xml:attributeTooLong');
  });

  it('a million &#x41; (a value of a million characters, 6 MB written) is refused', () => {
    expect(refusal(enc(doc('&#x41;'.repeat(1_000_000))))).toMatchObject({ code: 'xml:attributeTooLong', line: 2 });
  });

  it('a 6 MB value is refused after about 1 MiB of it: 3 of the 12 decoded pieces reach saxes, not all', () => {
    let writes = 0;
    const write = SaxesParser.prototype.write;
    vi.spyOn(SaxesParser.prototype, 'write').mockImplementation(function (this: SaxesParser, chunk) {
      writes++;
      return write.call(this, chunk);
    });
    expect(refusal(enc(doc('x'.repeat(6_000_000))))?.code).toBe('xml:attributeTooLong');
    // pieces of 512 KiB: the value passes the limit in the third; checked only once whole, it took all 12
    expect(writes).toBe(3);
  });

  it('the second of two long attributes, and a namespace declaration, are refused by name', () => {
    expect(refusal(`<r b="${'y'.repeat(L)}" a="${'x'.repeat(L + 1)}"/>`)?.params).toEqual({
      name: 'a',
      element: 'r',
      limit: L,
    });
    expect(refusal(`<r>\n<p:e xmlns:p="${'u'.repeat(L + 1)}"/></r>`)).toMatchObject({
      line: 2,
      column: 1,
      params: { name: 'xmlns:p', element: 'p:e' },
    });
  });

  it('maxAttributeLength raises the limit, and lowers it', () => {
    const long = doc('&amp;'.repeat(1_000_000));
    expect(refusal(long)?.code).toBe('xml:attributeTooLong');
    const parsed = parseXml(long, 'limit.xml', { maxAttributeLength: 5_000_000 });
    expect(parsed.root.children[0]!.attrs.get('a')).toBe('&'.repeat(1_000_000));
    expect(refusal(doc('x'.repeat(11)), { maxAttributeLength: 10 })).toMatchObject({ params: { limit: 10 } });
    expect(refusal(doc('x'.repeat(10)), { maxAttributeLength: 10 })).toBeUndefined();
  });
});

describe('XHTML (mixed content) has no attribute limit', () => {
  const dataUri = 'data:image/png;base64,' + 'iVBORw0KGgo'.repeat(300_000); // 3.3 MB
  const page = `<html xmlns="http://www.w3.org/1999/xhtml"><body>\n<p><img src="${dataUri}" alt="logo"/></p></body></html>`;

  it('an image of 3.3 MB as a data: URI is read whole by parseXhtml', () => {
    const x = parseXhtml(enc(page), 'page.html');
    const walk = (e: IxElement | string): string | undefined => {
      if (typeof e === 'string') return undefined;
      if (e.local === 'img') return e.attrs.get('src');
      for (const c of e.children) {
        const r = walk(c);
        if (r !== undefined) return r;
      }
      return undefined;
    };
    expect(walk(x.root)).toBe(dataUri);
  });

  it('the same document parsed as data-centric XML is refused (the control)', () => {
    expect(refusal(enc(page))).toMatchObject({ code: 'xml:attributeTooLong', params: { name: 'src', element: 'img' } });
    expect(parseMixed(enc(page), 'page.html').root.local).toBe('html');
  });
});

describe('through the CLI', () => {
  it('a demo filing with a 2 MB contextRef: exit 2, xml:attributeTooLong at the fact, in Dutch too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sbr-attr-'));
    // the demo VAT return with its schemaRef made absolute, so that it validates from a temporary folder
    const xml = readFileSync(join(REPO, 'fixtures/demo/vat-return-valid.xbrl'), 'utf8').replace(
      '../../taxonomies/sbr-demo/vat-2024.xsd',
      join(REPO, 'taxonomies/sbr-demo/vat-2024.xsd'),
    );
    const at = xml.indexOf('contextRef="') + 'contextRef="'.length;
    const file = join(dir, 'long-attribute.xbrl');
    writeFileSync(file, xml.slice(0, at) + 'c'.repeat(2_000_000) + xml.slice(at));
    const line = xml.slice(0, at).split('\n').length;
    for (const lang of ['en', 'nl']) {
      let out = '';
      const code = await main(['node', 'sbr', 'validate', file, '--format', 'json', '--lang', lang], {
        out: (s) => (out += s),
        err: () => {},
      });
      const json = JSON.parse(out) as { valid: boolean; findings: { code: string; line: number; message: string }[] };
      expect(code).toBe(2);
      expect(json.findings.map((f) => [f.code, f.line])).toEqual([['xml:attributeTooLong', line]]);
      expect(json.findings[0]!.message).toMatch(
        lang === 'en' ? /contextRef .* 1048576 characters/ : /1\.048\.576 tekens/,
      );
    }
  });
});
