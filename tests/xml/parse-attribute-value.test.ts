/**
 * Long attribute values (issue 17, fuzz `longAttribute` mutants): parseXml reads quoted attribute values itself as
 * far as they are plain characters and simple references (`readQuotedValues` in src/xml/parse.ts), so a million
 * references make no garbage per reference; and it decodes documents in pieces below Node's EXTERN_APEX, so the
 * decoded text the tree keeps slices of is one byte a character, not an external two-byte string. Both are measured
 * in a child process (tests/xml/parse-memory-child.ts): scavenges counted by a PerformanceObserver, external memory
 * after a full collection. The values, positions and errors must be those saxes gives.
 */
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FatalInputError } from '../../src/findings.js';
import { parseXml } from '../../src/xml/parse.js';

const CHILD = resolve(dirname(fileURLToPath(import.meta.url)), 'parse-memory-child.ts');

function child<T>(...args: string[]): T {
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', CHILD, ...args], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as T;
}

function failure(text: string | Uint8Array) {
  try {
    parseXml(text, 'attr.xml');
  } catch (e) {
    if (e instanceof FatalInputError) return e.finding;
    throw e;
  }
  throw new Error('parsed');
}

describe('a 6 MB attribute value', () => {
  // saxes' own entity state: 18 scavenges for &#x41; and 9 for &amp; (about 150 bytes of garbage a reference)
  it.each([
    ['&#x41;', 'AAAA'],
    ['&amp;', '&&&&'],
  ])('of a million %s: a few scavenges, not one per 10 MB of garbage', (unit, head) => {
    const r = child<{ scavenges: number; length: number; head: string }>('garbage', unit, '1000000');
    expect(r.length).toBe(1_000_000);
    expect(r.head).toBe(head);
    expect(r.scavenges).toBeLessThanOrEqual(5);
  });

  it('of a million e-acute (control: a two-byte value without references, few scavenges with saxes too)', () => {
    const r = child<{ scavenges: number; length: number; head: string }>('garbage', '\u00e9', '1000000');
    expect(r).toMatchObject({ length: 1_000_000, head: '\u00e9\u00e9\u00e9\u00e9' });
    expect(r.scavenges).toBeLessThanOrEqual(5);
  });
});

describe('decoded text', () => {
  it('a 6 MB document of short texts: the tree keeps no external strings (12.6 MB with 1 MiB pieces)', () => {
    const r = child<{ external: number; bytes: number; children: number }>('external', '6000000');
    expect(r.children).toBe(240_000);
    expect(r.external).toBeLessThan(2e6);
  });
});

describe('tree size (issue 14, large instances)', () => {
  it('an element of one or two attributes keeps arrays of its size, shares its key list and, as a leaf, the empty children (614 bytes an element with room for 17 each, 324 with own key lists)', () => {
    const r = child<{ elements: number; bytesPerElement: number }>('tree', '60000');
    expect(r.elements).toBe(60_001);
    expect(r.bytesPerElement).toBeLessThan(290);
  });

  it('values are strings of their own, repeated ones shared: no decoded piece kept by a slice (570 bytes a context before)', () => {
    const r = child<{ text: string; bytesPerContext: number }>('values', '50000');
    expect(r.text).toBe('100000000049999');
    expect(r.bytesPerContext).toBeLessThan(520);
  });

  it('XHTML (mixed content): no empty pairs arrays, children arrays of their size (536 bytes an element before)', () => {
    const r = child<{ elements: number; bytesPerElement: number }>('xhtml', '60000');
    expect(r.elements).toBe(60_002);
    expect(r.bytesPerElement).toBeLessThan(430);
  });
});

describe('values and positions are those saxes gives', () => {
  it('predefined entities, decimal and hex references, astral characters, plain runs short and long', () => {
    const long = 'x'.repeat(100);
    const v = `a&amp;b&lt;&gt;&quot;&apos;&#65;&#x42;&#x0000043;&#x1F600;&#233;${long}&#x41;z&#9;&#10;&#13;`;
    const doc = parseXml(`<r v="${v}" w='&#x27;"'/>`, 'attr.xml');
    expect(doc.root.attrs.get('v')).toBe(`a&b<>"'ABC\u{1F600}\u00e9${long}Az\t\n\r`);
    expect(doc.root.attrs.get('w')).toBe(`'"`);
  });

  it('line ends and tabs written in the value are normalised to spaces (XML 1.0 section 3.3.3)', () => {
    const doc = parseXml(`<r v="&#x41;a\tb\nc\r\nd&#x41;"/>`, 'attr.xml');
    expect(doc.root.attrs.get('v')).toBe('Aa b c dA');
  });

  it('a value longer than the 8,192-unit buffer, references and short runs mixed', () => {
    const run = '&#x41;bc&#x1F600;'.repeat(5000);
    const doc = parseXml(`<r v="${run}"/>`, 'attr.xml');
    expect(doc.root.attrs.get('v')).toBe('Abc\u{1F600}'.repeat(5000));
  });

  it('a value across the 512 KiB decoding pieces', () => {
    const pad = ' '.repeat((1 << 19) - 20);
    const bytes = new TextEncoder().encode(`<r>${pad}<e v="${'&#x41;&amp;é'.repeat(10)}"/></r>`);
    expect(parseXml(bytes, 'attr.xml').root.children[0]!.attrs.get('v')).toBe('A&é'.repeat(10));
  });

  it.each([
    ['&#x0;', 'not a Char'],
    ['&#X41;', 'upper-case X'],
    ['&#x110000;', 'beyond U+10FFFF'],
    ['&#xD800;', 'a surrogate'],
    ['&foo;', 'an undeclared entity'],
    ['&#;', 'no digits'],
    ['<', 'a <'],
  ])('%s (%s) after 1,000 good references: saxes reports it at its column', (bad) => {
    const f = failure(`<r>\n<e v="${'&#x41;'.repeat(1000)}${bad}"/></r>`);
    expect(f.code).toBe('xml:malformed');
    expect(f.line).toBe(2);
    expect(f.column - 6000).toBe(failure(`<r>\n<e v="${bad}"/></r>`).column);
  });

  it('more than 7 digits (leading zeros) is still a reference, read by saxes', () => {
    expect(parseXml(`<r v="&#x00000041;&#000000065;"/>`, 'attr.xml').root.attrs.get('v')).toBe('AA');
  });

  it('XML 1.1 documents are left to saxes (&#x1; is a character there)', () => {
    const doc = parseXml(`<?xml version="1.1"?><r v="&#x1;&#x41;"/>`, 'attr.xml');
    expect(doc.root.attrs.get('v')).toBe('\u0001A');
  });
});
